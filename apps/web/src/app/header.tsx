import { Link, NavLink } from 'react-router-dom';
import { useT } from '../i18n';
import { useLogout } from '../features/auth/hooks/use-logout';
import { useMe } from '../features/auth/hooks/use-me';
import { NotificationsLink } from '../features/settings/components/notifications-link';
import { Button } from '../ui';
import { LanguageSwitch } from './language-switch';

export function Header() {
  const t = useT();
  const me = useMe();
  const logout = useLogout();
  const user = me.data?.user;

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/catalogus">{t('nav.catalogue')}</NavLink>
            </li>
            {user && (
              <li>
                <NavLink to="/uitgever">{t('nav.publisher')}</NavLink>
              </li>
            )}
            {user && me.data?.coachItemId && (
              <li>
                <NavLink to="/coach">{t('nav.coach')}</NavLink>
              </li>
            )}
            {user && me.data?.isAdmin && (
              <li>
                <NavLink to="/beheer">{t('nav.admin')}</NavLink>
              </li>
            )}
            {user && (
              <li>
                <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
              </li>
            )}
            {!user && !me.isPending && (
              <>
                <li>
                  <NavLink to="/inloggen">{t('nav.signIn')}</NavLink>
                </li>
                <li>
                  <NavLink to="/aanmelden">{t('nav.signUp')}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="site-header__tools">
          <LanguageSwitch />
          {user && (
            <div className="account">
              <span className="account__name">{t('nav.signedInAs', { name: user.name })}</span>
              <NotificationsLink />
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
