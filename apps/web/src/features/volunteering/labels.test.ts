// Durations read naturally in both languages (Arabic's six plural forms); skills match the shared
// list by code or name; lists, links and codes are read the way people paste and type them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import { resources } from '../../locales/resources.ts';
import type { MyShift, Skill } from './api.ts';
import { feedAddresses } from './components/CalendarPanel.tsx';
import { invalidRows } from './components/AvailabilityRows.tsx';
import { normaliseCode } from './components/CheckInForm.tsx';
import { audienceNoticeOf } from './components/ShiftItem.tsx';
import { organisationsOf, yearsOf } from './components/IssueCertificateForm.tsx';
import { skillQueryOf } from './components/OpportunityFilters.tsx';
import { cleanTags, splitSkills } from './components/SkillsField.tsx';
import { formatDuration, mapUrl, skillLabel } from './labels.ts';
import { isEmptyImpact } from './pages/ImpactPage.tsx';
import { splitShifts } from './pages/MyVolunteeringPage.tsx';
import { certificateTokenOf } from './pages/VerifyCertificatePage.tsx';

const i18n = i18next.createInstance();
await i18n.init({ resources, lng: 'en', fallbackLng: 'ar', ns: ['volunteering'], interpolation: { escapeValue: false }, initAsync: false });
const tAr = i18n.getFixedT('ar');
const tEn = i18n.getFixedT('en');

const SKILLS: Skill[] = [
  { code: 'first_aid', nameAr: 'الإسعافات الأولية', nameEn: 'First aid' },
  { code: 'elderly_care', nameAr: 'رعاية كبار السن', nameEn: 'Elderly care' },
];

describe('formatDuration', () => {
  it('writes hours and minutes in English', () => {
    assert.equal(formatDuration(tEn, 60, 'en'), '1 hour');
    assert.equal(formatDuration(tEn, 150, 'en'), '2 hours 30 minutes');
    assert.equal(formatDuration(tEn, 45, 'en'), '45 minutes');
    assert.equal(formatDuration(tEn, 61, 'en'), '1 hour 1 minute');
  });

  it('uses the Arabic forms for one, two, a few and many', () => {
    assert.equal(formatDuration(tAr, 60, 'ar'), 'ساعة واحدة');
    assert.equal(formatDuration(tAr, 120, 'ar'), 'ساعتان');
    assert.equal(formatDuration(tAr, 180, 'ar'), '3 ساعات');
    assert.equal(formatDuration(tAr, 11 * 60, 'ar'), '11 ساعة');
    assert.equal(formatDuration(tAr, 150, 'ar'), 'ساعتان و30 دقيقة');
    assert.equal(formatDuration(tAr, 2, 'ar'), 'دقيقتان');
    assert.equal(formatDuration(tAr, 5, 'ar'), '5 دقائق');
  });
});

describe('skills', () => {
  it('shows a listed skill in the UI language, by code or either name', () => {
    assert.deepEqual(skillLabel('first_aid', SKILLS, 'ar'), { text: 'الإسعافات الأولية', lang: 'ar' });
    assert.deepEqual(skillLabel('Elderly care', SKILLS, 'ar'), { text: 'رعاية كبار السن', lang: 'ar' });
    assert.deepEqual(skillLabel('رعاية كبار السن', SKILLS, 'en'), { text: 'Elderly care', lang: 'en' });
    assert.deepEqual(skillLabel('Beekeeping', SKILLS, 'en'), { text: 'Beekeeping' });
  });

  it('sends the code for a listed skill and the text for any other', () => {
    assert.equal(skillQueryOf(' first aid ', SKILLS), 'first_aid');
    assert.equal(skillQueryOf('الإسعافات الأولية', SKILLS), 'first_aid');
    assert.equal(skillQueryOf('Carpentry', SKILLS), 'Carpentry');
  });

  it('splits a profile’s skills into listed codes and free text, without duplicates', () => {
    assert.deepEqual(splitSkills(['First aid', 'first_aid', 'Carpentry', ' Carpentry', 'elderly_care'], SKILLS), { listed: ['first_aid', 'elderly_care'], other: ['Carpentry'] });
  });
});

describe('free-text skills', () => {
  it('splits pasted text on commas (Arabic too), trims and drops repeats', () => {
    assert.deepEqual(cleanTags(['تربية النحل،', 'Beekeeping, Carpentry', ' Carpentry ', ';']), ['تربية النحل', 'Beekeeping', 'Carpentry']);
  });
});

describe('audience notice before signing up', () => {
  it('warns for women-only and men-only opportunities, in both languages, and not otherwise', () => {
    assert.deepEqual((['everyone', 'women', 'men', 'families'] as const).map(audienceNoticeOf), [null, 'women', 'men', null]);
    assert.equal(tEn('volunteering:signUp.audienceNotice.women'), 'This opportunity is for women only — the organiser may ask you to change shift.');
    assert.equal(tEn('volunteering:signUp.audienceNotice.men'), 'This opportunity is for men only — the organiser may ask you to change shift.');
    assert.equal(tAr('volunteering:signUp.audienceNotice.women'), 'هذه الفرصة للنساء فقط — قد يطلب منك المنظّم تغيير الوردية.');
    assert.equal(tAr('volunteering:signUp.audienceNotice.men'), 'هذه الفرصة للرجال فقط — قد يطلب منك المنظّم تغيير الوردية.');
  });
});

describe('lists and codes', () => {
  const ORG = { id: 'org-1', nameAr: 'جمعية بيت الخير', nameEn: 'Beit Al Khair Society' };
  const shift = (id: string, startsAt: string, endsAt: string, organisation: MyShift['opportunity']['organisation'] = ORG): MyShift =>
    ({ id, status: 'confirmed', shiftId: id, startsAt, endsAt, opportunity: { id: 'o', titleAr: null, titleEn: 't', emirate: 'dubai', organisation } });

  it('splits my shifts into upcoming (soonest first) and past (latest first)', () => {
    const now = Date.parse('2026-05-10T12:00:00Z');
    const items = [
      shift('a', '2026-05-01T06:00:00Z', '2026-05-01T09:00:00Z'),
      shift('b', '2026-05-20T06:00:00Z', '2026-05-20T09:00:00Z'),
      shift('c', '2026-05-10T10:00:00Z', '2026-05-10T13:00:00Z'),
      shift('d', '2026-05-05T06:00:00Z', '2026-05-05T09:00:00Z'),
    ];
    const { upcoming, past } = splitShifts(items, now);
    assert.deepEqual(upcoming.map((s) => s.id), ['c', 'b']);
    assert.deepEqual(past.map((s) => s.id), ['d', 'a']);
  });

  it('offers the Dubai years of verified shifts, latest first', () => {
    const items = [shift('a', '2025-12-31T21:00:00Z', '2025-12-31T23:00:00Z'), shift('b', '2025-06-01T06:00:00Z', '2025-06-01T09:00:00Z')];
    assert.deepEqual(yearsOf(items), [2026, 2025]);
    assert.deepEqual(yearsOf([], new Date('2027-03-01T00:00:00Z')), [2027]);
  });

  it('offers each organisation of my verified shifts once, by the names /me/shifts gives', () => {
    const other = { id: 'org-2', nameAr: 'هيئة الهلال الأحمر', nameEn: null };
    const items = [shift('a', '2026-01-01T06:00:00Z', '2026-01-01T09:00:00Z'), shift('b', '2026-02-01T06:00:00Z', '2026-02-01T09:00:00Z', other), shift('c', '2026-03-01T06:00:00Z', '2026-03-01T09:00:00Z')];
    assert.deepEqual(organisationsOf(items), [ORG, other]);
    assert.deepEqual(organisationsOf([]), []);
  });

  it('finds availability rows that end before they start', () => {
    assert.deepEqual(invalidRows([{ weekday: 1, from: '09:00', to: '12:00' }, { weekday: 2, from: '14:00', to: '13:00' }, { weekday: 3, from: '', to: '10:00' }]), [1, 2]);
  });

  it('reads a certificate token from a code or its verification link', () => {
    const token = 'AbC_12-xyzAbC_12-xyzAbC_12-xyzAB';
    assert.equal(certificateTokenOf(token), token);
    assert.equal(certificateTokenOf(`https://ataa.example/verify/certificates/${token}`), token);
    assert.equal(certificateTokenOf(`https://ataa.example/verify/certificates/${token}/?x=1`), token);
    assert.equal(certificateTokenOf('short'), null);
    assert.equal(certificateTokenOf('not a token at all!'), null);
  });

  it('makes the calendar feed absolute and offers webcal://', () => {
    assert.deepEqual(feedAddresses({ url: '/api/v1/calendar/t.ics' }, 'https://ataa.example'), { https: 'https://ataa.example/api/v1/calendar/t.ics', webcal: 'webcal://ataa.example/api/v1/calendar/t.ics' });
    assert.equal(feedAddresses({ url: 'http://x.test/c.ics', webcalUrl: 'webcal://x.test/c.ics' }, 'https://y').webcal, 'webcal://x.test/c.ics');
  });

  it('reads an on-site code as typed off a sign', () => {
    assert.equal(normaliseCode(' ab3 k9m '), 'AB3K9M');
    assert.equal(normaliseCode('ab3-k9m'), 'AB3K9M');
  });

  it('links a point to OpenStreetMap', () => {
    assert.equal(mapUrl(25.1125, 55.2006), 'https://www.openstreetmap.org/?mlat=25.11250&mlon=55.20060#map=16/25.11250/55.20060');
  });

  it('knows an impact with nothing in it', () => {
    const zero = { time: { minutes: 0, valueFils: 0 }, expertise: { minutes: 0, valueFils: 0 }, knowledge: { sessions: 0, minutes: 0, valueFils: 0 }, money: { valueFils: 0 }, inKind: { valueFils: 0 }, totals: { hours: 0, valueFils: 0 }, recent: [] };
    assert.equal(isEmptyImpact(zero), true);
    assert.equal(isEmptyImpact({ ...zero, totals: { hours: 0, valueFils: 500 } }), false);
  });
});
