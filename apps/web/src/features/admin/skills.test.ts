// The console's skills forms check what the API checks, so admins see problems before sending.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedNames, skillFormSchema, skillNamesSchema } from './skills.ts';

describe('volunteer skills forms', () => {
  it('sends the code in lower case and refuses what the API would', () => {
    const ok = skillFormSchema.safeParse({ code: ' Beach_Cleanup ', nameAr: ' تنظيف الشواطئ ', nameEn: 'Beach clean-up' });
    assert.ok(ok.success);
    assert.deepEqual(ok.data, { code: 'beach_cleanup', nameAr: 'تنظيف الشواطئ', nameEn: 'Beach clean-up' });
    const codeOf = (code: string) => {
      const r = skillFormSchema.safeParse({ code, nameAr: 'مهارة', nameEn: 'Skill' });
      return r.success ? null : r.error.issues[0]!.message;
    };
    assert.equal(codeOf(''), 'validation.required');
    assert.equal(codeOf('a'), 'validation.too_short');
    assert.equal(codeOf('beach-cleanup'), 'validation.invalid_code');
    assert.equal(codeOf('تنظيف'), 'validation.invalid_code');
    assert.equal(codeOf('x'.repeat(41)), 'validation.too_long');
  });

  it('checks names like every other bilingual name', () => {
    const r = skillNamesSchema.safeParse({ nameAr: 'بيت\u202Eالخير', nameEn: '<b>Skill</b>' });
    assert.ok(!r.success);
    assert.deepEqual(r.error.issues.map((i) => [i.path[0], i.message]), [['nameAr', 'validation.invisible_characters'], ['nameEn', 'validation.markup_not_allowed']]);
  });

  it('sends only the names that changed', () => {
    const before = { nameAr: 'التصوير', nameEn: 'Photography' };
    assert.deepEqual(changedNames(before, { nameAr: 'التصوير', nameEn: 'Photography' }), {});
    assert.deepEqual(changedNames(before, { nameAr: 'التصوير الفوتوغرافي', nameEn: 'Photography' }), { nameAr: 'التصوير الفوتوغرافي' });
  });
});
