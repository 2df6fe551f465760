import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format.ts';

/** Props of {@link DateText}. */
export interface DateTextProps {
  /** ISO-8601 timestamp. */
  iso: string;
  /** Show the Umm al-Qura Hijri date on a second line (default true). */
  hijri?: boolean;
  /** Include the time of day. */
  time?: boolean;
  size?: 'xs' | 'sm' | 'md';
}

/** A date in the UI language: Gregorian, with the Hijri (Umm al-Qura) date under it. */
export function DateText({ iso, hijri = true, time = false, size = 'sm' }: DateTextProps) {
  const { i18n } = useTranslation();
  const formatted = formatDate(iso, i18n.language, { hijri, time });
  return (
    <time dateTime={iso} style={{ display: 'inline-block' }}>
      <Text component="span" size={size} display="block">
        {formatted.gregorian}
      </Text>
      {formatted.hijri && (
        <Text component="span" size="xs" c="dimmed" display="block">
          {formatted.hijri}
        </Text>
      )}
    </time>
  );
}
