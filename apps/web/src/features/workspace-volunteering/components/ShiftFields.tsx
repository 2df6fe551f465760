import { Checkbox, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { seriesCount, type SingleShiftValues, type WeeklyShiftValues } from '../shift-input.ts';
import { WEEK_ORDER, weekdayName } from '../time.ts';

type Codes = Record<string, string>;

/** The translated message for a field's `validation.*` code. */
function useFieldError(codes: Codes) {
  const { t } = useTranslation();
  return (name: string) => (codes[name] ? fieldMessage(t, codes[name]) : undefined);
}

/** Start and end times (UAE) and capacity, shared by one shift and a series. */
function TimesAndCapacity<V extends { startTime: string; endTime: string; capacity: string }>({ values, set, codes }: { values: V; set: (patch: Partial<V>) => void; codes: Codes }) {
  const { t } = useTranslation();
  const error = useFieldError(codes);
  return (
    <>
      <TextInput type="time" label={t('workspaceVolunteering:shiftForm.startTime')} required value={values.startTime} onChange={(e) => set({ startTime: e.currentTarget.value } as Partial<V>)} error={error('startTime')} />
      <TextInput type="time" label={t('workspaceVolunteering:shiftForm.endTime')} required value={values.endTime} onChange={(e) => set({ endTime: e.currentTarget.value } as Partial<V>)} error={error('endTime')} />
      <TextInput
        label={t('workspaceVolunteering:shiftForm.capacity')}
        description={t('workspaceVolunteering:shiftForm.capacityHint')}
        required
        inputMode="numeric"
        dir="ltr"
        maxLength={5}
        value={values.capacity}
        onChange={(e) => set({ capacity: e.currentTarget.value } as Partial<V>)}
        error={error('capacity')}
      />
    </>
  );
}

/** One shift: the day, times and capacity (also the edit form). */
export function SingleShiftFields({ values, set, codes }: { values: SingleShiftValues; set: (patch: Partial<SingleShiftValues>) => void; codes: Codes }) {
  const { t } = useTranslation();
  const error = useFieldError(codes);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput type="date" label={t('workspaceVolunteering:shiftForm.date')} required value={values.date} onChange={(e) => set({ date: e.currentTarget.value })} error={error('date')} />
      <TimesAndCapacity values={values} set={set} codes={codes} />
    </SimpleGrid>
  );
}

/** A weekly series: weekdays, the date range, times, capacity, and how many shifts it will make. */
export function WeeklyShiftFields({ values, set, codes }: { values: WeeklyShiftValues; set: (patch: Partial<WeeklyShiftValues>) => void; codes: Codes }) {
  const { t, i18n } = useTranslation();
  const error = useFieldError(codes);
  const count = seriesCount(values);
  const ready = values.weekdays.length > 0 && values.from && values.until;
  return (
    <>
      <Checkbox.Group label={t('workspaceVolunteering:shiftForm.weekdays')} required value={values.weekdays.map(String)} onChange={(v) => set({ weekdays: v.map(Number) })} error={error('weekdays')}>
        <Group gap="md" mt="xs">
          {WEEK_ORDER.map((d) => (
            <Checkbox key={d} value={String(d)} label={weekdayName(d, i18n.language)} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput type="date" label={t('workspaceVolunteering:shiftForm.from')} required value={values.from} onChange={(e) => set({ from: e.currentTarget.value })} error={error('from')} />
        <TextInput type="date" label={t('workspaceVolunteering:shiftForm.until')} required value={values.until} onChange={(e) => set({ until: e.currentTarget.value })} error={error('until')} />
        <TimesAndCapacity values={values} set={set} codes={codes} />
      </SimpleGrid>
      <Text size="sm" fw={600} aria-live="polite" data-testid="series-preview">
        {ready ? t('workspaceVolunteering:shiftForm.preview', { count, formatted: formatNumber(count, i18n.language) }) : t('workspaceVolunteering:shiftForm.previewEmpty')}
      </Text>
    </>
  );
}
