// The user's own details for letters and evidence covers (name, contact,
// postal address). Kept in this window's local storage only: they are the
// user's to show, and the evidence PDF shows them only when asked to.

import type { Sender } from "../../ipc/gen";

export const SENDER_KEY = "rightsdesk.sender";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

const clean = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** The stored details; anything unreadable counts as not given. */
export function loadSender(storage: Storage | undefined): Sender {
  const empty: Sender = { name: null, contact: null, address: null };
  const raw = storage?.getItem(SENDER_KEY);
  if (!raw) return empty;
  try {
    const v = JSON.parse(raw) as Record<string, unknown> | null;
    if (v == null || typeof v !== "object") return empty;
    return { name: clean(v.name), contact: clean(v.contact), address: clean(v.address) };
  } catch {
    return empty;
  }
}

export function saveSender(storage: Storage | undefined, sender: Sender): void {
  storage?.setItem(
    SENDER_KEY,
    JSON.stringify({ name: clean(sender.name), contact: clean(sender.contact), address: clean(sender.address) }),
  );
}

export function hasSender(s: Sender): boolean {
  return s.name != null || s.contact != null || s.address != null;
}

export const browserStorage = (): Storage | undefined => (typeof localStorage === "undefined" ? undefined : localStorage);
