// The holiday-notice import screen against a mocked shell: the pasted text is
// read, the year shown with its 休/班 days, nothing stored until confirmed,
// and the deadlines that moved listed old → new.

import { mockIPC } from "@tauri-apps/api/mocks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ImportNotice } from "../src/features/calendar/ImportNotice";
import type { NoticeInput, NoticePreview } from "../src/ipc/gen";
import { screenHarness } from "./fixtures";

const TEXT = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：2026年12月31日（周四）至2027年1月3日（周日）放假调休，共4天。1月9日（周六）上班。";

function preview(input: NoticeInput): NoticePreview {
  return {
    notice: {
      year: 2027,
      title: "国务院办公厅关于2027年部分节假日安排的通知",
      sections: [{ names: "元旦", restFrom: "2026-12-31", restUntil: "2027-01-03", makeupWorkdays: ["2027-01-09"], line: 2 }],
      arrangement: { year: 2027, holidays: ["2027-01-01", "2027-01-02", "2027-01-03", "2027-10-01"], makeupWorkdays: ["2027-01-09"] },
    },
    sourceUrl: input.sourceUrl,
    replacesImport: false,
    moved: [
      {
        requestId: 7,
        holderName: "Taobao",
        before: { kind: "provisional", value: { date: "2027-01-06", earliest: "2027-01-04", latest: "2027-01-11", year: 2027 } },
        after: { kind: "on", value: "2027-01-07" },
      },
    ],
  };
}

const screen = screenHarness();
let calls: { cmd: string; input: NoticeInput }[];
let stored: number;
beforeEach(() => {
  calls = [];
  stored = 0;
  mockIPC((cmd, args) => {
    const input = (args as { input: NoticeInput }).input;
    calls.push({ cmd, input });
    if (cmd === "preview_notice") {
      if (input.text.includes("周五）上班")) throw { code: "calendar-notice", message: "line 2: 2027-01-09 is a Saturday, not a Friday" };
      return preview(input);
    }
    if (cmd === "import_notice") {
      stored += 1;
      return preview(input);
    }
    return null;
  });
});

const el = <T extends Element = HTMLElement>(sel: string) => screen.el<T>(sel);
function type(sel: string, value: string) {
  const input = el<HTMLInputElement | HTMLTextAreaElement>(sel);
  if (!input) throw new Error(`no ${sel}`);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("holiday notice import", () => {
  it("reads the pasted notice, shows the year with 休 and 班, and stores only when confirmed", async () => {
    const onStored = vi.fn();
    screen.mount(<ImportNotice onStored={onStored} />);
    expect(el<HTMLButtonElement>("#notice-read")?.disabled).toBe(true);
    type("#notice-text", TEXT);
    type("#notice-source", "https://www.gov.cn/zhengce/2027");
    await vi.waitFor(() => expect(el<HTMLButtonElement>("#notice-read")?.disabled).toBe(false));
    el<HTMLButtonElement>("#notice-read")?.click();
    await vi.waitFor(() => expect(el("#notice-preview")).not.toBeNull());
    expect(calls).toEqual([{ cmd: "preview_notice", input: { text: TEXT, sourceUrl: "https://www.gov.cn/zhengce/2027" } }]);
    expect(stored).toBe(0);
    // Twelve months of 2027, the notice's days marked.
    expect(screen.root().querySelectorAll("#notice-year table")).toHaveLength(12);
    const jan1 = el('#notice-year [data-date="2027-01-01"] [data-mark]');
    expect(jan1?.getAttribute("data-mark")).toBe("rest");
    expect(jan1?.textContent).toBe("休");
    expect(el('#notice-year [data-date="2027-01-09"] [data-mark]')?.textContent).toBe("班");
    expect(el('#notice-year [data-date="2027-01-04"] [data-mark]')).toBeNull();
    expect(el("#notice-sections")?.textContent).toContain("2026-12-31");
    expect(el("#notice-would-move")?.textContent).toContain("Taobao");
    // Confirming stores it and lists what moved, old → new.
    el<HTMLButtonElement>("#notice-confirm")?.click();
    await vi.waitFor(() => expect(el("#notice-stored")).not.toBeNull());
    expect(stored).toBe(1);
    expect(onStored).toHaveBeenCalledTimes(1);
    const moved = el("#notice-moved [data-testid=moved-deadline]")?.textContent ?? "";
    expect(moved).toContain("Taobao");
    expect(moved).toMatch(/2027-01-06.*→.*2027-01-07/);
    expect(moved).toContain("provisional");
  });

  it("shows the core's error naming the line, and stores nothing", async () => {
    screen.mount(<ImportNotice />);
    type("#notice-text", TEXT.replace("周六）上班", "周五）上班"));
    await vi.waitFor(() => expect(el<HTMLButtonElement>("#notice-read")?.disabled).toBe(false));
    el<HTMLButtonElement>("#notice-read")?.click();
    await vi.waitFor(() => expect(el("#notice-error")).not.toBeNull());
    expect(el("#notice-error")?.textContent).toContain("line 2");
    expect(el("#notice-preview")).toBeNull();
    expect(el("#notice-confirm")).toBeNull();
    expect(stored).toBe(0);
  });

  it("reads a picked JSON file into the form", async () => {
    screen.mount(<ImportNotice />);
    const json = '{"year":2027,"papers":["https://www.gov.cn/x"],"days":[]}';
    const file = new File([json], "2027.json", { type: "application/json" });
    const input = el<HTMLInputElement>("#notice-file");
    if (!input) throw new Error("no file input");
    Object.defineProperty(input, "files", { value: [file] });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await vi.waitFor(() => expect(el<HTMLTextAreaElement>("#notice-text")?.value).toBe(json));
    el<HTMLButtonElement>("#notice-read")?.click();
    await vi.waitFor(() => expect(calls.at(-1)?.input.text).toBe(json));
  });
});
