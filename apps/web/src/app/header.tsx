import { useEffect, useId, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { useT } from '../i18n';
import { useLogout } from '../features/auth/hooks/use-logout';
import { useMe } from '../features/auth/hooks/use-me';
import { ACCOUNT_PATH, NOTIFICATIONS_PATH } from '../features/settings/routes';
import { Button } from '../ui';
import siteHeaderStyles from '../ui/site-header.module.css';
import styles from './header.module.css';
import { LanguageSwitch } from './language-switch';

/** The header: the main links, the language, and a menu with the account's own links. On a
 * phone the main links fold into that menu too. */
export function Header() {
  const t = useT();
  const me = useMe();
  const logout = useLogout();
  const user = me.data?.user;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { pathname } = useLocation();

  // A chosen link closes the menu; so does Escape.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const main = [
    { to: '/catalogus', label: t('nav.catalogue'), show: true },
    { to: '/dashboard', label: t('nav.dashboard'), show: !!user },
    { to: '/uitgever', label: t('nav.publisher'), show: !!user && (me.data?.publishers.length ?? 0) > 0 },
    { to: '/coach', label: t('nav.coach'), show: !!user && !!me.data?.coachItemId },
    { to: '/beheer', label: t('nav.admin'), show: !!user && !!me.data?.isAdmin },
    { to: '/inloggen', label: t('nav.signIn'), show: !user && !me.isPending },
    { to: '/aanmelden', label: t('nav.signUp'), show: !user && !me.isPending },
  ].filter((l) => l.show);
  const own = user ? [{ to: NOTIFICATIONS_PATH, label: t('settings.headerLink') }, { to: ACCOUNT_PATH, label: t('privacy.account.headerLink') }] : [];
  const links = (items: { to: string; label: string }[], className: string) => (
    <ul className={className}>
      {items.map((l) => (
        <li key={l.to}>
          <NavLink to={l.to}>{l.label}</NavLink>
        </li>
      ))}
    </ul>
  );
  const hasMenu = !!user || main.length > 0;

  return (
    <header className={siteHeaderStyles.siteHeader}>
      <div className={styles.inner}>
        <Link to="/" className={siteHeaderStyles.brand}>
          {t('app.name')}
        </Link>
        <nav className={styles.wide} aria-label={t('nav.label')}>
          {links(main, styles.links)}
        </nav>
        <div className={styles.tools}>
          {/* On a phone the language choice moves into the menu: brand, switch and menu do not
              fit on one 375px row. */}
          <div className={styles.wide}>
            <LanguageSwitch />
          </div>
          {hasMenu && (
            <Button
              variant="secondary"
              className={`${styles.toggle} ${user ? '' : styles.narrowOnly}`}
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => setOpen((v) => !v)}
            >
              {user ? t('nav.account') : t('nav.menu')}
            </Button>
          )}
        </div>
      </div>
      <div id={panelId} className={styles.panel} hidden={!open}>
        <div className={styles.panelInner}>
          <nav className={styles.narrowOnly} aria-label={t('nav.label')}>
            {links(main, styles.panelLinks)}
          </nav>
          <div className={styles.narrowOnly}>
            <LanguageSwitch />
          </div>
          {user && (
            <div>
              <p className={styles.who}>{t('nav.signedInAs', { name: user.name })}</p>
              {links(own, styles.panelLinks)}
              <Button variant="quiet" onClick={() => logout.mutate()} busy={logout.isPending}>
                {t('nav.signOut')}
              </Button>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
