// Which of the user's identifiers at a holder go into the letter. The core
// puts all of them in when told nothing; the wizard lets the user leave some
// out (an ID number, a second phone) and then names the rest explicitly.

import type { Account, Identifier } from "../../ipc/gen";

/** Every identifier of the holder's accounts, once each, in order: the list the core would use. */
export function accountIdentifiers(accounts: readonly Account[]): Identifier[] {
  const out: Identifier[] = [];
  for (const a of accounts) {
    for (const id of a.identifiers) {
      if (!out.some((o) => o.kind === id.kind && o.value === id.value)) out.push({ kind: id.kind, value: id.value });
    }
  }
  return out;
}

/**
 * What to send as DraftInput.identifiers: null while nothing is left out, so
 * the letter is exactly what it was before this choice existed; otherwise the
 * ticked ones (possibly none).
 */
export function identifiersToSend(all: readonly Identifier[], leftOut: ReadonlySet<number>): Identifier[] | null {
  if (![...leftOut].some((i) => i >= 0 && i < all.length)) return null;
  return all.filter((_, i) => !leftOut.has(i));
}

/** Ticks or unticks one identifier, returning a new set (state stays immutable). */
export function toggleLeftOut(leftOut: ReadonlySet<number>, index: number, include: boolean): ReadonlySet<number> {
  const next = new Set(leftOut);
  if (include) next.delete(index);
  else next.add(index);
  return next;
}
