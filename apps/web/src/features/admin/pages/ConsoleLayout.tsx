import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { SectionNav } from '../../../components/SectionNav.tsx';
import { RequireAuth } from '../../identity/components/RequireAuth.tsx';
import { useSession } from '../../identity/hooks.ts';
import { FUND_ROLES } from '../../contributions/roles.ts';
import { LEDGER_ACCESS } from '../../ledger/roles.ts';
import { REVIEW_QUEUE_ROLES } from '../../initiatives/roles.ts';
import { FRAMEWORK_ROLES } from '../../priorities/roles.ts';
import { allows, CONSOLE_ACCESS, CONSOLE_ROLES } from '../roles.ts';

/** `/console/*`: the foundation console for platform staff; pages shown by role. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const role = session.data?.user?.platformRole;
  const items = [
    { to: '/console', label: t('admin:nav.approvals'), end: true, roles: CONSOLE_ACCESS.approvals },
    { to: '/console/initiatives', label: t('initiatives:review.nav'), roles: REVIEW_QUEUE_ROLES },
    { to: '/console/frameworks', label: t('priorities:frameworks.nav'), roles: FRAMEWORK_ROLES },
    { to: '/console/users', label: t('admin:nav.users'), roles: CONSOLE_ACCESS.users },
    { to: '/console/audit', label: t('admin:nav.audit'), roles: CONSOLE_ACCESS.audit },
    { to: '/console/outbox', label: t('admin:nav.outbox'), roles: CONSOLE_ACCESS.outbox },
    { to: '/console/funds', label: t('contributions:funds.console.nav'), roles: FUND_ROLES },
    { to: '/console/ledger', label: t('ledger:nav.ledger'), roles: LEDGER_ACCESS.ledger },
    { to: '/console/valuation', label: t('ledger:nav.valuation'), roles: LEDGER_ACCESS.valuation },
    { to: '/console/skills', label: t('admin:nav.skills'), roles: CONSOLE_ACCESS.skills },
  ].filter((item) => allows(item.roles, role));
  return (
    <RequireAuth platformRoles={CONSOLE_ROLES}>
      <PageHeader
        title={t('admin:title')}
        description={role ? t('admin:signedInAs', { role: t(`enums:platformRole.${role}`) }) : undefined}
        setTitle={false}
      />
      <SectionNav label={t('admin:nav.label')} items={items} />
      <Outlet />
    </RequireAuth>
  );
}
