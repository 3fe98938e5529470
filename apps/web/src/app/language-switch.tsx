import { LOCALES, type Locale } from '@groeiwijzer/domain';
import { useLocale, useT } from '../i18n';
import { useMe } from '../features/auth/hooks/use-me';
import { useUpdateMe } from '../features/auth/hooks/use-update-me';
import { LanguageButtons } from '../ui/language-buttons';

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

  return <LanguageButtons label={t('language.label')} locales={LOCALES} locale={locale} nameOf={(option) => t(`language.${option}`)} onChoose={choose} />;
}
