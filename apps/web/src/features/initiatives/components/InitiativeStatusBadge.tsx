import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '../../../../../../packages/shared/src/enums.ts';
import { STATUS_COLORS } from '../labels.ts';

/** An initiative's workflow status as a coloured badge with its translated name. */
export function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status} tt="none">
      {t(`enums:initiativeStatus.${status}`)}
    </Badge>
  );
}
