import type { CreatePlanStepRequest, PlanStatus, PlanStep } from '@groeiwijzer/contracts';
import { isAspectKey, type AspectKey } from '@groeiwijzer/domain';

/** What the step form holds: text as typed, '' for "not filled in". */
export interface PlanFormValues {
  title: string;
  aspect: AspectKey | '';
  dueDate: string;
  status: PlanStatus;
  responsible: string;
  checklist: { text: string; done: boolean }[];
  note: string;
}

export const PLAN_TITLE_MAX = 200;

export function emptyPlanValues(status: PlanStatus = 'idea', aspect: AspectKey | '' = ''): PlanFormValues {
  return { title: '', aspect, dueDate: '', status, responsible: '', checklist: [], note: '' };
}

export function planValuesOf(step: PlanStep): PlanFormValues {
  return {
    title: step.title,
    aspect: isAspectKey(step.aspect) ? step.aspect : '',
    dueDate: step.dueDate ?? '',
    status: step.status,
    responsible: step.responsible ?? '',
    checklist: step.checklist.map((entry) => ({ ...entry })),
    note: step.note ?? '',
  };
}

/** The request: trimmed, empty fields as null, empty checklist rows left out. The aspect is
 * checked before (checkPlanValues), so '' never reaches the API from the form. */
export function toPlanRequest(values: PlanFormValues): CreatePlanStepRequest {
  const text = (value: string) => value.trim() || null;
  return {
    title: values.title.trim(),
    aspect: values.aspect as AspectKey,
    dueDate: values.dueDate || null,
    status: values.status,
    responsible: text(values.responsible),
    checklist: values.checklist.map((entry) => ({ text: entry.text.trim(), done: entry.done })).filter((entry) => entry.text !== ''),
    note: text(values.note),
  };
}

export interface PlanCheckMessages {
  titleMissing: string;
  aspectMissing: string;
}

/** What the form can tell before asking the API: a title and an aspect are needed. */
export function checkPlanValues(values: PlanFormValues, messages: PlanCheckMessages): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.title.trim()) problems.title = messages.titleMissing;
  if (!values.aspect) problems.aspect = messages.aspectMissing;
  return problems;
}

/** Form keys in the order the fields appear, for the error summary. */
export const PLAN_FIELD_ORDER = ['title', 'aspect', 'status', 'dueDate', 'responsible', 'checklist', 'note'];

const TOP_FIELDS = ['title', 'aspect', 'status', 'dueDate', 'responsible', 'note'];

/** Maps the API's field names (`title`, `checklist.2.text`) to the form's keys; null for fields the
 * form does not show (they go in the summary above it). */
export function resolvePlanField(rows: number): (apiField: string) => string | null {
  return (apiField) => {
    if (TOP_FIELDS.includes(apiField)) return apiField;
    const [group, index] = apiField.split('.');
    if (group !== 'checklist') return null;
    if (index === undefined) return 'checklist';
    const row = Number(index);
    return Number.isInteger(row) && row >= 0 && row < rows ? `checklist.${row}` : 'checklist';
  };
}
