import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.tsx';
import type { PlatformRole } from '../../../../../../packages/shared/src/enums.ts';
import { useSession } from '../../identity/hooks.ts';
import { allows } from '../roles.ts';

/** Shows a console page only to the platform roles allowed to use it. */
export function RoleGate({ roles, children }: { roles: readonly PlatformRole[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!allows(roles, session.data?.user?.platformRole)) {
    return <EmptyState title={t('common:forbidden.title')} description={t('common:forbidden.description')} />;
  }
  return <>{children}</>;
}
