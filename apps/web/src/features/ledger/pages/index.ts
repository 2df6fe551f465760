/** Console pages of the ledger, loaded on demand. */
export { LedgerPage } from './LedgerPage.tsx';
export { ValuationPage } from './ValuationPage.tsx';
