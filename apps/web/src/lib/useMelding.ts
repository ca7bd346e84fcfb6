import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * The notice of this page: at first the one the previous page handed over (`navigate(to, { state: { melding } })`,
 * e.g. "saved"), then whatever the page sets. The handed-over notice is taken out of the history entry, so a
 * reload or a step back does not show it again.
 */
export function useMelding(): [string | null, (melding: string | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const doorgegeven = (location.state as { melding?: string } | null)?.melding ?? null;
  const [melding, setMelding] = useState<string | null>(doorgegeven);
  useEffect(() => {
    if (doorgegeven) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [doorgegeven, location.pathname, location.search, navigate]);
  return [melding, setMelding];
}
