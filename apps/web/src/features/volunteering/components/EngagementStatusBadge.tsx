import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../api-knowledge.ts';

/** Contrast-safe styles (see ATTENDANCE_BADGE): active is light green, signed off is filled brand green. */
const STYLE: Record<Engagement['status'], { color: string; variant: 'light' | 'filled' | 'default' }> = {
  active: { color: 'green', variant: 'light' },
  signed_off: { color: 'ataa', variant: 'filled' },
  cancelled: { color: 'gray', variant: 'default' },
};

/** An engagement's status: active (log hours), signed off (counted in the ledger), cancelled. */
export function EngagementStatusBadge({ status }: { status: Engagement['status'] }) {
  const { t } = useTranslation();
  const s = STYLE[status] ?? STYLE.cancelled;
  return (
    <Badge color={s.color} variant={s.variant} tt="none" data-status={status}>
      {t(`volunteering:engagements.status.${status}`)}
    </Badge>
  );
}
