import { useEffect, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useT } from '../i18n';
import styles from './dialog.module.css';
import { cx } from './cx';
import buttonStyles from './button.module.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The controls Tab can reach inside `root`, in order (hidden ones left out). */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
}

interface DialogProps {
  open: boolean;
  onClose: () => void;
  /** The dialog's heading; it also names the dialog. */
  title: string;
  /** Unique on the page: the heading's id is `<id>-title`. */
  id: string;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the page behind it inert,
 * Escape closes it, and it is named by its heading. Tab and Shift+Tab also wrap inside it (the
 * browser would otherwise let focus leave to its own toolbar), and focus goes back to the control
 * that opened it. The contents mount only while open, so a form starts fresh every time.
 */
export function Dialog({ open, onClose, title, id, children, wide = false }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // Start at the first field (the browser would pick the close button in the header).
      const body = dialog.querySelector<HTMLElement>('[data-dialog-body]');
      const first = body && focusableIn(body).find((element) => element.matches('input, select, textarea'));
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      opener.current?.focus();
      opener.current = null;
    }
  }, [open]);

  // Unmounted while open (e.g. the page changed): give focus back all the same.
  useEffect(
    () => () => {
      if (opener.current?.isConnected) opener.current.focus();
    },
    [],
  );

  function onCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // Escape: the parent decides (its state says whether the dialog is open).
    event.preventDefault();
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const controls = focusableIn(ref.current);
    if (controls.length === 0) return;
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      id={id}
      className={[styles.dialog, wide ? styles.wide : ''].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
    >
      {open && (
        <div className={styles.frame}>
          <div className={styles.header}>
            <h2 id={`${id}-title`} className={styles.title}>
              {title}
            </h2>
            <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonQuiet, styles.close)} onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
          <div className={styles.body} data-dialog-body="">
            {children}
          </div>
        </div>
      )}
    </dialog>
  );
}
