import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { dialectOf } from '../../platform/db/database.ts';
import { normalisedText, searchTokens, searchWords } from '../../platform/search/text.ts';

/** The searchable text of an initiative, split by language. */
export interface SearchDoc {
  arabic: (string | null)[];
  english: (string | null)[];
}

const join = (parts: (string | null)[]) => parts.filter(Boolean).join(' ');

/**
 * Writes an initiative's search entry. SQLite: FTS5 row of our normalised, stemmed tokens.
 * PostgreSQL: a tsvector of the normalised Arabic text under the `arabic` configuration and the
 * English text under `english` (PostgreSQL stems; both use the same snowball algorithms).
 */
export async function indexInitiative(db: DbOrTrx, id: string, doc: SearchDoc): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`update initiatives set search_vector =
      to_tsvector('arabic', ${normalisedText(join(doc.arabic))}) || to_tsvector('english', ${normalisedText(join(doc.english))})
      where id = ${id}`.execute(db);
    return;
  }
  const body = searchTokens(`${join(doc.arabic)} ${join(doc.english)}`).join(' ');
  await sql`delete from initiatives_fts where initiative_id = ${id}`.execute(db);
  await sql`insert into initiatives_fts (initiative_id, body) values (${id}, ${body})`.execute(db);
}

/**
 * Ids of initiatives matching every word of `q` (the last word also as a prefix, for typing),
 * best first, at most `limit`. Returns an empty list for a query with no searchable word.
 */
export async function searchInitiatives(db: DbOrTrx, q: string, limit: number): Promise<{ id: string; rank: number }[]> {
  const words = searchWords(q);
  if (words.length === 0) return [];
  if (dialectOf(db) === 'postgres') {
    // Each word must match under the Arabic or the English configuration; the last may be a prefix.
    const parts = words.map((w, i) => {
      const suffix = i === words.length - 1 ? ':*' : '';
      const lexeme = w.replace(/[^\p{L}\p{N}]/gu, '');
      return sql`(to_tsquery('arabic', ${lexeme + suffix}) || to_tsquery('english', ${lexeme + suffix}))`;
    });
    const query = sql`(${parts.reduce((acc, p) => sql`${acc} && ${p}`)})`;
    const r = await sql<{ id: string; rank: number }>`select id, ts_rank(search_vector, ${query}) as rank from initiatives
      where search_vector @@ ${query} order by rank desc limit ${limit}`.execute(db);
    return r.rows.map((row, i) => ({ id: row.id, rank: i }));
  }
  const tokens = searchTokens(q);
  if (tokens.length === 0) return [];
  const match = tokens.map((t, i) => `"${t.replace(/"/g, '')}"${i === tokens.length - 1 ? '*' : ''}`).join(' ');
  const r = await sql<{ id: string; rank: number }>`select initiative_id as id, rank from initiatives_fts
    where initiatives_fts match ${match} order by rank limit ${limit}`.execute(db);
  return r.rows.map((row, i) => ({ id: row.id, rank: i }));
}

/** Removes an initiative's search entry (SQLite; PostgreSQL's goes with the row). */
export async function unindexInitiative(db: DbOrTrx, id: string): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`delete from initiatives_fts where initiative_id = ${id}`.execute(db);
}
