import type { ReactNode } from 'react';

/** A message that confirms something went well, read out by screen readers when it appears. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}
