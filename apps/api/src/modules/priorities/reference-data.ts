import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import * as repo from './priorities.repository.ts';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');

/** A framework definition as shipped in `apps/api/data/frameworks/*.json` (and as imported). */
export interface FrameworkFile {
  code: string;
  level: string;
  nameAr: string;
  nameEn: string;
  source?: string | null;
  sourceUrl?: string | null;
  licence?: string | null;
  priorities: PriorityFile[];
}
export interface PriorityFile {
  code: string;
  titleAr: string;
  titleEn: string;
  shortAr?: string | null;
  shortEn?: string | null;
  children?: PriorityFile[];
}

function readYaml(file: string): Record<string, string> {
  return parseYaml(fs.readFileSync(path.join(DATA, 'sdg', file), 'utf8')) as Record<string, string>;
}

/** The UN SDGs as a framework file: 17 goals with short names, 169 targets, texts as published. */
export function sdgFramework(): FrameworkFile {
  const goalsAr = readYaml('global_goals.ar.yml');
  const goalsEn = readYaml('global_goals.en.yml');
  const targetsAr = readYaml('global_targets.ar.yml');
  const targetsEn = readYaml('global_targets.en.yml');
  const goals: PriorityFile[] = [];
  for (let g = 1; g <= 17; g++) {
    const children = Object.keys(targetsEn)
      .filter((k) => k.startsWith(`${g}-`) && k.endsWith('-title'))
      .map((k) => k.slice(0, -'-title'.length))
      .sort(compareTargetCodes)
      .map((k) => ({ code: k.replace('-', '.'), titleAr: targetsAr[`${k}-title`]!, titleEn: targetsEn[`${k}-title`]! }));
    goals.push({ code: String(g), titleAr: goalsAr[`${g}-title`]!, titleEn: goalsEn[`${g}-title`]!, shortAr: goalsAr[`${g}-short`]!, shortEn: goalsEn[`${g}-short`]!, children });
  }
  return {
    code: 'sdg',
    level: 'global',
    nameAr: 'أهداف التنمية المستدامة',
    nameEn: 'Sustainable Development Goals',
    source: 'United Nations, Transforming our world: the 2030 Agenda for Sustainable Development (A/RES/70/1). Texts from the Open SDG project.',
    sourceUrl: 'https://sdgs.un.org/goals',
    licence: 'MIT (Open SDG translations); see apps/api/data/sdg/LICENSE',
    priorities: goals,
  };
}

/** "1-2" < "1-10" < "1-a": numbered targets first, in numeric order, then lettered ones. */
function compareTargetCodes(a: string, b: string): number {
  const [, x] = a.split('-');
  const [, y] = b.split('-');
  const nx = Number(x);
  const ny = Number(y);
  if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
  if (!Number.isNaN(nx)) return -1;
  if (!Number.isNaN(ny)) return 1;
  return x!.localeCompare(y!);
}

function readFrameworkJson(name: string): FrameworkFile {
  return JSON.parse(fs.readFileSync(path.join(DATA, 'frameworks', name), 'utf8')) as FrameworkFile;
}

/**
 * Adds a framework and its tree. Priorities whose code already exists are left alone (so the
 * start-up seed never overwrites an admin's corrections) unless `overwrite` is set (imports).
 */
export async function upsertFrameworkFile(
  trx: DbOrTrx,
  f: FrameworkFile,
  opts: { organisationId?: string | null; overwrite?: boolean } = {},
): Promise<{ frameworkId: string; added: number; updated: number }> {
  const now = nowIso();
  let fw = await repo.findFrameworkByCode(trx, f.code);
  if (!fw) {
    fw = { id: randomUUID(), code: f.code, level: f.level, name_ar: f.nameAr, name_en: f.nameEn, source: f.source ?? null, source_url: f.sourceUrl ?? null, licence: f.licence ?? null, organisation_id: opts.organisationId ?? null, created_at: now, updated_at: now };
    await repo.insertFramework(trx, fw);
  }
  let added = 0;
  let updated = 0;
  const walk = async (items: PriorityFile[], parentId: string | null) => {
    for (const [i, p] of items.entries()) {
      let row = await repo.findPriorityByCode(trx, fw!.id, p.code);
      if (!row) {
        row = { id: randomUUID(), framework_id: fw!.id, parent_id: parentId, code: p.code, title_ar: p.titleAr, title_en: p.titleEn, short_ar: p.shortAr ?? null, short_en: p.shortEn ?? null, position: i, created_at: now, updated_at: now };
        await repo.insertPriority(trx, row);
        added++;
      } else if (opts.overwrite && (row.title_ar !== p.titleAr || row.title_en !== p.titleEn || row.short_ar !== (p.shortAr ?? null) || row.short_en !== (p.shortEn ?? null) || row.parent_id !== parentId)) {
        // An import corrects texts and moves nodes; it never deletes what the file leaves out.
        await repo.updatePriority(trx, row.id, { title_ar: p.titleAr, title_en: p.titleEn, short_ar: p.shortAr ?? null, short_en: p.shortEn ?? null, parent_id: parentId, position: i, updated_at: now });
        updated++;
      }
      if (p.children?.length) await walk(p.children, row.id);
    }
  };
  await walk(f.priorities, null);
  return { frameworkId: fw.id, added, updated };
}

/** Adds the shipped crosswalk links whose two ends exist and that are not there yet. */
async function upsertCrosswalk(trx: DbOrTrx): Promise<number> {
  const file = JSON.parse(fs.readFileSync(path.join(DATA, 'frameworks', 'crosswalk.json'), 'utf8')) as { links: [string, string, string, string][] };
  return upsertLinks(trx, file.links, null);
}

/**
 * Adds crosswalk links given by framework and priority codes; links whose ends do not exist
 * (yet) or that already exist are skipped. Returns how many were added.
 */
export async function upsertLinks(trx: DbOrTrx, links: readonly (readonly [string, string, string, string])[], createdBy: string | null): Promise<number> {
  let added = 0;
  for (const [ff, fc, tf, tc] of links) {
    const [fromFw, toFw] = [await repo.findFrameworkByCode(trx, ff), await repo.findFrameworkByCode(trx, tf)];
    if (!fromFw || !toFw) continue;
    const [from, to] = [await repo.findPriorityByCode(trx, fromFw.id, fc), await repo.findPriorityByCode(trx, toFw.id, tc)];
    if (!from || !to) continue;
    if ((await repo.linksFrom(trx, [from.id])).some((l) => l.to_priority_id === to.id)) continue;
    await repo.insertLink(trx, { from_priority_id: from.id, to_priority_id: to.id, created_by: createdBy, created_at: nowIso() });
    added++;
  }
  return added;
}

/**
 * Makes sure the shipped frameworks (SDGs, platform areas, UAE, Dubai) and crosswalk exist.
 * Runs on every start and for every test database; cheap when everything is already there.
 */
export async function ensureReferenceData(db: Db): Promise<{ added: number }> {
  const present = await repo.findFrameworkByCode(db, 'sdg');
  if (present && (await repo.listPrioritiesOfFramework(db, present.id)).length >= 186) {
    // Fast path: the SDGs are complete; still fill in any other missing framework.
    const missing = ['ataa_areas', 'we_the_uae_2031', 'dubai_social_agenda_33'];
    const have = await Promise.all(missing.map((c) => repo.findFrameworkByCode(db, c)));
    if (have.every(Boolean)) return { added: 0 };
  }
  return withTransaction(db, async (trx) => {
    let added = 0;
    added += (await upsertFrameworkFile(trx, sdgFramework())).added;
    for (const f of ['platform-areas.json', 'uae-2031.json', 'dubai-social-agenda-33.json']) added += (await upsertFrameworkFile(trx, readFrameworkJson(f))).added;
    added += await upsertCrosswalk(trx);
    return { added };
  });
}
