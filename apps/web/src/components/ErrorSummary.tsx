import { useEffect, useId, useRef } from 'react';
import type { FormErrors } from '../api/errors';
import { t } from '../i18n/nl';

/**
 * Above a form after a failed submit: the general messages, and links to the fields with a message
 * of their own. Takes focus so keyboard and screen-reader users hear what went wrong.
 */
export function ErrorSummary({ errors, labels }: { errors: FormErrors; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  // Unique per summary: a page may hold several forms.
  const titelId = `fout-samenvatting-${useId().replace(/:/g, '')}`;
  const fieldEntries = Object.entries(errors.fields);
  const show = errors.general.length > 0 || fieldEntries.length > 0;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [errors, show]);
  if (!show) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titelId}>
      <h2 id={titelId}>{t.fouten.samenvatting}</h2>
      <ul>
        {errors.general.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fieldEntries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${field}`}
              onClick={(event) => {
                event.preventDefault();
                document.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
              }}
            >
              {labels[field] ? `${labels[field]}: ${message}` : message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
