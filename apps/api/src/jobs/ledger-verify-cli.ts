// `npm run ledger:verify`: re-computes the hash chain, checks daily roots and the SQL invariants.
// Exits 1 and names the first broken link when anything does not hold.
import { loadConfig } from '../config.ts';
import { createDb } from '../platform/db/database.ts';
import { verifyLedger } from '../modules/contributions/index.ts';

const db = createDb(loadConfig().database);
try {
  const r = await verifyLedger(db);
  console.log(`Hash chain: ${r.chain.entries} entries, last #${r.chain.lastSeq} ${r.chain.lastHash.slice(0, 16)}…`);
  if (r.chain.firstBroken) console.log(`  BROKEN at entry #${r.chain.firstBroken.seq}: ${r.chain.firstBroken.reason}`);
  console.log(`Daily roots: ${r.dailyRoots.checked} checked, ${r.dailyRoots.mismatched.length} mismatched`);
  for (const m of r.dailyRoots.mismatched) console.log(`  MISMATCH on ${m.day} (entry #${m.lastSeq})`);
  console.log(`Consistency checks: ${r.checks.passed.length} passed, ${r.checks.failed.length} failed`);
  for (const f of r.checks.failed) console.log(`  FAILED ${f.check}: ${f.description} e.g. ${JSON.stringify(f.examples[0])}`);
  console.log(r.ok ? 'Ledger verified.' : 'Ledger verification FAILED.');
  process.exitCode = r.ok ? 0 : 1;
} finally {
  await db.destroy();
}
