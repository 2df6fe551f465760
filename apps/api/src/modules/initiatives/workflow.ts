import type { InitiativeStatus } from '../../../../../packages/shared/src/index.ts';
import type { TransitionAction } from './initiatives.schemas.ts';

/** Who takes an action: the initiative's organisation (manager or owner) or a platform reviewer. */
export type Actor = 'organisation' | 'reviewer';

/**
 * The initiative workflow, one row per action:
 * draft/returned --submit--> submitted --approve--> approved --activate--> active --complete--> completed
 *                            submitted --return---> returned (with comments)
 * any open status --close--> closed (organisation withdraws; platform admins may close too)
 */
export const TRANSITIONS: Record<TransitionAction, { from: readonly InitiativeStatus[]; to: InitiativeStatus; by: readonly Actor[] }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: ['organisation'] },
  approve: { from: ['submitted'], to: 'approved', by: ['reviewer'] },
  return: { from: ['submitted'], to: 'returned', by: ['reviewer'] },
  activate: { from: ['approved'], to: 'active', by: ['organisation'] },
  complete: { from: ['active'], to: 'completed', by: ['organisation'] },
  close: { from: ['draft', 'submitted', 'returned', 'approved', 'active'], to: 'closed', by: ['organisation', 'reviewer'] },
};

/** Statuses in which the organisation may still edit the initiative and its needs. */
export const EDITABLE: readonly InitiativeStatus[] = ['draft', 'returned', 'submitted', 'approved', 'active'];

/** Statuses in which the initiative is public. */
export const LIVE: readonly InitiativeStatus[] = ['approved', 'active'];

/**
 * Fields whose change on a live (approved or active) initiative is *material* and sends it back
 * to review: what the public reads and what it is aligned to. Dates, area, beneficiary groups,
 * cover image and needs are not material. See docs/initiatives.md.
 */
export const MATERIAL_FIELDS = ['titleAr', 'titleEn', 'summaryAr', 'summaryEn', 'descriptionAr', 'descriptionEn', 'emirate', 'priorityIds'] as const;
