import { Anchor, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useSession } from '../../identity/hooks.ts';
import { InitiativeBody } from '../components/InitiativeBody.tsx';
import { InitiativeStatusBadge } from '../components/InitiativeStatusBadge.tsx';
import { useInitiative } from '../hooks.ts';
import { initiativeTitle } from '../labels.ts';

/** `/initiatives/:id`: an initiative's public page — facts, needs with progress, priorities. */
export function InitiativePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const initiative = useInitiative(id);
  const session = useSession();

  if (initiative.isPending) return <LoadingState />;
  if (initiative.isError) {
    return (
      <>
        <PageHeader title={t('initiatives:detail.notFound')} />
        <ErrorAlert error={initiative.error} />
        <Anchor component={Link} to="/initiatives">{t('initiatives:detail.back')}</Anchor>
      </>
    );
  }
  const i = initiative.data;
  const title = initiativeTitle(i, i18n.language);
  const member = session.data?.memberships.some((m) => m.organisationId === i.organisation.id);
  const isPublic = ['approved', 'active', 'completed'].includes(i.status);
  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to="/initiatives" size="sm">{t('initiatives:detail.back')}</Anchor>
      <PageHeader
        title={title.text}
        titleLang={title.lang}
        description={title.fallback ? <span data-testid="language-notice">{t('initiatives:shownIn', { language: t(`enums:locale.${title.lang}`) })}</span> : undefined}
        actions={
          <Group gap="xs">
            {!isPublic || i.status === 'completed' ? <InitiativeStatusBadge status={i.status} /> : null}
            {member && (
              <Anchor component={Link} to={`/workspace/${i.organisation.id}/initiatives/${i.id}`} size="sm">
                {t('initiatives:detail.manage')}
              </Anchor>
            )}
          </Group>
        }
      />
      <InitiativeBody initiative={i} withGive={isPublic} />
      {/* The public contributions list (features/contributions) mounts in this section. */}
      <section id="contributions" />
    </Stack>
  );
}
