import { z } from 'zod';

const SCOPE_FIELD = { shift: 'shiftId', organisation: 'organisationId', year: 'year' } as const;

/**
 * Which verified hours to certify: one shift, one organisation, or one calendar year. Exactly the
 * field that goes with the scope is required; the others are refused rather than ignored, so a
 * client bug never silently certifies the wrong thing.
 */
export const issueCertificateBody = z.strictObject({
  scope: z.enum(['shift', 'organisation', 'year']),
  shiftId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  year: z.number().int().min(2000).max(2100).optional(),
}).superRefine((b, ctx) => {
  for (const [scope, field] of Object.entries(SCOPE_FIELD)) {
    const present = b[field] !== undefined;
    if (scope === b.scope && !present) ctx.addIssue({ code: 'custom', message: 'validation.required', path: [field] });
    if (scope !== b.scope && present) ctx.addIssue({ code: 'custom', message: 'validation.invalid_value', path: [field] });
  }
});
export type IssueCertificateInput = z.infer<typeof issueCertificateBody>;

export const certificateParams = z.object({ certificateId: z.uuid() });
// Loose on purpose: a malformed token is answered 404 like an unknown one (nothing to learn).
export const verifyParams = z.object({ token: z.string().max(100) });
