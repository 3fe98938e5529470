import { useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { useT } from '../i18n';
import { Header } from './header';

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
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('app.skipLink')}
      </a>
      <Header />
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('footer.text')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
