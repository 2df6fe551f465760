// The AED value an hour of volunteering will be recorded at, read from the public valuation rules
// (docs/valuation.md) so the estimate follows the rate in force instead of a number in the code.
import type { ValuationRule } from '../ledger/api.ts';

/**
 * The rate (fils per unit) of the rule version in force on `day` for a kind (and level), or null
 * when there is none yet: the latest effective date not after `day`, then the highest version.
 */
export function rateInForce(rules: readonly ValuationRule[], kind: ValuationRule['kind'], day: string, level: string | null = null): number | null {
  let best: ValuationRule | null = null;
  for (const r of rules) {
    if (r.kind !== kind || (r.level ?? null) !== level || r.effectiveFrom.slice(0, 10) > day) continue;
    if (!best || r.effectiveFrom > best.effectiveFrom || (r.effectiveFrom === best.effectiveFrom && r.version > best.version)) best = r;
  }
  return best ? best.rateFils : null;
}

/** The value of `minutes` at an hourly rate, in whole fils (exact like the ledger: rate × minutes ÷ 60). */
export function valueOfMinutes(minutes: number, rateFilsPerHour: number): number {
  return Math.round((rateFilsPerHour * minutes) / 60);
}
