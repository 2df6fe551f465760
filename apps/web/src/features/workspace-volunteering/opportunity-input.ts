// The "new opportunity" form's values → the body of POST /organisations/:orgId/opportunities,
// with the same client-side checks the API makes (so most mistakes show before sending).
import { EMIRATES, type Emirate } from '../../../../../packages/shared/src/enums.ts';
import type { Audience, OpportunityInput } from './api.ts';
import { parseDecimal, parseWholeNumber } from './time.ts';

/** What the form holds: text as typed. */
export type OpportunityFormValues = {
  initiativeId: string;
  needId: string;
  titleAr: string;
  titleEn: string;
  descriptionAr: string;
  descriptionEn: string;
  instructionsAr: string;
  instructionsEn: string;
  emirate: string;
  areaAr: string;
  areaEn: string;
  address: string;
  latitude: string;
  longitude: string;
  skills: string[];
  languages: string[];
  minAge: string;
  audience: Audience;
};

export const BLANK_OPPORTUNITY: OpportunityFormValues = {
  initiativeId: '', needId: '', titleAr: '', titleEn: '', descriptionAr: '', descriptionEn: '', instructionsAr: '', instructionsEn: '',
  emirate: '', areaAr: '', areaEn: '', address: '', latitude: '', longitude: '', skills: [], languages: [], minAge: '', audience: 'everyone',
};

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The request body, or the `validation.*` code of each field that needs attention. */
export function buildOpportunity(v: OpportunityFormValues): { body: OpportunityInput } | { codes: Record<string, string> } {
  const codes: Record<string, string> = {};
  if (!v.initiativeId) codes.initiativeId = 'validation.required';
  if (!v.needId) codes.needId = 'validation.required';
  if (!v.titleAr.trim() && !v.titleEn.trim()) codes.titleAr = 'validation.title_required';
  if (!(EMIRATES as readonly string[]).includes(v.emirate)) codes.emirate = 'validation.required';
  const latitude = v.latitude.trim() ? parseDecimal(v.latitude) : null;
  const longitude = v.longitude.trim() ? parseDecimal(v.longitude) : null;
  if (v.latitude.trim() && (latitude === null || Math.abs(latitude) > 90)) codes.latitude = 'validation.invalid';
  if (v.longitude.trim() && (longitude === null || Math.abs(longitude) > 180)) codes.longitude = 'validation.invalid';
  // A point needs both halves; one alone would put the pin nowhere useful.
  if (!codes.latitude && !codes.longitude && (latitude === null) !== (longitude === null)) codes[latitude === null ? 'latitude' : 'longitude'] = 'validation.required';
  const minAge = v.minAge.trim() ? parseWholeNumber(v.minAge) : null;
  if (v.minAge.trim() && (minAge === null || minAge > 100)) codes.minAge = 'validation.invalid';
  if (Object.keys(codes).length) return { codes };
  const skills = [...new Set(v.skills.map((s) => s.trim()).filter(Boolean))];
  return {
    body: {
      initiativeId: v.initiativeId,
      needId: v.needId,
      titleAr: orNull(v.titleAr),
      titleEn: orNull(v.titleEn),
      descriptionAr: orNull(v.descriptionAr),
      descriptionEn: orNull(v.descriptionEn),
      emirate: v.emirate as Emirate,
      areaAr: orNull(v.areaAr),
      areaEn: orNull(v.areaEn),
      address: orNull(v.address),
      latitude,
      longitude,
      skills,
      languages: [...new Set(v.languages)],
      minAge,
      audience: v.audience,
      instructionsAr: orNull(v.instructionsAr),
      instructionsEn: orNull(v.instructionsEn),
    },
  };
}
