import { useEffect, useRef, type ReactNode } from 'react';
import alertStyles from './alert.module.css';
import { cx, variant } from './cx';

interface AlertProps {
  tone: 'error' | 'success' | 'info';
  title?: string;
  children?: ReactNode;
  /** Move keyboard and screen-reader focus here when the alert appears (form errors). */
  focusOnMount?: boolean;
}

export function Alert({ tone, title, children, focusOnMount = false }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div
      ref={ref}
      className={cx(alertStyles.alert, variant(alertStyles, 'alert', tone))}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={focusOnMount ? -1 : undefined}
    >
      {title && <p className={alertStyles.alertTitle}>{title}</p>}
      {children && <div>{children}</div>}
    </div>
  );
}
