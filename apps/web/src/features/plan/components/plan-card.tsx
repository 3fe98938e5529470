import type { PlanStep } from '@groeiwijzer/contracts';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { formatDate, formatScore } from '../../../lib/format';
import { Button } from '../../../ui';
import { KindBadge } from '../../matching/components/kind-badge';
import { aspectName } from '../../report/report-model';
import { planStepIcsUrl } from '../api/plan-api';
import { checklistProgress, directionForKey, isOverdue, PLAN_COLUMNS, type MoveDirection } from '../plan-board';
import styles from './plan-card.module.css';
import formStyles from '../../../ui/form.module.css';

export const KEYBOARD_HINT_ID = 'plan-keyboard-hint';

interface PlanCardProps {
  step: PlanStep;
  index: number;
  columnLength: number;
  today: string;
  dragging: boolean;
  deleting: boolean;
  /** `onCard`: an arrow key on the card itself (focus stays on the card), else a move button. */
  onMove: (direction: MoveDirection, onCard: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}

/** One step on the board. It moves by mouse (drag), by the arrow keys while the card itself has
 * focus, and by the four move buttons; a move button that has nowhere to go says so (aria-disabled)
 * instead of disappearing, so focus never gets lost. */
export function PlanCard({ step, index, columnLength, today, dragging, deleting, onMove, onEdit, onDelete, onDragStart, onDragEnd }: PlanCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const column = PLAN_COLUMNS.indexOf(step.status);
  const previous = PLAN_COLUMNS[column - 1];
  const next = PLAN_COLUMNS[column + 1];
  const progress = checklistProgress(step.checklist);
  const titleId = `plan-step-${step.id}-title`;

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget) return;
    const direction = directionForKey(event);
    if (!direction) return;
    event.preventDefault();
    onMove(direction, true);
  }

  const moves: { direction: MoveDirection; label: string; symbol: string; possible: boolean }[] = [
    { direction: 'up', label: t('plan.card.moveUp'), symbol: '↑', possible: index > 0 },
    { direction: 'down', label: t('plan.card.moveDown'), symbol: '↓', possible: index < columnLength - 1 },
    {
      direction: 'previous',
      label: previous ? t('plan.card.moveTo', { column: t(`plan.columns.${previous}`) }) : t('plan.card.movePrevious'),
      symbol: '←',
      possible: !!previous,
    },
    { direction: 'next', label: next ? t('plan.card.moveTo', { column: t(`plan.columns.${next}`) }) : t('plan.card.moveNext'), symbol: '→', possible: !!next },
  ];

  return (
    <article
      className={[styles.card, dragging ? styles.dragging : ''].filter(Boolean).join(' ')}
      data-step={step.id}
      data-status={step.status}
      data-index={index}
      tabIndex={0}
      aria-labelledby={titleId}
      aria-describedby={KEYBOARD_HINT_ID}
      draggable
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onKeyDown={onKeyDown}
    >
      <h3 id={titleId} className={styles.title}>
        {step.title}
      </h3>
      <dl className={styles.details}>
        <div>
          <dt>{t('plan.card.aspect')}</dt>
          <dd>{aspectName(step.aspect, locale)}</dd>
        </div>
        {step.item && (
          <div>
            <dt>{t('plan.card.item')}</dt>
            <dd>
              <KindBadge kind={step.item.kind} /> <Link to={`/catalogus/${encodeURIComponent(step.item.id)}`}>{step.item.title}</Link>
            </dd>
          </div>
        )}
        {step.dueDate && (
          <div>
            <dt>{t('plan.card.due')}</dt>
            <dd>
              {formatDate(step.dueDate, locale)}
              {isOverdue(step, today) && <strong className={styles.overdue}> ({t('plan.card.overdue')})</strong>}
            </dd>
          </div>
        )}
        {step.responsible && (
          <div>
            <dt>{t('plan.card.responsible')}</dt>
            <dd>{step.responsible}</dd>
          </div>
        )}
        {progress.total > 0 && (
          <div>
            <dt>{t('plan.card.checklist')}</dt>
            <dd>
              {t('plan.card.checklistProgress', progress)}
              <span className={styles.progress} aria-hidden="true">
                <span style={{ width: `${Math.round((progress.done / progress.total) * 100)}%` }} />
              </span>
            </dd>
          </div>
        )}
      </dl>
      {progress.total > 0 && (
        <ul className={styles.printChecklist}>
          {step.checklist.map((entry, n) => (
            <li key={n}>
              {entry.done ? '☑' : '☐'} {entry.text}
            </li>
          ))}
        </ul>
      )}
      {step.note && <p className={styles.note}>{step.note}</p>}
      {step.status === 'done' && step.result && (
        <p className={styles.result}>
          {step.result.after !== null
            ? t('plan.card.result', { before: formatScore(step.result.before, locale), after: formatScore(step.result.after, locale) })
            : t('plan.card.resultPending', { before: formatScore(step.result.before, locale) })}
        </p>
      )}
      <div className={`${styles.actions} no-print`}>
        {!confirming ? (
          <>
            <Button variant="secondary" onClick={onEdit} aria-label={`${t('plan.card.edit')}: ${step.title}`}>
              {t('plan.card.edit')}
            </Button>
            <Button ref={deleteButton} variant="quiet" onClick={() => setConfirming(true)} aria-label={`${t('plan.card.delete')}: ${step.title}`}>
              {t('plan.card.delete')}
            </Button>
            {step.dueDate && (
              <a href={planStepIcsUrl(step.id)} download className={styles.calendar} aria-label={`${t('plan.card.calendar')}: ${step.title}`}>
                {t('plan.card.calendar')}
              </a>
            )}
          </>
        ) : (
          <div className={styles.confirm} role="group" aria-labelledby={`${titleId}-confirm`}>
            <p id={`${titleId}-confirm`}>{t('plan.card.deleteConfirm', { title: step.title })}</p>
            <div className={formStyles.actions}>
              <Button autoFocus busy={deleting} busyLabel={t('common.saving')} onClick={onDelete}>
                {t('plan.card.deleteYes')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => deleteButton.current?.focus());
                }}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        )}
      </div>
      <div className={`${styles.moves} no-print`} role="group" aria-label={`${t('plan.card.move')}: ${step.title}`}>
        {moves.map((move) => (
          <button
            key={move.direction}
            type="button"
            className={styles.move}
            data-move={move.direction}
            aria-disabled={move.possible ? undefined : true}
            aria-label={move.label}
            title={move.label}
            onClick={() => move.possible && onMove(move.direction, false)}
          >
            <span aria-hidden="true">{move.symbol}</span>
          </button>
        ))}
      </div>
    </article>
  );
}
