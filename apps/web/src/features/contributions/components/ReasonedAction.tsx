import { Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';
import type { Contribution } from '../api.ts';
import { useTransition } from '../hooks.ts';
import { useIdempotencyKey } from '../idempotency.ts';
import { quantityText } from '../labels.ts';

/** Props of {@link ReasonedAction}. */
export interface ReasonedActionProps {
  contribution: Contribution;
  /** refund (money back, reason required) or verify (auditor's check, note optional). */
  action: 'refund' | 'verify';
}

/** A transition with a reason or note in its confirmation dialog: refund, or verify. */
export function ReasonedAction({ contribution: c, action }: ReasonedActionProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const transition = useTransition();
  const keys = useIdempotencyKey();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const required = action === 'refund';

  async function run() {
    if (required && !reason.trim()) {
      setError(fieldMessage(t, 'validation.reason_required'));
      throw new Error('invalid');
    }
    const body = { action, reason: reason.trim() || undefined };
    // A failure throws, so the dialog stays open with the error shown inside it.
    await transition.mutateAsync({ id: c.id, body, idempotencyKey: keys.keyFor({ id: c.id, ...body }) });
    notify({ message: t(`contributions:${action}.done`) });
  }

  return (
    <ConfirmAction
      label={t(`contributions:${action}.action`)}
      title={t(`contributions:${action}.title`)}
      message={t(`contributions:${action}.message`, { what: quantityText(t, i18n.language, c.quantity, c.unit) })}
      confirmLabel={t(`contributions:${action}.submit`)}
      color={action === 'verify' ? 'ataa' : 'red'}
      variant={action === 'verify' ? 'filled' : 'light'}
      loading={transition.isPending}
      onConfirm={run}
    >
      <Stack gap="sm">
        <Textarea
          label={t(`contributions:${action}.reason`)}
          required={required}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          dir="auto"
          autosize
          minRows={2}
        />
        <ErrorAlert error={transition.error} />
      </Stack>
    </ConfirmAction>
  );
}
