import { useEffect, useRef } from 'react';

interface SurveyHeadingProps {
  children: string;
  /** Tab title, already with the app name. */
  documentTitle: string;
  /** Move focus here when the screen appears (not on the very first screen of a visit). */
  focus: boolean;
}

/** The h1 of a questionnaire screen. After Next/Back the heading takes focus, so screen readers
 * start reading the new screen, as after a page load. */
export function SurveyHeading({ children, documentTitle, focus }: SurveyHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  useEffect(() => {
    if (!focus) return;
    window.scrollTo(0, 0);
    ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1} data-page-title="">
      {children}
    </h1>
  );
}
