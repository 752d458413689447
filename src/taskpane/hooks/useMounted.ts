import { useEffect, useRef, type MutableRefObject } from 'react';

/** False once the component has unmounted, so a late answer from Excel does not set state. */
export function useMounted(): MutableRefObject<boolean> {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
