import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationStatus } from '../../../../packages/shared/src/enums.ts';

const COLORS: Record<OrganisationStatus, string> = { pending: 'yellow', verified: 'green', rejected: 'red' };

/** An organisation's verification status as a coloured badge with its translated name. */
export function StatusBadge({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-status={status}>
      {t(`enums:organisationStatus.${status}`)}
    </Badge>
  );
}
