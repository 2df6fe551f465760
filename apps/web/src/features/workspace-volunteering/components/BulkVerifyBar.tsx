import { Alert, Button, Checkbox, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { BulkResult } from '../api.ts';

/** Props of {@link BulkVerifyBar}. */
export interface BulkVerifyBarProps {
  /** Ids on this page that can be selected. */
  selectable: string[];
  selected: Set<string>;
  onSelectAll: (on: boolean) => void;
  onVerify: () => void;
  pending: boolean;
  error: unknown;
}

/** "Select all on this page" and "Verify selected". */
export function BulkVerifyBar({ selectable, selected, onSelectAll, onVerify, pending, error }: BulkVerifyBarProps) {
  const { t, i18n } = useTranslation();
  const count = selected.size;
  const all = selectable.length > 0 && selectable.every((id) => selected.has(id));
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Checkbox
          label={t('workspaceVolunteering:hours.selectAll')}
          checked={all}
          indeterminate={!all && count > 0}
          onChange={(e) => onSelectAll(e.currentTarget.checked)}
        />
        <Group gap="sm">
          <Text size="sm" aria-live="polite">
            {t('workspaceVolunteering:hours.selected', { count, formatted: formatNumber(count, i18n.language) })}
          </Text>
          <Button size="sm" disabled={count === 0} loading={pending} onClick={onVerify}>
            {t('workspaceVolunteering:hours.verifySelected')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error} />
    </Paper>
  );
}

/** What the bulk verification did: how many were verified, and how many were skipped and why. */
export function BulkResultSummary({ result, onClose }: { result: BulkResult; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  const verified = result.verified.length;
  const skipped = result.skipped.length;
  const flagged = result.skipped.filter((s) => s.code === 'attendance.flagged').length;
  // Other reasons (already decided meanwhile, no complete times…), each said once with how many.
  const others = new Map<string, number>();
  for (const s of result.skipped) if (s.code !== 'attendance.flagged') others.set(s.code, (others.get(s.code) ?? 0) + 1);
  return (
    <Alert
      color={skipped ? 'yellow' : 'green'}
      variant="light"
      role="status"
      title={t('workspaceVolunteering:hours.bulkTitle')}
      withCloseButton
      closeButtonLabel={t('common:close')}
      onClose={onClose}
      data-testid="bulk-result"
    >
      <Text size="sm">{t('workspaceVolunteering:hours.bulkVerified', { count: verified, formatted: n(verified) })}</Text>
      {skipped > 0 && <Text size="sm">{t('workspaceVolunteering:hours.bulkSkipped', { count: skipped, formatted: n(skipped) })}</Text>}
      {flagged > 0 && <Text size="sm">{t('workspaceVolunteering:hours.bulkFlagged', { count: flagged, formatted: n(flagged) })}</Text>}
      {[...others].map(([code, count]) => (
        <Text key={code} size="sm">
          {t('workspaceVolunteering:hours.bulkOther', { reason: errorMessage(t, new ApiError(409, code, code)), formatted: n(count) })}
        </Text>
      ))}
    </Alert>
  );
}
