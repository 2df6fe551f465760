import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { printPdf, qrSvg } from '../../platform/pdf.ts';
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
  return renderReceiptHtml(r, need ? (JSON.parse(need.details) as { item?: string; itemUnit?: string }) : {}, url, await qrSvg(url));
}

/** The receipt as a PDF, printed by Chromium (503 `receipt.pdf_unavailable` when it is not installed). */
export async function receiptPdf(db: Db, config: Config, ctx: RequestContext, id: string, chromiumPath: string): Promise<Buffer> {
  const html = await receiptHtml(db, config, ctx, id);
  return printPdf(html, { chromiumPath, unavailableCode: 'receipt.pdf_unavailable', documents: 'receipts', format: 'A5' });
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
