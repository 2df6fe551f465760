import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initiativeTitle, needName } from '../../initiatives/labels.ts';
import type { OrgNeed } from '../hooks.ts';

/** Props of {@link NeedPicker}. */
export interface NeedPickerProps {
  needs: OrgNeed[];
  initiativeId: string;
  needId: string;
  onChange: (initiativeId: string, needId: string) => void;
  initiativeError?: string;
  needError?: string;
  needLabel: string;
}

/**
 * Two selects: one of the organisation's live initiatives that has an open need of the kind,
 * then that need. With a single need the second choice is made for the person.
 */
export function NeedPicker({ needs, initiativeId, needId, onChange, initiativeError, needError, needLabel }: NeedPickerProps) {
  const { t, i18n } = useTranslation();
  const initiatives = [...new Map(needs.map((n) => [n.initiative.id, n.initiative])).values()];
  const ofInitiative = needs.filter((n) => n.initiative.id === initiativeId);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <NativeSelect
        label={t('workspaceVolunteering:needPicker.initiative')}
        required
        value={initiativeId}
        error={initiativeError}
        onChange={(e) => {
          const id = e.currentTarget.value;
          const own = needs.filter((n) => n.initiative.id === id);
          onChange(id, own.length === 1 ? own[0]!.need.id : '');
        }}
        data={[{ value: '', label: t('common:choose') }, ...initiatives.map((i) => ({ value: i.id, label: initiativeTitle(i, i18n.language).text }))]}
      />
      <NativeSelect
        label={needLabel}
        required
        disabled={!initiativeId}
        value={needId}
        error={needError}
        onChange={(e) => onChange(initiativeId, e.currentTarget.value)}
        data={[{ value: '', label: t('common:choose') }, ...ofInitiative.map(({ need }) => ({ value: need.id, label: needName(t, need, i18n.language).text }))]}
      />
    </SimpleGrid>
  );
}
