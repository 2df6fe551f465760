import type { PlatformRole } from '../../../../../packages/shared/src/enums.ts';

/** Which platform roles see each console page (mirrors the API's access rules). */
export const CONSOLE_ACCESS = {
  approvals: ['admin', 'reviewer', 'verifier'],
  decide: ['admin'],
  users: ['admin'],
  audit: ['admin', 'verifier'],
  outbox: ['admin'],
  skills: ['admin'],
} as const satisfies Record<string, readonly PlatformRole[]>;

/** Every role that may open the console at all. */
export const CONSOLE_ROLES: readonly PlatformRole[] = ['admin', 'reviewer', 'verifier'];

/** True when `role` is in the list. */
export function allows(list: readonly PlatformRole[], role: PlatformRole | null | undefined): boolean {
  return Boolean(role && list.includes(role));
}
