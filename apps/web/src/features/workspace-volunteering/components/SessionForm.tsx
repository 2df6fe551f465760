import { NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { FORMATS, type KnowledgeFormat, type Mentorship } from '../api-knowledge.ts';
import { useCheckedSubmit } from '../checked-submit.ts';
import { useReportSession } from '../hooks-knowledge.ts';
import type { OrgNeed } from '../hooks.ts';
import { BLANK_SESSION, buildSession, type SessionFormValues } from '../knowledge-input.ts';
import { topicOf } from '../labels.ts';
import { GulfTimeNote } from './GulfTimeNote.tsx';
import { NeedPicker } from './NeedPicker.tsx';
import { TopicFields } from './TopicFields.tsx';

/** API field names → this form's fields. */
const SERVER_FIELDS: Record<string, string> = { heldAt: 'date' };

/** "Report a session": need, format, optional mentorship, topic, when (UAE time), how long, attendees, materials. */
export function SessionForm({ orgId, needs, mentorships, onDone }: { orgId: string; needs: OrgNeed[]; mentorships: Mentorship[]; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const report = useReportSession(orgId);
  const [v, setV] = useState<SessionFormValues>(BLANK_SESSION);
  const { codes, submit } = useCheckedSubmit(
    () => buildSession(v),
    async (body) => {
      await report.mutateAsync(body);
      notify({ message: t('workspaceVolunteering:knowledge.sessions.reported') });
      setV(BLANK_SESSION);
      onDone();
    },
    (err) => Object.fromEntries(Object.entries(fieldCodesOf(err)).map(([k, c]) => [SERVER_FIELDS[k] ?? k, c])),
  );
  // The duration's own sentence says the range; a bare "not valid" would not.
  const error = (n: string) => (codes[n] ? (n === 'minutes' ? t('workspaceVolunteering:hours.adjustInvalid') : fieldMessage(t, codes[n])) : undefined);
  const set = (patch: Partial<SessionFormValues>) => setV((old) => ({ ...old, ...patch }));
  const text = (name: keyof SessionFormValues) => ({ value: String(v[name]), onChange: (e: { currentTarget: { value: string } }) => set({ [name]: e.currentTarget.value }), error: error(name) });
  const ofNeed = mentorships.filter((m) => m.needId === v.needId && m.status === 'active');

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('workspaceVolunteering:knowledge.sessions.new')}>
      <Stack gap="sm">
        <NeedPicker needs={needs} initiativeId={v.initiativeId} needId={v.needId} onChange={(initiativeId, needId) => set({ initiativeId, needId, mentorshipId: '' })} needError={error('needId')} needLabel={t('workspaceVolunteering:knowledge.need')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect label={t('workspaceVolunteering:knowledge.sessions.format')} value={v.format} onChange={(e) => set({ format: e.currentTarget.value as KnowledgeFormat })} data={FORMATS.map((f) => ({ value: f, label: t(`enums:knowledgeFormat.${f}`) }))} />
          <NativeSelect
            label={t('workspaceVolunteering:knowledge.sessions.mentorship')}
            description={t('workspaceVolunteering:knowledge.sessions.mentorshipHint')}
            disabled={ofNeed.length === 0}
            {...text('mentorshipId')}
            data={[{ value: '', label: t('workspaceVolunteering:knowledge.sessions.noMentorship') }, ...ofNeed.map((m) => ({ value: m.id, label: `${m.mentor.displayName ?? ''} — ${topicOf(m, i18n.language).text}` }))]}
          />
          <TopicFields values={v} set={set} error={error} />
        </SimpleGrid>
        <GulfTimeNote />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput type="date" label={t('workspaceVolunteering:knowledge.sessions.date')} required {...text('date')} />
          <TextInput type="time" label={t('workspaceVolunteering:knowledge.sessions.time')} required {...text('time')} />
          <TextInput label={t('workspaceVolunteering:hours.hoursField')} inputMode="numeric" dir="ltr" maxLength={2} {...text('hours')} />
          <TextInput label={t('workspaceVolunteering:hours.minutesField')} inputMode="numeric" dir="ltr" maxLength={2} {...text('minutes')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('workspaceVolunteering:knowledge.sessions.attendees')} description={t('workspaceVolunteering:knowledge.sessions.attendeesHint')} required inputMode="numeric" dir="ltr" maxLength={6} {...text('attendeeCount')} />
          <TextInput type="url" label={t('workspaceVolunteering:knowledge.sessions.materials')} description={t('workspaceVolunteering:knowledge.sessions.materialsHint')} dir="ltr" placeholder="https://" {...text('materialsUrl')} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {v.mentorshipId ? t('workspaceVolunteering:knowledge.sessions.hostMentor') : t('workspaceVolunteering:knowledge.sessions.hostYou')}
        </Text>
        <FormActions error={report.error} pending={report.isPending} submitLabel={t('workspaceVolunteering:knowledge.sessions.submit')} onCancel={onDone} />
      </Stack>
    </form>
  );
}
