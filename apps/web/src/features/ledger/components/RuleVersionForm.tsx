import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { fieldCodesOf } from '../../../lib/errors.ts';
import { fieldMessage } from '../../../lib/field-errors.ts';
import { parseAedToFils } from '../../../lib/money.ts';
import type { ValuationRule } from '../api.ts';
import { useAddRule } from '../hooks.ts';

/** The rates that exist: kind → levels (time has one rate; the API refuses others). */
export const RULE_LEVELS: Record<ValuationRule['kind'], string[]> = { time: [''], expertise: ['junior', 'mid', 'senior', 'expert'], knowledge: ['sessions', 'hours'] };

const today = () => new Date().toISOString().slice(0, 10);

/** Adds a new version of a rate from a date, entered in AED with its source (admins). */
export function RuleVersionForm({ initial, onDone }: { initial?: { kind: ValuationRule['kind']; level: string }; onDone?: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const add = useAddRule();
  const [v, setV] = useState({ kind: initial?.kind ?? 'time', level: initial?.level ?? '', rate: '', source: '', sourceUrl: '', effectiveFrom: today() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const levels = RULE_LEVELS[v.kind as ValuationRule['kind']];
  const set = (name: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
    const value = e.currentTarget.value;
    setV((old) => ({ ...old, [name]: value, ...(name === 'kind' ? { level: RULE_LEVELS[value as ValuationRule['kind']][0] } : {}) }));
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const rateFils = v.rate.trim() === '0' ? 0 : parseAedToFils(v.rate);
    const problems: Record<string, string> = {};
    if (rateFils === null) problems.rate = v.rate.trim() ? t('contributions:give.amountInvalid') : fieldMessage(t, 'validation.required');
    if (v.source.trim().length < 3) problems.source = fieldMessage(t, 'validation.required');
    if (!v.effectiveFrom) problems.effectiveFrom = fieldMessage(t, 'validation.required');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    try {
      const rule = await add.mutateAsync({ kind: v.kind as ValuationRule['kind'], level: v.level || null, rateFils: rateFils!, source: v.source.trim(), sourceUrl: v.sourceUrl.trim() || null, effectiveFrom: v.effectiveFrom });
      notify({ message: t('ledger:valuation.added', { version: rule.version }) });
      setV((old) => ({ ...old, rate: '', source: '', sourceUrl: '' }));
      onDone?.();
    } catch (err) {
      const codes = fieldCodesOf(err);
      setErrors(Object.fromEntries(Object.entries(codes).map(([k, code]) => [k === 'rateFils' ? 'rate' : k, fieldMessage(t, code)])));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('ledger:valuation.addTitle')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <NativeSelect label={t('ledger:valuation.kind')} value={v.kind} onChange={set('kind')} data={Object.keys(RULE_LEVELS).map((k) => ({ value: k, label: t(`contributions:kind.${k}`) }))} />
          <NativeSelect
            label={t('ledger:valuation.level')}
            value={v.level}
            onChange={set('level')}
            error={errors.level}
            data={levels.map((l) => ({ value: l, label: t(`ledger:valuation.levels.${l || 'none'}`) }))}
          />
          <TextInput label={t('ledger:valuation.rate')} description={t('ledger:valuation.rateHint')} inputMode="decimal" dir="ltr" required value={v.rate} onChange={set('rate')} error={errors.rate} />
          <TextInput label={t('ledger:valuation.effectiveFrom')} type="date" required value={v.effectiveFrom} onChange={set('effectiveFrom')} error={errors.effectiveFrom} />
        </SimpleGrid>
        <Textarea label={t('ledger:valuation.source')} description={t('ledger:valuation.sourceHint')} required dir="auto" autosize minRows={2} value={v.source} onChange={set('source')} error={errors.source} />
        <TextInput label={t('ledger:valuation.sourceUrl')} type="url" dir="ltr" value={v.sourceUrl} onChange={set('sourceUrl')} error={errors.sourceUrl} />
        <ErrorAlert error={add.error} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('ledger:valuation.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
