import type { OutgoingMessage } from '../outbox/index.ts';

/** What a notice is about: the organisation and the piece of work, each in both languages. */
export interface NoticeSubject {
  orgAr: string | null;
  orgEn: string | null;
  titleAr: string | null;
  titleEn: string | null;
}

// Arabic first (the platform's first language), then English, in one message: we do not know
// which language the reader prefers for mail from an organisation, and both fit in a few lines.
function bilingual(to: string, locale: string, kind: string, s: NoticeSubject, ar: [string, string], en: [string, string], extra: { ar?: string; en?: string } = {}): OutgoingMessage {
  const org = { ar: s.orgAr ?? s.orgEn ?? '', en: s.orgEn ?? s.orgAr ?? '' };
  const title = { ar: s.titleAr ?? s.titleEn ?? '', en: s.titleEn ?? s.titleAr ?? '' };
  const line = (lang: 'ar' | 'en', [before, after]: [string, string]) =>
    lang === 'ar' ? `${before.replace('{org}', `«${org.ar}»`)} «${title.ar}»${after}` : `${before.replace('{org}', `“${org.en}”`)} “${title.en}”${after}`;
  return {
    to, kind, locale,
    subject: `${line('ar', ar)} | ${line('en', en)}`,
    text: `${line('ar', ar)}\n${extra.ar ?? ''}\n\n${line('en', en)}\n${extra.en ?? ''}\n`,
  };
}

/** Tells the expert their offer was accepted, with the agreed scope. */
export function offerAccepted(to: string, locale: string, s: NoticeSubject, scope: string): OutgoingMessage {
  return bilingual(to, locale, 'offer_accepted', s,
    ['قبلت {org} عرضك للمساهمة بخبرتك في', '. سجّل ساعات عملك من صفحة الالتزام.'],
    ['{org} accepted your offer of expertise for', '. Log your hours on the engagement page.'],
    { ar: `نطاق العمل: ${scope}`, en: `Scope: ${scope}` });
}

/** Tells the expert their offer was declined (with the reason, when one was given). */
export function offerDeclined(to: string, locale: string, s: NoticeSubject, reason: string | null): OutgoingMessage {
  return bilingual(to, locale, 'offer_declined', s,
    ['شكرًا لك؛ اعتذرت {org} عن قبول عرضك في', '.'],
    ['Thank you; {org} has declined your offer for', '.'],
    reason ? { ar: `السبب: ${reason}`, en: `Reason: ${reason}` } : {});
}

/** Tells the expert their hours were signed off and recorded as a contribution. */
export function engagementSignedOff(to: string, locale: string, s: NoticeSubject, minutes: number): OutgoingMessage {
  const hours = (minutes / 60).toFixed(minutes % 60 ? 1 : 0);
  return bilingual(to, locale, 'engagement_signed_off', s,
    ['اعتمدت {org} عملك في', ` وسُجّلت خبرتك مساهمةً في سجل عطاء (عدد الساعات: ${hours}).`],
    ['{org} signed off your work on', ` and recorded ${hours} hours of your expertise as a contribution on Ataa.`]);
}

/** Tells the expert the organisation cancelled their engagement, and why. */
export function engagementCancelledByOrganisation(to: string, locale: string, s: NoticeSubject, reason: string): OutgoingMessage {
  return bilingual(to, locale, 'engagement_cancelled', s,
    ['ألغت {org} مهمة الخبرة التي تعمل عليها في', '. تبقى ساعاتك المسجّلة محفوظة، لكنها لن تُحتسب مساهمةً.'],
    ['{org} cancelled your engagement on', '. The hours you logged stay on record but will not count as a contribution.'],
    { ar: `السبب: ${reason}`, en: `Reason: ${reason}` });
}

/** Tells a manager of the organisation that the expert cancelled the engagement, and why. */
export function engagementCancelledByExpert(to: string, locale: string, s: NoticeSubject, expertName: string, reason: string): OutgoingMessage {
  return bilingual(to, locale, 'engagement_cancelled', s,
    [`ألغى ${expertName} مهمة الخبرة مع {org} في`, '. تبقى الساعات المسجّلة محفوظة، لكنها لن تُحتسب مساهمةً.'],
    [`${expertName} cancelled their engagement with {org} on`, '. The hours logged stay on record but will not count as a contribution.'],
    { ar: `السبب: ${reason}`, en: `Reason: ${reason}` });
}
