import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { receiptUrls } from '../api.ts';

/** "Receipt No. 12 — open · PDF": the receipt opens in a new tab (HTML) or as a PDF. */
export function ReceiptLinks({ receipt }: { receipt: { id: string; number: number } }) {
  const { t, i18n } = useTranslation();
  const urls = receiptUrls(receipt.id);
  const number = formatNumber(receipt.number, i18n.language, { useGrouping: false });
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600} data-testid="receipt-number">
        {t('contributions:receipt.number', { number })}
      </Text>
      <Anchor href={urls.html} target="_blank" rel="noopener" size="sm" data-testid="receipt-html" aria-label={`${t('contributions:receipt.open', { number })} ${t('common:newTab')}`}>
        {t('contributions:receipt.openShort')}
      </Anchor>
      <Anchor href={urls.pdf} target="_blank" rel="noopener" size="sm" aria-label={`${t('contributions:receipt.pdf', { number })} ${t('common:newTab')}`}>
        PDF
      </Anchor>
    </Group>
  );
}
