import { useLayoutEffect, useRef } from 'react';

/**
 * A keydown listener on the window that always runs the handler of the latest render. Layout effects, not
 * passive ones: a key pressed right after the screen appears or changes must neither be lost nor be handled
 * with the state from before.
 */
export function useWindowKeys(handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
