import type { PlatformRole } from '../../../../../packages/shared/src/enums.ts';

/** Platform roles that keep the priority frameworks and crosswalk (mirrors the API). */
export const FRAMEWORK_ROLES: readonly PlatformRole[] = ['admin'];
