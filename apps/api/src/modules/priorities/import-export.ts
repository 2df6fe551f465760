import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../platform/db/database.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { PriorityRow } from '../../platform/db/schema.ts';
import { recordAudit } from '../audit/index.ts';
import { assertCanEditFrameworks } from './priorities.service.ts';
import * as repo from './priorities.repository.ts';
import { upsertFrameworkFile, upsertLinks, type FrameworkFile, type PriorityFile } from './reference-data.ts';
import type { ImportInput } from './priorities.schemas.ts';

/** Columns of a framework CSV, one priority a row; `parent_code` empty for top-level items. */
export const CSV_COLUMNS = ['code', 'parent_code', 'title_ar', 'title_en', 'short_ar', 'short_en'] as const;

function toFile(rows: PriorityRow[], parentId: string | null): PriorityFile[] {
  return rows
    .filter((r) => r.parent_id === parentId)
    .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code, 'en', { numeric: true }))
    .map((r) => {
      const children = toFile(rows, r.id);
      return { code: r.code, titleAr: r.title_ar, titleEn: r.title_en, ...(r.short_ar ? { shortAr: r.short_ar } : {}), ...(r.short_en ? { shortEn: r.short_en } : {}), ...(children.length ? { children } : {}) };
    });
}

/** A framework as a JSON document (the same shape the importer reads) or as CSV. */
export async function exportFramework(db: Db, id: string, format: 'json' | 'csv'): Promise<{ body: string; contentType: string; filename: string }> {
  const f = await repo.findFramework(db, id);
  if (!f) throw new NotFoundError();
  const rows = await repo.listPrioritiesOfFramework(db, id);
  if (format === 'csv') {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered: PriorityRow[] = [];
    const walk = (items: PriorityFile[]) => items.forEach((p) => { ordered.push(rows.find((r) => r.code === p.code)!); walk(p.children ?? []); });
    walk(toFile(rows, null));
    const body = stringify(ordered.map((r) => [r.code, r.parent_id ? byId.get(r.parent_id)!.code : '', r.title_ar, r.title_en, r.short_ar ?? '', r.short_en ?? '']), { header: true, columns: [...CSV_COLUMNS] });
    // A byte-order mark makes spreadsheet programs read the Arabic as UTF-8.
    return { body: `\uFEFF${body}`, contentType: 'text/csv; charset=utf-8', filename: `${f.code}.csv` };
  }
  const links = (await repo.linksOfFramework(db, id)).map((l) => [l.from_framework, l.from_code, l.to_framework, l.to_code]);
  const file: FrameworkFile & { links: string[][] } = { code: f.code, level: f.level, nameAr: f.name_ar, nameEn: f.name_en, source: f.source, sourceUrl: f.source_url, licence: f.licence, priorities: toFile(rows, null), links };
  return { body: JSON.stringify(file, null, 2), contentType: 'application/json; charset=utf-8', filename: `${f.code}.json` };
}

/** Reads CSV rows into a tree; every parent_code must name a code in the file. */
export function parseFrameworkCsv(csv: string): PriorityFile[] {
  let records: Record<string, string>[];
  try {
    // Texts are kept exactly as written (some official SDG texts end in a space); only codes are trimmed.
    records = parse(csv.replace(/^\uFEFF/, ''), { columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true });
  } catch (err) {
    throw new ValidationError(`The CSV could not be read: ${(err as Error).message}`, { fields: [{ path: 'csv', code: 'validation.invalid_csv', message: (err as Error).message }] });
  }
  const problems: { path: string; code: string; message: string }[] = [];
  const nodes = new Map<string, PriorityFile & { parent: string }>();
  records.forEach((raw, i) => {
    const line = i + 2;
    const r: Record<string, string | undefined> = { ...raw, code: raw.code?.trim(), parent_code: raw.parent_code?.trim() };
    if (!r.code || !r.title_ar || !r.title_en) problems.push({ path: `csv.${line}`, code: 'validation.invalid_csv', message: `Line ${line}: code, title_ar and title_en are required.` });
    else if (nodes.has(r.code)) problems.push({ path: `csv.${line}`, code: 'validation.invalid_csv', message: `Line ${line}: duplicate code ${r.code}.` });
    else nodes.set(r.code!, { code: r.code, titleAr: r.title_ar, titleEn: r.title_en, shortAr: r.short_ar || null, shortEn: r.short_en || null, children: [], parent: r.parent_code ?? '' });
  });
  for (const n of nodes.values()) {
    if (n.parent && !nodes.has(n.parent)) problems.push({ path: 'csv', code: 'validation.invalid_csv', message: `Unknown parent_code ${n.parent} for ${n.code}.` });
  }
  if (problems.length || nodes.size === 0) throw new ValidationError('The CSV has problems.', { fields: problems.length ? problems : [{ path: 'csv', code: 'validation.invalid_csv', message: 'No rows.' }] });
  const roots: PriorityFile[] = [];
  for (const n of nodes.values()) (n.parent ? nodes.get(n.parent)!.children! : roots).push(n);
  const strip = (items: PriorityFile[]): PriorityFile[] => items.map(({ code, titleAr, titleEn, shortAr, shortEn, children }) => ({ code, titleAr, titleEn, shortAr, shortEn, children: strip(children ?? []) }));
  return strip(roots);
}

/** Imports a framework (JSON or CSV): adds new priorities and corrects existing ones by code. */
export async function importFramework(db: Db, ctx: RequestContext, input: ImportInput) {
  assertCanEditFrameworks(ctx);
  const file: FrameworkFile =
    input.format === 'json'
      ? (input.framework as FrameworkFile)
      : { code: input.code, level: input.level, nameAr: input.nameAr, nameEn: input.nameEn, source: input.source ?? null, priorities: parseFrameworkCsv(input.csv) };
  const links = input.format === 'json' ? (input.framework.links ?? []) : [];
  return withTransaction(db, async (trx) => {
    const r = await upsertFrameworkFile(trx, file, { overwrite: true });
    const linksAdded = await upsertLinks(trx, links, ctx.actor!.userId);
    await recordAudit(trx, ctx, { action: 'framework.import', entityType: 'framework', entityId: r.frameworkId, after: { code: file.code, format: input.format, added: r.added, updated: r.updated, linksAdded } });
    return { ...r, linksAdded };
  });
}
