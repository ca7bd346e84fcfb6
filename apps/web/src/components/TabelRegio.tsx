import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a phone. Focusable and named, so keyboard users can scroll it
 * and screen-reader users know what it holds (WCAG 2.1.1).
 */
export function TabelRegio({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
