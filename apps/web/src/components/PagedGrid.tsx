import { SimpleGrid } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Page } from '../lib/api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { LoadingState } from './LoadingState.tsx';
import { Pager } from './Pager.tsx';

/** Props of {@link PagedGrid}. */
export interface PagedGridProps<T> {
  /** The query of one page of the list. */
  list: UseQueryResult<Page<T>>;
  /** What an empty page shows (an {@link EmptyState}). */
  empty: ReactNode;
  onPage: (page: number) => void;
  /** One card (with its `key`). */
  children: (item: T) => ReactNode;
}

/** A page of cards in a responsive grid with the pager under it; loading, error and empty states. */
export function PagedGrid<T>({ list, empty, onPage, children }: PagedGridProps<T>) {
  return (
    <>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && empty}
      {list.data && list.data.items.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy={list.isFetching}>
            {list.data.items.map((item) => children(item))}
          </SimpleGrid>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={onPage} />
        </>
      )}
    </>
  );
}
