import { describe, expect, it, vi } from "vitest";
import { runCheck } from "../src/features/reminders/Reminders";
import {
  DEFAULT_PREFS,
  KEEP_DAYS,
  LAST_CHECK_KEY,
  PREFS_KEY,
  type ReminderPrefs,
  SENT_KEY,
  composeNotices,
  dueReminders,
  loadLastCheck,
  loadPrefs,
  loadSent,
  pruneSent,
  savePrefs,
} from "../src/features/reminders/reminders";
import { localization } from "../src/i18n";
import type { ClockState, Now, RequestStatus, RequestSummary } from "../src/ipc/gen";
import { requestSummary } from "./fixtures";

function req(id: number, status: RequestStatus, state: ClockState | null, due?: string, names?: [string, string | null]): RequestSummary {
  return requestSummary(id, status, state, { ...(due ? { due } : {}), ...(names ? { holderName: names[0], holderNameZh: names[1] } : {}) });
}

function memoryStore(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

const today = "2026-03-10";
const requests = [
  req(1, "sent", { kind: "dueIn", days: 1, unit: "cn-working-days" }, "2026-03-11"),
  req(2, "acknowledged", { kind: "dueToday" }, "2026-03-10"),
  req(3, "overdue", { kind: "overdue", days: 2, unit: "cn-working-days" }, "2026-03-06"),
  req(4, "sent", { kind: "dueIn", days: 3, unit: "cn-working-days" }, "2026-03-13"),
  req(5, "fulfilled", { kind: "stopped", on: "2026-03-09" }, "2026-03-10"),
  req(6, "draft", null),
  req(7, "sent", { kind: "immediate" }),
  // Friday's deadline on a Thursday: the next calendar day, whatever the working days.
  req(8, "extended", { kind: "dueIn", days: 1, unit: "calendar-days" }, "2026-03-11"),
];

describe("which reminders are due", () => {
  it("finds due tomorrow, due today and overdue, the most pressing first", () => {
    const due = dueReminders(requests, today, DEFAULT_PREFS, new Set());
    expect(due.map((r) => r.key)).toEqual([
      "3:overdue:2026-03-10",
      "2:due-today:2026-03-10",
      "7:due-today:2026-03-10",
      "1:due-tomorrow:2026-03-10",
      "8:due-tomorrow:2026-03-10",
    ]);
  });

  it("means the next calendar day by tomorrow, across a month end", () => {
    const r = [req(1, "sent", { kind: "dueIn", days: 1, unit: "calendar-days" }, "2026-04-01")];
    expect(dueReminders(r, "2026-03-31", DEFAULT_PREFS, new Set()).map((x) => x.kind)).toEqual(["due-tomorrow"]);
    expect(dueReminders(r, "2026-03-30", DEFAULT_PREFS, new Set())).toEqual([]);
  });

  it("treats a passed due date as overdue even if the clock was computed yesterday", () => {
    const stale = [req(1, "sent", { kind: "dueToday" }, "2026-03-09")];
    expect(dueReminders(stale, today, DEFAULT_PREFS, new Set()).map((x) => x.kind)).toEqual(["overdue"]);
  });

  it("sends each reminder once a day, and again the next day", () => {
    const first = dueReminders(requests, today, DEFAULT_PREFS, new Set());
    const sent = new Set(first.map((r) => r.key));
    expect(dueReminders(requests, today, DEFAULT_PREFS, sent)).toEqual([]);
    const tomorrow = dueReminders(requests, "2026-03-11", DEFAULT_PREFS, sent);
    expect(tomorrow.find((r) => r.request.id === 3)?.key).toBe("3:overdue:2026-03-11");
    expect(tomorrow.find((r) => r.request.id === 1)?.kind).toBe("due-today");
  });

  it("sends nothing when switched off, and only the kinds switched on", () => {
    expect(dueReminders(requests, today, { ...DEFAULT_PREFS, enabled: false }, new Set())).toEqual([]);
    const onlyOverdue: ReminderPrefs = { enabled: true, kinds: { "due-tomorrow": false, "due-today": false, overdue: true } };
    expect(dueReminders(requests, today, onlyOverdue, new Set()).map((r) => r.request.id)).toEqual([3]);
  });
});

describe("stored preferences and sent keys", () => {
  it("fall back to the defaults for anything missing or malformed", () => {
    expect(loadPrefs(undefined)).toEqual(DEFAULT_PREFS);
    for (const bad of ["{not json", "null", "42", '"yes"', "[true]", '{"enabled":"no","kinds":7}']) {
      expect(loadPrefs(memoryStore({ [PREFS_KEY]: bad })), bad).toEqual(DEFAULT_PREFS);
    }
    const partial = loadPrefs(memoryStore({ [PREFS_KEY]: '{"enabled":false,"kinds":{"overdue":false,"due-today":"x"}}' }));
    expect(partial).toEqual({ enabled: false, kinds: { "due-tomorrow": true, "due-today": true, overdue: false } });
  });

  it("survive a storage that throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(loadPrefs(broken)).toEqual(DEFAULT_PREFS);
    expect(() => savePrefs(broken, DEFAULT_PREFS)).not.toThrow();
    expect(loadSent(broken).size).toBe(0);
  });

  it("round-trip the preferences without sharing the defaults object", () => {
    const store = memoryStore();
    const prefs = loadPrefs(store);
    prefs.kinds["due-tomorrow"] = false;
    expect(DEFAULT_PREFS.kinds["due-tomorrow"]).toBe(true);
    savePrefs(store, prefs);
    expect(loadPrefs(store)).toEqual(prefs);
  });

  it("keep only well-formed, recent sent keys", () => {
    expect(loadSent(memoryStore({ [SENT_KEY]: '["1:overdue:2026-03-10", 5, null]' }))).toEqual(new Set(["1:overdue:2026-03-10"]));
    expect(loadSent(memoryStore({ [SENT_KEY]: '{"a":1}' })).size).toBe(0);
    expect(KEEP_DAYS).toBe(14);
    const old = "1:overdue:2026-02-23"; // fifteen days before today
    expect(pruneSent(["1:overdue:2026-03-10", "2:due-today:2026-02-24", old, "junk", "3:overdue:2999-01-01"], today)).toEqual([
      "1:overdue:2026-03-10",
      "2:due-today:2026-02-24",
    ]);
  });
});

describe("notifications", () => {
  it("group reminders into one message per kind, in the user's language", () => {
    const due = dueReminders(
      [
        req(1, "overdue", { kind: "overdue", days: 2, unit: "cn-working-days" }, "2026-03-06", ["Meituan", "美团"]),
        req(2, "overdue", { kind: "overdue", days: 2, unit: "cn-working-days" }, "2026-03-06", ["Taobao", "淘宝"]),
        req(3, "sent", { kind: "dueToday" }, "2026-03-10", ["Didi", null]),
      ],
      today,
      DEFAULT_PREFS,
      new Set(),
    );
    const en = composeNotices(due, localization("en-US").t, "en-US");
    expect(en).toHaveLength(2);
    expect(en[0]?.kind).toBe("overdue");
    expect(en[0]?.title).toContain("2");
    expect(en[0]?.body).toContain("Meituan");
    expect(en[0]?.body).toContain("Taobao");
    expect(en[1]?.kind).toBe("due-today");
    expect(en[1]?.body).toContain("Didi");

    const zh = composeNotices(due, localization("zh-CN").t, "zh-CN");
    expect(zh[0]?.body).toContain("美团");
    expect(zh[1]?.body).toContain("Didi");
  });

  it("name at most three requests and count the rest", () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      req(i + 1, "overdue", { kind: "overdue", days: 2, unit: "cn-working-days" }, "2026-03-06", [`Co${i + 1}`, null]),
    );
    const [notice] = composeNotices(dueReminders(many, today, DEFAULT_PREFS, new Set()), localization("en-US").t, "en-US");
    expect(notice?.body).toContain("Co3");
    expect(notice?.body).not.toContain("Co4");
    expect(notice?.body).toContain("2 more");
  });
});

describe("a check", () => {
  const t = localization("en-US").t;
  /** The core's clock at `time` (UTC) on `today`. */
  const at = (today: string, time: string) => async (): Promise<Now> => ({ today, instant: `${today}T${time}:00Z` });

  it("sends, remembers and does not repeat within the day", async () => {
    const store = memoryStore();
    const send = vi.fn(async () => {});
    const deps = { store, load: async () => requests, send, t, lang: "en-US", clock: at("2026-03-10", "09:00") };
    expect(await runCheck(deps)).toBe(3);
    expect(send).toHaveBeenCalledTimes(3);
    expect(loadSent(store).size).toBe(5);
    expect(loadLastCheck(store)).toBe("2026-03-10T09:00:00Z");

    expect(await runCheck({ ...deps, clock: at("2026-03-10", "09:30") })).toBe(0);
    expect(send).toHaveBeenCalledTimes(3);

    // The next morning: request 1 is now due today, 3 still overdue.
    expect(await runCheck({ ...deps, clock: at("2026-03-11", "08:00") })).toBeGreaterThan(0);
  });

  it("does nothing, not even load, when reminders are off", async () => {
    const store = memoryStore({ [PREFS_KEY]: JSON.stringify({ ...DEFAULT_PREFS, enabled: false }) });
    const load = vi.fn(async () => requests);
    const send = vi.fn(async () => {});
    const clock = vi.fn(at("2026-03-10", "09:00"));
    expect(await runCheck({ store, load, send, t, lang: "en-US", clock })).toBe(0);
    expect(clock).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(store.map.has(LAST_CHECK_KEY)).toBe(false);
  });
});
