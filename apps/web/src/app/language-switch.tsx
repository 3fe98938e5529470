import { LOCALES, type Locale } from '@groeiwijzer/domain';
import { useLocale, useT } from '../i18n';
import { useMe } from '../features/auth/hooks/use-me';
import { useUpdateMe } from '../features/auth/hooks/use-update-me';

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const me = useMe();
  const updateMe = useUpdateMe();

  function choose(next: Locale) {
    if (next === locale) return;
    setLocale(next);
    // Mails follow the account's language; failing to save that must not block the switch.
    if (me.data) updateMe.mutate({ locale: next }, { onError: () => undefined });
  }

  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__button"
          aria-pressed={option === locale}
          onClick={() => choose(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
