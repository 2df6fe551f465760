/** The volunteering module: profiles, opportunities, shifts, sign-ups, attendance and verified hours, calendars. */
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import type { LedgerWriter } from '../contributions/index.ts';
import { volunteeringRoutes } from './volunteering.routes.ts';
import { attendanceRoutes } from './attendance.routes.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { skillRoutes } from './skills.routes.ts';

export { sendShiftReminders } from './reminders.ts';
export { fillFreePlaces } from './signups.service.ts';
export { ensureVolunteerSkills } from './skills.service.ts';

export function volunteeringModule(deps: Deps, writer: LedgerWriter): FastifyPluginAsync {
  return async (app) => {
    await app.register(volunteeringRoutes(deps));
    await app.register(attendanceRoutes(deps, writer));
    await app.register(calendarRoutes(deps));
    await app.register(skillRoutes(deps));
  };
}
