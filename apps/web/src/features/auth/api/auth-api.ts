import type {
  LoginRequest,
  MagicLinkRequest,
  MagicLinkVerifyRequest,
  RegisterRequest,
  SessionResponse,
  UpdateMeRequest,
  UserResponse,
} from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

export const authApi = {
  session: () => apiFetch<SessionResponse>('/api/auth/session'),
  updateMe: (body: UpdateMeRequest) => apiFetch<UserResponse>('/api/auth/me', { method: 'PATCH', body }),
  register: (body: RegisterRequest) => apiFetch<UserResponse>('/api/auth/register', { method: 'POST', body }),
  login: (body: LoginRequest) => apiFetch<UserResponse>('/api/auth/login', { method: 'POST', body }),
  logout: () => apiFetch<void>('/api/auth/logout', { method: 'POST' }),
  requestMagicLink: (body: MagicLinkRequest) => apiFetch<void>('/api/auth/magic-link', { method: 'POST', body }),
  verifyMagicLink: (body: MagicLinkVerifyRequest) =>
    apiFetch<UserResponse>('/api/auth/magic-link/verify', { method: 'POST', body }),
};
