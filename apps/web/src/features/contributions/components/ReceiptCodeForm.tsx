import { useTranslation } from 'react-i18next';
import { VerifyCodeForm } from '../../../components/VerifyByCode.tsx';

/** The 32-hex-digit code in what was typed or pasted: the code itself, or the receipt's verification link. */
export function receiptCodeOf(input: string): string | null {
  const m = /(?:^|\/)([0-9a-f]{32})(?:[/?#]|$)/i.exec(input.trim());
  return m ? m[1].toLowerCase() : null;
}

/** "Verify a receipt": paste the code or link printed on a receipt. */
export function ReceiptCodeForm({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  return (
    <VerifyCodeForm
      initial={initial}
      parse={receiptCodeOf}
      path="/verify/receipts"
      texts={{
        formLabel: t('contributions:check.formLabel'),
        code: t('contributions:check.code'),
        codeHint: t('contributions:check.codeHint'),
        submit: t('contributions:check.submit'),
        badCode: t('contributions:check.badCode'),
      }}
    />
  );
}
