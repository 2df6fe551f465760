import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { DateText } from '../../../components/DateText.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { organisationName } from '../../organisations/names.ts';
import { useAnswerInvitation, useMyInvitations } from '../hooks.ts';

/** `/me/invitations`: invitations to join organisations, to accept or decline. */
export function MyInvitationsPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const invitations = useMyInvitations();
  const answer = useAnswerInvitation();

  async function respond(id: string, kind: 'accept' | 'decline') {
    try {
      await answer.mutateAsync({ id, answer: kind });
      notify({ message: t(kind === 'accept' ? 'identity:invitations.accepted' : 'identity:invitations.declined') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Stack>
      <PageHeader order={2} title={t('identity:invitations.title')} />
      {invitations.isPending && <LoadingState />}
      {invitations.isError && <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.data?.items.length === 0 && (
        <EmptyState title={t('identity:invitations.empty')} description={t('identity:invitations.emptyHint')} />
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {invitations.data?.items.map((inv) => {
          const name = organisationName(inv.organisation, i18n.language);
          return (
            <Card key={inv.id} withBorder component="article">
              <Stack gap="xs">
                <Title order={3} size="h4" dir="auto" lang={name.lang}>
                  {name.text}
                </Title>
                <Group gap="xs">
                  <Text size="sm">{t('identity:invitations.role')}</Text>
                  <Badge variant="light">{t(`enums:memberRole.${inv.role}`)}</Badge>
                </Group>
                <Group gap="lg" align="flex-start">
                  <div>
                    <Text size="xs" c="dimmed">{t('identity:invitations.sent')}</Text>
                    <DateText iso={inv.createdAt} />
                  </div>
                  <div>
                    <Text size="xs" c="dimmed">{t('identity:invitations.expires')}</Text>
                    <DateText iso={inv.expiresAt} />
                  </div>
                </Group>
                <Group gap="xs" mt="xs">
                  <Button size="sm" loading={answer.isPending} onClick={() => void respond(inv.id, 'accept').catch(() => {})}>
                    {t('identity:invitations.accept')}
                  </Button>
                  <ConfirmAction
                    size="sm"
                    label={t('identity:invitations.decline')}
                    title={t('identity:invitations.declineTitle')}
                    message={t('identity:invitations.declineMessage', { name: name.text })}
                    loading={answer.isPending}
                    onConfirm={() => respond(inv.id, 'decline')}
                  />
                </Group>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
