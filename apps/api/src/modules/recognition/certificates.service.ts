import { randomBytes, randomUUID } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import type { CertificateRow } from '../../platform/db/schema.ts';
import { ConflictError, NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { printPdf, qrSvg } from '../../platform/pdf.ts';
import { recordAudit } from '../audit/index.ts';
import { renderCertificateHtml } from './certificate.html.ts';
import * as repo from './certificates.repository.ts';
import { certificateVerifyUrl, presentCertificate, presentPublicCertificate } from './certificates.presenter.ts';
import type { IssueCertificateInput } from './recognition.schemas.ts';

/** The yearly transcript spans many organisations, so the platform itself issues it. */
export const PLATFORM_ISSUER = { ar: 'عطاء', en: 'Ataa' } as const;

// 24 random bytes → 32 URL-safe characters: unguessable, and short enough for a QR code.
const TOKEN = /^[A-Za-z0-9_-]{32}$/;
const newToken = () => randomBytes(24).toString('base64url');

/** The calendar date in Dubai (+04:00, no daylight saving) of an instant. */
const dubaiDate = (iso: string) => new Date(Date.parse(iso) + 4 * 3_600_000).toISOString().slice(0, 10);

function scopeOf(input: IssueCertificateInput): repo.CertificateScope {
  if (input.scope === 'shift') return { scope: 'shift', shiftId: input.shiftId! };
  if (input.scope === 'organisation') return { scope: 'organisation', organisationId: input.organisationId! };
  return { scope: 'year', year: input.year! };
}

async function issuerOf(db: DbOrTrx, s: repo.CertificateScope): Promise<{ ar: string; en: string }> {
  if (s.scope === 'year') return PLATFORM_ISSUER;
  const orgId = s.scope === 'organisation' ? s.organisationId : (await repo.shiftOrganisation(db, s.shiftId))?.organisation_id;
  const org = orgId ? await repo.organisationNames(db, orgId) : undefined;
  // Verified hours always belong to an organisation; a missing one would be a broken foreign key.
  if (!org) throw new NotFoundError();
  // An organisation needs at least one name; the certificate states both, borrowing when one is missing.
  return { ar: org.name_ar ?? org.name_en ?? '', en: org.name_en ?? org.name_ar ?? '' };
}

/**
 * Issues a certificate of the holder's verified hours in scope: a snapshot (minutes, issuer,
 * period) that later verifications do not change. Asking again while the verified minutes are the
 * same answers the certificate already issued; once more hours are verified, a new one is issued
 * and the earlier one stays valid for what it states.
 */
export async function issueCertificate(db: Db, config: Config, ctx: RequestContext, input: IssueCertificateInput) {
  const userId = ctx.actor?.userId;
  if (!userId) throw new UnauthenticatedError();
  const scope = scopeOf(input);
  const { row, created } = await withTransaction(db, async (trx) => {
    await repo.lockHolder(trx, userId);
    const sum = await repo.sumVerified(trx, userId, scope);
    if (sum.minutes <= 0 || !sum.firstAt || !sum.lastAt) {
      throw new ConflictError('certificate.no_verified_hours', 'There are no verified hours to certify in this scope yet.', { scope: input.scope });
    }
    const same = await repo.findSameSnapshot(trx, userId, scope, sum.minutes);
    if (same) return { row: same, created: false };
    const issuer = await issuerOf(trx, scope);
    const row: CertificateRow = {
      id: randomUUID(), token: newToken(), user_id: userId, scope: scope.scope,
      organisation_id: scope.scope === 'organisation' ? scope.organisationId : null,
      shift_id: scope.scope === 'shift' ? scope.shiftId : null,
      year: scope.scope === 'year' ? scope.year : null,
      minutes: sum.minutes, issuer_ar: issuer.ar, issuer_en: issuer.en,
      period_from: dubaiDate(sum.firstAt), period_to: dubaiDate(sum.lastAt), issued_at: nowIso(),
    };
    await repo.insertCertificate(trx, row);
    await recordAudit(trx, ctx, {
      action: 'certificate.issue', entityType: 'certificate', entityId: row.id, organisationId: null,
      after: { scope: row.scope, shiftId: row.shift_id, organisationId: row.organisation_id, year: row.year, minutes: row.minutes },
    });
    return { row, created: true };
  });
  return { certificate: presentCertificate(config, row), created };
}

export async function listCertificates(db: Db, config: Config, ctx: RequestContext) {
  const rows = await repo.listForHolder(db, ctx.actor!.userId);
  return { items: rows.map((r) => presentCertificate(config, r)) };
}

/** Only the holder may open their certificate; anyone else is told it does not exist. */
async function loadForHolder(db: Db, ctx: RequestContext, id: string) {
  const c = await repo.findWithHolder(db, id);
  if (!c || !ctx.actor || c.user_id !== ctx.actor.userId) throw new NotFoundError('certificate.not_found', 'No certificate of yours has this id.');
  return c;
}

export async function getCertificate(db: Db, config: Config, ctx: RequestContext, id: string) {
  const { holder_name: _name, ...row } = await loadForHolder(db, ctx, id);
  return presentCertificate(config, row);
}

/** The bilingual certificate as a standalone, printable HTML page (the PDF is made from it). */
export async function certificateHtml(db: Db, config: Config, ctx: RequestContext, id: string): Promise<string> {
  const { holder_name, ...c } = await loadForHolder(db, ctx, id);
  const verifyUrl = certificateVerifyUrl(config, c.token);
  const title = c.shift_id ? await repo.shiftTitle(db, c.shift_id) : undefined;
  // The transcript's breakdown is replayed as of the issue date, so it adds up to the snapshot.
  const byOrganisation = c.scope === 'year' && c.year !== null ? await repo.minutesByOrganisation(db, c.user_id, { scope: 'year', year: c.year }, c.issued_at) : [];
  return renderCertificateHtml({
    certificate: c, holderName: holder_name, verifyUrl, qrSvg: await qrSvg(verifyUrl),
    shiftTitle: title ? { ar: title.title_ar, en: title.title_en } : null, byOrganisation,
  });
}

/** The certificate as an A4 landscape PDF, printed by Chromium (503 `certificate.pdf_unavailable` without it). */
export async function certificatePdf(db: Db, config: Config, ctx: RequestContext, id: string, chromiumPath: string): Promise<Buffer> {
  const html = await certificateHtml(db, config, ctx, id);
  return printPdf(html, { chromiumPath, unavailableCode: 'certificate.pdf_unavailable', documents: 'certificates', format: 'A4', landscape: true });
}

/** Public check of a certificate by its token: hours, issuer and period only. */
export async function verifyCertificate(db: Db, token: string) {
  const c = TOKEN.test(token) ? await repo.findByToken(db, token) : undefined;
  if (!c) throw new NotFoundError('certificate.not_found', 'No certificate has this code.');
  return presentPublicCertificate(c);
}
