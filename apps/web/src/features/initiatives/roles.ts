import type { PlatformRole } from '../../../../../packages/shared/src/enums.ts';

/** Platform roles that see the initiative review queue (mirrors the API). */
export const REVIEW_QUEUE_ROLES: readonly PlatformRole[] = ['admin', 'reviewer', 'verifier'];
/** Platform roles that approve or return initiatives. */
export const REVIEW_DECIDE_ROLES: readonly PlatformRole[] = ['admin', 'reviewer'];
