import type { PlatformRole } from '../../../../../packages/shared/src/enums.ts';

/** Which platform roles see the ledger pages of the console (mirrors the API's access rules). */
export const LEDGER_ACCESS = {
  /** Verification report, entries, accounts and the verify action. */
  ledger: ['admin', 'verifier'],
  /** Valuation rules: readable by all staff. */
  valuation: ['admin', 'reviewer', 'verifier'],
  /** Adding a rule version. */
  editValuation: ['admin'],
} as const satisfies Record<string, readonly PlatformRole[]>;

/** Known consistency checks (the API's checks/ledger.ts), translated under `ledger:checks.*`. */
export const KNOWN_CHECKS = ['postings_balance', 'account_balances', 'accounts_exist', 'projection_matches_entries', 'latest_entry_is_last_seq', 'money_received_is_posted', 'hard_caps_hold'];

/** Ledger entry types, for the filter. */
export const ENTRY_TYPES = [
  'contribution.pledged',
  'contribution.recorded',
  'contribution.confirmed',
  'contribution.verified',
  'contribution.cancelled',
  'contribution.refunded',
  'contribution.reversed',
  'contribution.value_corrected',
];

/** The kind of a broken link, from the server's sentence (translated under `ledger:broken.*`). */
export function brokenReasonKey(reason: string): 'missing' | 'link' | 'changed' | null {
  if (/missing/.test(reason)) return 'missing';
  if (/previous entry/.test(reason)) return 'link';
  if (/content/.test(reason)) return 'changed';
  return null;
}
