import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SurveyInfo } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';
import { readStoredLocale, storeLocale } from '../i18n/locale-storage';
import { makeSurveyT } from '../i18n/survey';
import { Questionnaire } from './components/questionnaire';
import { SurveyProblemView } from './components/survey-problem';
import { SurveyShell } from './components/survey-shell';
import { surveyApi, type SurveyProblem } from './survey-api';
import loadingStyles from '../ui/loading.module.css';

type LoadState =
  | { state: 'loading' }
  | { state: 'problem'; problem: SurveyProblem; focus: boolean }
  | { state: 'ready'; info: SurveyInfo };

/** The respondent's questionnaire at /s/:token: no account, no router, a small bundle. */
export function SurveyApp({ token }: { token: string | null }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);
  const t = useMemo(() => makeSurveyT(locale), [locale]);
  const [load, setLoad] = useState<LoadState>(
    token ? { state: 'loading' } : { state: 'problem', problem: 'not_found', focus: false },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    // The questionnaire carries both languages: a language switch does not reload it.
    void surveyApi.load(token, readStoredLocale()).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'ready', info: result.value } : { state: 'problem', problem: result.problem, focus: false });
    });
    return () => {
      cancelled = true;
    };
  }, [token, attempt]);

  const changeLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  let content;
  if (load.state === 'loading') {
    content = (
      <p className={loadingStyles.loading} role="status">
        {t('common.loading')}
      </p>
    );
  } else if (load.state === 'problem') {
    content = <SurveyProblemView t={t} problem={load.problem} focus={load.focus || attempt > 0} onRetry={retry} />;
  } else {
    content = (
      <Questionnaire
        t={t}
        locale={locale}
        token={token ?? ''}
        info={load.info}
        onProblem={(problem) => setLoad({ state: 'problem', problem, focus: true })}
      />
    );
  }

  return (
    <SurveyShell t={t} locale={locale} onLocaleChange={changeLocale}>
      {content}
    </SurveyShell>
  );
}
