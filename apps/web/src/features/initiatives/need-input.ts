import type { ExpertiseLevel, GivingDesignation, NeedKind } from '../../../../../packages/shared/src/enums.ts';
import type { NeedInput } from './api.ts';
import { parseAedToFils, parseWhole } from '../../lib/money.ts';
import { needTextsSchema } from './schema.ts';

/** The need form's values: every field as typed, for whichever kind is chosen. */
export interface NeedFormValues {
  kind: NeedKind;
  titleAr: string;
  titleEn: string;
  deadline: string;
  publicNote: string;
  privateNote: string;
  /** money: AED as typed. */
  amount: string;
  designations: string[];
  capMode: string;
  /** time and expertise. */
  hours: string;
  roleAr: string;
  roleEn: string;
  skill: string;
  level: string;
  /** knowledge. */
  format: string;
  unit: string;
  target: string;
  /** in kind. */
  item: string;
  quantity: string;
  itemUnit: string;
  /** AED per item as typed. */
  valueEach: string;
  [key: string]: unknown;
}

/** A blank need form of a kind. */
export const blankNeed = (kind: NeedKind): NeedFormValues => ({
  kind, titleAr: '', titleEn: '', deadline: '', publicNote: '', privateNote: '',
  amount: '', designations: ['general'], capMode: 'reject',
  hours: '', roleAr: '', roleEn: '', skill: '', level: 'mid',
  format: 'training', unit: 'sessions', target: '',
  item: '', quantity: '', itemUnit: '', valueEach: '',
});

type CapMode = 'reject' | 'cap' | 'open';
type KnowledgeFormat = 'mentoring' | 'training' | 'workshop';

const opt = (s: string) => (s.trim() ? s.trim() : null);

/**
 * Turns the form into the API body of its kind (dirhams → integer fils), or the field problems
 * (`validation.*` codes) to show.
 */
export function buildNeed(v: NeedFormValues): { body: NeedInput } | { codes: Record<string, string> } {
  const codes: Record<string, string> = {};
  const texts = needTextsSchema.safeParse(v);
  if (!texts.success) {
    for (const issue of texts.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (name && !codes[name]) codes[name] = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
    }
  }
  const whole = (name: string, value: string) => {
    const n = parseWhole(value);
    if (n === null) codes[name] = value.trim() ? 'validation.not_whole' : 'validation.required';
    return n ?? 0;
  };
  const required = (name: string, value: string) => {
    if (value.trim().length < 2) codes[name] = value.trim() ? 'validation.too_short' : 'validation.required';
    return value.trim();
  };
  let kind: NeedInput;
  switch (v.kind) {
    case 'money': {
      const fils = parseAedToFils(v.amount);
      if (fils === null) codes.amount = v.amount.trim() ? 'validation.invalid_format' : 'validation.required';
      if (v.designations.length === 0) codes.designations = 'validation.none_chosen';
      kind = { kind: 'money', targetFils: fils ?? 0, designations: v.designations as GivingDesignation[], capMode: v.capMode as CapMode };
      break;
    }
    case 'time':
      kind = { kind: 'time', targetHours: whole('hours', v.hours), roleAr: opt(v.roleAr), roleEn: opt(v.roleEn) };
      break;
    case 'expertise':
      kind = { kind: 'expertise', targetHours: whole('hours', v.hours), skill: required('skill', v.skill), level: v.level as ExpertiseLevel };
      break;
    case 'knowledge':
      kind = { kind: 'knowledge', format: v.format as KnowledgeFormat, unit: v.unit as 'sessions' | 'hours', target: whole('target', v.target) };
      break;
    case 'in_kind': {
      const value = v.valueEach.trim() ? parseAedToFils(v.valueEach, true) : 0;
      if (value === null) codes.valueEach = 'validation.invalid_format';
      kind = { kind: 'in_kind', item: required('item', v.item), quantity: whole('quantity', v.quantity), ...(opt(v.itemUnit) ? { itemUnit: opt(v.itemUnit)! } : {}), estimatedValueFils: value ?? 0 };
      break;
    }
  }
  if (Object.keys(codes).length > 0 || !texts.success) return { codes };
  return { body: { ...texts.data, ...kind } as NeedInput };
}
