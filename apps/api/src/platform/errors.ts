/**
 * Typed, framework-agnostic errors. Services throw these; one Fastify error handler maps them to
 * `{ error: { code, message, details } }`. A `code` is stable and is the UI's translation key
 * (`errors.<code>` in both locale catalogues — a test checks every code is translated).
 */
export class AppError extends Error {
  /** Stable machine code, e.g. `organisation.last_owner`. */
  readonly code: string;
  /** HTTP status the error maps to. */
  readonly status: number;
  /** Extra structured information for the client (field errors, limits). */
  readonly details: unknown;
  /** Whether the error is worth reporting to operators (unexpected, not a user mistake). */
  readonly reportable: boolean;

  constructor(code: string, status: number, message: string, details?: unknown, reportable = false) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.details = details ?? null;
    this.reportable = reportable;
  }
}

/** 400: the input is malformed or breaks a rule that depends only on the input. */
export class ValidationError extends AppError {
  constructor(message = 'The request is not valid.', details?: unknown, code = 'validation.failed') {
    super(code, 400, message, details);
  }
}

/** 401: the request needs a signed-in user or a valid token. */
export class UnauthenticatedError extends AppError {
  constructor(code = 'auth.required', message = 'Sign in to continue.') {
    super(code, 401, message);
  }
}

/** 403: the resource is visible to the actor but the action is not allowed. */
export class ForbiddenError extends AppError {
  constructor(code = 'auth.forbidden', message = 'You are not allowed to do this.') {
    super(code, 403, message);
  }
}

/** 404: missing, or not visible to the actor — never says which. */
export class NotFoundError extends AppError {
  constructor(code = 'not_found', message = 'Not found.') {
    super(code, 404, message);
  }
}

/** 409: the request conflicts with the current state (duplicate, wrong state, idempotency clash). */
export class ConflictError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(code, 409, message, details);
  }
}

/** 429: too many attempts. */
export class RateLimitedError extends AppError {
  constructor(message = 'Too many attempts. Try again in a minute.') {
    super('rate_limited', 429, message);
  }
}

/**
 * Every error code the API can answer with. The UI catalogues must translate each one; the
 * i18n test reads this list. Add the code here when you add a new error.
 */
export const ERROR_CODES = [
  'validation.failed',
  'validation.body_too_large',
  'validation.unsupported_media_type',
  'auth.required',
  'auth.forbidden',
  'auth.invalid_credentials',
  'auth.session_expired',
  'auth.csrf_failed',
  'auth.token_scope',
  'auth.wrong_password',
  'auth.reset_token_invalid',
  'auth.account_disabled',
  'not_found',
  'route.not_found',
  'rate_limited',
  'internal',
  'user.email_taken',
  'user.last_admin',
  'organisation.not_verified',
  'organisation.already_decided',
  'organisation.last_owner',
  'organisation.not_a_member',
  'organisation.owner_required',
  'membership.already_member',
  'invitation.already_pending',
  'invitation.not_pending',
  'invitation.wrong_email',
  'session.not_a_member',
  'framework.code_taken',
  'priority.code_taken',
  'priority.cycle',
  'priority.has_children',
  'priority.in_use',
  'priority_link.exists',
  'priority_link.same_framework',
  'initiative.conflict_of_interest',
  'initiative.invalid_transition',
  'initiative.needs_required',
  'initiative.not_editable',
  'initiative.reviewer_required',
  'need.not_deletable',
  'contribution.designation_not_accepted',
  'contribution.finance_required',
  'contribution.initiative_not_open',
  'contribution.invalid_transition',
  'contribution.kind_not_accepted',
  'contribution.kind_not_pledgeable',
  'contribution.need_closed',
  'contribution.no_valuation_rule',
  'contribution.not_allowed',
  'contribution.over_target',
  'contribution.target_reached',
  'idempotency.key_reused',
  'receipt.not_found',
  'receipt.pdf_unavailable',
  'fund.code_taken',
  'shift.not_open',
  'shift.started',
  'shift.age_unknown',
  'shift.too_young',
  'shift.overlaps',
  'shift.already_signed_up',
  // Expertise offers and engagements, knowledge sessions (modules/knowledge).
  'offer.need_closed',
  'offer.own_organisation',
  'offer.already_made',
  'offer.not_open',
  'engagement.expert_only',
  'engagement.not_active',
  'engagement.self_sign_off',
  'engagement.no_hours',
  'engagement.hours_changed',
  'mentorship.ended',
  'session.already_decided',
  'session.self_confirmation',
  'validation.in_future',
  // Certificates (modules/recognition) and calendar feeds (modules/volunteering).
  'certificate.no_verified_hours',
  'certificate.not_found',
  'certificate.pdf_unavailable',
  'calendar.not_found',
  // Shift changes, on-site check-in and attendance decisions (modules/volunteering).
  'shift.cancelled',
  'shift.capacity_below_confirmed',
  'shift.code_outside_window',
  'shift.code_invalid',
  'shift.has_verified_hours',
  'attendance.already_decided',
  'attendance.not_confirmed',
  'attendance.not_on_roster',
  'attendance.not_checked_in',
  'attendance.shift_not_over',
  'attendance.no_minutes',
  'attendance.no_time_need',
  'attendance.flagged',
  'attendance.shift_moved',
  // The volunteer skills list admins keep (modules/volunteering/skills.*).
  'skill.code_taken',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
