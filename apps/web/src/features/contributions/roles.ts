import type { PlatformRole } from '../../../../../packages/shared/src/enums.ts';

/** Platform roles that open, edit and close pooled funds (mirrors the API). */
export const FUND_ROLES: readonly PlatformRole[] = ['admin'];
