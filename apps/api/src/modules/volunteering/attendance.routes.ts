import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { USER, orgRole } from '../../platform/http/access.ts';
import { contextOf } from '../../platform/http/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import type { LedgerWriter } from '../contributions/index.ts';
import * as s from './attendance.schemas.ts';
import * as svc from './attendance.service.ts';
import * as verification from './verification.service.ts';
import { orgParams, shiftParams } from './volunteering.schemas.ts';

/**
 * Attendance and verified hours: roster, on-site code, check-in, self-reported hours and the
 * organiser's decisions. Routes keyed by a shift or record id pass any signed-in person through
 * the gate; the service then checks membership of the owning organisation (404 when not theirs).
 */
export function attendanceRoutes(deps: Deps, writer: LedgerWriter): FastifyPluginAsyncZod {
  const { db, config } = deps;
  return async (app) => {
    const tags = ['volunteering'];
    app.get('/api/v1/shifts/:shiftId/roster', { config: { access: USER }, schema: { tags, summary: "A shift's roster with emergency contacts (organisation members)", params: shiftParams } },
      async (req) => svc.roster(db, contextOf(req), req.params.shiftId));

    app.get('/api/v1/shifts/:shiftId/check-code', { config: { access: USER }, schema: { tags, summary: 'The on-site check-in code and its QR code (organisation managers)', params: shiftParams } },
      async (req) => svc.checkCode(db, config, contextOf(req), req.params.shiftId));

    app.post('/api/v1/shifts/:shiftId/attendance', { config: { access: USER }, schema: { tags, summary: 'Check someone on the roster in or out (organisation managers)', params: shiftParams, body: s.markBody } },
      async (req) => svc.markAttendance(db, contextOf(req), req.params.shiftId, req.body));

    app.post('/api/v1/shifts/:shiftId/check-in', { config: { access: USER }, schema: { tags, summary: 'Check myself in or out with the on-site code', params: shiftParams, body: s.checkInBody } },
      async (req) => svc.checkIn(db, contextOf(req), req.params.shiftId, req.body));

    app.post('/api/v1/shifts/:shiftId/hours', { config: { access: USER }, schema: { tags, summary: 'Report my hours after the shift', params: shiftParams, body: s.hoursBody } },
      async (req) => svc.reportHours(db, contextOf(req), req.params.shiftId, req.body));

    app.get('/api/v1/organisations/:orgId/attendance', { config: { access: orgRole('member') }, schema: { tags, summary: "The organisation's hours, awaiting a decision or decided", params: orgParams, querystring: s.attendanceListQuery } },
      async (req) => verification.listAttendance(db, req.params.orgId, req.query));

    app.post('/api/v1/attendance/:attendanceId/decision', { config: { access: USER }, schema: { tags, summary: 'Verify, adjust or reject hours (organisation managers)', params: s.attendanceParams, body: s.decisionBody } },
      async (req) => verification.decide(db, writer, contextOf(req), req.params.attendanceId, req.body));

    app.post('/api/v1/organisations/:orgId/attendance/verify', { config: { access: orgRole('manager') }, schema: { tags, summary: 'Verify many records at once (flagged ones are skipped)', params: orgParams, body: s.bulkVerifyBody } },
      async (req) => verification.bulkVerify(db, writer, contextOf(req), req.params.orgId, req.body.ids));
  };
}
