import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useForm } from '../../../lib/form.ts';
import { useCreateOpportunity, useOrgNeeds, useSkills } from '../hooks.ts';
import { skillValue } from '../labels.ts';
import { BLANK_OPPORTUNITY, buildOpportunity, type OpportunityFormValues } from '../opportunity-input.ts';
import { NeedPicker } from './NeedPicker.tsx';
import { PeopleFields, PlaceFields } from './OpportunityFields.tsx';

/** A titled group of fields (a fieldset, so screen readers announce the group with each field). */
function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="fieldset" style={{ minInlineSize: 0 }}>
      <Text component="legend" fw={700} px={4}>
        {title}
      </Text>
      {children}
    </Paper>
  );
}

/**
 * "New opportunity": one of the organisation's live initiatives and its volunteer-time need,
 * bilingual texts, the place, and who may come. Shifts are added on the opportunity's page next.
 */
export function OpportunityForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const needs = useOrgNeeds(orgId, 'time');
  const skills = useSkills();
  const create = useCreateOpportunity(orgId);
  const form = useForm<OpportunityFormValues>(BLANK_OPPORTUNITY);
  const { values, codes } = form;
  const error = (name: string) => (codes[name] ? fieldMessage(t, codes[name]) : undefined);

  if (needs.isPending) return <LoadingState />;
  if (needs.error) return <ErrorAlert error={needs.error} onRetry={needs.refetch} />;
  if (needs.needs.length === 0) {
    return (
      <Alert color="yellow" variant="light" title={t('workspaceVolunteering:form.noNeedsTitle')} data-testid="no-time-needs">
        {t('workspaceVolunteering:form.noNeeds')}{' '}
        <Anchor component={Link} to={`/workspace/${orgId}/initiatives`}>
          {t('workspaceVolunteering:form.toInitiatives')}
        </Anchor>
      </Alert>
    );
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const built = buildOpportunity({ ...values, skills: values.skills.map((s) => skillValue(s, skills.data?.items)) });
    if ('codes' in built) return form.setCodes(built.codes);
    form.setCodes({});
    try {
      const created = await create.mutateAsync(built.body);
      notify({ message: t('workspaceVolunteering:form.created') });
      void navigate(`/workspace/${orgId}/volunteering/opportunities/${created.id}`);
    } catch (err) {
      form.setCodes(fieldCodesOf(err));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('workspaceVolunteering:form.title')}>
      <Stack gap="md">
        <Section title={t('workspaceVolunteering:form.what')}>
          <Stack gap="sm">
            <NeedPicker
              needs={needs.needs}
              initiativeId={values.initiativeId}
              needId={values.needId}
              onChange={(initiativeId, needId) => {
                form.setValue('initiativeId', initiativeId);
                form.setValue('needId', needId);
              }}
              initiativeError={error('initiativeId')}
              needError={error('needId')}
              needLabel={t('workspaceVolunteering:form.timeNeed')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('workspaceVolunteering:form.titleAr')} dir="rtl" lang="ar" maxLength={200} {...form.text('titleAr')} />
              <TextInput label={t('workspaceVolunteering:form.titleEn')} dir="ltr" lang="en" maxLength={200} {...form.text('titleEn')} />
              <Textarea label={t('workspaceVolunteering:form.descriptionAr')} dir="rtl" lang="ar" autosize minRows={3} maxLength={5000} {...form.text('descriptionAr')} />
              <Textarea label={t('workspaceVolunteering:form.descriptionEn')} dir="ltr" lang="en" autosize minRows={3} maxLength={5000} {...form.text('descriptionEn')} />
              <Textarea label={t('workspaceVolunteering:form.instructionsAr')} description={t('workspaceVolunteering:form.instructionsHint')} dir="rtl" lang="ar" autosize minRows={2} maxLength={2000} {...form.text('instructionsAr')} />
              <Textarea label={t('workspaceVolunteering:form.instructionsEn')} description={t('workspaceVolunteering:form.instructionsHint')} dir="ltr" lang="en" autosize minRows={2} maxLength={2000} {...form.text('instructionsEn')} />
            </SimpleGrid>
          </Stack>
        </Section>
        <Section title={t('workspaceVolunteering:form.where')}>
          <PlaceFields text={form.text} />
        </Section>
        <Section title={t('workspaceVolunteering:form.who')}>
          <PeopleFields values={values} text={form.text} setValue={form.setValue} error={error} />
        </Section>
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('workspaceVolunteering:form.submit')}
          </Button>
          <Button component={Link} to={`/workspace/${orgId}/volunteering`} variant="default">
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
