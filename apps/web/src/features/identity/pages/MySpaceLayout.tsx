import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { SectionNav } from '../../../components/SectionNav.tsx';
import { RequireAuth } from '../components/RequireAuth.tsx';
import { useSession } from '../hooks.ts';

/** `/me/*`: my space — a heading with my name and the sub-navigation between its pages. */
export function MySpaceLayout() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <RequireAuth>
      <PageHeader title={t('identity:mySpace.title')} description={session.data?.user?.email} setTitle={false} />
      <SectionNav
        label={t('identity:mySpace.nav')}
        items={[
          { to: '/me', label: t('common:nav.profile'), end: true },
          { to: '/me/contributions', label: t('common:nav.myContributions') },
          { to: '/me/monthly', label: t('common:nav.monthly') },
          { to: '/me/organisations', label: t('common:nav.myOrganisations') },
          { to: '/me/invitations', label: t('common:nav.invitations') },
          { to: '/me/password', label: t('common:nav.password') },
          { to: '/me/tokens', label: t('common:nav.tokens') },
        ]}
      />
      <Outlet />
    </RequireAuth>
  );
}
