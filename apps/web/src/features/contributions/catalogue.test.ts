// Every contribution kind, status, designation, visibility and payment method the API can send
// has a label (and the choices shown in forms an explanation) in every UI language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTRIBUTION_STATUSES, GIVING_DESIGNATIONS, LOCALES, NEED_KINDS, PAYMENT_METHODS, VISIBILITIES } from '../../../../../packages/shared/src/enums.ts';
import { resources } from '../../locales/resources.ts';
import { KNOWN_CHECKS } from '../ledger/roles.ts';
import { receiptCodeOf } from './components/ReceiptCodeForm.tsx';

type Tree = { [key: string]: string | Tree };

describe('contribution labels', () => {
  it('name every enum value in every language', () => {
    const lists: Record<string, readonly string[]> = {
      kind: NEED_KINDS,
      status: CONTRIBUTION_STATUSES,
      designation: GIVING_DESIGNATIONS,
      designationHelp: GIVING_DESIGNATIONS,
      visibility: VISIBILITIES,
      visibilityHelp: VISIBILITIES,
      method: PAYMENT_METHODS,
      methodHelp: PAYMENT_METHODS,
    };
    for (const lang of LOCALES) {
      const ns = resources[lang].contributions as unknown as Tree;
      for (const [group, values] of Object.entries(lists)) {
        for (const v of values) assert.equal(typeof (ns[group] as Tree)?.[v], 'string', `${lang}: contributions:${group}.${v}`);
      }
      const checks = (resources[lang].ledger as unknown as Tree).checks as Tree;
      for (const c of KNOWN_CHECKS) assert.equal(typeof checks[c], 'string', `${lang}: ledger:checks.${c}`);
    }
  });
});

describe('receiptCodeOf', () => {
  it('finds the code in a code or a verification link', () => {
    const code = '0123456789abcdef0123456789ABCDEF';
    assert.equal(receiptCodeOf(code), code.toLowerCase());
    assert.equal(receiptCodeOf(`https://ataa.example/verify/receipts/${code}`), code.toLowerCase());
    assert.equal(receiptCodeOf(` ${code}?x=1 `), code.toLowerCase());
    assert.equal(receiptCodeOf('not-a-code'), null);
    assert.equal(receiptCodeOf(`${code}0`), null);
  });
});
