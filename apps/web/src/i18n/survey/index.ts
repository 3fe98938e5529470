import type { Locale } from '@groeiwijzer/domain';
import { translate, type Paths, type Vars, type Widen } from '../catalogue';
import { surveyEn } from './en';
import { surveyNl } from './nl';

export type SurveyCatalogue = Widen<typeof surveyNl>;
export type SurveyMessageKey = Paths<typeof surveyNl>;
export type SurveyT = (key: SurveyMessageKey, vars?: Vars) => string;

export const surveyCatalogues: Readonly<Record<Locale, SurveyCatalogue>> = { nl: surveyNl, en: surveyEn };

export function makeSurveyT(locale: Locale): SurveyT {
  const catalogue = surveyCatalogues[locale];
  return (key, vars) => translate(catalogue, key, vars, surveyNl);
}
