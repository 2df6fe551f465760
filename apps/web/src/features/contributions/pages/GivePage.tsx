import { Anchor, Button, Paper, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { RequireAuth } from '../../identity/components/RequireAuth.tsx';
import { useSession } from '../../identity/hooks.ts';
import type { GiveInitiative, GiveNeed } from '../api.ts';
import { GiveConfirmation, type GiveResult } from '../components/GiveConfirmation.tsx';
import { GiveGoodsForm } from '../components/GiveGoodsForm.tsx';
import { GiveMoneyForm } from '../components/GiveMoneyForm.tsx';
import { useGiveInitiative } from '../hooks.ts';
import { isolate, nameOf, quantityText, titleOf } from '../labels.ts';

const OPEN = ['approved', 'active'];

/** The need: its title, and how far it has come (received of target). */
function NeedSummary({ need }: { need: GiveNeed }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = need.titleAr || need.titleEn ? titleOf(need, lang) : null;
  const received = quantityText(t, lang, need.progress.confirmed, need.unit);
  const target = quantityText(t, lang, need.target, need.unit);
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {t(`contributions:give.needOf.${need.kind === 'money' ? 'money' : 'goods'}`)}
        </Text>
        {title && (
          <UserText fw={700} lang={title.lang}>
            {title.text}
          </UserText>
        )}
        <Progress value={need.progress.percent} size="lg" aria-label={t('contributions:give.progress', { percent: formatNumber(need.progress.percent, lang) })} />
        <Text size="sm">{t('contributions:give.receivedOf', { received, target })}</Text>
      </Stack>
    </Paper>
  );
}

/** Why this need cannot be given to here, with the way back to the initiative. */
function NotOpen({ initiativeId, reason }: { initiativeId: string; reason: 'closed' | 'notOpen' | 'otherKind' | 'notFound' }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t(`contributions:give.unavailable.${reason}`)}
      description={t(`contributions:give.unavailable.${reason}Hint`)}
      action={
        <Button component={Link} to={`/initiatives/${initiativeId}`} variant="default">
          {t('contributions:done.toInitiative')}
        </Button>
      }
    />
  );
}

/** The organisation I act for now (name and its language), or null when I act for myself. */
export function useActingOrganisation(): { name: string; lang: string } | null {
  const { i18n } = useTranslation();
  const session = useSession();
  const membership = session.data?.memberships.find((m) => m.organisationId === session.data?.actingOrganisationId);
  const name = membership ? nameOf(membership.organisation, i18n.language) : null;
  return name ? { name: name.text, lang: name.lang } : null;
}

function Give({ initiative, needId }: { initiative: GiveInitiative; needId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [result, setResult] = useState<GiveResult | null>(null);
  const [round, setRound] = useState(0);
  const title = titleOf(initiative, lang);
  const org = nameOf(initiative.organisation, lang);
  const need = initiative.needs.find((n) => n.id === needId);
  const acting = useActingOrganisation();

  let body: React.ReactNode;
  if (!need) body = <NotOpen initiativeId={initiative.id} reason="notFound" />;
  else if (result) body = <GiveConfirmation result={result} back={{ to: `/initiatives/${initiative.id}`, label: t('contributions:done.toInitiative') }} organisation={{ name: org.text, lang: org.lang }} onAgain={() => { setResult(null); setRound((r) => r + 1); }} />;
  else if (!OPEN.includes(initiative.status)) body = <NotOpen initiativeId={initiative.id} reason="notOpen" />;
  else if (need.status !== 'open') body = <NotOpen initiativeId={initiative.id} reason="closed" />;
  else if (need.kind === 'money') {
    const remaining = need.details.capMode === 'open' ? null : Math.max(0, need.target - need.progress.pledged - need.progress.confirmed);
    const received = { fils: need.progress.confirmed, percent: need.progress.percent };
    body = <GiveMoneyForm key={round} target={{ needId: need.id }} designations={need.details.designations} remaining={remaining} received={received} acting={acting} onDone={setResult} />;
  }
  else if (need.kind === 'in_kind') body = <GiveGoodsForm key={round} need={need} acting={acting} onDone={setResult} />;
  else body = <NotOpen initiativeId={initiative.id} reason="otherKind" />;

  return (
    <Stack gap="md" maw={760}>
      <PageHeader
        title={t('contributions:give.title', { initiative: isolate(title.text) })}
        documentTitle={t('contributions:give.documentTitle')}
        description={
          <>
            {t('contributions:give.by')}{' '}
            <Anchor component={Link} to={`/organisations/${initiative.organisation.id}`} dir="auto" lang={org.lang} size="sm">
              {org.text}
            </Anchor>
            {' · '}
            <Anchor component={Link} to={`/initiatives/${initiative.id}`} size="sm">
              {t('contributions:give.aboutInitiative')}
            </Anchor>
          </>
        }
      />
      {need && !result && <NeedSummary need={need} />}
      {body}
    </Stack>
  );
}

function GiveLoader() {
  const { id = '', needId = '' } = useParams();
  const initiative = useGiveInitiative(id);
  if (initiative.isPending) return <LoadingState />;
  if (initiative.isError) return <ErrorAlert error={initiative.error} onRetry={() => void initiative.refetch()} />;
  return <Give initiative={initiative.data} needId={needId} />;
}

/** `/initiatives/:id/give/:needId`: give money or goods to one need (sign-in first). */
export function GivePage() {
  return (
    <RequireAuth>
      <GiveLoader />
    </RequireAuth>
  );
}
