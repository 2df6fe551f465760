/** The audit module: the append-only log every other module records its changes in. */
export { recordAudit, type AuditChange } from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
