import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format.ts';

/** Props of {@link Pager}. */
export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** Pagination for a `{ page, pageSize, total }` answer, labelled for screen readers. */
export function Pager({ page, pageSize, total, onChange }: PagerProps) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t('common:pagination.total', { count: total, formatted: formatNumber(total, i18n.language) })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('common:pagination.label')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            getItemProps={(p) => ({ 'aria-label': t('common:pagination.page', { page: p }) })}
            getControlProps={(control) => ({ 'aria-label': t(`common:pagination.${control}`) })}
          />
        </nav>
      )}
    </Group>
  );
}
