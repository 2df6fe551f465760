import { Alert, Button, Group, MultiSelect, NativeSelect, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { safeNext } from '../../../lib/safe-next.ts';
import { EMIRATES, type Emirate } from '../../../../../../packages/shared/src/enums.ts';
import type { Skill, VolunteerProfile, VolunteerProfileInput } from '../api.ts';
import { PriorityPicker } from '../../priorities/components/PriorityPicker.tsx';
import { AvailabilityRows, invalidRows } from '../components/AvailabilityRows.tsx';
import { SkillsField, splitSkills } from '../components/SkillsField.tsx';
import { useSaveProfile, useSkills, useVolunteerProfile } from '../hooks.ts';
import { LANGUAGE_CODES, languageName } from '../labels.ts';
import { dubaiDate } from '../time.ts';

function ProfileForm({ profile, skills }: { profile: VolunteerProfile; skills: readonly Skill[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next') ? safeNext(params.get('next'), '') : '';
  const save = useSaveProfile();
  const [dateOfBirth, setDateOfBirth] = useState(profile.dateOfBirth ?? '');
  const [skillSets, setSkillSets] = useState(() => splitSkills(profile.skills, skills));
  const [languages, setLanguages] = useState(profile.languages);
  const [emirate, setEmirate] = useState<string>(profile.emirate ?? '');
  const [area, setArea] = useState(profile.area ?? '');
  const [interests, setInterests] = useState(profile.interests);
  const [availability, setAvailability] = useState(profile.availability);
  const [emergencyContact, setEmergencyContact] = useState(profile.emergencyContact ?? '');
  const [submitted, setSubmitted] = useState(false);
  const serverCodes = fieldCodesOf(save.error);
  const today = dubaiDate(new Date().toISOString());
  const languageOptions = [...new Set([...LANGUAGE_CODES, ...profile.languages])].map((code) => ({ value: code, label: languageName(code, lang) }));
  const problem = (name: string) => (serverCodes[name] ? fieldMessage(t, serverCodes[name]) : undefined);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (invalidRows(availability).length || (dateOfBirth && dateOfBirth > today)) return;
    const body: VolunteerProfileInput = {
      dateOfBirth: dateOfBirth || null,
      skills: [...skillSets.listed, ...skillSets.other],
      languages,
      emirate: (emirate || null) as Emirate | null,
      area: area.trim() || null,
      interests: interests.map((p) => p.id),
      availability,
      emergencyContact: emergencyContact.trim() || null,
    };
    try {
      await save.mutateAsync(body);
      notify({ message: t('volunteering:profile.saved') });
      if (next) await navigate(next);
    } catch {
      // Shown in the form.
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('volunteering:profile.title')}>
      <Stack gap="lg">
        <TextInput
          type="date"
          label={t('volunteering:profile.dateOfBirth')}
          description={t('volunteering:profile.dateOfBirthHint')}
          value={dateOfBirth}
          max={today}
          onChange={(e) => setDateOfBirth(e.currentTarget.value)}
          error={submitted && dateOfBirth > today ? t('volunteering:profile.dateOfBirthFuture') : problem('dateOfBirth')}
          autoComplete="bday"
          maw={260}
        />
        <SkillsField list={skills} listed={skillSets.listed} other={skillSets.other} onChange={setSkillSets} />
        <MultiSelect
          label={t('volunteering:profile.languages')}
          description={t('volunteering:profile.languagesHint')}
          data={languageOptions}
          value={languages}
          onChange={setLanguages}
          searchable
          maxValues={10}
          error={problem('languages')}
          comboboxProps={{ withinPortal: true }}
        />
        <NativeSelect
          label={t('volunteering:profile.emirate')}
          value={emirate}
          onChange={(e) => setEmirate(e.currentTarget.value)}
          data={[{ value: '', label: t('volunteering:profile.noEmirate') }, ...EMIRATES.map((v) => ({ value: v, label: t(`enums:emirate.${v}`) }))]}
          maw={320}
        />
        <TextInput
          label={t('volunteering:profile.area')}
          description={t('volunteering:profile.areaHint')}
          value={area}
          onChange={(e) => setArea(e.currentTarget.value)}
          maxLength={120}
          dir="auto"
          error={problem('area')}
          maw={420}
        />
        <PriorityPicker
          label={t('volunteering:profile.interests')}
          description={t('volunteering:profile.interestsHint')}
          value={interests}
          onChange={setInterests}
          error={problem('interests')}
        />
        <AvailabilityRows value={availability} onChange={setAvailability} showErrors={submitted} />
        <Stack gap="xs">
          <Textarea
            label={t('volunteering:profile.emergencyContact')}
            description={t('volunteering:profile.emergencyContactHint')}
            value={emergencyContact}
            onChange={(e) => setEmergencyContact(e.currentTarget.value)}
            maxLength={200}
            autosize
            minRows={2}
            dir="auto"
            error={problem('emergencyContact')}
          />
          <Alert color="blue" variant="light" role="note" title={t('volunteering:profile.privateTitle')}>
            {t('volunteering:profile.privateText')}
          </Alert>
        </Stack>
        <ErrorAlert error={save.error} />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('common:save')}
          </Button>
          {next && (
            <Button component={Link} to={next} variant="default">
              {t('volunteering:profile.back')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * `/me/volunteer-profile`: date of birth (for age limits), skills, languages, emirate, weekly
 * availability and a private emergency contact. `?next=` returns to the opportunity after saving.
 */
export function VolunteerProfilePage() {
  const { t } = useTranslation();
  const profile = useVolunteerProfile();
  const skills = useSkills();
  // Wait for the skills list too (or its failure), so saved codes land in the right box.
  const ready = profile.data && !skills.isPending;
  return (
    <Stack gap="md">
      <PageHeader order={2} title={t('volunteering:profile.title')} description={t('volunteering:profile.description')} />
      {(profile.isPending || (profile.data && skills.isPending)) && <LoadingState />}
      {profile.isError && <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />}
      {ready && (
        <Paper withBorder p="md" maw={720}>
          <ProfileForm profile={profile.data} skills={skills.data?.items ?? []} />
        </Paper>
      )}
    </Stack>
  );
}
