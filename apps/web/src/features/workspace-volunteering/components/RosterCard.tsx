import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/Fact.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatList } from '../../../lib/format.ts';
import type { RosterEntry, RosterShift } from '../api.ts';
import { useMarkAttendance, useSkills } from '../hooks.ts';
import { languageName, skillLabel } from '../labels.ts';
import { durationText, gulfTime, inCheckWindow, minutesBetween } from '../time.ts';
import { AttendanceBadge, FlagList, SignupBadge } from './AttendanceBits.tsx';
import { ContactText } from './ContactText.tsx';
import { RecordTimesDialog } from './RecordTimesDialog.tsx';

/** Check-in / check-out now (during the shift) and record or correct times (any time). */
function AttendanceButtons({ shift, entry }: { shift: RosterShift; entry: RosterEntry }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mark = useMarkAttendance(shift.id);
  const a = entry.attendance;
  const name = entry.volunteer.displayName;
  if (a && (a.status === 'verified' || a.status === 'rejected')) return null;
  const action = !inCheckWindow(shift) ? null : !a?.checkedInAt ? 'check_in' : !a.checkedOutAt ? 'check_out' : null;
  if (!action) return <RecordTimesDialog shift={shift} entry={entry} />;

  async function run() {
    try {
      await mark.mutateAsync({ userId: entry.volunteer.userId, action: action! });
      notify({ message: t(`workspaceVolunteering:roster.${action === 'check_in' ? 'checkedInDone' : 'checkedOutDone'}`, { name }) });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
    }
  }

  const label = t(`workspaceVolunteering:roster.${action === 'check_in' ? 'checkIn' : 'checkOut'}`);
  return (
    <>
      <Button size="sm" loading={mark.isPending} onClick={() => void run()} aria-label={`${label} — ${name}`}>
        {label}
      </Button>
      <RecordTimesDialog shift={shift} entry={entry} />
    </>
  );
}

/** One volunteer on the roster: contact, private emergency contact, skills, attendance and the buttons. */
export function RosterCard({ shift, entry, manage }: { shift: RosterShift; entry: RosterEntry; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const skills = useSkills();
  const v = entry.volunteer;
  const a = entry.attendance;
  const worked = minutesBetween(a?.checkedInAt, a?.checkedOutAt);
  const claimed = minutesBetween(a?.claimedStartAt, a?.claimedEndAt);
  const time = (iso: string | null | undefined) => (iso ? gulfTime(iso, lang) : '—');

  return (
    <Paper withBorder p="sm" component="li" data-testid="roster-entry">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={4} size="h5">
              <span dir="auto">{v.displayName}</span>
            </Title>
            <Anchor href={`mailto:${v.email}`} size="sm" dir="ltr">
              {v.email}
            </Anchor>
          </div>
          <Group gap={6}>
            <SignupBadge status={entry.status} />
            {a && <AttendanceBadge status={a.status} />}
          </Group>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="xs" m={0}>
          <Fact look="compact" label={t('workspaceVolunteering:roster.skills')}>
            {v.skills.length ? (
              <Group gap={4} component="span">
                {v.skills.map((s) => {
                  const l = skillLabel(s, skills.data?.items, lang);
                  return (
                    <Badge key={s} variant="light" color="gray" tt="none" lang={l.lang} dir="auto">
                      {l.text}
                    </Badge>
                  );
                })}
              </Group>
            ) : (
              '—'
            )}
          </Fact>
          <Fact look="compact" label={t('workspaceVolunteering:roster.languages')}>{v.languages.length ? formatList(v.languages.map((c) => languageName(c, lang)), lang) : '—'}</Fact>
          <Fact
            look="compact"
            label={
              <>
                {t('workspaceVolunteering:roster.emergency')}{' '}
                <Badge size="xs" variant="outline" color="gray">
                  {t('workspaceVolunteering:roster.private')}
                </Badge>
              </>
            }
          >
            {v.emergencyContact ? <ContactText text={v.emergencyContact} /> : t('workspaceVolunteering:roster.noEmergency')}
          </Fact>
        </SimpleGrid>
        {a && (
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
            <Fact look="compact" label={t('workspaceVolunteering:roster.organiserTimes')}>
              {t('workspaceVolunteering:roster.inOut', { in: time(a.checkedInAt), out: time(a.checkedOutAt) })}
              {worked !== null && ` · ${durationText(worked, lang)}`}
            </Fact>
            {(a.claimedStartAt || a.claimedEndAt) && (
              <Fact look="compact" label={t('workspaceVolunteering:roster.claimedTimes')}>
                {t('workspaceVolunteering:roster.inOut', { in: time(a.claimedStartAt), out: time(a.claimedEndAt) })}
                {claimed !== null && ` · ${durationText(claimed, lang)}`}
              </Fact>
            )}
          </SimpleGrid>
        )}
        {a && <FlagList flags={a.flags ?? []} />}
        {manage && entry.status === 'confirmed' && (
          <Group gap="xs">
            <AttendanceButtons shift={shift} entry={entry} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
