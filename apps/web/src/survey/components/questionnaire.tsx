import { useEffect, useMemo, useState } from 'react';
import type { SurveyInfo } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';
import type { SurveyT } from '../../i18n/survey';
import { surveyApi, type SurveyProblem } from '../survey-api';
import {
  browserStorage,
  clearProgress,
  emptyProgress,
  hasProgress,
  loadProgress,
  saveProgress,
  type SurveyProgress,
} from '../survey-progress';
import { buildSteps, firstOpenStep, toSubmission, totalSteps } from '../survey-steps';
import { AspectScreen } from './aspect-screen';
import { FinalScreen } from './final-screen';
import { ThanksScreen } from './thanks-screen';
import { WelcomeScreen } from './welcome-screen';

/** 'welcome', a screen index (0 = first aspect … last = closing screen) or 'thanks'. */
type Screen = 'welcome' | number | 'thanks';

interface QuestionnaireProps {
  t: SurveyT;
  locale: Locale;
  token: string;
  info: SurveyInfo;
  /** The link turned out unusable while sending (used, closed, unknown). */
  onProblem: (problem: SurveyProblem) => void;
}

export function Questionnaire({ t, locale, token, info, onProblem }: QuestionnaireProps) {
  const storage = useMemo(browserStorage, []);
  const steps = useMemo(() => buildSteps(info.instrument), [info.instrument]);
  const total = totalSteps(steps);
  const [restored] = useState(() => loadProgress(storage, token));
  const [progress, setProgress] = useState<SurveyProgress>(() => restored ?? emptyProgress());
  const [screen, setScreen] = useState<Screen>('welcome');
  const [submitting, setSubmitting] = useState(false);
  const [failed, setFailed] = useState(0);
  // Focus moves to each new screen's heading, but not on arrival (the page just loaded).
  const [moved, setMoved] = useState(false);

  const resumeAt = restored && hasProgress(restored) ? Math.min(restored.step, firstOpenStep(steps, restored.answers), total - 1) : null;

  // Keep answers on the device while answering; only once the respondent has started.
  useEffect(() => {
    if (typeof screen === 'number') saveProgress(storage, token, { ...progress, step: screen });
  }, [storage, token, progress, screen]);

  function go(next: Screen) {
    setMoved(true);
    setScreen(next);
  }

  function restart() {
    clearProgress(storage, token);
    setProgress(emptyProgress());
    go(0);
  }

  async function submit() {
    setSubmitting(true);
    const result = await surveyApi.submit(token, locale, toSubmission(info.instrument, info.groups, progress.answers, progress.comment, progress.group));
    setSubmitting(false);
    if (result.ok) {
      clearProgress(storage, token);
      go('thanks');
      return;
    }
    if (['already_answered', 'round_closed', 'link_closed', 'round_full', 'not_found'].includes(result.problem)) {
      clearProgress(storage, token);
      onProblem(result.problem);
      return;
    }
    setFailed((count) => count + 1);
  }

  if (screen === 'welcome') {
    return (
      <WelcomeScreen
        t={t}
        locale={locale}
        info={info}
        steps={total}
        resumeAt={resumeAt === null ? null : resumeAt + 1}
        focus={moved}
        onStart={() => go(0)}
        onResume={() => go(resumeAt ?? 0)}
        onRestart={restart}
      />
    );
  }
  if (screen === 'thanks') return <ThanksScreen t={t} organisation={info.organisation} />;
  if (screen < steps.length) {
    return (
      <AspectScreen
        key={screen}
        t={t}
        locale={locale}
        instrument={info.instrument}
        step={steps[screen]}
        number={screen + 1}
        total={total}
        answers={progress.answers}
        focus={moved}
        onAnswer={(itemId, value) => setProgress((current) => ({ ...current, answers: { ...current.answers, [itemId]: value } }))}
        onBack={() => go(screen === 0 ? 'welcome' : screen - 1)}
        onNext={() => go(screen + 1)}
      />
    );
  }
  return (
    <FinalScreen
      t={t}
      groups={info.groups}
      number={total}
      total={total}
      group={progress.group}
      comment={progress.comment}
      focus={moved}
      submitting={submitting}
      failed={failed}
      onGroup={(group) => setProgress((current) => ({ ...current, group }))}
      onComment={(comment) => setProgress((current) => ({ ...current, comment }))}
      onBack={() => go(steps.length - 1)}
      onSubmit={() => void submit()}
    />
  );
}
