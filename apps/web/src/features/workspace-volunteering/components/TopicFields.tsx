import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Props of {@link TopicFields}. */
export interface TopicFieldsProps {
  values: { topicAr: string; topicEn: string };
  set: (patch: { topicAr?: string; topicEn?: string }) => void;
  /** The message under a field, if any. */
  error: (name: 'topicAr' | 'topicEn') => string | undefined;
}

/** A mentorship's or a session's topic, in Arabic and in English (two cells of the form's grid). */
export function TopicFields({ values, set, error }: TopicFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('workspaceVolunteering:knowledge.topicAr')} dir="rtl" lang="ar" maxLength={200} value={values.topicAr} onChange={(e) => set({ topicAr: e.currentTarget.value })} error={error('topicAr')} />
      <TextInput label={t('workspaceVolunteering:knowledge.topicEn')} dir="ltr" lang="en" maxLength={200} value={values.topicEn} onChange={(e) => set({ topicEn: e.currentTarget.value })} error={error('topicEn')} />
    </>
  );
}
