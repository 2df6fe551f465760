// Data the browser tests set up through the API, as the organisations' staff would.
import { apiAs } from './browser.ts';

/** The demo charity the flows work with (its English name). */
export const CHARITY_EN = 'Beit Al Khair Society';

/** What {@link liveInitiative} creates: the initiative's texts and its need (the API's bodies). */
export interface LiveInitiativeInput {
  initiative: { titleAr: string; titleEn: string; summaryAr: string; summaryEn: string };
  need: Record<string, unknown>;
}

/**
 * An active initiative of the demo charity in Dubai (first "education" priority) with one need:
 * the charity drafts and submits it, the reviewer approves it, the charity activates it.
 */
export async function liveInitiative(base: string, { initiative, need }: LiveInitiativeInput) {
  const charity = await apiAs(base, 'charity@ataa.local');
  const reviewer = await apiAs(base, 'reviewer@ataa.local');
  const session = await charity('GET', '/session');
  const orgId: string = session.memberships.find((m: any) => m.organisation.nameEn === CHARITY_EN).organisationId;
  const priority = (await charity('GET', '/priorities?q=education')).items[0];
  const created = await charity('POST', `/organisations/${orgId}/initiatives`, { ...initiative, emirate: 'dubai', priorityIds: [priority.id] });
  const createdNeed = await charity('POST', `/initiatives/${created.id}/needs`, need);
  await charity('POST', `/initiatives/${created.id}/transitions`, { action: 'submit' });
  await reviewer('POST', `/initiatives/${created.id}/transitions`, { action: 'approve' });
  await charity('POST', `/initiatives/${created.id}/transitions`, { action: 'activate' });
  return { charity, orgId, initiativeId: created.id as string, needId: createdNeed.id as string };
}
