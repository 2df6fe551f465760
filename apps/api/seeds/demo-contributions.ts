// A year of demo contributions of all five kinds, written through the real ledger (hash chain,
// postings, receipts), stamped with past dates in order so the history reads like a real year.
import type { Db } from '../src/platform/db/database.ts';
import { AppError } from '../src/platform/errors.ts';
import type { RequestContext } from '../src/platform/http/context.ts';
import { LedgerWriter, recordDailyRoots } from '../src/modules/contributions/index.ts';
import * as ledger from '../src/modules/contributions/contributions.service.ts';
import { createFund } from '../src/modules/contributions/funds.service.ts';
import { createRecurring } from '../src/modules/contributions/recurring.service.ts';
import { contextFor, random } from './demo-actors.ts';
import type { DemoIds } from './demo.ts';
import type { SeededInitiative } from './demo-initiatives.ts';

const DAY = 86_400_000;
interface Planned { at: number; run: () => Promise<void> }

export async function seedContributions(db: Db, ids: DemoIds, initiatives: SeededInitiative[]): Promise<number> {
  let now = new Date().toISOString();
  const writer = new LedgerWriter(db, () => now);
  const rnd = random(2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const ctxCache = new Map<string, RequestContext>();
  const ctx = async (userId: string, orgId: string | null = null) => {
    const key = `${userId}/${orgId}`;
    if (!ctxCache.has(key)) ctxCache.set(key, await contextFor(db, userId, orgId));
    return ctxCache.get(key)!;
  };
  const verifier = ids.users.get('verifier')!;
  const companyUser = ids.users.get('company')!;
  const oasis = ids.orgs.get('oasis_tech')!;
  const volunteers = [ids.users.get('volunteer')!, ...ids.donors];
  const plan: Planned[] = [];
  const end = Date.now() - 2 * 3_600_000;
  let created = 0;
  let serial = 0;

  for (const ini of initiatives.filter((i) => i.status === 'active' || i.status === 'completed')) {
    const from = Math.max(Date.parse(`${ini.startDate}T08:00:00Z`), end - 365 * DAY);
    const to = Math.min(ini.endDate ? Date.parse(`${ini.endDate}T18:00:00Z`) : end, end);
    if (to <= from) continue;
    const when = () => from + rnd() * (to - from);
    const owner = ids.orgOwner.get(ini.orgKey)!;
    for (const need of ini.needs) {
      if (need.kind === 'money') {
        const n = 4 + Math.floor(rnd() * 9);
        const share = (need.target * (0.35 + rnd() * 0.45)) / n;
        const designations = (need.details.designations as string[]) ?? ['general'];
        for (let i = 0; i < n; i++) {
          const corporate = rnd() < 0.15;
          const donor = corporate ? companyUser : pick(ids.donors);
          const fils = Math.max(5_000, Math.round((share * (0.5 + rnd())) / 100) * 100);
          const at = when();
          const fate = rnd();
          let id = '';
          plan.push({ at, run: async () => {
            const r = await ledger.pledge(writer, await ctx(donor, corporate ? oasis : null), {
              needId: need.id, kind: 'money', quantity: fils, currency: 'AED', designation: pick(designations) as never,
              visibility: pick(['public', 'public', 'anonymous', 'private'] as const), method: pick(['bank_transfer', 'bank_transfer', 'cash', 'cheque'] as const),
              onBehalfOfOrganisation: corporate,
            }, `demo-${serial++}`);
            id = r.body.id;
            created++;
          } });
          const later = Math.min(at + (1 + rnd() * 4) * DAY, end);
          if (fate < 0.05) plan.push({ at: later, run: async () => { if (id) await ledger.transition(writer, await ctx(donor), id, { action: 'cancel' }, undefined); } });
          else if (fate < 0.85 || later < end - 10 * DAY) {
            plan.push({ at: later, run: async () => { if (id) await ledger.transition(writer, await ctx(owner, ini.orgId), id, { action: 'confirm', reference: `TRX-${100_000 + serial++}`, method: 'bank_transfer' }, undefined); } });
            if (rnd() < 0.3) plan.push({ at: Math.min(later + 7 * DAY, end), run: async () => { if (id) await ledger.transition(writer, await ctx(verifier), id, { action: 'verify' }, undefined); } });
          }
        }
      } else if (need.kind === 'in_kind') {
        const n = 2 + Math.floor(rnd() * 4);
        for (let i = 0; i < n; i++) {
          const qty = Math.max(1, Math.round((need.target * (0.05 + rnd() * 0.12))));
          const at = when();
          const donor = pick(ids.donors);
          let id = '';
          plan.push({ at, run: async () => { id = (await ledger.pledge(writer, await ctx(donor), { needId: need.id, kind: 'in_kind', quantity: qty, visibility: 'public', onBehalfOfOrganisation: false }, `demo-${serial++}`)).body.id; created++; } });
          const each = Number(need.details.estimatedValueFils ?? 0);
          const corrected = rnd() < 0.2 ? Math.round(each * qty * 0.85) : undefined;
          plan.push({ at: Math.min(at + 2 * DAY, end), run: async () => {
            if (id) await ledger.transition(writer, await ctx(owner, ini.orgId), id, { action: 'confirm', ...(corrected !== undefined ? { valueFils: corrected, reason: 'Valued at the invoice price of the items received' } : {}) }, undefined);
          } });
        }
      } else {
        const n = need.kind === 'time' ? 3 + Math.floor(rnd() * 6) : 1 + Math.floor(rnd() * 3);
        for (let i = 0; i < n; i++) {
          const qty = need.kind === 'time' ? 4 + Math.floor(rnd() * 36) : need.kind === 'expertise' ? 4 + Math.floor(rnd() * 16) : 1 + Math.floor(rnd() * 4);
          const person = need.kind === 'time' && rnd() < 0.3 ? ids.users.get('volunteer')! : pick(volunteers);
          const at = when();
          let id = '';
          plan.push({ at, run: async () => {
            id = (await ledger.record(writer, await ctx(owner, ini.orgId), ini.orgId, { needId: need.id, kind: need.kind as never, quantity: qty, contributorUserId: person, visibility: 'public', evidenceNote: 'Attendance sheet signed by the supervisor' }, `demo-${serial++}`)).body.id;
            created++;
          } });
          if (rnd() < 0.5) plan.push({ at: Math.min(at + 5 * DAY, end), run: async () => { if (id) await ledger.transition(writer, await ctx(verifier), id, { action: 'verify' }, undefined); } });
        }
      }
    }
  }

  // The pooled fund "where most needed", managed by the demo charity: monthly gifts all year.
  const fund = await createFund(db, await ctx(ids.users.get('admin')!), {
    code: 'where-most-needed', nameAr: 'صندوق حيث الحاجة أكبر', nameEn: 'Where most needed',
    descriptionAr: 'صندوق مشترك توزعه لجنة المؤسسة على الاحتياجات الأكثر إلحاحاً في جولات تخصيص دورية.',
    descriptionEn: 'A pooled fund the foundation’s committee allocates to the most urgent needs in periodic allocation rounds.',
    designations: ['zakat', 'sadaqah', 'general'], managingOrganisationId: ids.orgs.get('beit_al_khair')!,
  });
  const charityOwner = ids.orgOwner.get('beit_al_khair')!;
  for (let m = 11; m >= 0; m--) {
    for (const donor of ids.donors.slice(0, 4)) {
      const at = end - m * 30 * DAY - rnd() * 5 * DAY;
      let id = '';
      plan.push({ at, run: async () => {
        id = (await ledger.pledge(writer, await ctx(donor), { fundId: fund.id, kind: 'money', quantity: 10_000 + Math.round(rnd() * 40) * 1_000, currency: 'AED', designation: pick(['zakat', 'sadaqah', 'general'] as const), visibility: 'anonymous', method: 'bank_transfer', onBehalfOfOrganisation: false }, `demo-${serial++}`)).body.id;
        created++;
      } });
      plan.push({ at: Math.min(at + DAY, end), run: async () => { if (id) await ledger.transition(writer, await ctx(charityOwner, ids.orgs.get('beit_al_khair')!), id, { action: 'confirm', reference: `SO-${100_000 + serial++}`, method: 'bank_transfer' }, undefined); } });
    }
  }

  plan.sort((a, b) => a.at - b.at);
  for (const p of plan) {
    now = new Date(p.at).toISOString();
    try {
      await p.run();
    } catch (err) {
      // A demo step a rule refuses (a cap reached, say) is skipped: the rules win, as in real life.
      if (!(err instanceof AppError)) throw err;
    }
  }
  // Two people give monthly to the fund; the scheduler makes this month's pledge after start.
  for (const [who, fils] of [[ids.users.get('volunteer')!, 10_000], [ids.donors[0]!, 25_000]] as const) {
    await createRecurring(db, await ctx(who), { fundId: fund.id, amountFils: fils, designation: 'sadaqah', visibility: 'anonymous', onBehalfOfOrganisation: false });
  }
  await recordDailyRoots(db);
  return created;
}
