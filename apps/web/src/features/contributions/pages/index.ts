/** Contribution pages loaded on demand: giving, my contributions and monthly pledges, the workspace ledger. */
export { GivePage } from './GivePage.tsx';
export { MyContributionsPage } from './MyContributionsPage.tsx';
export { MyMonthlyPage } from './MyMonthlyPage.tsx';
export { WorkspaceContributionsPage } from './WorkspaceContributionsPage.tsx';
export { ConsoleFundsPage } from './ConsoleFundsPage.tsx';
export { GiveFundPage } from './GiveFundPage.tsx';
