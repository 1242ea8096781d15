import { describe, expect, it } from "vitest";
import { countdown, dueText } from "../src/features/requests/countdown";
import { localization } from "../src/i18n";
import type { ClockState } from "../src/ipc/gen";

const en = localization("en-US");
const zh = localization("zh-CN");
const say = (state: ClockState, l = en) => {
  const c = countdown(state);
  return l.t(c.id, c.args);
};

describe("countdown text from the clock state", () => {
  it("counts working days left under a working-day rule", () => {
    expect(say({ kind: "dueIn", days: 12, unit: "cn-working-days" })).toBe("12 working days left");
    expect(say({ kind: "dueIn", days: 1, unit: "cn-working-days" })).toBe("1 working day left");
    expect(say({ kind: "dueIn", days: 12, unit: "cn-working-days" }, zh)).toBe("还剩 12 个工作日");
    expect(say({ kind: "dueIn", days: 30, unit: "calendar-days" })).toBe("30 days left");
  });

  it("warns when little time is left and alarms when late", () => {
    expect(countdown({ kind: "dueIn", days: 10, unit: "calendar-days" }).tone).toBe("ok");
    expect(countdown({ kind: "dueIn", days: 2, unit: "calendar-days" }).tone).toBe("warning");
    expect(countdown({ kind: "dueToday" }).tone).toBe("warning");
    const late = countdown({ kind: "overdue", days: 4, unit: "cn-working-days" });
    expect(late.tone).toBe("danger");
    expect(en.t(late.id, late.args)).toBe("Overdue by 4 working days");
    expect(zh.t(late.id, late.args)).toBe("已超期 4 个工作日");
  });

  it("explains an overdue clock that has lost no working day yet", () => {
    expect(say({ kind: "overdue", days: 0, unit: "cn-working-days" })).toBe("Overdue (no working day lost yet)");
  });

  it("covers the states without a count", () => {
    expect(say({ kind: "stopped", on: "2026-03-09" })).toBe("Answered on 2026-03-09");
    expect(say({ kind: "notSent" })).toMatch(/^Not sent yet/);
    expect(say({ kind: "immediate" })).toBe("Due immediately");
    const past = { kind: "pastProvisional", days: 1, unit: "cn-working-days", latest: "2027-01-11", year: 2027 } as const;
    expect(say(past)).toBe(
      "Past the provisional due date (the 2027 holiday arrangement is not yet published); overdue after 2027-01-11 at the latest",
    );
    expect(countdown(past).tone).toBe("warning");
    expect(countdown({ kind: "stopped", on: "2026-03-09" }).tone).toBe("done");
  });

  it("writes due dates, immediate duties and provisional dates with their bound", () => {
    const d = (due: Parameters<typeof dueText>[0]) => {
      const x = dueText(due);
      return en.t(x.id, x.args);
    };
    expect(d({ kind: "on", value: "2026-04-01" })).toBe("2026-04-01");
    expect(d({ kind: "immediate" })).toBe("Immediately");
    const p = { kind: "provisional", value: { date: "2027-01-06", earliest: "2027-01-04", latest: "2027-01-11", year: 2027 } } as const;
    expect(d(p)).toBe("provisional 2027-01-06 (the 2027 holiday arrangement is not yet published; at the latest 2027-01-11)");
    const zhText = dueText(p);
    expect(zh.t(zhText.id, zhText.args)).toBe("暂定 2027-01-06（2027 年放假安排尚未发布；最晚不超过 2027-01-11）");
  });
});
