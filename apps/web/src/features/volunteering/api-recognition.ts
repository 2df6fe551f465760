// Typed calls for certificates of verified hours and "my impact" (docs/volunteering.md).
import { api } from '../../lib/api.ts';
import type { NeedKind } from '../../../../../packages/shared/src/enums.ts';
import type { Named } from './api.ts';

const enc = encodeURIComponent;

/** What a certificate covers: one shift, everything for one organisation, or a calendar year. */
export type CertificateScope = 'shift' | 'organisation' | 'year';

/** A certificate I hold. */
export interface Certificate {
  id: string;
  /** A short number to quote (the full id is printed beside it on the certificate). */
  number?: string;
  scope: CertificateScope;
  shiftId?: string | null;
  organisationId?: string | null;
  year?: number | null;
  minutes: number;
  hours?: number;
  issuerAr: string;
  issuerEn: string;
  periodFrom: string;
  periodTo: string;
  issuedAt: string;
  /** The public page that proves it genuine (hours, issuer and period only): what to share. */
  verifyUrl: string;
  htmlUrl?: string;
  pdfUrl?: string;
}

/** Body of `POST /me/certificates`. */
export type IssueCertificateInput =
  | { scope: 'shift'; shiftId: string }
  | { scope: 'organisation'; organisationId: string }
  | { scope: 'year'; year: number };

/** What anyone holding the link may see: no name, no email. */
export interface PublicCertificate {
  /** Hours with one decimal, as printed on the certificate. */
  hours: number;
  /** The exact total, in minutes. */
  minutes: number;
  issuerAr: string;
  issuerEn: string;
  scope: CertificateScope;
  periodFrom: string;
  periodTo: string;
  issuedAt: string;
}

/** A recent contribution in "my impact" (the fields the page shows; the API may send more). */
export interface ImpactItem {
  id: string;
  kind: NeedKind;
  quantity: number;
  unit: string;
  valueFils: number;
  status?: string;
  /** When it was confirmed (or recorded). */
  date: string;
  initiative: { id: string; titleAr: string | null; titleEn: string | null } | null;
  fund?: Named | null;
  organisation?: ({ id: string } & Named) | null;
}

/** `GET /me/impact`: everything I gave, by kind, in hours and in AED. */
export interface MyImpact {
  time: { minutes: number; valueFils: number };
  expertise: { minutes: number; valueFils: number };
  knowledge: { sessions: number; minutes: number; valueFils: number };
  money: { valueFils: number };
  inKind: { valueFils: number };
  totals: { hours: number; minutes?: number; valueFils: number };
  recent: ImpactItem[];
}

/** Addresses of a certificate I hold: the bilingual page and its PDF (session-protected). */
export const certificateUrls = (c: Pick<Certificate, 'id' | 'htmlUrl' | 'pdfUrl'>) => ({
  html: c.htmlUrl ?? `/api/v1/me/certificates/${enc(c.id)}/html`,
  pdf: c.pdfUrl ?? `/api/v1/me/certificates/${enc(c.id)}/pdf`,
});

/** My certificates. */
export const listCertificates = () => api.get<{ items: Certificate[] }>('/me/certificates');
/** Issues a certificate of my verified hours. */
export const issueCertificate = (body: IssueCertificateInput) => api.post<Certificate>('/me/certificates', body);
/** Checks a certificate's public token. */
export const verifyCertificate = (token: string) => api.get<PublicCertificate>(`/certificates/verify/${enc(token)}`);
/** My impact across every kind of giving. */
export const getMyImpact = () => api.get<MyImpact>('/me/impact');
