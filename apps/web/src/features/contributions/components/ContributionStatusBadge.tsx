import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContributionStatus } from '../../../../../../packages/shared/src/enums.ts';
import { STATUS_COLORS } from '../labels.ts';

/** Filled where the light variant would be too faint to read (WCAG 1.4.3). */
const FILLED = new Set<ContributionStatus>(['verified', 'refunded', 'reversed']);

/** A contribution's status as a coloured badge with its translated name. */
export function ContributionStatusBadge({ status, size = 'md' }: { status: ContributionStatus; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  const variant = status === 'cancelled' ? 'default' : FILLED.has(status) ? 'filled' : 'light';
  return (
    <Badge color={STATUS_COLORS[status]} variant={variant} size={size} data-status={status}>
      {t(`contributions:status.${status}`)}
    </Badge>
  );
}
