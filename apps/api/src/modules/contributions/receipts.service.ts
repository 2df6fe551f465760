import QRCode from 'qrcode';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import * as repo from './receipts.repository.ts';
import { renderReceiptHtml } from './receipt.html.ts';

export type ReceiptRow = NonNullable<Awaited<ReturnType<typeof repo.findReceipt>>>;

/** The contributor, the receiving organisation and platform staff may open a receipt. */
async function loadForViewer(db: Db, ctx: RequestContext, id: string): Promise<ReceiptRow> {
  const r = await repo.findReceipt(db, id);
  const a = ctx.actor;
  const ok = !!r && !!a && (r.contributor_user_id === a.userId || a.memberships.some((m) => m.organisationId === r.organisation_id || m.organisationId === r.contributor_organisation_id) || a.platformRole === 'admin' || a.platformRole === 'verifier');
  if (!ok) throw new NotFoundError();
  return r!;
}

/** The public address that proves a receipt is genuine. */
export function verificationUrl(config: Config, token: string): string {
  return `${config.publicUrl}/verify/receipts/${token}`;
}

/** The bilingual receipt as a standalone HTML page (printable; the PDF is made from it). */
export async function receiptHtml(db: Db, config: Config, ctx: RequestContext, id: string): Promise<string> {
  const r = await loadForViewer(db, ctx, id);
  const need = r.need_id ? await repo.findNeedItem(db, r.need_id) : undefined;
  const url = verificationUrl(config, r.public_token);
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return renderReceiptHtml(r, need ? (JSON.parse(need.details) as { item?: string; itemUnit?: string }) : {}, url, qrSvg);
}

/** Raised when Chromium is not installed: the PDF cannot be made, the HTML still can. */
export class PdfUnavailableError extends AppError {
  constructor(path: string) {
    super('receipt.pdf_unavailable', 503, `PDF receipts need Chromium at ${path}. Install the Debian package "chromium" (apt-get install chromium).`, { package: 'chromium', path });
  }
}

/** The receipt as a PDF, printed by Chromium (the only engine here that gets Arabic with digits right). */
export async function receiptPdf(db: Db, config: Config, ctx: RequestContext, id: string, chromiumPath: string): Promise<Buffer> {
  const html = await receiptHtml(db, config, ctx, id);
  const fs = await import('node:fs');
  if (!fs.existsSync(chromiumPath)) throw new PdfUnavailableError(chromiumPath);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A5', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
  } finally {
    await browser.close();
  }
}

/**
 * What anyone holding the receipt's link may see: that it is genuine, who issued it, when, for
 * what and how much, and whether it still stands — never who gave.
 */
export async function publicReceipt(db: Db, token: string) {
  const r = /^[0-9a-f]{32}$/.test(token) ? await repo.findReceiptByToken(db, token) : undefined;
  if (!r) throw new NotFoundError('receipt.not_found', 'No receipt has this code.');
  const goods = r.kind === 'in_kind' && r.need_id ? (JSON.parse((await repo.findNeedItem(db, r.need_id))?.details ?? '{}') as { item?: string; itemUnit?: string }) : null;
  return {
    item: goods ? { name: goods.item ?? null, unit: goods.itemUnit ?? null } : null,
    genuine: true as const,
    number: Number(r.number),
    issuedAt: r.issued_at,
    organisation: { id: r.organisation_id, nameAr: r.org_name_ar, nameEn: r.org_name_en },
    initiative: { titleAr: r.title_ar, titleEn: r.title_en },
    fund: r.fund_name_ar || r.fund_name_en ? { nameAr: r.fund_name_ar, nameEn: r.fund_name_en } : null,
    kind: r.kind,
    quantity: Number(r.quantity),
    unit: r.unit,
    valueFils: Number(r.value_fils),
    currency: r.currency,
    designation: r.designation,
    status: r.status,
  };
}
