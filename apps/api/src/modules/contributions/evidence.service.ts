import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { sniffImage } from '../initiatives/index.ts';
import * as repo from './contributions.repository.ts';

/** Largest evidence file accepted. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
/** Evidence types: photos and scans as images, documents as PDF. */
export const EVIDENCE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;

/** Who may see a contribution's evidence: its contributor, the organisations involved, staff. */
async function assertCanSee(db: Db, ctx: RequestContext, contributionId: string) {
  const c = await repo.findContribution(db, contributionId);
  const a = ctx.actor;
  if (!a) throw new UnauthenticatedError();
  const ok = !!c && (c.contributor_user_id === a.userId || a.memberships.some((m) => m.organisationId === c.receiving_organisation_id || m.organisationId === c.contributor_organisation_id) || a.platformRole === 'admin' || a.platformRole === 'verifier');
  if (!ok) throw new NotFoundError();
  return c!;
}

/** Attaches a file (image or PDF, ≤ 5 MB, type checked by its bytes) as evidence. */
export async function addEvidence(db: Db, ctx: RequestContext, contributionId: string, declaredType: string, body: Buffer) {
  const c = await assertCanSee(db, ctx, contributionId);
  const type = body.subarray(0, 5).toString('latin1') === '%PDF-' ? 'application/pdf' : sniffImage(body);
  if (!type || type !== declaredType.split(';')[0]!.trim()) {
    throw new ValidationError('Attach a PNG, JPEG, WebP or PDF file.', { fields: [{ path: 'file', code: 'validation.image_type', message: 'Not an accepted file type.' }] });
  }
  const now = nowIso();
  const fileId = randomUUID();
  const id = randomUUID();
  await withTransaction(db, async (trx) => {
    await repo.insertEvidence(trx, { id: fileId, content_type: type, size: body.length, sha256: createHash('sha256').update(body).digest('hex'), data: body, created_by: ctx.actor!.userId, created_at: now }, { id, contribution_id: c.id, file_id: fileId, created_by: ctx.actor!.userId, created_at: now });
    await recordAudit(trx, ctx, { action: 'contribution.evidence_add', entityType: 'contribution', entityId: c.id, after: { evidenceId: id, type, size: body.length }, organisationId: c.receiving_organisation_id });
  });
  return { id, contentType: type, size: body.length, createdAt: now, url: `/api/v1/contributions/${c.id}/evidence/${id}` };
}

/** A contribution's evidence list. */
export async function listEvidence(db: Db, contributionId: string) {
  const rows = await repo.listEvidenceOf(db, contributionId);
  return rows.map((r) => ({ id: r.id, contentType: r.content_type, size: Number(r.size), createdAt: r.created_at, url: `/api/v1/contributions/${contributionId}/evidence/${r.id}` }));
}

/** The bytes of one evidence file, for those who may see the contribution. */
export async function getEvidence(db: Db, ctx: RequestContext, contributionId: string, evidenceId: string) {
  await assertCanSee(db, ctx, contributionId);
  const f = await repo.findEvidenceFile(db, contributionId, evidenceId);
  if (!f) throw new NotFoundError();
  return f;
}
