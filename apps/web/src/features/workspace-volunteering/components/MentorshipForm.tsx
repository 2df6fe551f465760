import { SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useCheckedSubmit } from '../checked-submit.ts';
import { useCreateMentorship } from '../hooks-knowledge.ts';
import type { OrgNeed } from '../hooks.ts';
import { BLANK_MENTORSHIP, buildMentorship, type MentorshipFormValues } from '../knowledge-input.ts';
import { NeedPicker } from './NeedPicker.tsx';
import { TopicFields } from './TopicFields.tsx';

/** "New mentorship": a knowledge need, the mentor (an Ataa account, by email), the mentees' names and the topic. */
export function MentorshipForm({ orgId, needs, onDone }: { orgId: string; needs: OrgNeed[]; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateMentorship(orgId);
  const [v, setV] = useState<MentorshipFormValues>(BLANK_MENTORSHIP);
  const { codes, submit } = useCheckedSubmit(
    () => buildMentorship(v),
    async (body) => {
      await create.mutateAsync(body);
      notify({ message: t('workspaceVolunteering:knowledge.mentorships.created') });
      setV(BLANK_MENTORSHIP);
      onDone();
    },
  );
  const error = (n: string) => (codes[n] ? fieldMessage(t, codes[n]) : undefined);
  const set = (patch: Partial<MentorshipFormValues>) => setV((old) => ({ ...old, ...patch }));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('workspaceVolunteering:knowledge.mentorships.new')}>
      <Stack gap="sm">
        <NeedPicker needs={needs} initiativeId={v.initiativeId} needId={v.needId} onChange={(initiativeId, needId) => set({ initiativeId, needId })} needError={error('needId')} needLabel={t('workspaceVolunteering:knowledge.need')} />
        <TextInput type="email" label={t('workspaceVolunteering:knowledge.mentorships.mentorEmail')} description={t('workspaceVolunteering:knowledge.mentorships.mentorEmailHint')} required dir="ltr" autoComplete="off" value={v.mentorEmail} onChange={(e) => set({ mentorEmail: e.currentTarget.value })} error={error('mentorEmail') ?? error('mentorUserId')} />
        <TagsInput label={t('workspaceVolunteering:knowledge.mentorships.mentees')} description={t('workspaceVolunteering:knowledge.mentorships.menteesHint')} required value={v.menteeNames} onChange={(menteeNames) => set({ menteeNames })} maxTags={50} error={error('menteeNames')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TopicFields values={v} set={set} error={error} />
        </SimpleGrid>
        <FormActions error={create.error} pending={create.isPending} submitLabel={t('workspaceVolunteering:knowledge.mentorships.submit')} onCancel={onDone} />
      </Stack>
    </form>
  );
}
