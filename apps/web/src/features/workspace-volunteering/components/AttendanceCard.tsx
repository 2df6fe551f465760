import { Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/Fact.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { formatMoney } from '../../../lib/format.ts';
import type { AttendanceRecord } from '../api.ts';
import { titleOf } from '../labels.ts';
import { durationText, gulfRange, gulfTime, minutesBetween } from '../time.ts';
import { valueOfMinutes } from '../value.ts';
import { AttendanceBadge, FlagList } from './AttendanceBits.tsx';
import { DecisionActions } from './DecisionActions.tsx';

const OPEN = ['present', 'claimed', 'flagged'];

/**
 * The minutes a record counts, as the API will: verified ones as decided; else the organiser's
 * complete span, else the volunteer's claim; null when neither is a positive span (adjust only).
 */
export function countedMinutes(r: AttendanceRecord): number | null {
  if (r.verifiedMinutes !== null && r.verifiedMinutes !== undefined) return r.verifiedMinutes;
  const positive = (m: number | null | undefined) => (m && m > 0 ? m : null);
  return positive(r.organiserMinutes ?? minutesBetween(r.checkedInAt, r.checkedOutAt)) ?? positive(r.claimedMinutes ?? minutesBetween(r.claimedStartAt, r.claimedEndAt));
}

/** One side of the comparison: start, end and how long, or "not recorded". */
function Times({ label, start, end, note }: { label: string; start: string | null; end: string | null; note?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const span = minutesBetween(start, end);
  return (
    <Fact look="compact" label={label}>
      {start || end ? t('workspaceVolunteering:roster.inOut', { in: start ? gulfTime(start, lang) : '—', out: end ? gulfTime(end, lang) : '—' }) : t('workspaceVolunteering:hours.notRecorded')}
      {span !== null && ` · ${durationText(span, lang)}`}
      {note}
    </Fact>
  );
}

/** Props of {@link AttendanceCard}. */
export interface AttendanceCardProps {
  record: AttendanceRecord;
  manage: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  /** Fils per hour of the rule in force, or null (then only hours are shown). */
  rate: number | null;
}

/** One volunteer's hours on one shift: both records side by side, what counts, flags and the decision. */
export function AttendanceCard({ record: r, manage, selected, onSelect, rate }: AttendanceCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const minutes = countedMinutes(r);
  const open = OPEN.includes(r.status);
  const title = titleOf(r.opportunity, lang);
  const name = r.volunteer.displayName;

  return (
    <Paper withBorder p="sm" component="li" data-testid="attendance-record" data-status={r.status}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minInlineSize: 0, flex: 1 }}>
            {manage && open && minutes !== null && <Checkbox mt={4} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} aria-label={t('workspaceVolunteering:hours.select', { name })} />}
            <div>
              <Title order={3} size="h5">
                <span dir="auto">{name}</span>
              </Title>
              <Text size="sm">
                <span dir="auto" lang={title.lang}>
                  {title.text}
                </span>
                {' · '}
                {gulfRange(r.shift.startsAt, r.shift.endsAt, lang)}
              </Text>
            </div>
          </Group>
          <AttendanceBadge status={r.status} />
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="xs" m={0}>
          <Times label={t('workspaceVolunteering:hours.organiser')} start={r.checkedInAt} end={r.checkedOutAt} />
          <Times
            label={t('workspaceVolunteering:hours.claimed')}
            start={r.claimedStartAt}
            end={r.claimedEndAt}
            note={r.claimedNote ? <UserText size="xs" c="dimmed" display="block">{r.claimedNote}</UserText> : undefined}
          />
          <div>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {t(`workspaceVolunteering:hours.${r.status === 'verified' ? 'verifiedAs' : r.status === 'rejected' ? 'recorded' : 'counts'}`)}
            </Text>
            <Text component="dd" size="sm" fw={600} m={0}>
              {minutes !== null ? durationText(minutes, lang) : '—'}
              {minutes !== null && rate !== null && open && (
                <Text component="span" size="xs" c="dimmed" fw={400} display="block">
                  {t('workspaceVolunteering:hours.value', { value: formatMoney(valueOfMinutes(minutes, rate), 'AED', lang) })}
                </Text>
              )}
            </Text>
          </div>
        </SimpleGrid>
        <FlagList flags={r.flags ?? []} />
        {r.decisionReason && (
          <Text size="sm">
            <Text component="span" fw={600} size="sm">
              {t('workspaceVolunteering:hours.decisionReason')}{' '}
            </Text>
            <UserText size="sm">{r.decisionReason}</UserText>
          </Text>
        )}
        {manage && open && <DecisionActions record={r} minutes={minutes} />}
      </Stack>
    </Paper>
  );
}
