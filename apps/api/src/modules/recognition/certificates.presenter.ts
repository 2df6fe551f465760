import type { Config } from '../../config.ts';
import type { CertificateRow } from '../../platform/db/schema.ts';

/** Hours with one decimal, the way certificates and "my impact" state them (150 min → 2.5). */
export const hoursOf = (minutes: number): number => Math.round(minutes / 6) / 10;

/** The public address that proves a certificate is genuine (the web page reads the verify API). */
export function certificateVerifyUrl(config: Config, token: string): string {
  return `${config.publicUrl}/verify/certificates/${token}`;
}

/** A short number to quote on the phone or in a CV; the full id is printed beside it. */
export const certificateNumber = (id: string): string => id.replace(/-/g, '').slice(0, 10).toUpperCase();

/** The holder's own view of a certificate (includes the verification link they may share). */
export function presentCertificate(config: Config, c: CertificateRow) {
  return {
    id: c.id,
    number: certificateNumber(c.id),
    scope: c.scope,
    shiftId: c.shift_id,
    organisationId: c.organisation_id,
    year: c.year,
    minutes: c.minutes,
    hours: hoursOf(c.minutes),
    issuerAr: c.issuer_ar,
    issuerEn: c.issuer_en,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    issuedAt: c.issued_at,
    verifyUrl: certificateVerifyUrl(config, c.token),
    htmlUrl: `/api/v1/me/certificates/${c.id}/html`,
    pdfUrl: `/api/v1/me/certificates/${c.id}/pdf`,
  };
}

/**
 * What anyone holding the verification link may see: that it is genuine, how many hours, who
 * issued it and for when — never who holds it (no name, email or user id).
 */
export function presentPublicCertificate(c: CertificateRow) {
  return {
    valid: true as const,
    hours: hoursOf(c.minutes),
    minutes: c.minutes,
    issuerAr: c.issuer_ar,
    issuerEn: c.issuer_en,
    scope: c.scope,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    issuedAt: c.issued_at,
  };
}
