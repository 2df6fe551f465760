import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { assertCanManage, assertCanView } from './initiatives.policy.ts';
import * as repo from './initiatives.repository.ts';
import { EDITABLE } from './workflow.ts';

/** Largest cover image accepted. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** Image types accepted for covers. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** The image type the bytes really are (by their signature), whatever the client claimed. */
export function sniffImage(buf: Buffer): (typeof IMAGE_TYPES)[number] | null {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (buf.length >= 12 && buf.toString('ascii', 0, 4) === 'RIFF' && buf.toString('ascii', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Replaces an initiative's cover image after checking its real type and size. */
export async function setCover(db: Db, ctx: RequestContext, initiativeId: string, declaredType: string, body: Buffer) {
  const i = await repo.findInitiative(db, initiativeId);
  assertCanView(ctx.actor, i);
  assertCanManage(ctx.actor, i.organisation_id);
  if (!EDITABLE.includes(i.status as never)) throw new ValidationError('This initiative can no longer be edited.', null, 'initiative.not_editable');
  const actual = sniffImage(body);
  if (!actual || actual !== declaredType.split(';')[0]!.trim()) {
    throw new ValidationError('Upload a PNG, JPEG or WebP image.', { fields: [{ path: 'file', code: 'validation.image_type', message: 'Not a PNG, JPEG or WebP image.' }] });
  }
  if (body.length > MAX_IMAGE_BYTES) throw new ValidationError('The image is larger than 2 MB.', { fields: [{ path: 'file', code: 'validation.image_too_large', message: 'Larger than 2 MB.' }] });
  const id = randomUUID();
  await withTransaction(db, async (trx) => {
    await repo.insertFile(trx, { id, content_type: actual, size: body.length, sha256: createHash('sha256').update(body).digest('hex'), data: body, created_by: ctx.actor!.userId, created_at: nowIso() });
    await repo.updateInitiative(trx, initiativeId, { cover_file_id: id, updated_at: nowIso() });
    if (i.cover_file_id) await repo.deleteFile(trx, i.cover_file_id);
    await recordAudit(trx, ctx, { action: 'initiative.cover', entityType: 'initiative', entityId: initiativeId, before: { coverFileId: i.cover_file_id }, after: { coverFileId: id, size: body.length, type: actual }, organisationId: i.organisation_id });
  });
  return { coverUrl: `/api/v1/files/${id}` };
}

/** A stored file's bytes and type. */
export async function getFile(db: Db, id: string) {
  const f = await repo.findFile(db, id);
  if (!f) throw new NotFoundError();
  return f;
}
