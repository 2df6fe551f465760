import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ApiError } from '../../../lib/api.ts';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { formatMoney, formatNumber } from '../../../lib/format.ts';
import type { GivingDesignation } from '../../../../../../packages/shared/src/enums.ts';
import type { GiveTarget, PaymentMethod, Visibility } from '../api.ts';
import { useCreateRecurring, usePledge } from '../hooks.ts';
import { useIdempotencyKey } from '../idempotency.ts';
import { filsToAedInput, parseAedToFils } from '../../../lib/money.ts';
import type { GiveResult } from './GiveConfirmation.tsx';
import { DesignationField, MethodField, OnBehalfField, VisibilityField } from './GiveFields.tsx';

const QUICK_AED = [100, 250, 500, 1000];

/** Props of {@link GiveMoneyForm}. */
export interface GiveMoneyFormProps {
  /** What the gift goes to: a need of an initiative, or a pooled fund. */
  target: GiveTarget;
  /** The designations it accepts (general when none are listed). */
  designations?: readonly GivingDesignation[];
  /** Fils still needed, or null when there is no cap (an open need, a fund). */
  remaining: number | null;
  /** What was received so far (a need's progress), shown beside the button. */
  received?: { fils: number; percent: number } | null;
  /** The organisation I act for, when I act for one. */
  acting: { name: string; lang: string } | null;
  onDone: (result: GiveResult) => void;
}

/** The money form: amount in AED, designation, visibility, offline method, on behalf, monthly. */
export function GiveMoneyForm({ target, designations, remaining, received, acting, onDone }: GiveMoneyFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const accepted = designations?.length ? designations : (['general'] as const);
  const [amount, setAmount] = useState('');
  const [designation, setDesignation] = useState<GivingDesignation>(accepted.includes('general') ? 'general' : accepted[0]);
  const [visibility, setVisibility] = useState<Visibility>('public');
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [onBehalf, setOnBehalf] = useState(false);
  const [monthly, setMonthly] = useState(false);
  const [amountError, setAmountError] = useState<string | null>(null);
  const pledge = usePledge();
  const recurring = useCreateRecurring();
  const keys = useIdempotencyKey();
  const error = monthly ? recurring.error : pledge.error;
  const pending = pledge.isPending || recurring.isPending;
  const overTarget = error instanceof ApiError && error.code === 'contribution.over_target' ? Number((error.details as { remaining?: number } | null)?.remaining ?? 0) : null;

  function changeAmount(value: string) {
    setAmount(value);
    setAmountError(null);
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const fils = parseAedToFils(amount);
    if (!fils) {
      setAmountError(amount.trim() ? t('contributions:give.amountInvalid') : fieldMessage(t, 'validation.required'));
      return;
    }
    const behalf = Boolean(acting) && onBehalf;
    try {
      if (monthly) {
        const body = { ...target, amountFils: fils, currency: 'AED' as const, designation, visibility, onBehalfOfOrganisation: behalf };
        const created = await recurring.mutateAsync({ body, idempotencyKey: keys.keyFor(body) });
        keys.reset();
        onDone({ type: 'monthly', pledge: created });
        return;
      }
      const body = { ...target, kind: 'money' as const, quantity: fils, currency: 'AED' as const, designation, visibility, method, onBehalfOfOrganisation: behalf };
      const contribution = await pledge.mutateAsync({ body, idempotencyKey: keys.keyFor(body) });
      keys.reset();
      onDone({ type: 'once', contribution });
    } catch (err) {
      const code = fieldCodesOf(err).quantity ?? fieldCodesOf(err).amountFils;
      if (code) setAmountError(fieldMessage(t, code));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('contributions:give.moneyForm')}>
      <Stack gap="lg">
        <Stack gap="xs">
          <TextInput
            label={t('contributions:give.amount')}
            description={remaining !== null ? t('contributions:give.stillNeeded', { amount: formatMoney(remaining, 'AED', lang) }) : undefined}
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            required
            value={amount}
            onChange={(e) => changeAmount(e.currentTarget.value)}
            error={amountError}
            leftSection={<Text size="xs" fw={600} aria-hidden="true">AED</Text>}
            leftSectionWidth={48}
            maw={320}
            data-testid="amount"
          />
          <Group gap="xs" role="group" aria-label={t('contributions:give.quickAmounts')}>
            {QUICK_AED.map((aed) => {
              const value = String(aed);
              return (
                <Button key={aed} size="xs" variant={amount === value ? 'filled' : 'default'} aria-pressed={amount === value} onClick={() => changeAmount(value)}>
                  {formatNumber(aed, lang, { style: 'currency', currency: 'AED', maximumFractionDigits: 0 })}
                </Button>
              );
            })}
          </Group>
        </Stack>
        <DesignationField options={accepted} value={designation} onChange={setDesignation} />
        <VisibilityField value={visibility} onChange={setVisibility} />
        <Checkbox checked={monthly} onChange={(e) => setMonthly(e.currentTarget.checked)} label={t('contributions:give.monthly')} description={t('contributions:give.monthlyHint')} />
        {!monthly && <MethodField value={method} onChange={setMethod} />}
        <Alert variant="light" color="blue" role="note" title={t('contributions:give.offlineTitle')}>
          {t('contributions:give.offlineText')}
        </Alert>
        {acting && <OnBehalfField orgName={acting.name} orgLang={acting.lang} checked={onBehalf} onChange={setOnBehalf} />}
        <ErrorAlert error={error} />
        {overTarget !== null && overTarget > 0 && (
          <Group gap="xs">
            <Text size="sm">{t('contributions:give.overTarget', { amount: formatMoney(overTarget, 'AED', lang) })}</Text>
            <Button size="xs" variant="default" onClick={() => changeAmount(filsToAedInput(overTarget))}>
              {t('contributions:give.useRemaining', { amount: formatMoney(overTarget, 'AED', lang) })}
            </Button>
          </Group>
        )}
        <Group>
          <Button type="submit" size="md" loading={pending} data-testid="give-submit">
            {monthly ? t('contributions:give.submitMonthly') : t('contributions:give.submit')}
          </Button>
          {received && received.fils > 0 && (
            <Text size="sm" c="dimmed">
              {t('contributions:give.alreadyReceived', { amount: formatMoney(received.fils, 'AED', lang), percent: formatNumber(received.percent, lang) })}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
