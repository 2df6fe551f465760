import { z } from 'zod';

/** Limits shared by the API (zod at the edge) and the UI (form hints). */
export const LIMITS = {
  nameMin: 2,
  nameMax: 120,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 256,
  shortTextMax: 500,
  longTextMax: 10_000,
  urlMax: 2_000,
  tokenNameMax: 80,
  pageSizeMax: 100,
} as const;

/**
 * Characters never accepted in names: C0/C1 controls, bidi embedding/override/isolate controls
 * (they let a name display as something else — "Trojan Source"), and zero-width characters
 * (invisible look-alike names). ZWNJ/ZWJ are included: they carry no meaning in Arabic names.
 */
const FORBIDDEN_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
/** Free text may have line breaks and tabs, but no other controls and no bidi overrides. */
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
/** Markup in a name is never legitimate and would be an injection attempt somewhere downstream. */
const MARKUP = /[<>]/;

/** A person's or organisation's display name. */
export function nameSchema(max: number = LIMITS.nameMax) {
  return z
    .string()
    .trim()
    .min(LIMITS.nameMin, { message: 'validation.too_short' })
    .max(max, { message: 'validation.too_long' })
    .refine((s) => !FORBIDDEN_IN_NAMES.test(s), { message: 'validation.invisible_characters' })
    .refine((s) => !MARKUP.test(s), { message: 'validation.markup_not_allowed' })
    .transform((s) => s.normalize('NFC'));
}

/** Longer user-written text (descriptions, reasons). Rendered escaped, so markup is inert. */
export function textSchema(max: number = LIMITS.longTextMax) {
  return z
    .string()
    .trim()
    .max(max, { message: 'validation.too_long' })
    .refine((s) => !FORBIDDEN_IN_TEXT.test(s), { message: 'validation.invisible_characters' })
    .refine((s) => !/<\s*script/i.test(s), { message: 'validation.markup_not_allowed' })
    .transform((s) => s.normalize('NFC'));
}

/** An email address, lower-cased so that look-ups are case-insensitive. */
export const emailSchema = z
  .string()
  .trim()
  .max(LIMITS.emailMax, { message: 'validation.too_long' })
  .pipe(z.email({ message: 'validation.invalid_email' }))
  .transform((s) => s.toLowerCase());

/** A new password: long enough to resist guessing, bounded so hashing cannot be abused. */
export const passwordSchema = z
  .string()
  .min(LIMITS.passwordMin, { message: 'validation.password_too_short' })
  .max(LIMITS.passwordMax, { message: 'validation.too_long' });

/** An http(s) URL. */
export const urlSchema = z
  .string()
  .trim()
  .max(LIMITS.urlMax)
  .pipe(z.url({ protocol: /^https?$/, message: 'validation.invalid_url' }));

/**
 * Every `validation.*` code a 400 answer can carry in `details.fields[].code`: our own refinements
 * above plus one per zod issue kind. The UI translates each (a test checks both catalogues).
 */
export const VALIDATION_CODES = [
  'validation.reserved_reference',
  'validation.too_short',
  'validation.too_long',
  'validation.invisible_characters',
  'validation.markup_not_allowed',
  'validation.invalid_email',
  'validation.password_too_short',
  'validation.invalid_url',
  'validation.name_required',
  'validation.reason_required',
  'validation.invalid_type',
  'validation.too_big',
  'validation.too_small',
  'validation.invalid_format',
  'validation.not_multiple_of',
  'validation.unrecognized_keys',
  'validation.invalid_union',
  'validation.invalid_key',
  'validation.invalid_element',
  'validation.invalid_value',
  'validation.custom',
  'validation.end_before_start',
  'validation.image_too_large',
  'validation.image_type',
  'validation.invalid_code',
  'validation.invalid_csv',
  'validation.invalid_date',
  'validation.not_positive',
  'validation.not_whole',
  'validation.priority_required',
  'validation.title_required',
  'validation.unknown_reference',
  'validation.currency',
  'validation.reference_required',
  'validation.required',
  'validation.target_required',
] as const;
