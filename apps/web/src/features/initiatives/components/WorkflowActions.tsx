import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import type { InitiativeStatus } from '../../../../../../packages/shared/src/enums.ts';
import type { Initiative, TransitionAction } from '../api.ts';
import { useTransition } from '../hooks.ts';

/** The organisation's steps, from which statuses (mirrors the API's workflow.ts). */
const STEPS: { action: TransitionAction; from: readonly InitiativeStatus[]; color: string; variant: 'filled' | 'light' }[] = [
  { action: 'submit', from: ['draft', 'returned'], color: 'ataa', variant: 'filled' },
  { action: 'activate', from: ['approved'], color: 'ataa', variant: 'filled' },
  { action: 'complete', from: ['active'], color: 'ataa', variant: 'light' },
  { action: 'close', from: ['draft', 'submitted', 'returned', 'approved', 'active'], color: 'red', variant: 'light' },
];

/** The workflow buttons an organisation's manager sees: submit, activate, complete, close — each confirmed. */
export function WorkflowActions({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const transition = useTransition(initiative.id);
  const steps = STEPS.filter((s) => s.from.includes(initiative.status));
  if (steps.length === 0) return null;

  async function take(action: TransitionAction) {
    try {
      await transition.mutateAsync({ action });
      notify({ message: t(`initiatives:workflow.done.${action}`) });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Group gap="xs" align="center">
      {steps.map((s) => (
        <ConfirmAction
          key={s.action}
          size="sm"
          color={s.color}
          variant={s.variant}
          label={t(`initiatives:workflow.${s.action}`)}
          title={t(`initiatives:workflow.confirm.${s.action}.title`)}
          message={t(`initiatives:workflow.confirm.${s.action}.message`)}
          loading={transition.isPending}
          onConfirm={() => take(s.action)}
        />
      ))}
      {initiative.status === 'submitted' && <Text size="sm" c="dimmed">{t('initiatives:workflow.waiting')}</Text>}
    </Group>
  );
}
