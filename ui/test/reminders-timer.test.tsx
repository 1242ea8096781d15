// The <Reminders /> component: a check at start, then every half hour, with
// the shell and the notification service mocked.

import { mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CHECK_EVERY_MS, Reminders } from "../src/features/reminders/Reminders";
import { LAST_CHECK_KEY, PREFS_KEY, SENT_KEY } from "../src/features/reminders/reminders";
import type { RequestSummary } from "../src/ipc/gen";
import { requestSummary, screenHarness } from "./fixtures";

const notify = vi.hoisted(() => vi.fn(async (_title: string, _body: string) => {}));
vi.mock("../src/ipc/os", () => ({ notify }));

function request(id: number, due: string): RequestSummary {
  return requestSummary(id, "sent", { kind: "dueIn", days: 1, unit: "cn-working-days" }, { due, holderName: `Company ${id}` });
}

const screen = screenHarness();
/** What the core's clock says (`current_time`); the webview's own Date is never asked. */
let coreNow = { today: "2026-03-10", instant: "2026-03-10T15:00:00Z" };
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  coreNow = { today: "2026-03-10", instant: "2026-03-10T15:00:00Z" };
  for (const k of [PREFS_KEY, SENT_KEY, LAST_CHECK_KEY]) localStorage.removeItem(k);
  notify.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("<Reminders />", () => {
  it("checks at start and again every half hour, once per request per day", async () => {
    mockIPC((cmd) => (cmd === "list_requests" ? [request(1, "2026-03-11")] : cmd === "current_time" ? coreNow : null));
    screen.mount(<Reminders />);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(notify.mock.calls[0]?.[0]).toBe("An answer is due tomorrow");
    expect(notify.mock.calls[0]?.[1]).toContain("Company 1");

    // Half an hour later it is past midnight: the same request is now due today.
    coreNow = { today: "2026-03-10", instant: "2026-03-10T15:30:00Z" };
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    await new Promise((r) => setTimeout(r, 20));
    expect(notify, "same day: nothing new").toHaveBeenCalledTimes(1);

    coreNow = { today: "2026-03-11", instant: "2026-03-10T16:05:00Z" };
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(2));
    expect(notify.mock.calls[1]?.[0]).toBe("An answer is due today");
  });
});
