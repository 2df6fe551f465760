// Every error code the API can answer with must be listed (so the UI catalogues translate it).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from './errors.ts';
import { VALIDATION_CODES } from '../../../../packages/shared/src/index.ts';

const ROOTS = [path.resolve(import.meta.dirname, '..'), path.resolve(import.meta.dirname, '../../../../packages/shared/src')];

function sources(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

describe('error codes', () => {
  it('lists every code thrown or sent by the API in ERROR_CODES or VALIDATION_CODES', () => {
    const known = new Set<string>([...ERROR_CODES, ...VALIDATION_CODES]);
    const used = new Set<string>();
    const patterns = [
      /new (?:ConflictError|ForbiddenError|NotFoundError|UnauthenticatedError)\(\s*'([a-z_.]+)'/g,
      /new ValidationError\([^;]*?,\s*'([a-z_]+\.[a-z_.]+)'\s*\)/g,
      /code: '((?:validation|auth|user|organisation|initiative|priority|framework|need|contribution|ledger|shift|fund|attendance|certificate|offer|engagement|mentorship|session|calendar)\.[a-z_.]+)'/g,
      /message: '(validation\.[a-z_]+)'/g,
    ];
    for (const file of ROOTS.flatMap((r) => sources(r))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const re of patterns) for (const m of text.matchAll(re)) used.add(m[1]!);
    }
    assert.ok(used.size > 20, `found only ${used.size} codes: the scan is broken`);
    const missing = [...used].filter((c) => !known.has(c)).sort();
    assert.deepEqual(missing, [], 'add these to ERROR_CODES (platform/errors.ts) or VALIDATION_CODES and translate them');
  });
});
