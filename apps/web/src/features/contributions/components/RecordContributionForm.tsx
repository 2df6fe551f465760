import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import type { GivingDesignation } from '../../../../../../packages/shared/src/enums.ts';
import type { GiveNeed, PaymentMethod, RecordInput, Visibility } from '../api.ts';
import { useGiveInitiative, useOrgInitiatives, useRecordContribution } from '../hooks.ts';
import { useIdempotencyKey } from '../idempotency.ts';
import { titleOf } from '../labels.ts';
import { parseAedToFils, parseCount } from '../../../lib/money.ts';

const METHODS: readonly PaymentMethod[] = ['bank_transfer', 'cash', 'cheque'];
const VISIBILITIES: readonly Visibility[] = ['anonymous', 'public', 'private'];
const EMPTY = { quantity: '', contributorName: '', designation: '', method: 'cash', reference: '', visibility: 'anonymous', each: '', evidenceNote: '' };

/** The need picker: the organisation's live initiatives, then one of the chosen initiative's open needs. */
function useNeedChoice(orgId: string) {
  const { t, i18n } = useTranslation();
  const [initiativeId, setInitiativeId] = useState('');
  const [needId, setNeedId] = useState('');
  const initiatives = useOrgInitiatives(orgId);
  const initiative = useGiveInitiative(initiativeId);
  const live = (initiatives.data?.items ?? []).filter((i) => i.status === 'active' || i.status === 'approved');
  const needs = initiativeId && initiative.data ? initiative.data.needs.filter((n) => n.status === 'open') : [];
  const need: GiveNeed | undefined = needs.find((n) => n.id === needId);
  const needLabel = (n: GiveNeed) => {
    const kind = t(`contributions:kind.${n.kind}`);
    return n.titleAr || n.titleEn ? `${titleOf(n, i18n.language).text} — ${kind}` : kind;
  };
  return { initiatives, live, initiativeId, setInitiativeId: (id: string) => { setInitiativeId(id); setNeedId(''); }, needs, needId, setNeedId, need, needLabel };
}

/**
 * "Record a contribution received" (finance staff): cash at an event, goods at the door. It starts
 * confirmed, with a receipt. The kind follows the chosen need.
 */
export function RecordContributionForm({ orgId, onDone }: { orgId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const choice = useNeedChoice(orgId);
  const record = useRecordContribution(orgId);
  const keys = useIdempotencyKey();
  const [v, setV] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const need = choice.need;
  const bind = (name: keyof typeof EMPTY) => ({
    value: v[name],
    error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      setV((old) => ({ ...old, [name]: value }));
    },
  });
  const designations = need?.details.designations?.length ? need.details.designations : (['general'] as GivingDesignation[]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!need) return setErrors({ need: fieldMessage(t, 'validation.required') });
    const quantity = need.kind === 'money' ? parseAedToFils(v.quantity) : parseCount(v.quantity);
    const each = v.each.trim() ? parseAedToFils(v.each) : undefined;
    if (!quantity) return setErrors({ quantity: v.quantity.trim() ? t('contributions:give.amountInvalid') : fieldMessage(t, 'validation.required') });
    if (each === null) return setErrors({ each: t('contributions:give.amountInvalid') });
    const body: RecordInput = {
      needId: need.id,
      kind: need.kind,
      quantity,
      ...(need.kind === 'money' ? { currency: 'AED' as const, designation: (v.designation || designations[0]) as GivingDesignation, method: v.method as PaymentMethod } : {}),
      ...(need.kind === 'in_kind' && each ? { estimatedValueFils: each } : {}),
      contributorName: v.contributorName.trim() || undefined,
      visibility: v.visibility as Visibility,
      reference: v.reference.trim() || undefined,
      evidenceNote: v.evidenceNote.trim() || undefined,
    };
    setErrors({});
    try {
      const done = await record.mutateAsync({ body, idempotencyKey: keys.keyFor(body) });
      keys.reset();
      notify({ message: t('contributions:record.done', { number: done.receipt?.number ?? '' }) });
      setV(EMPTY);
      onDone();
    } catch (err) {
      setErrors(Object.fromEntries(Object.entries(fieldCodesOf(err)).map(([k, code]) => [k === 'estimatedValueFils' ? 'each' : k, fieldMessage(t, code)])));
    }
  }

  const unitLabel = need ? t(`contributions:record.quantity.${need.kind}`) : t('contributions:record.quantity.any');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('contributions:record.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('contributions:record.description')}
        </Text>
        {choice.initiatives.data && choice.live.length === 0 && <Text size="sm">{t('contributions:record.noInitiatives')}</Text>}
        <ErrorAlert error={choice.initiatives.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('contributions:record.initiative')}
            required
            value={choice.initiativeId}
            onChange={(e) => choice.setInitiativeId(e.currentTarget.value)}
            data={[{ value: '', label: t('common:choose') }, ...choice.live.map((i) => ({ value: i.id, label: titleOf(i, i18n.language).text }))]}
          />
          <NativeSelect
            label={t('contributions:record.need')}
            required
            disabled={!choice.initiativeId}
            value={choice.needId}
            error={errors.need ?? errors.needId}
            onChange={(e) => choice.setNeedId(e.currentTarget.value)}
            data={[{ value: '', label: t('common:choose') }, ...choice.needs.map((n) => ({ value: n.id, label: choice.needLabel(n) }))]}
          />
          <TextInput label={unitLabel} required inputMode={need?.kind === 'money' ? 'decimal' : 'numeric'} dir="ltr" disabled={!need} {...bind('quantity')} />
          {need?.kind === 'in_kind' && <TextInput label={t('contributions:record.each')} description={t('contributions:record.eachHint')} inputMode="decimal" dir="ltr" {...bind('each')} />}
          {need?.kind === 'money' && (
            <>
              <NativeSelect label={t('contributions:give.designation')} {...bind('designation')} value={v.designation || designations[0]} data={designations.map((d) => ({ value: d, label: t(`contributions:designation.${d}`) }))} />
              <NativeSelect label={t('contributions:give.method')} {...bind('method')} data={METHODS.map((m) => ({ value: m, label: t(`contributions:method.${m}`) }))} />
            </>
          )}
          <TextInput label={t('contributions:record.reference')} dir="auto" {...bind('reference')} />
          <TextInput label={t('contributions:record.contributorName')} description={t('contributions:record.contributorNameHint')} dir="auto" {...bind('contributorName')} />
          <NativeSelect label={t('contributions:give.visibility')} {...bind('visibility')} data={VISIBILITIES.map((x) => ({ value: x, label: t(`contributions:visibility.${x}`) }))} />
        </SimpleGrid>
        <Textarea label={t('contributions:record.evidenceNote')} description={t('contributions:record.evidenceNoteHint')} dir="auto" autosize minRows={2} {...bind('evidenceNote')} />
        <ErrorAlert error={record.error} />
        <Group>
          <Button type="submit" loading={record.isPending} disabled={!need}>
            {t('contributions:record.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
