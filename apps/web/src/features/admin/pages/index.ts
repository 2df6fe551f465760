/** Foundation console pages, loaded on demand (only platform staff ever open them). */
export { ApprovalsPage } from './ApprovalsPage.tsx';
export { AuditLogPage } from './AuditLogPage.tsx';
export { ConsoleLayout } from './ConsoleLayout.tsx';
export { OutboxPage } from './OutboxPage.tsx';
export { SkillsPage } from './SkillsPage.tsx';
export { UsersPage } from './UsersPage.tsx';
