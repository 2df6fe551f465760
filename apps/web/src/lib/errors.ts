import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';

/**
 * The message to show for any thrown error: `errors:<code>` in the UI language, or a generic
 * message when the code is unknown to this version of the UI.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'unknown';
  return t(`errors:${code}`, { defaultValue: t('errors:unknown') });
}

/**
 * Field problems of a validation error as `{ fieldName: code }` (first problem per field).
 * Nested paths keep their first segment, which is the form field.
 */
export function fieldCodesOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const field of error.fields) {
    const name = field.path.split('.')[0] ?? '';
    if (name && !out[name]) out[name] = field.code;
  }
  return out;
}
