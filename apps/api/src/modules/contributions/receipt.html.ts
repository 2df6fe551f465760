import type { ReceiptRow } from './receipts.service.ts';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const money = (fils: number, locale: string) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'AED' }).format(fils / 100);
const date = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Dubai' }).format(new Date(iso));
const hijri = (iso: string) => new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { dateStyle: 'long', timeZone: 'Asia/Dubai' }).format(new Date(iso));

const DESIGNATION: Record<string, [string, string]> = { zakat: ['زكاة', 'Zakat'], sadaqah: ['صدقة', 'Sadaqah'], waqf: ['وقف', 'Waqf'], general: ['عام', 'General'] };
const STATUS: Record<string, [string, string]> = { confirmed: ['مؤكد', 'Confirmed'], verified: ['مدقق', 'Verified'], refunded: ['مسترد', 'Refunded'], reversed: ['ملغى للتصحيح', 'Reversed'], pledged: ['تعهد', 'Pledged'], cancelled: ['ملغى', 'Cancelled'] };

/**
 * A bilingual receipt, Arabic first (right-to-left) with the English beside it. Fonts are the
 * Debian packages Chromium prints with (Noto, Amiri); no web font is fetched.
 */
export function renderReceiptHtml(r: ReceiptRow, goods: { item?: string; itemUnit?: string }, url: string, qrSvg: string): string {
  const giver = r.giver_name_ar || r.giver_name_en ? `${r.giver_name_ar ?? r.giver_name_en} · ${r.giver_name_en ?? r.giver_name_ar}` : (r.user_name ?? r.contributor_name ?? '—');
  const value = Number(r.value_fils);
  const what = r.kind === 'money'
    ? [money(value, 'ar-AE'), money(value, 'en-AE')]
    : [`${Number(r.quantity)} × ${esc(goods.item ?? '')} (${money(value, 'ar-AE')})`, `${Number(r.quantity)} × ${esc(goods.item ?? '')} ${esc(goods.itemUnit ?? '')} (${money(value, 'en-AE')})`];
  const d = DESIGNATION[r.designation ?? ''];
  const s = STATUS[r.status] ?? [r.status, r.status];
  const row = (ar: string, en: string, vAr: string, vEn: string) => `<tr><th lang="ar">${ar}</th><td lang="ar" dir="rtl">${vAr}</td><td lang="en" dir="ltr">${vEn}</td><th lang="en" dir="ltr">${en}</th></tr>`;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>إيصال ${esc(r.number)} · Receipt ${esc(r.number)}</title>
<style>
  body { font-family: 'Noto Naskh Arabic', 'Amiri', 'Noto Sans', sans-serif; color: #14213d; margin: 0; padding: 24px; }
  h1 { font-size: 20px; margin: 0 0 4px; } .en { direction: ltr; text-align: left; }
  header { display: flex; justify-content: space-between; align-items: flex-start; border-block-end: 3px solid #0b6e4f; padding-block-end: 12px; margin-block-end: 16px; }
  table { width: 100%; border-collapse: collapse; font-size: 13px; } th, td { padding: 6px 8px; border-block-end: 1px solid #d9dee8; vertical-align: top; }
  th { color: #4a5568; font-weight: 600; white-space: nowrap; } td[dir="ltr"], th[dir="ltr"] { text-align: left; }
  .status { display: inline-block; padding: 2px 10px; border-radius: 12px; background: #e6f4ef; color: #0b6e4f; }
  footer { display: flex; gap: 16px; align-items: center; margin-block-start: 18px; font-size: 11px; color: #4a5568; } footer svg { width: 96px; height: 96px; }
  .url { direction: ltr; unicode-bidi: embed; word-break: break-all; }
</style></head><body>
<header><div><h1>إيصال مساهمة رقم ${esc(r.number)}</h1><div>${esc(r.org_name_ar ?? r.org_name_en)}</div></div>
<div class="en"><h1>Contribution receipt No. ${esc(r.number)}</h1><div>${esc(r.org_name_en ?? r.org_name_ar)}</div></div></header>
<table>
${row('التاريخ', 'Date', `${date(r.issued_at, 'ar-AE')}<br><small>${hijri(r.issued_at)}</small>`, date(r.issued_at, 'en-AE'))}
${row('المساهم', 'Contributor', esc(giver), esc(giver))}
${r.fund_name_ar || r.fund_name_en
  ? row('الصندوق', 'Fund', esc(r.fund_name_ar ?? r.fund_name_en), esc(r.fund_name_en ?? r.fund_name_ar))
  : row('المبادرة', 'Initiative', esc(r.title_ar ?? r.title_en), esc(r.title_en ?? r.title_ar))}
${row('المساهمة', 'Contribution', what[0]!, what[1]!)}
${d ? row('نوع العطاء', 'Designation', d[0], d[1]) : ''}
${r.reference ? row('المرجع', 'Reference', `<span dir="ltr">${esc(r.reference)}</span>`, esc(r.reference)) : ''}
${row('الحالة', 'Status', `<span class="status">${s[0]}</span>`, `<span class="status">${s[1]}</span>`)}
</table>
<footer>${qrSvg}<div><p>للتحقق من صحة هذا الإيصال امسح الرمز أو افتح الرابط:</p><p class="en">To check this receipt is genuine, scan the code or open:</p><p class="url">${esc(url)}</p></div></footer>
</body></html>`;
}
