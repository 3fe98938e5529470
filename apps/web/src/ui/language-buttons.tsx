import type { Locale } from '@groeiwijzer/domain';
import languageButtonsStyles from './language-buttons.module.css';

interface LanguageButtonsProps {
  /** The group's name, e.g. "Taal". */
  label: string;
  /** Passed in rather than imported: the survey page must not load the domain library's index. */
  locales: readonly Locale[];
  locale: Locale;
  /** Each language's name in that language. */
  nameOf: (locale: Locale) => string;
  onChoose: (locale: Locale) => void;
}

/** The two language buttons (pressed: the current one), for the app's header and the light
 * survey page alike. Each name is marked with its own language for screen readers. */
export function LanguageButtons({ label, locales, locale, nameOf, onChoose }: LanguageButtonsProps) {
  return (
    <div className={languageButtonsStyles.languageSwitch} role="group" aria-label={label}>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={languageButtonsStyles.languageSwitchButton}
          aria-pressed={option === locale}
          onClick={() => onChoose(option)}
        >
          {nameOf(option)}
        </button>
      ))}
    </div>
  );
}
