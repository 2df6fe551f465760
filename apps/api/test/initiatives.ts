// Factories for initiatives: priorities by code and a ready-made draft with needs.
import type { SignedInClient, TestApp } from './app.ts';
import { findPriorityByCodes } from '../src/modules/priorities/index.ts';

/** A priority's id by framework code and priority code. */
export async function priorityId(t: TestApp, framework: string, code: string): Promise<string> {
  const row = await findPriorityByCodes(t.db, framework, code);
  if (!row) throw new Error(`no priority ${framework}/${code}`);
  return row.id;
}

export const MONEY_NEED = { kind: 'money', titleAr: 'تبرعات', titleEn: 'Donations', targetFils: 5_000_000, designations: ['sadaqah', 'zakat'] };
export const TIME_NEED = { kind: 'time', targetHours: 200, roleAr: 'مرشد', roleEn: 'Guide' };
export const INKIND_NEED = { kind: 'in_kind', item: 'School bags', quantity: 300, itemUnit: 'bags', estimatedValueFils: 4500 };

/** Drafts an initiative for `orgId` (tagged with the Dubai education aim) and adds `needs`. */
export async function draftInitiative(
  t: TestApp,
  manager: SignedInClient,
  orgId: string,
  overrides: Record<string, unknown> = {},
  needs: Record<string, unknown>[] = [MONEY_NEED],
): Promise<any> {
  const body = {
    titleAr: 'مبادرة القراءة للأطفال',
    titleEn: 'Reading for children',
    summaryAr: 'نوادي قراءة أسبوعية',
    summaryEn: 'Weekly reading clubs',
    emirate: 'dubai',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    beneficiaryGroups: ['children'],
    priorityIds: [await priorityId(t, 'dubai_social_agenda_33', 'education')],
    ...overrides,
  };
  const r = await manager.post(`/api/v1/organisations/${orgId}/initiatives`, body);
  if (r.status !== 201) throw new Error(`initiative failed: ${r.status} ${JSON.stringify(r.body)}`);
  for (const n of needs) {
    const nr = await manager.post(`/api/v1/initiatives/${r.body.id}/needs`, n);
    if (nr.status !== 201) throw new Error(`need failed: ${nr.status} ${JSON.stringify(nr.body)}`);
  }
  return r.body;
}

/** Takes a draft all the way to `active` (submit → approve by a reviewer → activate). */
export async function activate(manager: SignedInClient, reviewer: SignedInClient, id: string): Promise<void> {
  for (const [who, action] of [[manager, 'submit'], [reviewer, 'approve'], [manager, 'activate']] as const) {
    const r = await who.post(`/api/v1/initiatives/${id}/transitions`, { action });
    if (r.status !== 200) throw new Error(`${action} failed: ${r.status} ${JSON.stringify(r.body)}`);
  }
}
