import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../src/config.ts';
import type { Db } from '../src/platform/db/database.ts';
import { dialectOf, nowIso, withTransaction } from '../src/platform/db/database.ts';
import { hashPassword } from '../src/platform/security/secrets.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedInitiatives } from './demo-initiatives.ts';
import { seedContributions } from './demo-contributions.ts';
import { seedVolunteering } from './demo-volunteering.ts';
import { LedgerWriter } from '../src/modules/contributions/index.ts';

/** Password of every demo account (listed in the README). */
export const DEMO_PASSWORD = 'ataa-demo-2026';

/** Demo accounts: email, names, platform role. */
export const DEMO_USERS = [
  { key: 'admin', email: 'admin@ataa.local', nameAr: 'مريم الهاشمي', nameEn: 'Maryam Al Hashemi', role: 'admin', locale: 'ar' },
  { key: 'reviewer', email: 'reviewer@ataa.local', nameAr: 'خالد المنصوري', nameEn: 'Khalid Al Mansouri', role: 'reviewer', locale: 'ar' },
  { key: 'verifier', email: 'verifier@ataa.local', nameAr: 'نورة الكعبي', nameEn: 'Noura Al Kaabi', role: 'verifier', locale: 'en' },
  { key: 'charity', email: 'charity@ataa.local', nameAr: 'أحمد السويدي', nameEn: 'Ahmed Al Suwaidi', role: null, locale: 'ar' },
  { key: 'company', email: 'company@ataa.local', nameAr: 'سارة المهيري', nameEn: 'Sara Al Muhairi', role: null, locale: 'en' },
  { key: 'volunteer', email: 'volunteer@ataa.local', nameAr: 'يوسف الشامسي', nameEn: 'Yousef Al Shamsi', role: null, locale: 'ar' },
] as const;

/** Demo organisations, one of every type, with their owner and members. */
const DEMO_ORGS = [
  { key: 'beit_al_khair', type: 'nonprofit', nameAr: 'جمعية بيت الخير', nameEn: 'Beit Al Khair Society', emirate: 'dubai', status: 'verified', owner: 'charity', members: [['volunteer', 'member']],
    descAr: 'جمعية خيرية تدعم الأسر المتعففة في دبي بالمساعدات الشهرية والتعليم.', descEn: 'A charity supporting families in need across Dubai with monthly aid and education.' },
  { key: 'barsha_youth', type: 'community_group', nameAr: 'فريق شباب البرشاء التطوعي', nameEn: 'Al Barsha Youth Volunteers', emirate: 'dubai', status: 'verified', owner: 'volunteer', members: [],
    descAr: 'مجموعة من شباب الحي ينظمون حملات تنظيف وزيارات لكبار المواطنين.', descEn: 'Neighbourhood youth organising clean-ups and visits to senior citizens.' },
  { key: 'oasis_tech', type: 'private_company', nameAr: 'شركة الواحة للتقنية', nameEn: 'Oasis Technology LLC', emirate: 'dubai', status: 'verified', owner: 'company', members: [['volunteer', 'member']],
    descAr: 'شركة تقنية تساهم بوقت موظفيها وخبراتهم ضمن خطتها للمسؤولية المجتمعية.', descEn: 'A technology company contributing staff time and expertise through its CSR plan.' },
  { key: 'ports_authority', type: 'semi_government', nameAr: 'هيئة الموانئ المجتمعية', nameEn: 'Community Ports Authority', emirate: 'abu_dhabi', status: 'verified', owner: 'company', members: [],
    descAr: 'جهة شبه حكومية تدعم مبادرات البيئة البحرية.', descEn: 'A semi-government entity backing marine-environment initiatives.' },
  { key: 'community_dept', type: 'government', nameAr: 'دائرة التنمية المجتمعية التجريبية', nameEn: 'Demo Community Development Department', emirate: 'sharjah', status: 'verified', owner: 'admin', members: [],
    descAr: 'جهة حكومية تنسق أولويات العطاء المجتمعي في الإمارة.', descEn: 'A government body co-ordinating community-giving priorities in the emirate.' },
  { key: 'noor_education', type: 'nonprofit', nameAr: 'مبادرة نور للتعليم', nameEn: 'Noor Education Initiative', emirate: 'ras_al_khaimah', status: 'pending', owner: 'charity', members: [],
    descAr: 'مبادرة ناشئة لدروس التقوية المجانية، بانتظار التحقق.', descEn: 'A new free-tutoring initiative, waiting for verification.' },
] as const;

/** People who give in the demo (they can sign in too, with the demo password). */
export const DEMO_DONORS = [
  { email: 'fatima@ataa.local', name: 'فاطمة الزعابي', locale: 'ar' },
  { email: 'omar@ataa.local', name: 'عمر الفلاسي', locale: 'ar' },
  { email: 'aisha@ataa.local', name: 'عائشة النعيمي', locale: 'ar' },
  { email: 'hamdan@ataa.local', name: 'حمدان الكتبي', locale: 'ar' },
  { email: 'priya@ataa.local', name: 'Priya Nair', locale: 'en' },
  { email: 'james@ataa.local', name: 'James Whitfield', locale: 'en' },
  { email: 'layla@ataa.local', name: 'ليلى حداد', locale: 'ar' },
  { email: 'rashid@ataa.local', name: 'Rashid Khan', locale: 'en' },
  { email: 'mariam.s@ataa.local', name: 'مريم السقطري', locale: 'ar' },
  { email: 'tagalog@ataa.local', name: 'Maria Santos', locale: 'en' },
] as const;

interface OrgSeed { key: string; type: string; nameAr: string; nameEn: string; emirate: string; status: string; owner: string; members?: readonly (readonly [string, string])[]; descAr?: string; descEn?: string; descriptionAr?: string; descriptionEn?: string }

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(DATA, name), 'utf8')) as T;

/** Ids of what the demo created, by key, for the later seeding steps. */
export interface DemoIds {
  users: Map<string, string>;
  orgs: Map<string, string>;
  orgOwner: Map<string, string>;
  donors: string[];
}

/** True when the demo accounts are already there. */
async function alreadySeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('email', '=', DEMO_USERS[0].email).executeTakeFirst();
  return !!row;
}

/** Accounts, organisations and memberships, in one transaction. */
async function seedPeopleAndOrganisations(db: Db): Promise<DemoIds> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const now = nowIso();
  const ids: DemoIds = { users: new Map(), orgs: new Map(), orgOwner: new Map(), donors: [] };
  const orgs: OrgSeed[] = [...(DEMO_ORGS as unknown as OrgSeed[]), ...readJson<OrgSeed[]>('organisations.json')];
  await withTransaction(db, async (trx) => {
    const people = [
      ...DEMO_USERS.map((u) => ({ key: u.key as string, email: u.email, name: u.locale === 'ar' ? u.nameAr : u.nameEn, locale: u.locale, role: u.role as string | null })),
      ...DEMO_DONORS.map((d) => ({ key: d.email, email: d.email, name: d.name, locale: d.locale, role: null })),
    ];
    for (const u of people) {
      const id = randomUUID();
      ids.users.set(u.key, id);
      await trx.insertInto('users').values({ id, email: u.email, password_hash: hash, display_name: u.name, locale: u.locale, platform_role: u.role, created_at: now, updated_at: now, disabled_at: null }).execute();
    }
    ids.donors = DEMO_DONORS.map((d) => ids.users.get(d.email)!);
    for (const o of orgs) {
      const id = randomUUID();
      ids.orgs.set(o.key, id);
      ids.orgOwner.set(o.key, ids.users.get(o.owner)!);
      const verified = o.status === 'verified';
      await trx.insertInto('organisations').values({
        id, type: o.type, name_ar: o.nameAr, name_en: o.nameEn, description_ar: o.descAr ?? o.descriptionAr ?? null, description_en: o.descEn ?? o.descriptionEn ?? null,
        emirate: o.emirate, website: null, status: o.status, created_by: ids.users.get(o.owner)!,
        decided_by: verified ? ids.users.get('admin')! : null, decided_at: verified ? now : null, decision_reason: null, created_at: now, updated_at: now,
      }).execute();
      await trx.insertInto('memberships').values({ organisation_id: id, user_id: ids.users.get(o.owner)!, role: 'owner', created_at: now }).execute();
      for (const [who, role] of o.members ?? []) {
        await trx.insertInto('memberships').values({ organisation_id: id, user_id: ids.users.get(who)!, role, created_at: now }).execute();
      }
    }
    await trx.insertInto('audit_events').values({
      at: now, actor_user_id: null, acting_organisation_id: null, action: 'system.seed_demo', entity_type: 'system', entity_id: null,
      before_json: null, after_json: JSON.stringify({ users: people.length, organisations: orgs.length }), request_id: null, ip: null,
    }).execute();
  });
  return ids;
}

/**
 * Loads the bilingual demo: accounts and organisations of every type, 36 initiatives across the
 * seven areas, and a year of contributions of all five kinds through the real ledger.
 * Does nothing when the demo accounts are already there.
 */
export async function seedDemo(db: Db, opts: { log?: (msg: string) => void } = {}): Promise<boolean> {
  if (await alreadySeeded(db)) return false;
  const ids = await seedPeopleAndOrganisations(db);
  const initiatives = await seedInitiatives(db, ids);
  const count = await seedContributions(db, ids, initiatives);
  const opportunities = await seedVolunteering(db, ids, initiatives, new LedgerWriter(db));
  opts.log?.(`demo: ${ids.users.size} people, ${ids.orgs.size} organisations, ${initiatives.length} initiatives, ${count} contributions, ${opportunities.length} volunteer opportunities`);
  return true;
}

/**
 * First-run demo data: only into an empty embedded (SQLite) database, never on PostgreSQL and
 * never in production. `npm run seed:demo` loads it explicitly elsewhere.
 */
export async function seedDemoIfEmpty(db: Db, config: Config, log: FastifyBaseLogger): Promise<void> {
  if (!config.demoData || config.env === 'production' || dialectOf(db) !== 'sqlite') return;
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return;
  await seedDemo(db, { log: (m) => log.info(m) });
  log.info(`Demo data loaded. Sign in as ${DEMO_USERS.map((u) => u.email).join(', ')} with password "${DEMO_PASSWORD}".`);
}
