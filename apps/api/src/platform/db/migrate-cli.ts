// `npm run migrate`: applies pending migrations to the configured database and exits.
import { loadConfig } from '../../config.ts';
import { createDb } from './database.ts';
import { migrateToLatest } from './migrate.ts';

const config = loadConfig();
const db = createDb(config.database);
try {
  const applied = await migrateToLatest(db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await db.destroy();
}
