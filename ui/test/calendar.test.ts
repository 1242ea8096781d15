import { describe, expect, it } from "vitest";
import { dayMarks, isMonth, itemsByDate, monthGrid, monthOf, shiftMonth, undatedCount, yearRanges } from "../src/features/calendar/month";
import type { CalendarYear, ClockState, Due, RequestStatus, RequestSummary } from "../src/ipc/gen";

const provisional: Due = { kind: "provisional", value: { date: "2027-01-06", earliest: "2027-01-04", latest: "2027-01-11", year: 2027 } };
import { requestSummary } from "./fixtures";

function req(
  id: number,
  status: RequestStatus,
  state: ClockState | null,
  due?: string,
  extra: { holderName?: string; acknowledgeBy?: string; dueKind?: Due } = {},
): RequestSummary {
  return requestSummary(id, status, state, { holderId: id * 10, ...extra, ...(due ? { due } : {}) });
}

describe("month arithmetic", () => {
  it("moves across year ends both ways", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-03", 14)).toBe("2027-05");
    expect(shiftMonth("2026-03", 0)).toBe("2026-03");
    expect(monthOf("2026-03-31")).toBe("2026-03");
  });

  it("recognises only real months", () => {
    expect(isMonth("2026-03")).toBe(true);
    expect(isMonth("2026-00")).toBe(false);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("26-03")).toBe(false);
  });
});

describe("month grid", () => {
  it("starts weeks on Monday and fills them from the neighbouring months", () => {
    // 1 March 2026 is a Sunday: the first row starts on Monday 23 February.
    const weeks = monthGrid("2026-03", "2026-03-10");
    expect(weeks).toHaveLength(6);
    for (const w of weeks) expect(w).toHaveLength(7);
    expect(weeks[0]?.[0]).toEqual({ date: "2026-02-23", day: 23, inMonth: false, isToday: false });
    expect(weeks[0]?.[6]).toMatchObject({ date: "2026-03-01", day: 1, inMonth: true });
    expect(weeks[5]?.[1]).toMatchObject({ date: "2026-03-31", inMonth: true });
    expect(weeks[5]?.[6]).toMatchObject({ date: "2026-04-05", inMonth: false });
  });

  it("marks today, and only today", () => {
    const days = monthGrid("2026-03", "2026-03-10").flat();
    expect(days.filter((d) => d.isToday).map((d) => d.date)).toEqual(["2026-03-10"]);
    expect(monthGrid("2026-04", "2026-03-10").flat().some((d) => d.isToday)).toBe(false);
  });

  it("needs only four rows for a February that starts on Monday", () => {
    // 1 February 2027 is a Monday and 2027 is not a leap year.
    const weeks = monthGrid("2027-02", "2027-02-01");
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]?.date).toBe("2027-02-01");
    expect(weeks[3]?.[6]?.date).toBe("2027-02-28");
  });

  it("handles leap years", () => {
    const days = monthGrid("2028-02", "2028-01-01").flat().filter((d) => d.inMonth);
    expect(days).toHaveLength(29);
    expect(days.at(-1)?.date).toBe("2028-02-29");
  });
});

describe("requests by date", () => {
  const today = "2026-03-10";

  it("puts waiting requests on their due dates, and leaves out drafts and finished ones", () => {
    const byDate = itemsByDate(
      [
        req(1, "sent", { kind: "dueIn", days: 3, unit: "cn-working-days" }, "2026-03-13"),
        req(2, "acknowledged", { kind: "dueIn", days: 3, unit: "cn-working-days" }, "2026-03-13"),
        req(3, "fulfilled", { kind: "stopped", on: "2026-03-05" }, "2026-03-13"),
        req(4, "draft", null),
        req(5, "extended", { kind: "dueIn", days: 20, unit: "cn-working-days" }, "2026-04-08"),
      ],
      today,
    );
    expect(byDate.get("2026-03-13")?.map((i) => i.request.id)).toEqual([1, 2]);
    expect(byDate.get("2026-04-08")?.map((i) => i.request.id)).toEqual([5]);
    expect([...byDate.keys()].sort()).toEqual(["2026-03-13", "2026-04-08"]);
  });

  it("marks overdue items and lists them first on their day", () => {
    const byDate = itemsByDate(
      [
        req(1, "sent", { kind: "dueToday" }, "2026-03-10", { holderName: "Alipay" }),
        req(2, "overdue", { kind: "overdue", days: 2, unit: "cn-working-days" }, "2026-03-06"),
        req(3, "sent", { kind: "dueIn", days: 1, unit: "calendar-days" }, "2026-03-10", { holderName: "Zhihu" }),
        req(4, "overdue", { kind: "overdue", days: 0, unit: "calendar-days" }, "2026-03-10", { holderName: "Taobao" }),
      ],
      today,
    );
    expect(byDate.get("2026-03-06")?.[0]?.overdue).toBe(true);
    expect(byDate.get("2026-03-10")?.map((i) => [i.request.id, i.overdue])).toEqual([
      [4, true],
      [1, false],
      [3, false],
    ]);
  });

  it("adds acknowledgement deadlines only while the request is unacknowledged", () => {
    const byDate = itemsByDate(
      [
        req(1, "sent", { kind: "dueIn", days: 40, unit: "calendar-days" }, "2026-04-16", { acknowledgeBy: "2026-03-12" }),
        req(2, "acknowledged", { kind: "dueIn", days: 40, unit: "calendar-days" }, "2026-04-16", { acknowledgeBy: "2026-03-08" }),
        req(3, "sent", { kind: "dueIn", days: 40, unit: "calendar-days" }, "2026-04-20", { acknowledgeBy: "2026-03-09" }),
      ],
      today,
    );
    expect(byDate.get("2026-03-12")).toMatchObject([{ kind: "acknowledge", overdue: false, request: { id: 1 } }]);
    expect(byDate.get("2026-03-08")).toBeUndefined();
    expect(byDate.get("2026-03-09")).toMatchObject([{ kind: "acknowledge", overdue: true }]);
    expect(byDate.get("2026-04-16")?.map((i) => i.kind)).toEqual(["due", "due"]);
  });

  it("counts the waiting requests that have no date to show", () => {
    expect(
      undatedCount([
        req(1, "sent", { kind: "immediate" }, undefined, { dueKind: { kind: "immediate" } }),
        req(2, "sent", { kind: "dueIn", days: 15, unit: "cn-working-days" }, undefined, { dueKind: provisional }),
        req(3, "sent", { kind: "dueIn", days: 3, unit: "cn-working-days" }, "2026-03-13"),
        req(4, "draft", null),
      ]),
    ).toBe(1);
  });

  it("puts a provisional due date on its day, marked provisional, and late only past its bound", () => {
    const byDate = itemsByDate(
      [
        req(1, "sent", { kind: "dueIn", days: 15, unit: "cn-working-days" }, undefined, { dueKind: provisional }),
        req(2, "sent", { kind: "pastProvisional", days: 1, unit: "cn-working-days", latest: "2027-01-11", year: 2027 }, undefined, {
          dueKind: provisional,
        }),
      ],
      "2027-01-07",
    );
    expect(byDate.get("2027-01-06")).toMatchObject([
      { kind: "due", provisional: true, overdue: false, request: { id: 1 } },
      { kind: "due", provisional: true, overdue: false, request: { id: 2 } },
    ]);
  });

  it("marks 休 and 班 days and groups the years by where they come from", () => {
    const years: CalendarYear[] = [
      { year: 2025, source: { kind: "official" }, title: null, marks: [] },
      {
        year: 2026,
        source: { kind: "official" },
        title: null,
        marks: [
          { date: "2026-01-01", mark: "rest" },
          { date: "2026-01-04", mark: "work" },
        ],
      },
      { year: 2027, source: { kind: "imported", sourceUrl: "https://example.invalid/n", importedOn: "2026-12-15" }, title: null, marks: [] },
      { year: 2028, source: { kind: "provisional" }, title: null, marks: [{ date: "2028-01-01", mark: "rest" }] },
    ];
    const marks = dayMarks(years);
    expect(marks.get("2026-01-01")).toEqual({ mark: "rest", provisional: false });
    expect(marks.get("2026-01-04")).toEqual({ mark: "work", provisional: false });
    expect(marks.get("2028-01-01")).toEqual({ mark: "rest", provisional: true });
    expect(marks.get("2026-01-05")).toBeUndefined();
    expect(yearRanges(years)).toEqual([
      { from: 2025, to: 2026, source: "official", sourceUrl: undefined },
      { from: 2027, to: 2027, source: "imported", sourceUrl: "https://example.invalid/n" },
      { from: 2028, to: 2028, source: "provisional", sourceUrl: undefined },
    ]);
  });
});
