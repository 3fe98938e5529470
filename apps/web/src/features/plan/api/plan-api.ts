import type { CreatePlanStepRequest, PlanStep, UpdatePlanStepRequest } from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

export const planApi = {
  list: (organisationId: string) => apiFetch<PlanStep[]>(`/api/organisations/${enc(organisationId)}/plan`),
  create: (organisationId: string, body: CreatePlanStepRequest | { itemId: string; aspect: string }) =>
    apiFetch<PlanStep>(`/api/organisations/${enc(organisationId)}/plan`, { method: 'POST', body }),
  update: (stepId: string, body: UpdatePlanStepRequest) => apiFetch<PlanStep>(`/api/plan/${enc(stepId)}`, { method: 'PATCH', body }),
  remove: (stepId: string) => apiFetch<void>(`/api/plan/${enc(stepId)}`, { method: 'DELETE' }),
};

/** A step with a due date as a calendar file (a plain link: the session cookie goes along). */
export const planStepIcsUrl = (stepId: string) => `/api/plan/${enc(stepId)}/calendar.ics`;
