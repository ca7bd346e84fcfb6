import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A filter kept in the address (so it survives a reload and works with Back), mirrored in local state:
 * React Router updates the address in a transition, and a checkbox or select bound only to the address
 * would flip back until that transition renders.
 */
export function useSearchParam(key: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(key) ?? '';
  const [value, setValue] = useState(fromUrl);
  useEffect(() => setValue(fromUrl), [fromUrl]);
  const update = useCallback(
    (next: string) => {
      setValue(next);
      setParams(
        (old) => {
          const copy = new URLSearchParams(old);
          if (next) copy.set(key, next);
          else copy.delete(key);
          return copy;
        },
        { replace: true },
      );
    },
    [key, setParams],
  );
  return [value, update];
}
