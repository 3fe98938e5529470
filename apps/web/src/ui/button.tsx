import { type ButtonHTMLAttributes, type Ref } from 'react';
import { Link, type LinkProps } from 'react-router-dom';
import { cx, variant } from './cx';
import buttonStyles from './button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

function classes(kind: ButtonVariant, extra?: string): string {
  return cx(buttonStyles.button, variant(buttonStyles, 'button', kind), extra);
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Shows `busyLabel` and blocks a second submit while a request runs. */
  busy?: boolean;
  busyLabel?: string;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', busy = false, busyLabel, className, children, disabled, type = 'button', ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} className={classes(variant, className)} disabled={disabled || busy} aria-busy={busy || undefined}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
}

/** A link that looks like a button: it goes somewhere, it does not do something. */
export function ButtonLink({ variant = 'primary', className, ...rest }: ButtonLinkProps) {
  return <Link {...rest} className={classes(variant, className)} />;
}
