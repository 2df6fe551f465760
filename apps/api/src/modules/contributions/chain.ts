import { createHash } from 'node:crypto';
import type { LedgerEntryRow } from '../../platform/db/schema.ts';

/** The hash that stands before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON text that is already canonical, embedded as it is (not parsed and written again). */
class CanonicalText {
  constructor(readonly json: string) {}
}

/** JSON with object keys sorted at every depth: one byte string per value, on every machine. */
export function canonicalJson(value: unknown): string {
  if (value instanceof CanonicalText) return value.json;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

/** The hash of an entry: sha256 over its canonical content, which includes the previous hash. */
export function entryHash(e: Omit<LedgerEntryRow, 'hash'>): string {
  const content = canonicalJson({
    seq: Number(e.seq),
    id: e.id,
    entry_type: e.entry_type,
    contribution_id: e.contribution_id,
    // Stored payloads are canonical JSON already (the writer made them): no parse-and-rewrite on the hot path.
    payload: new CanonicalText(e.payload),
    actor_user_id: e.actor_user_id,
    acting_organisation_id: e.acting_organisation_id,
    created_at: e.created_at,
    prev_hash: e.prev_hash,
  });
  return createHash('sha256').update(content).digest('hex');
}

/** The result of re-computing the chain. */
export interface ChainReport {
  ok: boolean;
  entries: number;
  lastSeq: number;
  lastHash: string;
  /** The first entry that does not hold, with why. */
  firstBroken: { seq: number; code: 'missing' | 'wrong_link' | 'changed'; reason: string } | null;
}

/**
 * Walks entries in order and checks each link: the sequence has no gaps, each entry names the
 * previous entry's hash, and each hash matches its content. Feed it pages in seq order.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private count = 0;
  firstBroken: ChainReport['firstBroken'] = null;

  /** Checks the next page; returns false once a broken link was found. */
  feed(rows: LedgerEntryRow[]): boolean {
    for (const r of rows) {
      if (this.firstBroken) return false;
      const seq = Number(r.seq);
      if (seq !== this.expectedSeq) this.firstBroken = { seq: this.expectedSeq, code: 'missing', reason: `entry ${this.expectedSeq} is missing (found ${seq})` };
      else if (r.prev_hash !== this.prevHash) this.firstBroken = { seq, code: 'wrong_link', reason: 'it does not point to the previous entry’s hash' };
      else if (entryHash(r) !== r.hash) this.firstBroken = { seq, code: 'changed', reason: 'its content does not match its hash (it was changed)' };
      else {
        this.prevHash = r.hash;
        this.expectedSeq++;
        this.count++;
      }
    }
    return !this.firstBroken;
  }

  report(): ChainReport {
    return { ok: !this.firstBroken, entries: this.count, lastSeq: this.expectedSeq - 1, lastHash: this.prevHash, firstBroken: this.firstBroken };
  }
}
