// What volunteers are told about their shifts, in Arabic and English (queued in the outbox).

/** A time as people in the UAE read it (Gulf Standard Time), in `locale`. */
export function shiftTime(at: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Dubai' }).format(new Date(at));
}

/** What a volunteer is told about their shift. */
export type NoticeKind = 'signup_confirmed' | 'signup_waitlisted' | 'signup_promoted' | 'shift_changed' | 'shift_changed_clash' | 'shift_cancelled' | 'shift_reminder';

/**
 * A bilingual notice about a shift (Arabic first), with the time in Gulf Standard Time. `extra`
 * adds a line in each language (a cancellation's reason, a shift's old time).
 */
export function notice(to: string, locale: string, kind: NoticeKind, shift: { title_ar: string | null; title_en: string | null; starts_at: string }, extra?: { ar: string; en: string }) {
  const when = (l: string) => shiftTime(shift.starts_at, l);
  const title = { ar: shift.title_ar ?? shift.title_en ?? '', en: shift.title_en ?? shift.title_ar ?? '' };
  const text = {
    signup_confirmed: ['تم تأكيد مشاركتك في', 'You are confirmed for'],
    signup_waitlisted: ['الوردية ممتلئة؛ أنت على قائمة الانتظار في', 'The shift is full; you are on the waitlist for'],
    signup_promoted: ['فرغ مكان وتم تأكيد مشاركتك في', 'A place opened up and you are now confirmed for'],
    shift_changed: ['تغيّر موعد ورديتك في', 'The time of your shift has changed:'],
    shift_changed_clash: ['تعارض في مواعيدك بعد تغيّر موعد ورديتك في', 'Your shifts now clash: the time has changed for'],
    shift_cancelled: ['أُلغيت ورديتك في', 'Your shift has been cancelled:'],
    shift_reminder: ['تذكير بورديتك القادمة في', 'A reminder of your coming shift:'],
  }[kind];
  const more = (l: 'ar' | 'en') => (extra ? `\n${extra[l]}` : '');
  return {
    to, kind, locale,
    subject: `${text[0]} «${title.ar}» | ${text[1]} “${title.en}”`,
    text: `${text[0]} «${title.ar}» — ${when('ar-AE')}${more('ar')}\n\n${text[1]} “${title.en}” — ${when('en-AE')}${more('en')}\n`,
  };
}
