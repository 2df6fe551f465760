import { Button, Group, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { useCreateMentorship } from '../hooks-knowledge.ts';
import type { OrgNeed } from '../hooks.ts';
import { BLANK_MENTORSHIP, buildMentorship, type MentorshipFormValues } from '../knowledge-input.ts';
import { NeedPicker } from './NeedPicker.tsx';

/** "New mentorship": a knowledge need, the mentor (an Ataa account, by email), the mentees' names and the topic. */
export function MentorshipForm({ orgId, needs, onDone }: { orgId: string; needs: OrgNeed[]; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateMentorship(orgId);
  const [v, setV] = useState<MentorshipFormValues>(BLANK_MENTORSHIP);
  const [codes, setCodes] = useState<Record<string, string>>({});
  const error = (n: string) => (codes[n] ? fieldMessage(t, codes[n]) : undefined);
  const set = (patch: Partial<MentorshipFormValues>) => setV((old) => ({ ...old, ...patch }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const built = buildMentorship(v);
    if ('codes' in built) return setCodes(built.codes);
    setCodes({});
    try {
      await create.mutateAsync(built.body);
      notify({ message: t('workspaceVolunteering:knowledge.mentorships.created') });
      setV(BLANK_MENTORSHIP);
      onDone();
    } catch (err) {
      setCodes(fieldCodesOf(err));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('workspaceVolunteering:knowledge.mentorships.new')}>
      <Stack gap="sm">
        <NeedPicker needs={needs} initiativeId={v.initiativeId} needId={v.needId} onChange={(initiativeId, needId) => set({ initiativeId, needId })} needError={error('needId')} needLabel={t('workspaceVolunteering:knowledge.need')} />
        <TextInput type="email" label={t('workspaceVolunteering:knowledge.mentorships.mentorEmail')} description={t('workspaceVolunteering:knowledge.mentorships.mentorEmailHint')} required dir="ltr" autoComplete="off" value={v.mentorEmail} onChange={(e) => set({ mentorEmail: e.currentTarget.value })} error={error('mentorEmail') ?? error('mentorUserId')} />
        <TagsInput label={t('workspaceVolunteering:knowledge.mentorships.mentees')} description={t('workspaceVolunteering:knowledge.mentorships.menteesHint')} required value={v.menteeNames} onChange={(menteeNames) => set({ menteeNames })} maxTags={50} error={error('menteeNames')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('workspaceVolunteering:knowledge.topicAr')} dir="rtl" lang="ar" maxLength={200} value={v.topicAr} onChange={(e) => set({ topicAr: e.currentTarget.value })} error={error('topicAr')} />
          <TextInput label={t('workspaceVolunteering:knowledge.topicEn')} dir="ltr" lang="en" maxLength={200} value={v.topicEn} onChange={(e) => set({ topicEn: e.currentTarget.value })} error={error('topicEn')} />
        </SimpleGrid>
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('workspaceVolunteering:knowledge.mentorships.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
