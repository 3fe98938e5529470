import { useEffect, useRef } from 'react';
import { useDocumentTitle } from '../i18n';

interface PageTitleProps {
  children: string;
  /** Tab title when it should differ from the heading (e.g. without a personal name). */
  documentTitle?: string;
  /** Focus the heading when it appears without a route change (e.g. a form replaced by a result). */
  focusOnMount?: boolean;
}

/** The one h1 of a page; also sets the browser tab title. Focusable from script only, so the
 * layout can move focus here after a route change. */
export function PageTitle({ children, documentTitle, focusOnMount = false }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(documentTitle ?? children);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} data-page-title="">
      {children}
    </h1>
  );
}
