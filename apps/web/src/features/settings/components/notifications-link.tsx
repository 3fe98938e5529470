import '../settings.css';
import { NavLink } from 'react-router-dom';
import { useT } from '../../../i18n';
import { NOTIFICATIONS_PATH } from '../routes';

/** The small link in the header's account area (signed in only) to the reminder settings. */
export function NotificationsLink() {
  const t = useT();
  return (
    <NavLink to={NOTIFICATIONS_PATH} className="account__link">
      {t('settings.headerLink')}
    </NavLink>
  );
}
