import type { Db } from '../../platform/db/database.ts';
import { UnauthenticatedError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { hoursOf } from './certificates.presenter.ts';
import * as repo from './impact.repository.ts';

const RECENT = 10;

/**
 * "My impact": what the person has given, by kind. Values come from the ledger (confirmed and
 * verified contributions only — pledges are promises, refunds and reversals were undone). Minutes
 * come from the verified source records, because the ledger keeps hours rounded to whole units
 * for needs while the records keep the exact minutes. Hours an organisation recorded straight into
 * the ledger (no source record) count as their quantity: hours × 60 minutes, or sessions.
 */
export async function myImpact(db: Db, ctx: RequestContext) {
  const userId = ctx.actor?.userId;
  if (!userId) throw new UnauthenticatedError();
  const [value, shiftMinutes, expertMinutes, sessions, direct, recent] = await Promise.all([
    repo.valueByKind(db, userId),
    repo.verifiedShiftMinutes(db, userId),
    repo.signedOffExpertiseMinutes(db, userId),
    repo.confirmedSessions(db, userId),
    repo.recordedWithoutSource(db, userId),
    repo.recentContributions(db, userId, RECENT),
  ]);
  const v = (kind: string) => value.get(kind) ?? 0;
  const given = (kind: repo.RecordedWithoutSource['kind'], unit: 'hours' | 'sessions') =>
    direct.filter((d) => d.kind === kind && d.unit === unit).reduce((a, d) => a + d.quantity, 0);
  const time = shiftMinutes + given('time', 'hours') * 60;
  const expertise = expertMinutes + given('expertise', 'hours') * 60;
  const knowledge = { sessions: sessions.sessions + given('knowledge', 'sessions'), minutes: sessions.minutes + given('knowledge', 'hours') * 60 };
  const minutes = time + expertise + knowledge.minutes;
  return {
    time: { minutes: time, valueFils: v('time') },
    expertise: { minutes: expertise, valueFils: v('expertise') },
    knowledge: { ...knowledge, valueFils: v('knowledge') },
    money: { valueFils: v('money') },
    inKind: { valueFils: v('in_kind') },
    totals: { hours: hoursOf(minutes), minutes, valueFils: [...value.values()].reduce((a, b) => a + b, 0), currency: 'AED' },
    recent: recent.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      quantity: Number(r.quantity),
      unit: r.unit,
      valueFils: Number(r.value_fils),
      currency: r.currency,
      date: r.confirmed_at ?? r.created_at,
      initiative: r.initiative_id ? { id: r.initiative_id, titleAr: r.title_ar, titleEn: r.title_en } : null,
      fund: r.fund_name_ar || r.fund_name_en ? { nameAr: r.fund_name_ar, nameEn: r.fund_name_en } : null,
      organisation: { id: r.organisation_id, nameAr: r.org_name_ar, nameEn: r.org_name_en },
    })),
  };
}
