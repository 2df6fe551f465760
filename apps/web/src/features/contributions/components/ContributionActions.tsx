import type { Contribution } from '../api.ts';
import { CancelPledge } from './CancelPledge.tsx';
import { ConfirmReceipt } from './ConfirmReceipt.tsx';
import { ReasonedAction } from './ReasonedAction.tsx';

/** Props of {@link ContributionActions}. */
export interface ContributionActionsProps {
  contribution: Contribution;
  /** Finance, manager or owner of the receiving organisation. */
  finance: boolean;
  /** Platform verifier or admin. */
  auditor: boolean;
}

/**
 * What may be done next with a contribution received, following the API's rules: finance staff
 * confirm or cancel pledges and refund money; platform verifiers verify what was confirmed.
 */
export function ContributionActions({ contribution: c, finance, auditor }: ContributionActionsProps) {
  return (
    <>
      {finance && c.status === 'pledged' && <ConfirmReceipt contribution={c} />}
      {finance && c.status === 'pledged' && <CancelPledge contribution={c} />}
      {auditor && c.status === 'confirmed' && <ReasonedAction contribution={c} action="verify" />}
      {finance && c.kind === 'money' && (c.status === 'confirmed' || c.status === 'verified') && <ReasonedAction contribution={c} action="refund" />}
    </>
  );
}

/** True when {@link ContributionActions} would show anything. */
export function hasActions(c: Contribution, finance: boolean, auditor: boolean): boolean {
  return (finance && (c.status === 'pledged' || (c.kind === 'money' && (c.status === 'confirmed' || c.status === 'verified')))) || (auditor && c.status === 'confirmed');
}
