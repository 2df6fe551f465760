import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';
import { liveInitiative } from '../../../test/ledger.ts';
import { attendedShift, opportunity, TIME_NEED, verifyAttendance } from '../../../test/verified-hours.ts';
import { buildApp } from '../../app.ts';

const CHROMIUM = '/usr/bin/chromium';

for (const dialect of dialects()) {
  describe(`certificates of verified hours (${dialect})`, () => {
    let t: TestApp;
    let holder: SignedInClient;
    let orgA: string;
    let orgB: string;
    // Shifts: A1 150 min and A2 90 min verified (2026), A3 only claimed; B1 120 min verified on
    // 1 January 2026 in Dubai (still 31 December in UTC); B2 60 min verified in 2025.
    const s: Record<string, { shiftId: string; attendanceId: string }> = {};
    const issue = (who: SignedInClient, body: Record<string, unknown>) => who.post('/api/v1/me/certificates', body);

    before(async () => {
      t = await createTestApp(dialect);
      holder = await t.user({ name: 'Maryam Volunteer-Holder' });
      const a = await liveInitiative(t, { hours: TIME_NEED });
      const b = await liveInitiative(t, { hours: TIME_NEED });
      orgA = a.orgId;
      orgB = b.orgId;
      await t.db.updateTable('organisations').set({ name_ar: 'جمعية النور', name_en: 'Al Noor Society' }).where('id', '=', orgA).execute();
      await t.db.updateTable('organisations').set({ name_ar: 'بيت الخير', name_en: 'Beit Al Khair' }).where('id', '=', orgB).execute();
      const oppA = await opportunity(a.owner, orgA, a.initiativeId, a.needs.hours.id);
      const oppB = await opportunity(b.owner, orgB, b.initiativeId, b.needs.hours.id, { titleAr: 'تنظيف الشاطئ', titleEn: 'Beach clean-up' });
      const at = (opportunityId: string, organisationId: string, startsAt: string, minutes: number, status?: string) => attendedShift(t, { opportunityId, organisationId, userId: holder.userId, startsAt, minutes, status });
      s.A1 = await at(oppA, orgA, '2026-03-10T06:00:00Z', 150);
      s.A2 = await at(oppA, orgA, '2026-04-02T06:00:00Z', 90);
      s.A3 = await at(oppA, orgA, '2026-05-01T06:00:00Z', 60, 'claimed');
      s.B1 = await at(oppB, orgB, '2025-12-31T21:00:00Z', 120);
      s.B2 = await at(oppB, orgB, '2025-06-01T06:00:00Z', 60);
    });
    after(async () => { await t.close(); });

    it('issues a certificate per scope with the verified minutes, issuer and period', async () => {
      const shift = await issue(holder, { scope: 'shift', shiftId: s.A1!.shiftId });
      assert.equal(shift.status, 201, JSON.stringify(shift.body));
      assert.deepEqual([shift.body.minutes, shift.body.hours, shift.body.issuerAr, shift.body.issuerEn, shift.body.periodFrom, shift.body.periodTo], [150, 2.5, 'جمعية النور', 'Al Noor Society', '2026-03-10', '2026-03-10']);
      const org = await issue(holder, { scope: 'organisation', organisationId: orgA });
      assert.deepEqual([org.status, org.body.minutes, org.body.periodFrom, org.body.periodTo], [201, 240, '2026-03-10', '2026-04-02'], 'claimed hours do not count');
      const year = await issue(holder, { scope: 'year', year: 2026 });
      assert.deepEqual([year.body.minutes, year.body.issuerAr, year.body.issuerEn, year.body.periodFrom, year.body.periodTo], [360, 'عطاء', 'Ataa', '2026-01-01', '2026-04-02'], 'the year is the Dubai calendar year');
      assert.equal((await issue(holder, { scope: 'year', year: 2025 })).body.minutes, 60);
      const audit = await t.db.selectFrom('audit_events').select('action').where('action', '=', 'certificate.issue').execute();
      assert.equal(audit.length, 4, 'each issue is audited');
    });

    it('answers the same certificate for the same snapshot, and a new one once more hours are verified', async () => {
      const first = await issue(holder, { scope: 'organisation', organisationId: orgA });
      const again = await issue(holder, { scope: 'organisation', organisationId: orgA });
      assert.equal(again.status, 200);
      assert.equal(again.body.id, first.body.id);
      await verifyAttendance(t, s.A3!.attendanceId, 45);
      const grown = await issue(holder, { scope: 'organisation', organisationId: orgA });
      assert.equal(grown.status, 201);
      assert.notEqual(grown.body.id, first.body.id);
      assert.equal(grown.body.minutes, 285);
      assert.equal(grown.body.periodTo, '2026-05-01');
      const list = await holder.get('/api/v1/me/certificates');
      assert.equal(list.status, 200);
      assert.deepEqual(list.body.items.filter((c: any) => c.scope === 'organisation').map((c: any) => c.minutes), [285, 240], 'newest first; the earlier one still stands');
    });

    it('refuses to certify where there are no verified hours (409)', async () => {
      const newcomer = await t.user();
      for (const body of [{ scope: 'year', year: 2026 }, { scope: 'organisation', organisationId: orgA }, { scope: 'shift', shiftId: s.A1!.shiftId }]) {
        const r = await issue(newcomer, body);
        assert.equal(r.status, 409, JSON.stringify(body));
        assert.equal(r.body.error.code, 'certificate.no_verified_hours');
      }
      assert.equal((await issue(holder, { scope: 'year', year: 2024 })).body.error.code, 'certificate.no_verified_hours');
      const wrong = await issue(holder, { scope: 'shift', organisationId: orgA });
      assert.equal(wrong.status, 400);
      assert.deepEqual(wrong.body.error.details.fields.map((f: any) => [f.path, f.code]).sort(), [['organisationId', 'validation.invalid_value'], ['shiftId', 'validation.required']]);
      assert.equal((await t.client().post('/api/v1/me/certificates', { scope: 'year', year: 2026 })).status, 401);
    });

    it('shows the bilingual certificate to its holder only', async () => {
      const c = (await issue(holder, { scope: 'shift', shiftId: s.A1!.shiftId })).body;
      const html = await holder.get(`/api/v1/me/certificates/${c.id}/html`);
      assert.equal(html.status, 200);
      assert.match(String(html.headers['content-type']), /text\/html/);
      for (const text of ['شهادة ساعات تطوعية', 'Certificate of volunteer hours', 'Maryam Volunteer-Holder', 'جمعية النور', 'Al Noor Society', 'توزيع وجبات الإفطار', 'Iftar meal distribution', '2.5', '150 minutes', c.verifyUrl, '<svg', 'dir="rtl"', 'dir="ltr"']) {
        assert.ok(html.body.includes(text), `the certificate shows ${text}`);
      }
      assert.match(c.verifyUrl, /\/verify\/certificates\/[A-Za-z0-9_-]{32}$/);
      assert.ok(html.body.indexOf('شهادة ساعات تطوعية') < html.body.indexOf('Certificate of volunteer hours'), 'Arabic first');
      const transcript = (await issue(holder, { scope: 'year', year: 2026 })).body;
      const th = (await holder.get(`/api/v1/me/certificates/${transcript.id}/html`)).body as string;
      for (const text of ['السجل السنوي للعمل التطوعي لعام 2026', 'Annual volunteering transcript 2026', 'Hours by organisation', 'Beit Al Khair', 'بيت الخير', 'Al Noor Society']) assert.ok(th.includes(text), `the transcript shows ${text}`);
      const stranger = await t.user();
      for (const path of ['', '/html', '/pdf']) {
        assert.equal((await stranger.get(`/api/v1/me/certificates/${c.id}${path}`)).status, 404, `a stranger gets 404 for ${path || 'the certificate'}`);
        assert.equal((await t.client().get(`/api/v1/me/certificates/${c.id}${path}`)).status, 401);
      }
      assert.equal((await holder.get(`/api/v1/me/certificates/${c.id}`)).body.minutes, 150);
      assert.ok(!(await stranger.get('/api/v1/me/certificates')).body.items.length, "nobody lists another person's certificates");
    });

    it('verifies publicly: hours, issuer and period, never who holds it', async () => {
      const c = (await issue(holder, { scope: 'organisation', organisationId: orgB })).body;
      const token = c.verifyUrl.split('/').pop();
      const r = await t.client().get(`/api/v1/certificates/verify/${token}`);
      assert.equal(r.status, 200);
      assert.deepEqual(Object.keys(r.body).sort(), ['hours', 'issuedAt', 'issuerAr', 'issuerEn', 'minutes', 'periodFrom', 'periodTo', 'scope', 'valid']);
      assert.deepEqual([r.body.valid, r.body.hours, r.body.minutes, r.body.issuerEn, r.body.periodFrom, r.body.periodTo], [true, 3, 180, 'Beit Al Khair', '2025-06-01', '2026-01-01']);
      const raw = JSON.stringify(r.body);
      for (const secret of ['Maryam', 'Volunteer-Holder', holder.email, holder.userId, c.id]) assert.ok(!raw.includes(secret), `the public check never shows ${secret}`);
      const unknown = await t.client().get('/api/v1/certificates/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'certificate.not_found');
      assert.equal((await t.client().get('/api/v1/certificates/verify/not-a-token')).status, 404);
    });

    it('prints the certificate as PDF with Chromium, or says which package is missing', async () => {
      const c = (await issue(holder, { scope: 'shift', shiftId: s.B1!.shiftId })).body;
      const have = fs.existsSync(CHROMIUM);
      if (have || process.env.CI === 'true') {
        const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/me/certificates/${c.id}/pdf`, headers: { cookie: holder.cookie! } });
        assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 300));
        assert.equal(pdf.headers['content-type'], 'application/pdf');
        assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      }
      const without = await buildApp({ config: { ...t.config, chromiumPath: '/nonexistent/chromium' }, db: t.db, webDist: null });
      try {
        const r = await without.inject({ method: 'GET', url: `/api/v1/me/certificates/${c.id}/pdf`, headers: { cookie: holder.cookie! } });
        assert.equal(r.statusCode, 503);
        assert.equal(r.json().error.code, 'certificate.pdf_unavailable');
        assert.match(r.json().error.message, /apt-get install chromium/);
      } finally {
        await without.close();
      }
    });
  });
}
