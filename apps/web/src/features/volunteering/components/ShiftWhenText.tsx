import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatShiftWhen } from '../time.ts';

/** A shift's day (Gregorian and Hijri) and hours, always in Dubai time, marked up as <time>. */
export function ShiftWhenText({ startsAt, endsAt, hijri = true }: { startsAt: string; endsAt: string; hijri?: boolean }) {
  const { t, i18n } = useTranslation();
  const when = formatShiftWhen(startsAt, endsAt, i18n.language);
  return (
    <div>
      <Text fw={600} component="time" dateTime={startsAt} display="block">
        {when.date}
      </Text>
      {hijri && (
        <Text size="xs" c="dimmed">
          {when.hijri}
        </Text>
      )}
      <Text size="sm">
        {when.time}{' '}
        <Text span size="xs" c="dimmed">
          {t('volunteering:shift.dubaiTime')}
        </Text>
      </Text>
    </div>
  );
}
