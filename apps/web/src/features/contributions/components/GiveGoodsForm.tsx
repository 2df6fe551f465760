import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { ApiError } from '../../../lib/api.ts';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { formatMoney } from '../../../lib/format.ts';
import type { GiveNeed, Visibility } from '../api.ts';
import { usePledge } from '../hooks.ts';
import { useIdempotencyKey } from '../idempotency.ts';
import { quantityText } from '../labels.ts';
import { parseCount } from '../../../lib/money.ts';
import type { GiveResult } from './GiveConfirmation.tsx';
import { OnBehalfField, VisibilityField } from './GiveFields.tsx';

/** Props of {@link GiveGoodsForm}. */
export interface GiveGoodsFormProps {
  need: GiveNeed;
  acting: { name: string; lang: string } | null;
  onDone: (result: GiveResult) => void;
}

/** The goods form: how many items (with their estimated value), visibility, a note, on behalf. */
export function GiveGoodsForm({ need, acting, onDone }: GiveGoodsFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [count, setCount] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('public');
  const [note, setNote] = useState('');
  const [onBehalf, setOnBehalf] = useState(false);
  const [countError, setCountError] = useState<string | null>(null);
  const pledge = usePledge();
  const keys = useIdempotencyKey();
  const each = need.details.estimatedValueFils ?? 0;
  const quantity = parseCount(count);
  const remaining = need.details.capMode === 'open' ? null : Math.max(0, need.target - need.progress.pledged - need.progress.confirmed);
  const overTarget = pledge.error instanceof ApiError && pledge.error.code === 'contribution.over_target' ? Number((pledge.error.details as { remaining?: number } | null)?.remaining ?? 0) : null;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!quantity) {
      setCountError(count.trim() ? fieldMessage(t, 'validation.not_whole') : fieldMessage(t, 'validation.required'));
      return;
    }
    const body = { needId: need.id, kind: 'in_kind' as const, quantity, visibility, onBehalfOfOrganisation: Boolean(acting) && onBehalf, note: note.trim() || undefined };
    try {
      const contribution = await pledge.mutateAsync({ body, idempotencyKey: keys.keyFor(body) });
      keys.reset();
      onDone({ type: 'once', contribution });
    } catch (err) {
      const code = fieldCodesOf(err).quantity;
      if (code) setCountError(fieldMessage(t, code));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('contributions:give.goodsForm')}>
      <Stack gap="lg">
        {need.details.item && (
          <Text size="sm">
            {t('contributions:give.item')}{' '}
            <UserText fw={600}>{need.details.item}</UserText>
            {need.details.itemUnit && (
              <>
                {' '}(<UserText>{need.details.itemUnit}</UserText>)
              </>
            )}
          </Text>
        )}
        <TextInput
          label={t('contributions:give.quantity')}
          description={remaining !== null ? t('contributions:give.itemsStillNeeded', { quantity: quantityText(t, lang, remaining, 'items') }) : undefined}
          inputMode="numeric"
          autoComplete="off"
          dir="ltr"
          required
          value={count}
          onChange={(e) => {
            setCount(e.currentTarget.value);
            setCountError(null);
          }}
          error={countError}
          maw={240}
        />
        {quantity && each > 0 && (
          <Text size="sm" aria-live="polite">
            {t('contributions:give.estimatedValue', { value: formatMoney(quantity * each, 'AED', lang), each: formatMoney(each, 'AED', lang) })}
          </Text>
        )}
        <VisibilityField value={visibility} onChange={setVisibility} />
        <Textarea label={t('contributions:give.note')} description={t('contributions:give.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={1000} dir="auto" />
        <Alert variant="light" color="blue" role="note" title={t('contributions:give.goodsOfflineTitle')}>
          {t('contributions:give.goodsOfflineText')}
        </Alert>
        {acting && <OnBehalfField orgName={acting.name} orgLang={acting.lang} checked={onBehalf} onChange={setOnBehalf} />}
        <ErrorAlert error={pledge.error} />
        {overTarget !== null && overTarget > 0 && (
          <Group gap="xs">
            <Text size="sm">{t('contributions:give.overTargetItems', { quantity: quantityText(t, lang, overTarget, 'items') })}</Text>
            <Button size="xs" variant="default" onClick={() => setCount(String(overTarget))}>
              {t('contributions:give.useRemainingItems', { quantity: quantityText(t, lang, overTarget, 'items') })}
            </Button>
          </Group>
        )}
        <Group>
          <Button type="submit" size="md" loading={pledge.isPending} data-testid="give-submit">
            {t('contributions:give.submitGoods')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
