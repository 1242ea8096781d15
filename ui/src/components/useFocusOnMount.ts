import { type RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * Focuses the element once, right after it first appears (when `enabled`).
 *
 * Used instead of the `autofocus` attribute: WebKit applies that at its next
 * rendering update, which can come after the user has started typing in
 * another field and pull the caret away from under them.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
  return ref;
}
