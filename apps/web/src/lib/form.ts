import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { fieldCodesOf } from './errors.ts';
import { fieldMessage } from './field-errors.ts';

/** Field name → `validation.*` code. */
export type FieldCodes = Record<string, string>;

/** The `validation.*` code for a zod issue: our own refinements carry it as the message. */
function codeOfIssue(issue: { code: string; message: string }): string {
  return issue.message.startsWith('validation.') ? issue.message : `validation.${issue.code}`;
}

/**
 * Small form state for controlled Mantine inputs: values, per-field error codes from the
 * shared zod schemas (client side) or from a 400 answer (server side), translated on render.
 * @param initial initial values
 */
export function useForm<T extends Record<string, unknown>>(initial: T) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [codes, setCodes] = useState<FieldCodes>({});

  const setValue = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setCodes((c) => {
      if (!c[name as string]) return c;
      const { [name as string]: _removed, ...rest } = c;
      return rest;
    });
  }, []);

  /** Props for a text-like input bound to `name`. */
  const text = (name: keyof T & string) => ({
    name,
    value: String(values[name] ?? ''),
    onChange: (e: { currentTarget: { value: string } }) => setValue(name, e.currentTarget.value as T[typeof name]),
    error: codes[name] ? fieldMessage(t, codes[name]) : undefined,
  });

  /** Validates with a zod schema; returns the parsed output or null (and shows the problems). */
  function validate<O>(schema: ZodType<O>, input: unknown = values): O | null {
    const result = schema.safeParse(input);
    if (result.success) {
      setCodes({});
      return result.data;
    }
    const next: FieldCodes = {};
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (name && !next[name]) next[name] = codeOfIssue(issue);
    }
    setCodes(next);
    return null;
  }

  /** Shows the field problems of a server validation error; true when there were any. */
  function showServerErrors(error: unknown): boolean {
    const next = fieldCodesOf(error);
    setCodes(next);
    return Object.keys(next).length > 0;
  }

  return { values, setValue, setValues, text, codes, setCodes, validate, showServerErrors };
}
