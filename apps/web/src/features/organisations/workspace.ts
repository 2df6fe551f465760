import { useOutletContext } from 'react-router';
import type { MemberRole } from '../../../../../packages/shared/src/enums.ts';
import { memberRoleAtLeast } from '../../../../../packages/shared/src/enums.ts';
import type { Organisation } from './api.ts';

/** What the workspace layout hands to its pages. */
export interface WorkspaceContext {
  org: Organisation;
  /** My role in the organisation, or null when I am platform staff looking in. */
  role: MemberRole | null;
  myUserId: string;
}

/** The workspace's organisation and my role in it. */
export function useWorkspace(): WorkspaceContext & { can: (min: MemberRole) => boolean } {
  const ctx = useOutletContext<WorkspaceContext>();
  return { ...ctx, can: (min) => Boolean(ctx.role && memberRoleAtLeast(ctx.role, min)) };
}
