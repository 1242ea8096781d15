// Desktop reminders: which deadlines to tell the user about today, and what
// has been told already. Pure, so it can be tested with made-up dates; the
// component in Reminders.tsx does the timing, the fetching and the sending.

import { addDays } from "../../dates";
import type { RequestSummary } from "../../ipc/gen";
import { isWaiting } from "../dashboard/summary";

export type ReminderKind = "due-tomorrow" | "due-today" | "overdue";
/** In the order the settings list them. */
export const REMINDER_KINDS: readonly ReminderKind[] = ["due-tomorrow", "due-today", "overdue"];
/** The most pressing first, for sending. */
const URGENCY: readonly ReminderKind[] = ["overdue", "due-today", "due-tomorrow"];

export interface ReminderPrefs {
  enabled: boolean;
  kinds: Record<ReminderKind, boolean>;
}

export const DEFAULT_PREFS: ReminderPrefs = {
  enabled: true,
  kinds: { "due-tomorrow": true, "due-today": true, overdue: true },
};

export interface Reminder {
  /** `${id}:${kind}:${date}`: a request is reminded of once per kind per day. */
  key: string;
  kind: ReminderKind;
  request: RequestSummary;
}

export const PREFS_KEY = "rightsdesk.reminders";
export const SENT_KEY = "rightsdesk.reminders.sent";
export const LAST_CHECK_KEY = "rightsdesk.reminders.last-check";
/** Fired on `window` when the preferences change, so a check can run at once. */
export const PREFS_CHANGED_EVENT = "rightsdesk:reminders-changed";
/** Fired on `window` after a check has run, so the settings can show when. */
export const CHECKED_EVENT = "rightsdesk:reminders-checked";
/** Sent keys older than this many days are forgotten. */
export const KEEP_DAYS = 14;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The browser's localStorage, if there is one (there is none in some tests). */
export function localStore(): KeyValueStore | undefined {
  return typeof localStorage === "undefined" ? undefined : localStorage;
}

export function reminderKey(id: number, kind: ReminderKind, date: string): string {
  return `${id}:${kind}:${date}`;
}

function kindFor(r: RequestSummary, today: string): ReminderKind | null {
  if (!isWaiting(r.status) || r.clock == null) return null;
  const state = r.clock.state;
  const due = r.clock.due?.kind === "on" ? r.clock.due.value : undefined;
  if (r.status === "overdue" || state.kind === "overdue" || (due != null && due < today)) return "overdue";
  // "Due at once" has no date: it is due today until it is answered.
  if (state.kind === "dueToday" || state.kind === "immediate" || due === today) return "due-today";
  if (due != null && due === addDays(today, 1)) return "due-tomorrow";
  return null;
}

/**
 * The reminders to send now: one per waiting request whose deadline is
 * tomorrow (the next calendar day), today, or past, if that kind is switched
 * on and its key is not in `sent`. Ordered overdue, today, tomorrow, then by id.
 */
export function dueReminders(
  requests: readonly RequestSummary[],
  today: string,
  prefs: ReminderPrefs,
  sent: ReadonlySet<string>,
): Reminder[] {
  if (!prefs.enabled) return [];
  const out: Reminder[] = [];
  for (const r of requests) {
    const kind = kindFor(r, today);
    if (kind == null || !prefs.kinds[kind]) continue;
    const key = reminderKey(r.id, kind, today);
    if (!sent.has(key)) out.push({ key, kind, request: r });
  }
  const rank = (k: ReminderKind) => URGENCY.indexOf(k);
  return out.sort((a, b) => rank(a.kind) - rank(b.kind) || a.request.id - b.request.id);
}

function readJson(store: KeyValueStore | undefined, key: string): unknown {
  try {
    const raw = store?.getItem(key);
    return raw == null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    // Unreadable storage or hand-edited JSON: fall back to the defaults.
    return undefined;
  }
}

function writeJson(store: KeyValueStore | undefined, key: string, value: unknown): void {
  try {
    store?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: reminders still work for this session.
  }
}

const bool = (value: unknown, fallback: boolean) => (typeof value === "boolean" ? value : fallback);

/** The stored preferences; anything missing or malformed takes its default. */
export function loadPrefs(store: KeyValueStore | undefined): ReminderPrefs {
  const raw = readJson(store, PREFS_KEY);
  if (raw == null || typeof raw !== "object" || Array.isArray(raw)) return { ...DEFAULT_PREFS, kinds: { ...DEFAULT_PREFS.kinds } };
  const obj = raw as Record<string, unknown>;
  const kinds = obj.kinds != null && typeof obj.kinds === "object" ? (obj.kinds as Record<string, unknown>) : {};
  return {
    enabled: bool(obj.enabled, DEFAULT_PREFS.enabled),
    kinds: {
      "due-tomorrow": bool(kinds["due-tomorrow"], DEFAULT_PREFS.kinds["due-tomorrow"]),
      "due-today": bool(kinds["due-today"], DEFAULT_PREFS.kinds["due-today"]),
      overdue: bool(kinds.overdue, DEFAULT_PREFS.kinds.overdue),
    },
  };
}

export function savePrefs(store: KeyValueStore | undefined, prefs: ReminderPrefs): void {
  writeJson(store, PREFS_KEY, prefs);
}

/** The keys already sent; entries that are not strings are dropped. */
export function loadSent(store: KeyValueStore | undefined): Set<string> {
  const raw = readJson(store, SENT_KEY);
  if (!Array.isArray(raw)) return new Set();
  return new Set(raw.filter((k): k is string => typeof k === "string"));
}

/**
 * Keys from the last `KEEP_DAYS` days only: older ones can never match again
 * (the key holds the day), and keeping them would grow the list forever.
 */
export function pruneSent(sent: Iterable<string>, today: string): string[] {
  const oldest = addDays(today, -KEEP_DAYS);
  return [...sent].filter((k) => {
    const date = k.slice(k.lastIndexOf(":") + 1);
    return /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= oldest && date <= addDays(today, 1);
  });
}

export function saveSent(store: KeyValueStore | undefined, sent: Iterable<string>, today: string): void {
  writeJson(store, SENT_KEY, pruneSent(sent, today));
}

/** When the last check ran (an ISO timestamp), or null. */
export function loadLastCheck(store: KeyValueStore | undefined): string | null {
  const raw = readJson(store, LAST_CHECK_KEY);
  return typeof raw === "string" && !Number.isNaN(Date.parse(raw)) ? raw : null;
}

/** `at` is the core's RFC 3339 timestamp of the check. */
export function saveLastCheck(store: KeyValueStore | undefined, at: string): void {
  writeJson(store, LAST_CHECK_KEY, at);
}

/** A notification: one per kind, listing the requests (at most `MAX_NAMED` by name). */
export interface Notice {
  kind: ReminderKind;
  title: string;
  body: string;
}

export const MAX_NAMED = 3;

type Translate = (id: string, args?: Record<string, string | number>) => string;

/**
 * Groups reminders into one notification per kind, so a morning with five
 * overdue requests brings one message, not five.
 */
export function composeNotices(reminders: readonly Reminder[], t: Translate, lang: string): Notice[] {
  const list = new Intl.ListFormat(lang, { style: "long", type: "conjunction" });
  const notices: Notice[] = [];
  for (const kind of URGENCY) {
    const mine = reminders.filter((r) => r.kind === kind);
    if (mine.length === 0) continue;
    const named = mine.slice(0, MAX_NAMED).map(({ request: r }) =>
      t("reminders-item", {
        name: lang === "zh-CN" && r.holderNameZh ? r.holderNameZh : r.holderName,
        kind: t(`request-kind-${r.kind}`),
      }),
    );
    if (mine.length > MAX_NAMED) named.push(t("reminders-more", { count: mine.length - MAX_NAMED }));
    notices.push({
      kind,
      title: t(`reminders-${kind}-title`, { count: mine.length }),
      body: list.format(named),
    });
  }
  return notices;
}
