import type { Locale } from '@groeiwijzer/domain';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface RegisterRequest {
  email: string;
  password: string;
  name: string;
  locale?: Locale;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface MagicLinkRequest {
  email: string;
  locale?: Locale;
}

export interface MagicLinkVerifyRequest {
  token: string;
}

export interface UserResponse {
  user: User;
}

export type OrganisationRole = 'owner';

export interface MeResponse {
  user: User;
  organisations: { id: string; name: string; role: OrganisationRole }[];
  publishers: { id: string; name: string }[];
  coachItemId: string | null;
  isAdmin: boolean;
}

/** GET /api/auth/session: who is signed in, or nobody (200 either way, so a signed-out page
 * makes no failing request). */
export interface SessionResponse {
  me: MeResponse | null;
}

export interface UpdateMeRequest {
  name?: string;
  locale?: Locale;
}
