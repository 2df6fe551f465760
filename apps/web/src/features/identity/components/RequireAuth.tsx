import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import type { PlatformRole } from '../../../../../../packages/shared/src/enums.ts';
import { useSession } from '../hooks.ts';

/** Props of {@link RequireAuth}. */
export interface RequireAuthProps {
  children: ReactNode;
  /** Only these platform roles may see the page. */
  platformRoles?: readonly PlatformRole[];
}

/** Renders its children for signed-in people (with the right platform role); others go to sign-in. */
export function RequireAuth({ children, platformRoles }: RequireAuthProps) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  const user = session.data.user;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (platformRoles && !(user.platformRole && platformRoles.includes(user.platformRole))) {
    return (
      <>
        <PageHeader title={t('common:forbidden.title')} />
        <EmptyState title={t('common:forbidden.title')} description={t('common:forbidden.description')} />
      </>
    );
  }
  return <>{children}</>;
}
