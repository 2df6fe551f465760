// Factories for ledger tests: a live initiative with needs, and its people.
import type { SignedInClient, TestApp } from './app.ts';
import { activate, draftInitiative } from './initiatives.ts';

export interface LedgerFixture {
  owner: SignedInClient;
  finance: SignedInClient;
  member: SignedInClient;
  reviewer: SignedInClient;
  donor: SignedInClient;
  orgId: string;
  initiativeId: string;
  needs: Record<string, any>;
}

/** A verified charity with finance/member staff and an active initiative with the given needs. */
export async function liveInitiative(t: TestApp, needs: Record<string, Record<string, unknown>>): Promise<LedgerFixture> {
  const reviewer = await t.user({ platformRole: 'reviewer' });
  const owner = await t.user();
  const finance = await t.user();
  const member = await t.user();
  const donor = await t.user({ name: 'Generous Donor' });
  const orgId = (await t.organisation(owner)).id;
  await t.addMember(owner, orgId, finance, 'finance');
  await t.addMember(owner, orgId, member, 'member');
  const i = await draftInitiative(t, owner, orgId, {}, Object.values(needs));
  await activate(owner, reviewer, i.id);
  const full = await owner.get(`/api/v1/initiatives/${i.id}`);
  const byKey = Object.fromEntries(Object.keys(needs).map((k, idx) => [k, full.body.needs[idx]]));
  return { owner, finance, member, reviewer, donor, orgId, initiativeId: i.id, needs: byKey };
}

/** Counts of the ledger's tables: nothing may change when a write is refused. */
export async function ledgerCounts(t: TestApp): Promise<string> {
  const n = async (table: 'ledger_entries' | 'contributions' | 'postings' | 'receipts' | 'idempotency_keys') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return JSON.stringify({ entries: await n('ledger_entries'), contributions: await n('contributions'), postings: await n('postings'), receipts: await n('receipts'), keys: await n('idempotency_keys') });
}
