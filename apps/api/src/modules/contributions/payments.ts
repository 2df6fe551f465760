/**
 * Payment providers: how money promised in a pledge becomes money received. The ledger does not
 * care which provider was used; a provider only decides how a pledge is paid and how its receipt
 * is proven before `confirm` is appended.
 *
 * Built in: `offline` — bank transfer, cash or cheque, confirmed by the receiving organisation's
 * finance officer with the bank, receipt-book or cheque reference. That is how most UAE charities
 * are paid today, so it is a real flow, not a stand-in.
 *
 * Adding a card gateway: implement `PaymentProvider` with `kind: 'gateway'`; `instructions` returns
 * the hosted-payment redirect for a pledge; the gateway's signed webhook handler calls
 * `verifyCallback`, and on success the route appends `confirm` with the gateway's transaction id as
 * `reference` through the same ledger transition (idempotent on that id). Never mark a card payment
 * confirmed without the provider's signed confirmation.
 */
export interface PaymentProvider {
  /** Stable id stored on the contribution as its `method`. */
  readonly id: string;
  /** `offline`: a person confirms; `gateway`: the provider's signed callback confirms. */
  readonly kind: 'offline' | 'gateway';
  /** What the contributor is told to do after pledging (bilingual). */
  instructions(pledge: { contributionId: string; amountFils: number; organisationNameAr: string | null; organisationNameEn: string | null }): { ar: string; en: string };
  /** Whether a confirmation reference is acceptable for this provider. */
  validReference(reference: string): boolean;
}

const offline = (id: 'bank_transfer' | 'cash' | 'cheque', ar: string, en: string): PaymentProvider => ({
  id,
  kind: 'offline',
  instructions: (p) => ({
    ar: `${ar} ثم يؤكد ${p.organisationNameAr ?? p.organisationNameEn ?? 'الجهة'} الاستلام ويصدر إيصالاً. رقم التعهد: ${p.contributionId.slice(0, 8)}`,
    en: `${en} ${p.organisationNameEn ?? p.organisationNameAr ?? 'The organisation'} then confirms receipt and issues a receipt. Pledge number: ${p.contributionId.slice(0, 8)}`,
  }),
  validReference: (reference) => reference.trim().length >= 2,
});

/** The providers this installation offers. */
export const PAYMENT_PROVIDERS: Record<string, PaymentProvider> = {
  bank_transfer: offline('bank_transfer', 'حوّل المبلغ إلى حساب الجهة المستفيدة واذكر رقم التعهد في المرجع،', 'Transfer the amount to the organisation’s account with the pledge number as the reference.'),
  cash: offline('cash', 'سلّم المبلغ نقداً إلى الجهة واحصل على إيصال مؤقت،', 'Hand the amount in cash to the organisation and keep the temporary slip.'),
  cheque: offline('cheque', 'سلّم شيكاً باسم الجهة،', 'Hand over a cheque made out to the organisation.'),
};
