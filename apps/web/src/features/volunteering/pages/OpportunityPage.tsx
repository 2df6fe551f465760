import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatNumber } from '../../../lib/format.ts';
import { pickLocalized } from '../../../lib/localized.ts';
import { LanguageNotice } from '../../initiatives/components/LanguageNotice.tsx';
import { useSession } from '../../identity/hooks.ts';
import type { OpportunityDetail } from '../api.ts';
import { OpportunityFacts } from '../components/OpportunityFacts.tsx';
import { ShiftItem } from '../components/ShiftItem.tsx';
import { useMyShifts, useOpportunity } from '../hooks.ts';
import { nameOf, titleOf } from '../labels.ts';

/** Weekly series can run for a year: shifts are shown ten at a time. */
const SHIFTS_STEP = 10;

/** The organisation that runs the opportunity, linked to its public page. */
function OrganisationLink({ o }: { o: OpportunityDetail }) {
  const { i18n } = useTranslation();
  const name = nameOf(o.organisation, i18n.language);
  return (
    <Anchor component={Link} to={`/organisations/${o.organisation.id}`} dir="auto" lang={name.lang} size="sm">
      {name.text}
    </Anchor>
  );
}

/** A block of bilingual text under its own heading (description, instructions). */
function TextSection({ title, ar, en }: { title: string; ar: string | null; en: string | null }) {
  const { i18n } = useTranslation();
  const text = pickLocalized(ar, en, i18n.language);
  if (!text) return null;
  return (
    <section>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <UserText component="p" lang={text.lang} style={{ whiteSpace: 'pre-line' }} m={0}>
        {text.text}
      </UserText>
      {text.fallback && <LanguageNotice lang={text.lang} />}
    </section>
  );
}

function Opportunity({ o }: { o: OpportunityDetail }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const mine = useMyShifts(signedIn);
  const title = titleOf(o, i18n.language);
  const closed = o.status !== 'open';
  const [shown, setShown] = useState(SHIFTS_STEP);
  // Shifts still to come (a cancelled one only for those signed up to it, so they see why).
  const now = Date.now();
  const shifts = o.shifts
    .filter((s) => Date.parse(s.endsAt) > now)
    .filter((s) => s.status !== 'cancelled' || mine.data?.items.some((m) => m.shiftId === s.id))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return (
    <Stack gap="md">
      <PageHeader
        title={title.text}
        titleLang={title.lang}
        description={
          <>
            <OrganisationLink o={o} />
            {' · '}
            <Anchor component={Link} to={`/initiatives/${o.initiativeId}`} size="sm">
              {t('volunteering:opportunity.aboutInitiative')}
            </Anchor>
          </>
        }
        actions={
          <Button component={Link} to="/volunteer" variant="default" size="sm">
            {t('volunteering:opportunity.back')}
          </Button>
        }
      />
      {title.fallback && <LanguageNotice lang={title.lang} size="sm" />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <TextSection title={t('volunteering:opportunity.about')} ar={o.descriptionAr} en={o.descriptionEn} />
            {(o.instructionsAr || o.instructionsEn) && (
              <Paper withBorder p="md" bg="var(--mantine-color-ataa-0)">
                <TextSection title={t('volunteering:opportunity.instructions')} ar={o.instructionsAr} en={o.instructionsEn} />
              </Paper>
            )}
            <section aria-labelledby="shifts-heading">
              <Title order={2} size="h4" id="shifts-heading" mb="xs">
                {t('volunteering:opportunity.shifts')}
              </Title>
              {closed && (
                <Alert color="yellow" variant="light" mb="sm">
                  {t('volunteering:opportunity.closed')}
                </Alert>
              )}
              {shifts.length === 0 ? (
                <EmptyState title={t('volunteering:opportunity.noShifts')} description={t('volunteering:opportunity.noShiftsHint')} />
              ) : (
                <>
                  <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                    {shifts.slice(0, shown).map((s) => (
                      <ShiftItem key={s.id} shift={s} mine={mine.data?.items.find((m) => m.shiftId === s.id)} signedIn={signedIn} closed={closed} audience={o.audience} />
                    ))}
                  </Stack>
                  {shifts.length > shown && (
                    <Group mt="sm" gap="sm">
                      <Button variant="default" onClick={() => setShown((n) => n + SHIFTS_STEP)}>
                        {t('volunteering:opportunity.moreShifts')}
                      </Button>
                      <Text size="sm" c="dimmed">
                        {t('volunteering:opportunity.shownOf', { shown: formatNumber(shown, i18n.language), total: formatNumber(shifts.length, i18n.language) })}
                      </Text>
                    </Group>
                  )}
                </>
              )}
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <OpportunityFacts opportunity={o} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** `/volunteer/opportunities/:id`: details, instructions, where, and the shifts to sign up for. */
export function OpportunityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  if (opportunity.isPending) return <LoadingState />;
  if (opportunity.isError) {
    if (opportunity.error instanceof ApiError && opportunity.error.status === 404) {
      return (
        <>
          <PageHeader title={t('volunteering:opportunity.notFound')} />
          <EmptyState
            title={t('volunteering:opportunity.notFound')}
            description={t('volunteering:opportunity.notFoundHint')}
            action={
              <Button component={Link} to="/volunteer">
                {t('volunteering:opportunity.back')}
              </Button>
            }
          />
        </>
      );
    }
    return <ErrorAlert error={opportunity.error} onRetry={() => void opportunity.refetch()} />;
  }
  return <Opportunity o={opportunity.data} />;
}
