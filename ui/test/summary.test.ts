import { describe, expect, it } from "vitest";
import { summarize } from "../src/features/dashboard/summary";
import type { ClockState, RequestStatus, RequestSummary } from "../src/ipc/gen";
import { requestSummary } from "./fixtures";

function req(id: number, status: RequestStatus, state: ClockState | null, due?: string, holderId = 1): RequestSummary {
  return requestSummary(id, status, state, { holderId, holderName: "Meituan", holderNameZh: "美团", ...(due ? { due } : {}) });
}

describe("dashboard summary", () => {
  const today = "2026-03-10";
  const requests = [
    req(1, "overdue", { kind: "overdue", days: 2, unit: "cn-working-days" }, "2026-03-06"),
    req(2, "sent", { kind: "dueIn", days: 3, unit: "cn-working-days" }, "2026-03-13"),
    req(3, "sent", { kind: "dueIn", days: 20, unit: "cn-working-days" }, "2026-04-08"),
    req(4, "draft", null),
    req(5, "acknowledged", { kind: "dueToday" }, "2026-03-10"),
    req(6, "fulfilled", { kind: "stopped", on: "2026-03-05" }, "2026-03-20"),
    req(7, "overdue", { kind: "overdue", days: 9, unit: "cn-working-days" }, "2026-02-20"),
    req(8, "sent", { kind: "immediate" }),
  ];
  const s = summarize(requests, today);

  it("puts each request in the bucket that says what to do", () => {
    expect(s.overdue.map((r) => r.id), "latest first").toEqual([7, 1]);
    expect(s.dueThisWeek.map((r) => r.id)).toEqual([8, 5, 2]);
    expect(s.waiting.map((r) => r.id)).toEqual([3]);
    expect(s.drafts.map((r) => r.id)).toEqual([4]);
  });

  it("counts requests per status", () => {
    expect(s.counts.overdue).toBe(2);
    expect(s.counts.sent).toBe(3);
    expect(s.counts.fulfilled).toBe(1);
    expect(s.counts.closed).toBe(0);
  });

  it("treats the seventh day ahead as this week and the eighth as later", () => {
    const edge = summarize(
      [req(1, "sent", { kind: "dueIn", days: 5, unit: "cn-working-days" }, "2026-03-17"), req(2, "sent", { kind: "dueIn", days: 6, unit: "cn-working-days" }, "2026-03-18")],
      today,
    );
    expect(edge.dueThisWeek.map((r) => r.id)).toEqual([1]);
    expect(edge.waiting.map((r) => r.id)).toEqual([2]);
  });

  it("puts requests to holders with biometric data first in every list, the usual order after that", () => {
    const mixed = [
      req(1, "overdue", { kind: "overdue", days: 9, unit: "cn-working-days" }, "2026-02-20", 1),
      req(2, "overdue", { kind: "overdue", days: 2, unit: "cn-working-days" }, "2026-03-06", 2),
      req(3, "overdue", { kind: "overdue", days: 5, unit: "cn-working-days" }, "2026-03-02", 2),
      req(4, "sent", { kind: "dueIn", days: 2, unit: "cn-working-days" }, "2026-03-12", 1),
      req(5, "sent", { kind: "dueIn", days: 4, unit: "cn-working-days" }, "2026-03-16", 2),
      req(6, "sent", { kind: "dueIn", days: 20, unit: "cn-working-days" }, "2026-04-08", 1),
      req(7, "sent", { kind: "dueIn", days: 25, unit: "cn-working-days" }, "2026-04-15", 2),
      req(8, "draft", null, undefined, 2),
      req(9, "draft", null, undefined, 1),
    ];
    const withBio = summarize(mixed, today, new Set([2]));
    expect(withBio.overdue.map((r) => r.id)).toEqual([3, 2, 1]);
    expect(withBio.dueThisWeek.map((r) => r.id)).toEqual([5, 4]);
    expect(withBio.waiting.map((r) => r.id)).toEqual([7, 6]);
    expect(withBio.drafts.map((r) => r.id)).toEqual([8, 9]);

    const without = summarize(mixed, today);
    expect(without.overdue.map((r) => r.id), "no set: the usual order").toEqual([1, 3, 2]);
    expect(without.dueThisWeek.map((r) => r.id)).toEqual([4, 5]);
    expect(without.drafts.map((r) => r.id)).toEqual([9, 8]);
  });
});
