// The calendar screen against a mocked shell: deadlines on their days, links
// to the requests, and the month buttons.

import { mockIPC } from "@tauri-apps/api/mocks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Calendar } from "../src/features/calendar/Calendar";
import type { Lang } from "../src/i18n";
import type { RequestSummary } from "../src/ipc/gen";
import { screenHarness } from "./fixtures";

function request(id: number, due: string, overdue: boolean): RequestSummary {
  return {
    id, holderId: id, holderName: `Company ${id}`, holderNameZh: `公司${id}`, kind: "deletion", jurisdiction: "CN",
    status: overdue ? "overdue" : "sent", letterDate: "2026-03-01", sentOn: "2026-03-02",
    clock: {
      ruleId: "cn-15-working-days", sentOn: "2026-03-02", due: { kind: "on", value: due }, extended: false, acknowledgeBy: null,
      state: overdue ? { kind: "overdue", days: 2, unit: "cn-working-days" } : { kind: "dueIn", days: 5, unit: "cn-working-days" },
    },
  };
}

// The core's today is 2026-03-10 (the harness's default).
const screens = { "en-US": screenHarness("en-US"), "zh-CN": screenHarness("zh-CN") };
let root: HTMLElement;
beforeEach(() => {
  root = screens["en-US"].root();
  mockIPC((cmd) => (cmd === "list_requests" ? [request(1, "2026-03-06", true), request(2, "2026-03-20", false), request(3, "2026-04-02", false)] : null));
});
function mount(lang: Lang = "en-US") {
  root = screens[lang].root();
  screens[lang].mount(<Calendar route={{ name: "calendar", month: "2026-03" }} />);
}

const items = () => [...root.querySelectorAll<HTMLElement>("[data-testid=calendar-item]")];

describe("calendar screen", () => {
  it("shows the month's deadlines as links to their requests, overdue ones marked", async () => {
    mount();
    await vi.waitFor(() => expect(items().length).toBeGreaterThanOrEqual(2));
    expect(root.querySelector("#calendar-month")?.textContent).toBe("March 2026");
    expect(root.querySelector("thead th")?.textContent).toBe("Mon");
    const first = root.querySelector('[data-date="2026-03-06"] a');
    expect(first?.getAttribute("href")).toBe("#/requests/1");
    expect(first?.textContent).toContain("Company 1");
    expect(first?.textContent).toContain("Delete my data");
    expect(first?.closest("li")?.classList.contains("overdue")).toBe(true);
    expect(root.querySelector('[data-date="2026-03-20"] li')?.classList.contains("overdue")).toBe(false);
    // 2 April fills the last row of March's grid.
    expect(root.querySelector('[data-date="2026-04-02"]')?.classList.contains("outside")).toBe(true);
    expect(root.querySelector('[data-date="2026-03-10"]')?.getAttribute("aria-current")).toBe("date");
    expect(root.querySelectorAll("td.today")).toHaveLength(1);
  });

  it("moves between months with buttons and keeps the address in step", async () => {
    mount();
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    root.querySelector<HTMLButtonElement>("#calendar-next")?.click();
    await vi.waitFor(() => expect(root.querySelector("#calendar-month")?.textContent).toBe("April 2026"));
    expect(window.location.hash).toBe("#/calendar?month=2026-04");
    root.querySelector<HTMLButtonElement>("#calendar-prev")?.click();
    root.querySelector<HTMLButtonElement>("#calendar-prev")?.click();
    await vi.waitFor(() => expect(root.querySelector("#calendar-month")?.textContent).toBe("February 2026"));
    root.querySelector<HTMLButtonElement>("#calendar-today")?.click();
    await vi.waitFor(() => expect(root.querySelector("#calendar-month")?.textContent).toBe("March 2026"));
    expect(window.location.hash).toBe("#/calendar?month=2026-03");
  });

  it("uses the Chinese names in Chinese", async () => {
    mount("zh-CN");
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));
    expect(root.querySelector("#calendar-month")?.textContent).toBe("2026年3月");
    expect(root.querySelector('[data-date="2026-03-06"] a')?.textContent).toContain("公司1");
  });
});
