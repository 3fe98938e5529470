import type { PlanStatus, PlanStep } from '@groeiwijzer/contracts';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { plural, useT } from '../../../i18n';
import { dropTarget, keyboardTarget, PLAN_COLUMNS, toBoard, type MoveDirection, type MoveTarget } from '../plan-board';
import styles from './plan-board.module.css';
import { KEYBOARD_HINT_ID, PlanCard } from './plan-card';

interface PlanBoardProps {
  steps: readonly PlanStep[];
  today: string;
  deletingId: string | null;
  onMove: (step: PlanStep, target: MoveTarget) => void;
  onEdit: (step: PlanStep) => void;
  onDelete: (step: PlanStep) => void;
}

/** Where focus goes after a keyboard move: the same control on the moved card (its DOM node is
 * new when it changed column). */
interface FocusRequest {
  stepId: string;
  control: MoveDirection | 'card';
  /** Where the step is going: the board shows it there once the move is applied. */
  target: MoveTarget;
}

interface DropSpot {
  status: PlanStatus;
  /** The card the dragged one goes before; null: the end of the column. */
  beforeId: string | null;
}

/** The four columns of the action plan. HTML5 drag and drop for the mouse; arrow keys and the
 * move buttons for the keyboard. */
export function PlanBoard({ steps, today, deletingId, onMove, onEdit, onDelete }: PlanBoardProps) {
  const t = useT();
  const board = useMemo(() => toBoard(steps), [steps]);
  const root = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [dropSpot, setDropSpot] = useState<DropSpot | null>(null);

  useEffect(() => {
    if (!focusRequest || !root.current) return;
    const card = root.current.querySelector<HTMLElement>(`[data-step="${CSS.escape(focusRequest.stepId)}"]`);
    // The move shows a moment later (after pending reloads are cancelled): wait for it.
    const { status, position } = focusRequest.target;
    if (!card || card.dataset.status !== status || card.dataset.index !== String(position)) return;
    const control = focusRequest.control === 'card' ? null : card.querySelector<HTMLElement>(`[data-move="${focusRequest.control}"]`);
    (control ?? card).focus();
    setFocusRequest(null);
  }, [focusRequest, steps]);

  function moveByKeyboard(step: PlanStep, direction: MoveDirection, control: FocusRequest['control']) {
    const target = keyboardTarget(board, step.id, direction);
    if (!target) return;
    onMove(step, target);
    setFocusRequest({ stepId: step.id, control, target });
  }

  function onDragOverCard(event: DragEvent<HTMLLIElement>, status: PlanStatus, index: number) {
    if (!draggingId) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    const rect = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > rect.top + rect.height / 2;
    const beforeId = after ? (board[status][index + 1]?.id ?? null) : board[status][index].id;
    if (dropSpot?.status !== status || dropSpot.beforeId !== beforeId) setDropSpot({ status, beforeId });
  }

  function onDragOverColumn(event: DragEvent<HTMLElement>, status: PlanStatus) {
    if (!draggingId) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dropSpot?.status !== status || dropSpot.beforeId !== null) setDropSpot({ status, beforeId: null });
  }

  function onDrop(event: DragEvent<HTMLElement>, status: PlanStatus) {
    event.preventDefault();
    const stepId = draggingId ?? event.dataTransfer.getData('text/plain');
    const spot = dropSpot ?? { status, beforeId: null };
    const step = steps.find((candidate) => candidate.id === stepId);
    setDraggingId(null);
    setDropSpot(null);
    if (!step) return;
    const target = dropTarget(board, step.id, spot.status, spot.beforeId);
    if (target) onMove(step, target);
  }

  return (
    <div ref={root} className={styles.board}>
      <p id={KEYBOARD_HINT_ID} className="visually-hidden">
        {t('plan.keyboardHint')}
      </p>
      {PLAN_COLUMNS.map((status) => {
        const column = board[status];
        const headingId = `plan-column-${status}`;
        const dropHere = dropSpot?.status === status;
        return (
          <section
            key={status}
            className={[styles.column, styles[status], dropHere ? styles.dropTarget : ''].filter(Boolean).join(' ')}
            aria-labelledby={headingId}
            onDragOver={(event) => onDragOverColumn(event, status)}
            onDrop={(event) => onDrop(event, status)}
          >
            <h2 id={headingId} className={styles.heading}>
              {t(`plan.columns.${status}`)} <span className={styles.count}>({plural(t, 'plan.columnCount', column.length)})</span>
            </h2>
            {column.length === 0 ? (
              <p className={styles.empty}>{t('plan.columnEmpty')}</p>
            ) : (
              <ol className={styles.cards}>
                {column.map((step, index) => (
                  <li
                    key={step.id}
                    className={dropHere && dropSpot?.beforeId === step.id ? styles.dropBefore : undefined}
                    onDragOver={(event) => onDragOverCard(event, status, index)}
                  >
                    <PlanCard
                      step={step}
                      index={index}
                      columnLength={column.length}
                      today={today}
                      dragging={draggingId === step.id}
                      deleting={deletingId === step.id}
                      onMove={(direction, onCard) => moveByKeyboard(step, direction, onCard ? 'card' : direction)}
                      onEdit={() => onEdit(step)}
                      onDelete={() => onDelete(step)}
                      onDragStart={(event) => {
                        event.dataTransfer.effectAllowed = 'move';
                        event.dataTransfer.setData('text/plain', step.id);
                        setDraggingId(step.id);
                      }}
                      onDragEnd={() => {
                        setDraggingId(null);
                        setDropSpot(null);
                      }}
                    />
                  </li>
                ))}
              </ol>
            )}
            {dropHere && dropSpot?.beforeId === null && <div className={styles.dropEnd} aria-hidden="true" />}
          </section>
        );
      })}
    </div>
  );
}
