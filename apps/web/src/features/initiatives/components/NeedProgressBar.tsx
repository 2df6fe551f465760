import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { Need } from '../api.ts';
import { quantityText } from '../labels.ts';

/**
 * Progress of a need: received (confirmed) in the brand colour, promised (pledged) as a lighter
 * section after it; fills from the inline start, so from the right in Arabic.
 */
export function NeedProgressBar({ need, name }: { need: Need; name: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { confirmed, pledged } = need.progress;
  const target = Math.max(1, need.target);
  const confirmedPct = Math.min(100, need.progress.percent);
  const pledgedPct = Math.max(0, Math.min(100 - confirmedPct, Math.floor((pledged * 100) / target)));
  return (
    <Stack gap={4}>
      <Progress.Root size="lg" radius="xl" data-testid="need-progress">
        <Progress.Section value={confirmedPct} color="ataa" aria-label={t('initiatives:progress.confirmedOf', { name })} />
        {pledgedPct > 0 && <Progress.Section value={pledgedPct} color="ataa.3" aria-label={t('initiatives:progress.pledgedOf', { name })} />}
      </Progress.Root>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm">
          {t('initiatives:progress.received', {
            confirmed: quantityText(t, lang, confirmed, need.unit),
            target: quantityText(t, lang, need.target, need.unit),
          })}
        </Text>
        <Text size="sm" fw={700}>
          {formatNumber(confirmedPct / 100, lang, { style: 'percent' })}
        </Text>
      </Group>
      {pledged > 0 && (
        <Text size="xs" c="dimmed">
          {t('initiatives:progress.pledged', { pledged: quantityText(t, lang, pledged, need.unit) })}
        </Text>
      )}
    </Stack>
  );
}
