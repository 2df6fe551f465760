// Demo initiatives (seeds/data/initiatives.json) created through the initiatives services.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../src/platform/db/database.ts';
import { findPriorityByCodes } from '../src/modules/priorities/index.ts';
import * as initiatives from '../src/modules/initiatives/initiatives.service.ts';
import * as needs from '../src/modules/initiatives/needs.service.ts';
import type { NeedInput } from '../src/modules/initiatives/initiatives.schemas.ts';
import { contextFor } from './demo-actors.ts';
import type { DemoIds } from './demo.ts';

interface InitiativeSeed {
  org: string; status: string; titleAr: string; titleEn: string; summaryAr: string; summaryEn: string; descriptionAr: string; descriptionEn: string;
  emirate: string; areaAr: string; areaEn: string; startDate: string; endDate: string | null; beneficiaryGroups: string[];
  priorities: [string, string][]; needs: (NeedInput & Record<string, unknown>)[];
}

/** What the contributions seed needs to know of each initiative. */
export interface SeededInitiative {
  id: string;
  orgKey: string;
  orgId: string;
  status: string;
  startDate: string;
  endDate: string | null;
  needs: { id: string; kind: string; target: number; details: Record<string, unknown> }[];
}

const STEPS: Record<string, string[]> = {
  draft: [], submitted: ['submit'], approved: ['submit', 'approve'], active: ['submit', 'approve', 'activate'], completed: ['submit', 'approve', 'activate', 'complete'],
};

export async function seedInitiatives(db: Db, ids: DemoIds): Promise<SeededInitiative[]> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'initiatives.json');
  const list = JSON.parse(fs.readFileSync(file, 'utf8')) as InitiativeSeed[];
  const reviewer = await contextFor(db, ids.users.get('reviewer')!);
  const out: SeededInitiative[] = [];
  for (const s of list) {
    const orgId = ids.orgs.get(s.org)!;
    // Only verified organisations may create initiatives; the pending demo organisation has none yet.
    const org = await db.selectFrom('organisations').select('status').where('id', '=', orgId).executeTakeFirstOrThrow();
    if (org.status !== 'verified') continue;
    const owner = await contextFor(db, ids.orgOwner.get(s.org)!, orgId);
    const priorityIds: string[] = [];
    for (const [fw, code] of s.priorities) {
      const p = await findPriorityByCodes(db, fw, code);
      if (!p) throw new Error(`demo: unknown priority ${fw}/${code}`);
      priorityIds.push(p.id);
    }
    const created = await initiatives.createInitiative(db, owner, orgId, {
      titleAr: s.titleAr, titleEn: s.titleEn, summaryAr: s.summaryAr, summaryEn: s.summaryEn, descriptionAr: s.descriptionAr, descriptionEn: s.descriptionEn,
      emirate: s.emirate as never, areaAr: s.areaAr, areaEn: s.areaEn, startDate: s.startDate, endDate: s.endDate, beneficiaryGroups: s.beneficiaryGroups as never, priorityIds,
    });
    const seededNeeds: SeededInitiative['needs'] = [];
    for (const [i, n] of s.needs.entries()) {
      const v = await needs.addNeed(db, owner, created.id, { ...n, priorityOrder: i } as NeedInput);
      seededNeeds.push({ id: v.id, kind: v.kind, target: v.target, details: v.details });
    }
    for (const action of STEPS[s.status] ?? []) {
      await initiatives.transitionInitiative(db, action === 'approve' ? reviewer : owner, created.id, action as never, undefined);
    }
    // Demo history: the initiative appears when it started, not when the seed ran.
    const started = `${s.startDate}T06:00:00.000Z`;
    const past = started < new Date().toISOString() ? started : new Date().toISOString();
    await db.updateTable('initiatives').set({ created_at: past, published_at: s.status === 'draft' || s.status === 'submitted' ? null : past }).where('id', '=', created.id).execute();
    out.push({ id: created.id, orgKey: s.org, orgId, status: s.status, startDate: s.startDate, endDate: s.endDate, needs: seededNeeds });
  }
  return out;
}
