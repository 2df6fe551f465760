import { ActionIcon, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../lib/field-errors.ts';
import type { AvailabilityRow } from '../api.ts';
import { weekdayNames } from '../time.ts';

/** The API takes at most three rows a day. */
export const MAX_ROWS = 21;

/** Rows whose end is not after their start (by index), to show next to them. */
export function invalidRows(rows: readonly AvailabilityRow[]): number[] {
  return rows.flatMap((r, i) => (!r.from || !r.to || r.to <= r.from ? [i] : []));
}

/** Props of {@link AvailabilityRows}. */
export interface AvailabilityRowsProps {
  value: AvailabilityRow[];
  onChange: (rows: AvailabilityRow[]) => void;
  /** Show the problems of invalid rows (after a submit). */
  showErrors: boolean;
}

/** When I am usually free, week by week: weekday, from, to — added and removed row by row. */
export function AvailabilityRows({ value, onChange, showErrors }: AvailabilityRowsProps) {
  const { t, i18n } = useTranslation();
  const days = weekdayNames(i18n.language);
  const bad = new Set(showErrors ? invalidRows(value) : []);
  const set = (i: number, patch: Partial<AvailabilityRow>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" size="sm" fw={500} mb={4}>
        {t('volunteering:profile.availability')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('volunteering:profile.availabilityHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {value.map((row, i) => {
          const n = i + 1;
          return (
            // A small box per row: the day and its remove button, then from and until side by side
            // (three inputs in one line do not fit a phone).
            <Paper key={i} withBorder p="xs" radius="sm" data-testid="availability-row">
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <NativeSelect
                  label={t('volunteering:profile.weekday')}
                  aria-label={t('volunteering:profile.rowWeekday', { n })}
                  value={String(row.weekday)}
                  onChange={(e) => set(i, { weekday: Number(e.currentTarget.value) })}
                  data={days.map((d, w) => ({ value: String(w), label: d }))}
                  style={{ flex: 1 }}
                />
                <ActionIcon variant="subtle" color="red.9" size="lg" mb={2} onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={t('volunteering:profile.removeRow', { n, day: days[row.weekday] })}>
                  <span aria-hidden="true">✕</span>
                </ActionIcon>
              </Group>
              <SimpleGrid cols={2} spacing="xs" mt="xs">
                <TextInput type="time" label={t('volunteering:profile.from')} aria-label={t('volunteering:profile.rowFrom', { n })} value={row.from} onChange={(e) => set(i, { from: e.currentTarget.value })} />
                <TextInput
                  type="time"
                  label={t('volunteering:profile.to')}
                  aria-label={t('volunteering:profile.rowTo', { n })}
                  value={row.to}
                  onChange={(e) => set(i, { to: e.currentTarget.value })}
                  error={bad.has(i) ? fieldMessage(t, 'validation.end_before_start') : undefined}
                />
              </SimpleGrid>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Stack gap="xs" mt={value.length ? 'xs' : 0}>
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('volunteering:profile.noAvailability')}
          </Text>
        )}
        {value.length < MAX_ROWS && (
          <div>
            <Button variant="default" size="xs" onClick={() => onChange([...value, { weekday: value.at(-1)?.weekday ?? 6, from: '09:00', to: '13:00' }])}>
              {t('volunteering:profile.addRow')}
            </Button>
          </div>
        )}
      </Stack>
    </fieldset>
  );
}
