// The user's own details for letters and evidence covers (name, contact,
// postal address). Kept in the store (inside the encrypted database when the
// store is encrypted, and in its backups); the evidence PDF shows them only
// when asked to. Older versions kept them in this window's localStorage: they
// are moved into the store once, then removed from there.

import { getSender, saveSender as saveSenderInStore } from "../../ipc/commands";
import type { Sender } from "../../ipc/gen";

/** Where older versions kept the details (read once to move them, then removed). */
export const SENDER_KEY = "rightsdesk.sender";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

/** The store's two commands, replaceable in tests. */
export interface SenderStore {
  get(): Promise<Sender>;
  save(sender: Sender): Promise<Sender>;
}

const ipcStore: SenderStore = { get: getSender, save: saveSenderInStore };

let cached: Sender = { name: null, contact: null, address: null };

/** The details as last read from or written to the store. */
export function currentSender(): Sender {
  return cached;
}

/**
 * Reads the details from the store. Details still in localStorage from an older
 * version are written to the store first (unless the store already has some),
 * and removed from localStorage only once the store holds them.
 */
export async function initSender(storage: Storage | undefined, store: SenderStore = ipcStore): Promise<Sender> {
  const legacy = loadSender(storage);
  let kept = await store.get();
  if (hasSender(legacy) && !hasSender(kept)) kept = await store.save(legacy);
  if (storage?.getItem(SENDER_KEY) != null) storage.removeItem(SENDER_KEY);
  cached = kept;
  return kept;
}

/** Saves the details in the store. */
export async function storeSender(sender: Sender, store: SenderStore = ipcStore): Promise<Sender> {
  cached = await store.save(sender);
  return cached;
}

const clean = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** The details an older version left in localStorage; anything unreadable counts as not given. */
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

/** Writes details the old way (kept for tests of the move). */
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
