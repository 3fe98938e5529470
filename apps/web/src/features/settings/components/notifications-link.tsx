import '../settings.css';
import { NavLink } from 'react-router-dom';
import { useT } from '../../../i18n';
import { ACCOUNT_PATH, NOTIFICATIONS_PATH } from '../routes';

/** The small links in the header's account area (signed in only): reminder settings and the
 * account's own data. */
export function NotificationsLink() {
  const t = useT();
  return (
    <>
      <NavLink to={NOTIFICATIONS_PATH} className="account__link">
        {t('settings.headerLink')}
      </NavLink>
      <NavLink to={ACCOUNT_PATH} className="account__link">
        {t('privacy.account.headerLink')}
      </NavLink>
    </>
  );
}
