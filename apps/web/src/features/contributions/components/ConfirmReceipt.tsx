import { NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { formatMoney } from '../../../lib/format.ts';
import type { Contribution, PaymentMethod, TransitionInput } from '../api.ts';
import { useTransition } from '../hooks.ts';
import { useIdempotencyKey } from '../idempotency.ts';
import { quantityText } from '../labels.ts';
import { filsToAedInput, parseAedToFils } from '../../../lib/money.ts';

const METHODS: readonly PaymentMethod[] = ['bank_transfer', 'cash', 'cheque'];

/**
 * "Confirm receipt" of a pledge (finance staff): money needs the bank, cash or cheque reference;
 * goods may have their estimated value corrected, with a reason. A receipt is issued.
 */
export function ConfirmReceipt({ contribution: c }: { contribution: Contribution }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const transition = useTransition();
  const keys = useIdempotencyKey();
  const money = c.kind === 'money';
  const [reference, setReference] = useState('');
  const [method, setMethod] = useState<PaymentMethod>(c.method ?? 'bank_transfer');
  const [value, setValue] = useState(filsToAedInput(c.valueFils));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const corrected = !money ? (value.trim() === '0' ? 0 : parseAedToFils(value)) : null;
  const changed = corrected !== null && corrected !== c.valueFils;

  async function confirm() {
    const problems: Record<string, string> = {};
    if (money && !reference.trim()) problems.reference = fieldMessage(t, 'validation.reference_required');
    if (!money && corrected === null) problems.valueFils = t('contributions:give.amountInvalid');
    if (changed && !reason.trim()) problems.reason = fieldMessage(t, 'validation.reason_required');
    setErrors(problems);
    if (Object.keys(problems).length) throw new Error('invalid');
    const body: TransitionInput = {
      action: 'confirm',
      reference: reference.trim() || undefined,
      method: money ? method : undefined,
      ...(changed ? { valueFils: corrected!, reason: reason.trim() } : {}),
    };
    try {
      const done = await transition.mutateAsync({ id: c.id, body, idempotencyKey: keys.keyFor({ id: c.id, ...body }) });
      notify({ message: t('contributions:confirm.done', { number: done.receipt?.number ?? '' }) });
    } catch (err) {
      setErrors(Object.fromEntries(Object.entries(fieldCodesOf(err)).map(([k, code]) => [k, fieldMessage(t, code)])));
      throw err;
    }
  }

  return (
    <ConfirmAction
      label={t('contributions:confirm.action')}
      title={t('contributions:confirm.title')}
      message={t(money ? 'contributions:confirm.messageMoney' : 'contributions:confirm.messageGoods', { what: quantityText(t, lang, c.quantity, c.unit) })}
      confirmLabel={t('contributions:confirm.submit')}
      color="ataa"
      variant="filled"
      loading={transition.isPending}
      onConfirm={confirm}
    >
      <Stack gap="sm">
        {money && (
          <NativeSelect label={t('contributions:give.method')} value={method} onChange={(e) => setMethod(e.currentTarget.value as PaymentMethod)} data={METHODS.map((m) => ({ value: m, label: t(`contributions:method.${m}`) }))} />
        )}
        <TextInput
          label={t('contributions:confirm.reference')}
          description={t('contributions:confirm.referenceHint')}
          required={money}
          dir="auto"
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={errors.reference}
          data-autofocus
        />
        {!money && (
          <>
            <TextInput
              label={t('contributions:confirm.value')}
              description={t('contributions:confirm.valueHint', { value: formatMoney(c.valueFils, 'AED', lang) })}
              inputMode="decimal"
              dir="ltr"
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={errors.valueFils}
            />
            {changed && <Textarea label={t('contributions:confirm.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} dir="auto" autosize minRows={2} />}
          </>
        )}
        <Text size="xs" c="dimmed">
          {t('contributions:confirm.receiptNote')}
        </Text>
        <ErrorAlert error={transition.error} />
      </Stack>
    </ConfirmAction>
  );
}
