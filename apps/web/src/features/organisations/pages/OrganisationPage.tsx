import { Anchor, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useSession } from '../../identity/hooks.ts';
import { OrganisationProfile } from '../components/OrganisationProfile.tsx';
import { useOrganisation } from '../hooks.ts';
import { organisationName } from '../names.ts';

/** `/organisations/:id`: the public page of an organisation. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const org = useOrganisation(id);
  const session = useSession();
  const member = session.data?.memberships.some((m) => m.organisationId === id);

  if (org.isPending) return <LoadingState />;
  if (org.isError) {
    return (
      <>
        <PageHeader title={t('organisations:detail.notFound')} />
        <ErrorAlert error={org.error} />
        <Anchor component={Link} to="/organisations">
          {t('organisations:detail.back')}
        </Anchor>
      </>
    );
  }
  const name = organisationName(org.data, i18n.language);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/organisations" size="sm">
        {t('organisations:detail.back')}
      </Anchor>
      <PageHeader
        title={name.text}
        titleLang={name.lang}
        actions={
          member && (
            <Anchor component={Link} to={`/workspace/${id}`}>
              {t('organisations:detail.openWorkspace')}
            </Anchor>
          )
        }
      />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <OrganisationProfile org={org.data} showStatus={org.data.status !== 'verified'} />
      </Paper>
    </Stack>
  );
}
