// Mounted once in the app: checks the deadlines when the app starts and every
// half hour while it runs, and sends a desktop notification for what is due
// tomorrow, due today or overdue. Renders nothing.

import { useEffect, useRef } from "preact/hooks";
import { useL10n } from "../../i18n/context";
import { currentTime, listRequests } from "../../ipc/commands";
import type { Now, RequestSummary } from "../../ipc/gen";
import { notify } from "../../ipc/os";
import {
  CHECKED_EVENT,
  type KeyValueStore,
  PREFS_CHANGED_EVENT,
  composeNotices,
  dueReminders,
  loadPrefs,
  loadSent,
  localStore,
  saveLastCheck,
  saveSent,
} from "./reminders";

export const CHECK_EVERY_MS = 30 * 60 * 1000;

export interface CheckDeps {
  store: KeyValueStore | undefined;
  load: () => Promise<RequestSummary[]>;
  send: (title: string, body: string) => Promise<void>;
  t: Parameters<typeof composeNotices>[1];
  lang: string;
  /** The core's clock: "today" is its date, never the webview's. */
  clock: () => Promise<Now>;
}

/** One check: returns how many notifications were sent. */
export async function runCheck({ store, load, send, t, lang, clock }: CheckDeps): Promise<number> {
  const prefs = loadPrefs(store);
  if (!prefs.enabled) return 0;
  const now = await clock();
  const today = now.today;
  const requests = await load();
  const sent = loadSent(store);
  const due = dueReminders(Array.isArray(requests) ? requests : [], today, prefs, sent);
  // Remember before sending: a second check starting meanwhile must not repeat them.
  for (const r of due) sent.add(r.key);
  saveSent(store, sent, today);
  saveLastCheck(store, now.instant);
  const notices = composeNotices(due, t, lang);
  for (const n of notices) await send(n.title, n.body);
  return notices.length;
}

export function Reminders() {
  const { t, lang } = useL10n();
  // The timer outlives language switches; it reads the current language from here.
  const l10n = useRef({ t, lang });
  l10n.current = { t, lang };

  useEffect(() => {
    let running = false;
    let failed = false;
    const check = async () => {
      if (running) return;
      running = true;
      try {
        await runCheck({ store: localStore(), load: listRequests, send: notify, ...l10n.current, clock: currentTime });
        failed = false;
        window.dispatchEvent(new Event(CHECKED_EVENT));
      } catch {
        // The store is not open yet or the core failed: the screens say so.
        failed = true;
      } finally {
        running = false;
      }
    };
    void check();
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    const onPrefs = () => void check();
    // After a failed check (say, before the store was unlocked), the user's
    // next move is a better moment to retry than half an hour later.
    const onNavigate = () => {
      if (failed) void check();
    };
    window.addEventListener(PREFS_CHANGED_EVENT, onPrefs);
    window.addEventListener("hashchange", onNavigate);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(PREFS_CHANGED_EVENT, onPrefs);
      window.removeEventListener("hashchange", onNavigate);
    };
  }, []);

  return null;
}
