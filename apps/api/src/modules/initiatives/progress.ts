import type { DbOrTrx } from '../../platform/db/database.ts';

/** How much of a need has been given, in the need's unit. */
export interface NeedProgress {
  pledged: number;
  confirmed: number;
  /** AED value of what was confirmed, in fils. */
  confirmedValueFils: number;
}

/** Reads progress for needs from the contribution ledger. */
export type ProgressSource = (db: DbOrTrx, needIds: readonly string[]) => Promise<Map<string, NeedProgress>>;

let source: ProgressSource | null = null;

/**
 * The ledger module registers itself here when it is loaded; until then every need shows zero.
 * (A registry instead of an import keeps initiatives independent of the ledger built on it.)
 */
export function setProgressSource(s: ProgressSource | null): void {
  source = s;
}

export async function progressOf(db: DbOrTrx, needIds: readonly string[]): Promise<Map<string, NeedProgress>> {
  if (source) return source(db, needIds);
  return new Map(needIds.map((id) => [id, { pledged: 0, confirmed: 0, confirmedValueFils: 0 }]));
}
