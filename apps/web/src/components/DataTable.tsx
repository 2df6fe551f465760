import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** Props of {@link DataTable}. */
export interface DataTableProps {
  /** Accessible name of the table (also names the scroll region). */
  caption: string;
  head: ReactNode[];
  children: ReactNode;
  minWidth?: number;
}

/**
 * A table that scrolls sideways on phones inside a focusable, labelled region (so keyboard
 * users can scroll it too).
 */
export function DataTable({ caption, head, children, minWidth = 640 }: DataTableProps) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="table-scroll">
      <Table striped highlightOnHover verticalSpacing="sm" miw={minWidth}>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {head.map((cell, i) => (
              <Table.Th key={i} scope="col">
                {cell}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </div>
  );
}
