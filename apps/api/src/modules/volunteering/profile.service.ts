import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { findPrioritiesWithFramework, presentPriority } from '../priorities/index.ts';
import * as repo from './volunteering.repository.ts';
import type { ProfileInput } from './volunteering.schemas.ts';

/**
 * The person's own volunteer profile, private fields included. Interests come back with their
 * titles and framework so the form can show them without another request.
 */
export async function getProfile(db: Db, ctx: RequestContext) {
  const p = await repo.findProfile(db, ctx.actor!.userId);
  const interestIds = JSON.parse(p?.interests ?? '[]') as string[];
  const interests = (await findPrioritiesWithFramework(db, interestIds)).map((x) => ({ ...presentPriority(x), frameworkCode: x.framework_code, frameworkLevel: x.framework_level }));
  return {
    dateOfBirth: p?.date_of_birth ?? null, skills: JSON.parse(p?.skills ?? '[]') as string[], languages: JSON.parse(p?.languages ?? '[]') as string[],
    emirate: p?.emirate ?? null, area: p?.area ?? null, interests,
    availability: JSON.parse(p?.availability ?? '[]') as unknown[], emergencyContact: p?.emergency_contact ?? null,
  };
}

export async function saveProfile(db: Db, ctx: RequestContext, input: ProfileInput) {
  const interests = [...new Set(input.interests)];
  await withTransaction(db, async (trx) => {
    if ((await findPrioritiesWithFramework(trx, interests)).length !== interests.length) {
      throw new ValidationError('Unknown priority.', { fields: [{ path: 'interests', code: 'validation.unknown_reference', message: 'One or more priorities do not exist.' }] });
    }
    await repo.upsertProfile(trx, {
      user_id: ctx.actor!.userId, date_of_birth: input.dateOfBirth ?? null, skills: JSON.stringify(input.skills), languages: JSON.stringify(input.languages),
      emirate: input.emirate ?? null, area: input.area ?? null, interests: JSON.stringify(interests),
      availability: JSON.stringify(input.availability), emergency_contact: input.emergencyContact ?? null, updated_at: nowIso(),
    });
    // The audit keeps that the profile changed, not its private contents.
    await recordAudit(trx, ctx, { action: 'volunteer_profile.update', entityType: 'user', entityId: ctx.actor!.userId, organisationId: null });
  });
  return getProfile(db, ctx);
}
