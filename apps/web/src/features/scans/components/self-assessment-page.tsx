import { useMemo, useState, type FormEvent, type MouseEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AnswerMap } from '@groeiwijzer/contracts';
import { ASPECTS, getInstrument, itemText, type Instrument } from '@groeiwijzer/domain';
import { plural, useLocale, useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, FormAlert, Loading, PageTitle, ScaleQuestion } from '../../../ui';
import { useRound } from '../hooks/use-round';
import { useSaveSelfAssessment, useSelfAssessment } from '../hooks/use-self-assessment';
import { RoundLoadError } from './round-load-error';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './self-assessment-page.module.css';

const questionId = (itemId: string) => `self-${itemId}`;

function instrumentOf(version: number): Instrument | null {
  try {
    return getInstrument(version);
  } catch {
    return null;
  }
}

function focusQuestion(event: MouseEvent<HTMLAnchorElement>, itemId: string) {
  event.preventDefault();
  document.getElementById(questionId(itemId))?.querySelector<HTMLInputElement>('input')?.focus();
}

/** The owner answers the same statements, in the owner's wording where there is one. */
export function SelfAssessmentPage() {
  const { roundId = '' } = useParams();
  const round = useRound(roundId);
  const saved = useSelfAssessment(roundId);

  if (round.isPending || saved.isPending) return <Loading />;
  if (round.isError) return <RoundLoadError error={round.error} />;
  if (saved.isError) return <RoundLoadError error={saved.error} />;
  const instrument = instrumentOf(round.data.instrumentVersion);
  if (!instrument) return <RoundLoadError error={null} />;
  return (
    <SelfAssessmentForm
      roundId={roundId}
      roundTitle={round.data.title}
      instrument={instrument}
      initial={saved.data ?? {}}
      done={saved.data !== null}
    />
  );
}

interface SelfAssessmentFormProps {
  roundId: string;
  roundTitle: string;
  instrument: Instrument;
  initial: AnswerMap;
  done: boolean;
}

function SelfAssessmentForm({ roundId, roundTitle, instrument, initial, done }: SelfAssessmentFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const save = useSaveSelfAssessment(roundId);
  const errors = useFormErrors(save.error);
  const [answers, setAnswers] = useState<AnswerMap>(initial);
  const [checked, setChecked] = useState(0);
  const sections = useMemo(
    () =>
      ASPECTS.map((aspect) => ({ aspect, items: instrument.items.filter((item) => item.aspect === aspect.key) })).filter(
        (section) => section.items.length > 0,
      ),
    [instrument],
  );
  const missing = checked ? instrument.items.filter((item) => !(item.id in answers)) : [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (instrument.items.some((item) => !(item.id in answers))) {
      setChecked((count) => count + 1);
      return;
    }
    save.mutate(answers, { onSuccess: () => navigate(`/scans/${roundId}`, { state: { notice: 'selfSaved' } }) });
  }

  return (
    <div className={styles.selfAssessment}>
      <p className={pageStyles.eyebrow}>{roundTitle}</p>
      <PageTitle>{t('scans.self.pageTitle')}</PageTitle>
      <p className={pageStyles.lead}>{t('scans.self.pageIntro')}</p>
      {done && (
        <Alert tone="info">
          <p>{t('scans.self.alreadyDone')}</p>
        </Alert>
      )}
      <form className={formStyles.form} noValidate onSubmit={submit}>
        <FormAlert key={save.submittedAt} message={errors.summary} />
        {missing.length > 0 && (
          <Alert key={checked} tone="error" title={plural(t, 'scans.self.missingTitle', missing.length)} focusOnMount>
            <ul>
              {missing.map((item) => (
                <li key={item.id}>
                  <a href={`#${questionId(item.id)}`} onClick={(event) => focusQuestion(event, item.id)}>
                    {itemText(item, locale, 'owner')}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {sections.map(({ aspect, items }) => (
          <section key={aspect.key} aria-labelledby={`self-aspect-${aspect.key}`} className={styles.selfAssessmentAspect}>
            <h2 id={`self-aspect-${aspect.key}`}>{aspect[locale]}</h2>
            {items.map((item) => (
              <ScaleQuestion
                key={item.id}
                id={questionId(item.id)}
                legend={itemText(item, locale, 'owner')}
                labels={instrument.scale.labels[locale]}
                dontKnowLabel={instrument.scale.dontKnow[locale]}
                value={answers[item.id]}
                onChange={(value) => setAnswers((current) => ({ ...current, [item.id]: value }))}
                error={missing.some((m) => m.id === item.id) ? t('scans.self.missingOne') : undefined}
                errorPrefix={t('common.errorPrefix')}
              />
            ))}
          </section>
        ))}
        <div className={formStyles.formActions}>
          <Button type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
            {t('scans.self.submit')}
          </Button>
          <Link to={`/scans/${roundId}`}>{t('common.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
