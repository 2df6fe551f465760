import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The 32-hex-digit code in what was typed or pasted: the code itself, or the receipt's verification link. */
export function receiptCodeOf(input: string): string | null {
  const m = /(?:^|\/)([0-9a-f]{32})(?:[/?#]|$)/i.exec(input.trim());
  return m ? m[1].toLowerCase() : null;
}

/** "Verify a receipt": paste the code or link printed on a receipt. */
export function ReceiptCodeForm({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      role="search"
      aria-label={t('contributions:check.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        const code = receiptCodeOf(value);
        if (!code) return setError(t('contributions:check.badCode'));
        void navigate(`/verify/receipts/${code}`);
      }}
      noValidate
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('contributions:check.code')}
          description={t('contributions:check.codeHint')}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit" mt={{ base: 0, sm: 46 }}>
          {t('contributions:check.submit')}
        </Button>
      </Group>
    </form>
  );
}
