import { useRef } from 'react';

/** A fresh random Idempotency-Key (a UUID; falls back to getRandomValues outside secure contexts). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hands out Idempotency-Keys: the same key while the payload stays the same. */
export interface KeyKeeper {
  /** The key for this payload: the previous one if the payload is unchanged, else a new one. */
  keyFor(payload: unknown): string;
  /** Forgets the key, so the next submission (even of the same payload) is new. */
  reset(): void;
}

/** A {@link KeyKeeper}; pure, so it can be tested without React. */
export function createKeyKeeper(make: () => string = newIdempotencyKey): KeyKeeper {
  let last: { payload: string; key: string } | null = null;
  return {
    keyFor(payload) {
      const json = JSON.stringify(payload);
      if (!last || last.payload !== json) last = { payload: json, key: make() };
      return last.key;
    },
    reset() {
      last = null;
    },
  };
}

/**
 * One Idempotency-Key per submission: the same payload sent again (a double click, a retry after
 * a network error) reuses the key, so the server answers with the first result instead of
 * giving twice; a changed payload gets a new key. Call `reset()` after a success so the next,
 * deliberate submission is new.
 */
export function useIdempotencyKey(): KeyKeeper {
  const keeper = useRef<KeyKeeper | null>(null);
  keeper.current ??= createKeyKeeper();
  return keeper.current;
}
