// `npm run seed:demo`: loads the demo data into the configured database (never in production).
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo.ts';

const config = loadConfig();
if (config.env === 'production') {
  console.error('Refusing to load demo data with NODE_ENV=production.');
  process.exit(1);
}
const db = createDb(config.database);
try {
  await migrateToLatest(db);
  const loaded = await seedDemo(db);
  console.log(loaded ? `Demo data loaded. Accounts: ${DEMO_USERS.map((u) => u.email).join(', ')} / ${DEMO_PASSWORD}` : 'Demo data is already there.');
} finally {
  await db.destroy();
}
