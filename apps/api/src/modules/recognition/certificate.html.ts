import { escapeHtml as esc } from '../../platform/pdf.ts';
import type { CertificateRow } from '../../platform/db/schema.ts';
import { certificateNumber, hoursOf } from './certificates.presenter.ts';

export interface CertificateDocument {
  certificate: CertificateRow;
  holderName: string;
  /** For a shift certificate: what the shift was for. */
  shiftTitle: { ar: string | null; en: string | null } | null;
  /** For the yearly transcript: verified minutes per organisation. */
  byOrganisation: { nameAr: string | null; nameEn: string | null; minutes: number }[];
  verifyUrl: string;
  qrSvg: string;
}

// `ar-AE` like the receipts: Arabic text with the digits people in the UAE read on official papers.
const num = (n: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
// Periods are calendar dates (already in Dubai time), so they are formatted as UTC dates.
const day = (isoDate: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
const instant = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Dubai' }).format(new Date(iso));

const period = (c: CertificateRow, l: 'ar' | 'en') => {
  const locale = l === 'ar' ? 'ar-AE' : 'en-AE';
  if (c.period_from === c.period_to) return day(c.period_from, locale);
  return l === 'ar' ? `من ${day(c.period_from, locale)} إلى ${day(c.period_to, locale)}` : `${day(c.period_from, locale)} to ${day(c.period_to, locale)}`;
};

const hoursText = (minutes: number, l: 'ar' | 'en') =>
  l === 'ar' ? `${num(hoursOf(minutes), 'ar-AE')} <small>(${num(minutes, 'ar-AE')} دقيقة)</small>` : `${num(hoursOf(minutes), 'en-AE')} <small>(${num(minutes, 'en-AE')} minutes)</small>`;

function section(d: CertificateDocument, l: 'ar' | 'en'): string {
  const c = d.certificate;
  const ar = l === 'ar';
  const locale = ar ? 'ar-AE' : 'en-AE';
  const title = c.scope === 'year'
    ? (ar ? `السجل السنوي للعمل التطوعي لعام ${c.year}` : `Annual volunteering transcript ${c.year}`)
    : (ar ? 'شهادة ساعات تطوعية' : 'Certificate of volunteer hours');
  const issuer = ar ? c.issuer_ar : c.issuer_en;
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
  const shift = d.shiftTitle ? esc((ar ? d.shiftTitle.ar ?? d.shiftTitle.en : d.shiftTitle.en ?? d.shiftTitle.ar) ?? '') : '';
  const orgs = d.byOrganisation.length
    ? `<h3>${ar ? 'الساعات حسب الجهة' : 'Hours by organisation'}</h3><table class="orgs">${d.byOrganisation
      .map((o) => `<tr><td>${esc(ar ? o.nameAr ?? o.nameEn : o.nameEn ?? o.nameAr)}</td><td class="num">${num(hoursOf(o.minutes), locale)}</td></tr>`).join('')}</table>`
    : '';
  return `<section lang="${l}" dir="${ar ? 'rtl' : 'ltr'}">
<h1>${title}</h1>
<p class="lead">${ar ? 'تُمنح هذه الشهادة إلى' : 'This certificate is awarded to'}</p>
<p class="holder">${esc(d.holderName)}</p>
<p class="lead">${ar ? 'تقديرًا للعطاء التطوعي الذي وثّقته الجهة المانحة' : 'in recognition of volunteer service verified by the issuer'}</p>
<table>
${row(ar ? 'الساعات الموثّقة' : 'Verified hours', hoursText(c.minutes, l))}
${row(ar ? 'الجهة المانحة' : 'Issued by', esc(issuer))}
${shift ? row(ar ? 'الفرصة التطوعية' : 'Opportunity', shift) : ''}
${row(ar ? 'الفترة' : 'Period', period(c, l))}
${row(ar ? 'تاريخ الإصدار' : 'Issued on', instant(c.issued_at, locale))}
${row(ar ? 'رقم الشهادة' : 'Certificate No.', `<span dir="ltr">${certificateNumber(c.id)}</span>`)}
</table>
${orgs}
</section>`;
}

/**
 * A bilingual certificate, Arabic first (right-to-left) then English (left-to-right), with the
 * QR code of its public verification page. Fonts are the Debian packages Chromium prints with
 * (Noto, Amiri); nothing is fetched, so the page prints offline exactly as it shows.
 */
export function renderCertificateHtml(d: CertificateDocument): string {
  const n = certificateNumber(d.certificate.id);
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>شهادة ${n} · Certificate ${n}</title>
<style>
  body { font-family: 'Noto Naskh Arabic', 'Amiri', 'Noto Sans', sans-serif; color: #14213d; margin: 0; padding: 24px; }
  .frame { border: 3px double #0b6e4f; padding: 18px 24px; }
  .brand { text-align: center; color: #0b6e4f; font-weight: 700; letter-spacing: .5px; }
  .sections { display: flex; gap: 32px; } section { flex: 1; }
  section[dir="ltr"] { text-align: left; } section[dir="rtl"] { text-align: right; }
  h1 { font-size: 20px; margin: 8px 0 10px; color: #0b6e4f; } h3 { font-size: 13px; margin: 12px 0 4px; }
  .lead { margin: 4px 0; font-size: 13px; color: #4a5568; } .holder { font-size: 22px; font-weight: 700; margin: 6px 0; }
  table { width: 100%; border-collapse: collapse; font-size: 13px; } th, td { padding: 5px 6px; border-block-end: 1px solid #d9dee8; vertical-align: top; }
  th { color: #4a5568; font-weight: 600; white-space: nowrap; width: 36%; } section[dir="ltr"] th, section[dir="ltr"] td { text-align: left; }
  .orgs td.num { text-align: end; white-space: nowrap; }
  footer { display: flex; gap: 16px; align-items: center; margin-block-start: 16px; font-size: 11px; color: #4a5568; } footer svg { width: 96px; height: 96px; }
  .url { direction: ltr; unicode-bidi: embed; word-break: break-all; } .en { direction: ltr; text-align: left; }
</style></head><body><div class="frame">
<div class="brand">عطاء · Ataa</div>
<div class="sections">
${section(d, 'ar')}
${section(d, 'en')}
</div>
<footer>${d.qrSvg}<div><p>للتحقق من صحة هذه الشهادة امسح الرمز أو افتح الرابط:</p><p class="en">To check this certificate is genuine, scan the code or open:</p><p class="url">${esc(d.verifyUrl)}</p><p class="url">${esc(d.certificate.id)}</p></div></footer>
</div></body></html>`;
}
