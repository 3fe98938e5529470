import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { cx } from './cx';
import buttonStyles from './button.module.css';
import copyFieldStyles from './copy-field.module.css';
import fieldStyles from './field.module.css';

interface CopyFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
}

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard access (older browser, no permission): select the text so Ctrl+C works.
    input?.focus();
    input?.select();
    return false;
  }
}

/** A link to pass on: read-only, selectable, with a copy button that says when it worked. */
export function CopyField({ id, label, value, hint }: CopyFieldProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const hintId = hint ? `${id}-hint` : undefined;

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  return (
    <div className={fieldStyles.field}>
      <label className={fieldStyles.fieldLabel} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className={fieldStyles.fieldHint} id={hintId}>
          {hint}
        </p>
      )}
      <div className={copyFieldStyles.copyFieldRow}>
        <input
          ref={input}
          id={id}
          className={cx(fieldStyles.fieldInput, copyFieldStyles.copyFieldInput)}
          type="text"
          readOnly
          value={value}
          aria-describedby={hintId}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className={cx(buttonStyles.button, buttonStyles.buttonSecondary)}
          onClick={() => void copyText(value, input.current).then((ok) => setStatus(ok ? 'copied' : 'manual'))}
        >
          {t('common.copy')}
        </button>
      </div>
      <p className={copyFieldStyles.copyFieldStatus} role="status">
        {status === 'copied' ? t('common.copied') : status === 'manual' ? t('common.copyManually') : ''}
      </p>
    </div>
  );
}
