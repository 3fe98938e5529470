import { useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { useT } from '../i18n';
import { Header } from './header';
import layoutStyles from './layout.module.css';

function focusMainContent() {
  const target = document.querySelector<HTMLElement>('[data-page-title]') ?? document.getElementById('main');
  target?.focus();
}

export function Layout() {
  const t = useT();
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  // After moving to another page, put focus on its heading, as a full page load would reset it.
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    focusMainContent();
  }, [pathname]);

  function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }

  return (
    <>
      <a className={layoutStyles.skipLink} href="#main" onClick={skipToContent}>
        {t('app.skipLink')}
      </a>
      <Header />
      <main id="main" className={layoutStyles.siteMain} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className={layoutStyles.siteFooter}>
        <div className={layoutStyles.siteFooterInner}>
          <p>{t('footer.text')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
