import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Filters kept in the address (so they survive a reload and work with Back), mirrored in local state:
 * React Router updates the address in a transition, and a checkbox or select bound only to the address
 * would flip back until that transition renders. Several keys change in one update.
 */
export function useFilters<K extends string>(
  keys: readonly K[],
): [Record<K, string>, (changes: Partial<Record<K, string>>) => void] {
  const [params, setParams] = useSearchParams();
  const read = useCallback(
    () => Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>,
    [keys, params],
  );
  const [values, setValues] = useState(read);
  const latest = useRef(values);
  const search = params.toString();
  // Follow the address when it changes from outside (Back, a link): `read` changes with it.
  useEffect(() => {
    latest.current = read();
    setValues(latest.current);
  }, [search, read]);
  const update = useCallback(
    (changes: Partial<Record<K, string>>) => {
      latest.current = { ...latest.current, ...changes };
      setValues(latest.current);
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(latest.current) as [K, string][]) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [values, update];
}

/** One filter in the address; see useFilters. */
export function useSearchParam(key: string): [string, (value: string) => void] {
  const keys = useRef([key]).current;
  const [values, update] = useFilters(keys);
  return [values[key], useCallback((value: string) => update({ [key]: value }), [key, update])];
}
