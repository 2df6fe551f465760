import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import type { AuditQuery } from '../api.ts';
import { AuditEventItem } from '../components/AuditEventItem.tsx';
import { AuditFilters, EMPTY_AUDIT_FILTERS, type AuditFilterValues } from '../components/AuditFilters.tsx';
import { RoleGate } from '../components/RoleGate.tsx';
import { useAuditEvents } from '../hooks.ts';
import { CONSOLE_ACCESS } from '../roles.ts';

/** Local-day boundaries as ISO timestamps, so "to 2026-11-29" includes that whole day. */
function toQuery(f: AuditFilterValues, page: number): AuditQuery {
  return {
    page,
    actorUserId: f.actorUserId.trim() || undefined,
    organisationId: f.organisationId.trim() || undefined,
    action: f.action.trim() || undefined,
    entityType: f.entityType.trim() || undefined,
    from: f.from ? new Date(`${f.from}T00:00:00`).toISOString() : undefined,
    to: f.to ? new Date(`${f.to}T23:59:59.999`).toISOString() : undefined,
  };
}

function AuditLog() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(EMPTY_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const events = useAuditEvents(toQuery(filters, page));
  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('admin:audit.title')} description={t('admin:audit.description')} />
      <AuditFilters
        initial={filters}
        actions={events.data?.actions ?? []}
        onApply={(f) => {
          setFilters(f);
          setPage(1);
        }}
      />
      {events.isPending && <LoadingState />}
      {events.isError && <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {events.data?.items.length === 0 && <EmptyState title={t('admin:audit.empty')} />}
      {events.data && events.data.items.length > 0 && (
        <>
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('admin:audit.title')}>
            {events.data.items.map((e) => (
              <AuditEventItem key={e.id} event={e} />
            ))}
          </Stack>
          <Pager page={events.data.page} pageSize={events.data.pageSize} total={events.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

/** `/console/audit`: the audit log with filters and before/after snapshots (admins, verifiers). */
export function AuditLogPage() {
  return (
    <RoleGate roles={CONSOLE_ACCESS.audit}>
      <AuditLog />
    </RoleGate>
  );
}
