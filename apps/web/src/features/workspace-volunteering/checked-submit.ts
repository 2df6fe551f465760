import { useState, type FormEvent } from 'react';
import { fieldCodesOf } from '../../lib/errors.ts';

/** What a form's builder gives: the body to send, or the `validation.*` code of each field to fix. */
export type Built<T> = { body: T } | { codes: Record<string, string> };

/**
 * Submitting a form that is checked here first, then by the API: `build` gives the body or the
 * field codes to show; `send` sends the body (and says it is done); when that fails, the answer's
 * field codes (read by `serverCodes`) are shown, and the error itself by the mutation.
 */
export function useCheckedSubmit<T>(build: () => Built<T>, send: (body: T) => Promise<void>, serverCodes: (err: unknown) => Record<string, string> = fieldCodesOf) {
  const [codes, setCodes] = useState<Record<string, string>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const built = build();
    if ('codes' in built) return setCodes(built.codes);
    setCodes({});
    try {
      await send(built.body);
    } catch (err) {
      setCodes(serverCodes(err));
    }
  }

  return { codes, setCodes, submit };
}
