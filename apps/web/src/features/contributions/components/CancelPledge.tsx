import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import type { Contribution } from '../api.ts';
import { useTransition } from '../hooks.ts';
import { useIdempotencyKey } from '../idempotency.ts';
import { quantityText } from '../labels.ts';

/** "Cancel this pledge", after a confirmation (the contributor, or the receiving organisation's finance staff). */
export function CancelPledge({ contribution: c }: { contribution: Contribution }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const transition = useTransition();
  const keys = useIdempotencyKey();

  async function cancel() {
    const body = { action: 'cancel' as const };
    try {
      await transition.mutateAsync({ id: c.id, body, idempotencyKey: keys.keyFor({ id: c.id, ...body }) });
      notify({ message: t('contributions:cancel.done') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <ConfirmAction
      label={t('contributions:cancel.action')}
      title={t('contributions:cancel.title')}
      message={t('contributions:cancel.message', { what: quantityText(t, i18n.language, c.quantity, c.unit) })}
      confirmLabel={t('contributions:cancel.confirm')}
      loading={transition.isPending}
      onConfirm={cancel}
    />
  );
}
