import { Chip, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EMIRATES, NEED_KINDS } from '../../../../../../packages/shared/src/enums.ts';
import { useOrganisations } from '../../organisations/hooks.ts';
import { organisationName } from '../../organisations/names.ts';
import { PriorityPicker } from '../../priorities/components/PriorityPicker.tsx';
import { usePlatformAreas, usePriority } from '../../priorities/hooks.ts';
import { priorityShort } from '../../priorities/labels.ts';
import { PUBLIC_STATUSES } from '../labels.ts';

/** The catalogue's filters as they appear in the URL. */
export interface FilterValues {
  priority: string;
  emirate: string;
  kind: string;
  status: string;
  org: string;
}

/** Props of {@link InitiativeFilters}. */
export interface InitiativeFiltersProps {
  values: FilterValues;
  onChange: (next: Partial<FilterValues>) => void;
}

/**
 * Filters of the public catalogue: platform-area chips and a priority picker (both set the one
 * priority filter; the API includes everything that rolls up to it), emirate, kind of need,
 * status and organisation.
 */
export function InitiativeFilters({ values, onChange }: InitiativeFiltersProps) {
  const { t, i18n } = useTranslation();
  const areas = usePlatformAreas();
  const picked = usePriority(values.priority);
  const orgs = useOrganisations({ page: 1, pageSize: 100 });
  const areaIds = new Set(areas.data?.priorities.map((p) => p.id));
  const all = (label: string) => ({ value: '', label });

  return (
    <Stack gap="sm">
      {areas.data && (
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" size="sm" fw={500} mb={6}>{t('initiatives:filters.area')}</Text>
          <Chip.Group multiple={false} value={areaIds.has(values.priority) ? values.priority : ''} onChange={(v) => onChange({ priority: v })}>
            <Group gap={6}>
              <Chip value="" size="sm" variant="outline">{t('initiatives:filters.allAreas')}</Chip>
              {areas.data.priorities.map((p) => (
                <Chip key={p.id} value={p.id} size="sm" variant="outline">{priorityShort(p, i18n.language)}</Chip>
              ))}
            </Group>
          </Chip.Group>
        </fieldset>
      )}
      <PriorityPicker
        multiple={false}
        label={t('initiatives:filters.priority')}
        description={t('initiatives:filters.priorityHint')}
        value={picked.data && values.priority ? [picked.data.priority] : []}
        onChange={(list) => onChange({ priority: list[0]?.id ?? '' })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <NativeSelect
          label={t('initiatives:fields.emirate')}
          value={values.emirate}
          onChange={(e) => onChange({ emirate: e.currentTarget.value })}
          data={[all(t('initiatives:filters.allEmirates')), ...EMIRATES.map((v) => ({ value: v, label: t(`enums:emirate.${v}`) }))]}
        />
        <NativeSelect
          label={t('initiatives:filters.kind')}
          value={values.kind}
          onChange={(e) => onChange({ kind: e.currentTarget.value })}
          data={[all(t('initiatives:filters.allKinds')), ...NEED_KINDS.map((v) => ({ value: v, label: t(`enums:needKind.${v}`) }))]}
        />
        <NativeSelect
          label={t('initiatives:fields.status')}
          value={values.status}
          onChange={(e) => onChange({ status: e.currentTarget.value })}
          data={[all(t('initiatives:filters.allStatuses')), ...PUBLIC_STATUSES.map((v) => ({ value: v, label: t(`enums:initiativeStatus.${v}`) }))]}
        />
        <NativeSelect
          label={t('initiatives:fields.organisation')}
          value={values.org}
          onChange={(e) => onChange({ org: e.currentTarget.value })}
          data={[all(t('initiatives:filters.allOrganisations')), ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: organisationName(o, i18n.language).text }))]}
        />
      </SimpleGrid>
    </Stack>
  );
}
