import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PriorityChain } from '../../priorities/components/PriorityChain.tsx';
import { usePriorities } from '../../priorities/hooks.ts';

/**
 * The priorities an initiative is tagged with, each with the chain it rolls up to
 * (local → national → global), so a Dubai aim shows the SDG targets it serves.
 */
export function InitiativePriorities({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const results = usePriorities(ids);
  if (ids.length === 0) return <Text c="dimmed" size="sm">{t('initiatives:detail.noPriorities')}</Text>;
  return (
    <List spacing="sm" listStyleType="none" p={0} m={0} data-testid="priority-chains">
      {results.map((r, i) => (
        <List.Item key={ids[i]} style={{ borderInlineStart: '3px solid var(--mantine-color-ataa-3)', paddingInlineStart: 'var(--mantine-spacing-sm)' }}>
          {r.isError ? <Text size="sm" c="dimmed">{t('initiatives:detail.priorityUnavailable')}</Text> : <PriorityChain data={r.data} />}
        </List.Item>
      ))}
    </List>
  );
}
