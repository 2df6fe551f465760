import type { MemberRole, PlatformRole, TokenScope } from '../../../../../packages/shared/src/index.ts';

/** One organisation the actor belongs to. */
export interface ActorMembership {
  organisationId: string;
  role: MemberRole;
}

/**
 * Who is making a request, resolved once by the auth plugin. Services receive it and decide;
 * nothing below the route layer looks at cookies or headers.
 */
export interface Actor {
  userId: string;
  displayName: string;
  email: string;
  locale: string;
  platformRole: PlatformRole | null;
  memberships: ActorMembership[];
  /** The organisation the person currently acts for, or null when acting for themself. */
  actingOrganisationId: string | null;
  /** How the request authenticated. */
  via: 'session' | 'token';
  /** Token scopes (sessions carry every scope). */
  scopes: readonly TokenScope[];
  /** Session id hash, when authenticated by cookie (sign-out and "act as" need it). */
  sessionIdHash: string | null;
}

/** What a service needs to know about the request besides its input. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string | null;
}

/** The actor's role in an organisation, or null. */
export function roleIn(actor: Actor | null, organisationId: string): MemberRole | null {
  return actor?.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}
