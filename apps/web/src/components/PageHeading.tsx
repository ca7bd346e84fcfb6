import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n/nl';

let firstPage = true;

/**
 * The page's h1. Sets the document title and, after a navigation inside the app, moves focus to the
 * heading so screen-reader users hear that a new page opened.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = t.app.titel(text);
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, [text]);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
