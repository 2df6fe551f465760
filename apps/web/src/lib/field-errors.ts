import type { TFunction } from 'i18next';
import { LIMITS } from '../../../../packages/shared/src/validation.ts';

/** Values interpolated into validation messages ("use at least {{passwordMin}} characters"). */
export const LIMIT_VALUES = {
  nameMin: LIMITS.nameMin,
  nameMax: LIMITS.nameMax,
  passwordMin: LIMITS.passwordMin,
} as const;

/** Translates a `validation.*` (or other error) code shown under a form field. */
export function fieldMessage(t: TFunction, code: string): string {
  return t(`errors:${code}`, { ...LIMIT_VALUES, defaultValue: t('errors:validation.invalid') });
}
