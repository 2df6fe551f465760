import { Group, Skeleton, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainStep, Framework, PriorityWithChain } from '../api.ts';
import { frameworkName, isReadableCode, priorityShort, priorityTitle, ROLL_UP_ORDER } from '../labels.ts';

/** Steps grouped by framework, in roll-up order (local → national → global). */
export function groupChain(chain: ChainStep[]): { framework: Framework; steps: ChainStep[] }[] {
  const groups = new Map<string, { framework: Framework; steps: ChainStep[] }>();
  for (const step of chain) {
    const g = groups.get(step.framework.id) ?? { framework: step.framework, steps: [] };
    g.steps.push(step);
    groups.set(step.framework.id, g);
  }
  // The priority asked about stays first; the rest follow the levels (a stable sort keeps BFS order within one).
  const [first, ...rest] = [...groups.values()];
  if (!first) return [];
  rest.sort((a, b) => ROLL_UP_ORDER.indexOf(a.framework.level) - ROLL_UP_ORDER.indexOf(b.framework.level));
  return [first, ...rest];
}

/**
 * What a priority rolls up to, as one line read in the page's direction:
 * "Dubai Social Agenda 33 › Education → We the UAE 2031 › Forward society → SDGs › 4.1 · 4.5 · 4".
 * Numbered priorities show their code, with the full title as a tooltip and for screen readers.
 */
export function PriorityChain({ data }: { data: PriorityWithChain | undefined }) {
  const { t, i18n } = useTranslation();
  if (!data) return <Skeleton height={20} width="70%" />;
  const arrow = i18n.dir() === 'rtl' ? '←' : '→';
  const groups = groupChain(data.chain);
  return (
    <Group component="ol" gap={6} wrap="wrap" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('priorities:chain.label', { name: priorityShort(data.priority, i18n.language) })}>
      {groups.map((g, gi) => (
        <Group component="li" key={g.framework.id} gap={6} wrap="wrap">
          {gi > 0 && (
            <Text span c="dimmed" aria-hidden="true">
              {arrow}
            </Text>
          )}
          <Text span size="sm">
            <Text span fw={600} size="sm">
              {frameworkName(g.framework, i18n.language)}
            </Text>
            {' › '}
            {g.steps.map((s, si) => (
              <Fragment key={s.priority.id}>
                {si > 0 && ' · '}
                {isReadableCode(s.priority.code) ? (
                  <abbr title={priorityTitle(s.priority, i18n.language)} style={{ textDecoration: 'none' }}>
                    {s.priority.code}
                    <span className="visually-hidden"> {priorityShort(s.priority, i18n.language)}</span>
                  </abbr>
                ) : (
                  priorityShort(s.priority, i18n.language)
                )}
              </Fragment>
            ))}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
