// Bad input on every write route gets a 400 with the error shape and changes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';

interface Spec {
  method: 'POST' | 'PATCH' | 'PUT';
  url: string;
  /** A valid body (proved valid at the end). */
  valid: Record<string, unknown>;
  names?: string[];
  emails?: string[];
  /** `{}` is valid for routes whose fields are all optional. */
  emptyIsValid?: boolean;
}

const BAD_NAMES: [string, string][] = [
  ['<script>alert(1)</script>', 'validation.markup_not_allowed'],
  ['بيت\u202Eالخير', 'validation.invisible_characters'],
  ['بيت\u2067الخير', 'validation.invisible_characters'],
  ['بيت\u200Bالخير', 'validation.invisible_characters'],
  ['Beit\uFEFFAl Khair', 'validation.invisible_characters'],
];

const TABLES = ['users', 'organisations', 'memberships', 'invitations', 'api_tokens', 'password_resets', 'audit_events', 'outbox_messages'] as const;

for (const dialect of dialects()) {
  describe(`bad input on write routes (${dialect})`, () => {
    let t: TestApp;
    let admin: SignedInClient;
    let specs: Spec[];

    /** Everything in every table (sessions only counted: reading them may refresh last-seen). */
    async function snapshot(): Promise<string> {
      const parts: unknown[] = [];
      for (const table of TABLES) parts.push(await t.db.selectFrom(table).selectAll().execute().then((rows) => rows.map((r) => JSON.stringify(r)).sort()));
      parts.push((await t.db.selectFrom('sessions').select('id_hash').execute()).length);
      return JSON.stringify(parts);
    }

    before(async () => {
      t = await createTestApp(dialect);
      admin = await t.user({ platformRole: 'admin' });
      const org = await t.organisation(admin);
      const org2 = await t.organisation(admin);
      const other = await t.user();
      await t.addMember(admin, org.id, other, 'member');
      const fw = (await admin.post('/api/v1/frameworks', { code: 'bad_input_fw', level: 'organisation', nameAr: 'إطار', nameEn: 'Framework' })).body;
      const pr = (await admin.post('/api/v1/priorities', { frameworkId: fw.id, code: 'p1', titleAr: 'أولوية', titleEn: 'Priority' })).body;
      const sdg4 = (await admin.get('/api/v1/priorities?q=Quality education')).body.items[0];
      const ini = (await admin.post(`/api/v1/organisations/${org.id}/initiatives`, { titleAr: 'مبادرة', emirate: 'dubai', priorityIds: [sdg4.id] })).body;
      const need = (await admin.post(`/api/v1/initiatives/${ini.id}/needs`, { kind: 'time', targetHours: 10 })).body;
      const live = (await admin.post(`/api/v1/organisations/${org.id}/initiatives`, { titleAr: 'مبادرة جارية', emirate: 'dubai', priorityIds: [sdg4.id] })).body;
      const money = (await admin.post(`/api/v1/initiatives/${live.id}/needs`, { kind: 'money', targetFils: 10_000_000, designations: ['general', 'zakat'] })).body;
      const liveTime = (await admin.post(`/api/v1/initiatives/${live.id}/needs`, { kind: 'time', targetHours: 50 })).body;
      const liveExpertise = (await admin.post(`/api/v1/initiatives/${live.id}/needs`, { kind: 'expertise', targetHours: 20, skill: 'Accounting', level: 'senior' })).body;
      const liveKnowledge = (await admin.post(`/api/v1/initiatives/${live.id}/needs`, { kind: 'knowledge', format: 'mentoring', unit: 'sessions', target: 10 })).body;
      for (const action of ['submit', 'approve', 'activate']) {
        // The admin owns the organisation, so a second admin approves (no self-review).
        const who = action === 'approve' ? await t.user({ platformRole: 'reviewer' }) : admin;
        await who.post(`/api/v1/initiatives/${live.id}/transitions`, { action });
      }
      const opp = (await admin.post(`/api/v1/organisations/${org.id}/opportunities`, { initiativeId: live.id, needId: liveTime.id, titleAr: 'فرصة', emirate: 'dubai' })).body;
      const shiftId = (await admin.post(`/api/v1/opportunities/${opp.id}/shifts`, { startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), endsAt: new Date(Date.now() + 5 * 86_400_000 + 7_200_000).toISOString(), capacity: 3 })).body.items[0].id;
      const pledged = (await admin.post('/api/v1/contributions', { needId: money.id, kind: 'money', quantity: 1000, currency: 'AED' })).body;
      const mentorship = (await admin.post(`/api/v1/organisations/${org.id}/mentorships`, { needId: liveKnowledge.id, mentorEmail: other.email, menteeNames: ['Sara Ahmed'] })).body;
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      const noSuchId = '00000000-0000-4000-8000-000000000000';
      specs = [
        { method: 'POST', url: '/api/v1/auth/sign-up', valid: { email: 'new.person@example.test', password: 'a-long-password', displayName: 'New Person', locale: 'ar' }, names: ['displayName'], emails: ['email'] },
        { method: 'POST', url: '/api/v1/auth/sign-in', valid: { email: admin.email, password: 'correct-horse-battery' }, emails: ['email'] },
        { method: 'POST', url: '/api/v1/auth/password', valid: { currentPassword: 'correct-horse-battery', newPassword: 'correct-horse-battery' } },
        { method: 'POST', url: '/api/v1/auth/password-resets', valid: { email: 'nobody.here@example.test' }, emails: ['email'] },
        { method: 'POST', url: '/api/v1/auth/password-resets/confirm', valid: { token: 'x'.repeat(43), newPassword: 'a-long-password' } },
        { method: 'PATCH', url: '/api/v1/session', valid: { actingOrganisationId: null } },
        { method: 'PATCH', url: '/api/v1/me', valid: { displayName: 'Admin Person', locale: 'en' }, names: ['displayName'], emptyIsValid: true },
        { method: 'POST', url: '/api/v1/me/tokens', valid: { name: 'Script', scopes: ['read'], expiresInDays: 10 }, names: ['name'] },
        { method: 'POST', url: '/api/v1/organisations', valid: { type: 'nonprofit', nameAr: 'جمعية جديدة', nameEn: 'New Society', descriptionAr: 'وصف', emirate: 'ajman', website: 'https://example.org' }, names: ['nameAr', 'nameEn'] },
        { method: 'PATCH', url: `/api/v1/organisations/${org.id}`, valid: { nameEn: 'Edited Society', emirate: 'fujairah' }, names: ['nameAr', 'nameEn'], emptyIsValid: true },
        { method: 'POST', url: `/api/v1/organisations/${org.id}/decision`, valid: { decision: 'reject', reason: 'Licence expired' } },
        { method: 'PATCH', url: `/api/v1/organisations/${org.id}/members/${other.userId}`, valid: { role: 'manager' } },
        { method: 'POST', url: `/api/v1/organisations/${org.id}/invitations`, valid: { email: 'invitee@example.test', role: 'member' }, emails: ['email'] },
        { method: 'PATCH', url: `/api/v1/admin/users/${other.userId}`, valid: { platformRole: 'reviewer' } },
        { method: 'POST', url: '/api/v1/frameworks', valid: { code: 'new_fw', level: 'local', nameAr: 'أجندة محلية', nameEn: 'Local agenda', source: 'Municipality', sourceUrl: 'https://example.org', licence: 'CC-BY' }, names: ['nameAr', 'nameEn'] },
        { method: 'PATCH', url: `/api/v1/frameworks/${fw.id}`, valid: { nameEn: 'Renamed framework', level: 'platform' }, names: ['nameAr', 'nameEn'], emptyIsValid: true },
        { method: 'POST', url: '/api/v1/frameworks/import', valid: { format: 'csv', code: 'csv_fw', level: 'local', nameAr: 'إطار مستورد', nameEn: 'Imported', csv: 'code,parent_code,title_ar,title_en\na,,أ,A\n' }, names: ['nameAr', 'nameEn'] },
        { method: 'POST', url: '/api/v1/priorities', valid: { frameworkId: fw.id, code: 'p2', titleAr: 'ثانية', titleEn: 'Second', position: 2 } },
        { method: 'PATCH', url: `/api/v1/priorities/${pr.id}`, valid: { titleEn: 'Edited', position: 3 }, emptyIsValid: true },
        { method: 'POST', url: '/api/v1/priority-links', valid: { fromPriorityId: pr.id, toPriorityId: sdg4.id } },
        { method: 'POST', url: `/api/v1/organisations/${org.id}/initiatives`, valid: { titleAr: 'مبادرة جديدة', titleEn: 'New initiative', emirate: 'dubai', areaAr: 'القوز', areaEn: 'Al Quoz', startDate: '2026-01-01', endDate: '2026-02-01', priorityIds: [sdg4.id] }, names: ['titleAr', 'titleEn', 'areaAr', 'areaEn'] },
        { method: 'PATCH', url: `/api/v1/initiatives/${ini.id}`, valid: { titleEn: 'Edited', areaEn: 'Al Quoz' }, names: ['titleAr', 'titleEn'], emptyIsValid: true },
        { method: 'POST', url: `/api/v1/initiatives/${ini.id}/needs`, valid: { kind: 'money', titleAr: 'تبرع', titleEn: 'Gift', targetFils: 100000, designations: ['zakat'] }, names: ['titleAr', 'titleEn'] },
        { method: 'PATCH', url: `/api/v1/initiatives/${ini.id}/needs/${need.id}`, valid: { deadline: '2026-12-01', priorityOrder: 1 }, emptyIsValid: true },
        { method: 'POST', url: `/api/v1/initiatives/${ini.id}/transitions`, valid: { action: 'close', comment: 'Withdrawn' } },
        { method: 'POST', url: '/api/v1/contributions', valid: { needId: money.id, kind: 'money', quantity: 5000, currency: 'AED', designation: 'zakat', visibility: 'anonymous', method: 'bank_transfer', note: 'شكراً' } },
        { method: 'POST', url: `/api/v1/organisations/${org.id}/contributions`, valid: { needId: money.id, kind: 'money', quantity: 5000, currency: 'AED', contributorName: 'Cash donor', reference: 'RC-1', method: 'cash' }, names: ['contributorName'] },
        { method: 'POST', url: `/api/v1/contributions/${pledged.id}/transitions`, valid: { action: 'confirm', reference: 'TRX-1', method: 'bank_transfer' } },
        { method: 'POST', url: '/api/v1/valuation-rules', valid: { kind: 'time', level: null, rateFils: 7500, source: 'New official figure', effectiveFrom: '2027-01-01' } },
        { method: 'POST', url: '/api/v1/me/recurring-pledges', valid: { needId: money.id, amountFils: 10000, currency: 'AED', designation: 'general' } },
        { method: 'PATCH', url: `/api/v1/me/recurring-pledges/${'00000000-0000-4000-8000-000000000000'}`, valid: { status: 'paused' } },
        { method: 'POST', url: `/api/v1/organisations/${org.id}/opportunities`, valid: { initiativeId: live.id, needId: liveTime.id, titleAr: 'توزيع', titleEn: 'Distribution', emirate: 'dubai', areaEn: 'Deira', minAge: 16, skills: ['First aid'], languages: ['ar'] }, names: ['titleAr', 'titleEn', 'areaEn'] },
        { method: 'POST', url: `/api/v1/opportunities/${opp.id}/shifts`, valid: { startsAt: '2027-02-01T10:00:00+04:00', endsAt: '2027-02-01T12:00:00+04:00', capacity: 4 } },
        { method: 'PUT', url: '/api/v1/me/volunteer-profile', valid: { dateOfBirth: '1990-01-01', skills: ['First aid'], languages: ['ar'], emirate: 'dubai', emergencyContact: 'Sara 050' }, emptyIsValid: true },
        { method: 'POST', url: `/api/v1/shifts/${shiftId}/signups`, valid: {}, emptyIsValid: true },
        { method: 'POST', url: '/api/v1/funds', valid: { code: 'where-needed', nameAr: 'صندوق الخير', nameEn: 'Good fund', descriptionAr: 'وصف', designations: ['general'], managingOrganisationId: org2.id }, names: ['nameAr', 'nameEn'] },
        { method: 'PATCH', url: `/api/v1/funds/${'00000000-0000-4000-8000-000000000000'}`, valid: { nameEn: 'Renamed fund', status: 'closed' }, names: ['nameAr', 'nameEn'], emptyIsValid: true },
        { method: 'POST', url: `/api/v1/needs/${liveExpertise.id}/offers`, valid: { proposal: 'I can review the accounts', estimatedHours: 12 } },
        { method: 'POST', url: `/api/v1/offers/${noSuchId}/accept`, valid: { scope: 'Annual accounts review', deliverables: 'A written report' } },
        { method: 'POST', url: `/api/v1/offers/${noSuchId}/decline`, valid: { reason: 'The need is filled' }, emptyIsValid: true },
        { method: 'POST', url: `/api/v1/engagements/${noSuchId}/logs`, valid: { workedOn: yesterday.slice(0, 10), minutes: 90, note: 'Reviewed the ledgers' } },
        { method: 'POST', url: `/api/v1/engagements/${noSuchId}/sign-off`, valid: {}, emptyIsValid: true },
        { method: 'POST', url: `/api/v1/engagements/${noSuchId}/cancel`, valid: { reason: 'The board postponed the work' } },
        { method: 'POST', url: `/api/v1/mentorships/${noSuchId}/end`, valid: { reason: 'The programme finished' }, emptyIsValid: true },
        { method: 'POST', url: `/api/v1/organisations/${org.id}/mentorships`, valid: { needId: liveKnowledge.id, mentorEmail: other.email, menteeNames: ['Sara Ahmed'], topicAr: 'إدارة المشاريع', topicEn: 'Project management' }, names: ['topicAr', 'topicEn'], emails: ['mentorEmail'] },
        { method: 'POST', url: `/api/v1/mentorships/${mentorship.id}/sessions`, valid: { format: 'mentoring', topicEn: 'Budgeting', heldAt: yesterday, minutes: 60, attendeeCount: 3, materialsUrl: 'https://example.org/slides' }, names: ['topicEn'] },
        { method: 'POST', url: `/api/v1/organisations/${org.id}/knowledge-sessions`, valid: { needId: liveKnowledge.id, format: 'workshop', topicAr: 'ورشة الميزانية', heldAt: yesterday, minutes: 120, attendeeCount: 25, materialsUrl: 'https://example.org/workshop' }, names: ['topicAr'] },
        { method: 'POST', url: `/api/v1/knowledge-sessions/${noSuchId}/decision`, valid: { action: 'reject', reason: 'Reported twice' } },
        { method: 'POST', url: '/api/v1/me/certificates', valid: { scope: 'year', year: 2026 } },
        // Shift changes, attendance and decisions (volunteering, issue 5).
        { method: 'PATCH', url: `/api/v1/shifts/${shiftId}`, valid: { startsAt: '2027-03-01T10:00:00+04:00', endsAt: '2027-03-01T13:00:00+04:00', capacity: 4 }, emptyIsValid: true },
        { method: 'POST', url: `/api/v1/shifts/${'00000000-0000-4000-8000-000000000000'}/cancel`, valid: { reason: 'The venue is closed' } },
        { method: 'POST', url: `/api/v1/shifts/${shiftId}/attendance`, valid: { userId: admin.userId, action: 'set', checkedInAt: new Date(Date.now() - 7_200_000).toISOString(), checkedOutAt: new Date(Date.now() - 3_600_000).toISOString() } },
        { method: 'POST', url: `/api/v1/shifts/${shiftId}/check-in`, valid: { code: 'ABC234', action: 'in' } },
        { method: 'POST', url: `/api/v1/shifts/${shiftId}/hours`, valid: { startedAt: new Date(Date.now() - 7_200_000).toISOString(), endedAt: new Date(Date.now() - 3_600_000).toISOString(), note: 'Packed food parcels' } },
        { method: 'POST', url: `/api/v1/attendance/${'00000000-0000-4000-8000-000000000000'}/decision`, valid: { action: 'reject', reason: 'Not on site that day' } },
        { method: 'POST', url: `/api/v1/organisations/${org.id}/attendance/verify`, valid: { ids: ['00000000-0000-4000-8000-000000000000'] } },
        // The volunteer skills list (admins). The code is 36 letters a–f so the coverage check reads it as `:id`.
        { method: 'POST', url: '/api/v1/volunteer-skills', valid: { code: 'bad_input_skill', nameAr: 'مهارة جديدة', nameEn: 'New skill' }, names: ['nameAr', 'nameEn'] },
        { method: 'PATCH', url: `/api/v1/volunteer-skills/${'a'.repeat(36)}`, valid: { nameAr: 'مهارة', nameEn: 'Skill', active: false, sortOrder: 5 }, names: ['nameAr', 'nameEn'], emptyIsValid: true },
      ];
    });
    after(async () => { await t.close(); });

    it('covers every route that takes a body', () => {
      const covered = new Set(specs.map((s) => `${s.method} ${s.url.replace(/[0-9a-f-]{36}/g, ':id')}`));
      const missing = t.app.routeCatalogue
        .filter((r) => r.hasBody)
        .map((r) => `${r.method} ${r.url.replace(/:\w+/g, ':id')}`)
        .filter((k) => !covered.has(k));
      assert.deepEqual(missing, [], 'add these routes to the bad-input specs');
    });

    it('answers 400 with field errors and writes nothing', async () => {
      const before = await snapshot();
      const problems: string[] = [];
      const expect400 = async (spec: Spec, body: unknown, label: string, code?: string, path?: string) => {
        const res = await admin.request(spec.method, spec.url, body);
        if (res.status !== 400 || res.body?.error?.code !== 'validation.failed') {
          problems.push(`${spec.method} ${spec.url} ${label}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          return;
        }
        const fields: { path: string; code: string }[] = res.body.error.details.fields;
        if (code && !fields.some((f) => f.code === code && (!path || f.path === path))) {
          problems.push(`${spec.method} ${spec.url} ${label}: expected ${code} at ${path}, got ${JSON.stringify(fields)}`);
        }
      };
      for (const spec of specs) {
        if (!spec.emptyIsValid) await expect400(spec, {}, 'empty body');
        await expect400(spec, { ...spec.valid, isAdmin: true }, 'extra field', 'validation.unrecognized_keys', 'isAdmin');
        await expect400(spec, [spec.valid], 'array body');
        for (const [field, value] of Object.entries(spec.valid)) {
          const wrong = typeof value === 'string' || value === null ? 12345 : typeof value === 'number' ? 'ten' : { nested: true };
          await expect400(spec, { ...spec.valid, [field]: wrong }, `${field} of the wrong type`, undefined, field);
          if (typeof value === 'string') await expect400(spec, { ...spec.valid, [field]: 'x'.repeat(20_000) }, `${field} oversize`);
        }
        for (const field of spec.names ?? []) {
          for (const [bad, code] of BAD_NAMES) await expect400(spec, { ...spec.valid, [field]: bad }, `${field}=${JSON.stringify(bad)}`, code, field);
        }
        for (const field of spec.emails ?? []) {
          for (const bad of ['not-an-email', 'a@', '@b.ae', 'a b@c.ae']) await expect400(spec, { ...spec.valid, [field]: bad }, `${field}=${bad}`, 'validation.invalid_email', field);
        }
      }
      assert.deepEqual(problems, []);
      assert.equal(await snapshot(), before, 'a rejected request changed the database');
    });

    it('rejects malformed JSON, wrong media types and oversize bodies', async () => {
      const before = await snapshot();
      const headers = { cookie: admin.cookie!, 'x-csrf-token': admin.csrf!, 'content-type': 'application/json' };
      const broken = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers, payload: '{"type": "nonprofit",' });
      assert.equal(broken.statusCode, 400);
      assert.equal(broken.json().error.code, 'validation.failed');
      const big = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers, payload: JSON.stringify({ type: 'nonprofit', nameAr: 'x'.repeat(300_000), emirate: 'dubai' }) });
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().error.code, 'validation.body_too_large');
      const text = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: { ...headers, 'content-type': 'text/plain' }, payload: 'hello' });
      assert.equal(text.statusCode, 415);
      assert.equal(text.json().error.code, 'validation.unsupported_media_type');
      const badId = await admin.get(`/api/v1/organisations/not-a-uuid`);
      assert.equal(badId.status, 400);
      assert.equal(await snapshot(), before);
    });

    it('accepts each valid body (so the failures above are about the bad field alone)', async () => {
      for (const spec of specs) {
        const res = await admin.request(spec.method, spec.url, spec.valid);
        // Passing validation is the point; a business rule may still refuse (e.g. an unknown reset token).
        assert.ok(res.status < 500 && res.body?.error?.code !== 'validation.failed', `${spec.method} ${spec.url}: ${res.status} ${JSON.stringify(res.body)}`);
        if (spec.url === '/api/v1/auth/sign-in') admin.csrf = res.body.csrfToken;
      }
    });
  });
}
