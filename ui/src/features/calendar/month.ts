// The calendar's arithmetic: which days a month view shows (Monday-first
// weeks) and which requests fall due on each of them. Dates stay ISO strings,
// as the core sends them, so no time zone can shift a day.

import { addDays } from "../../dates";
import type { CalendarYear, DayMark, Due, RequestSummary } from "../../ipc/gen";
import { MONTH_RE } from "../../router";
import { isWaiting } from "../dashboard/summary";
import { actionDate } from "../requests/countdown";

export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
  isToday: boolean;
}

/** What a date means for a request: its answer is due, or (CCPA) its receipt must be confirmed. */
export type CalendarItemKind = "due" | "acknowledge";

export interface CalendarItem {
  kind: CalendarItemKind;
  date: string;
  request: RequestSummary;
  /** The date has passed and the holder has still not done it. */
  overdue: boolean;
  /** Counted on a year whose holiday arrangement is not published yet (暂定). */
  provisional: boolean;
}

/** The month `YYYY-MM` that contains the date `YYYY-MM-DD`. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** `month` moved by `delta` months (negative goes back). */
export function shiftMonth(month: string, delta: number): string {
  const [y = 1970, m = 1] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function isMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

/** 0 for Monday … 6 for Sunday. */
function weekdayMondayFirst(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * The weeks of `month` as a month view shows them: whole Monday-to-Sunday
 * weeks, from the one holding the 1st to the one holding the last day.
 */
export function monthGrid(month: string, today: string): CalendarDay[][] {
  const first = `${month}-01`;
  const nextFirst = `${shiftMonth(month, 1)}-01`;
  let day = addDays(first, -weekdayMondayFirst(first));
  const weeks: CalendarDay[][] = [];
  while (day < nextFirst) {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ date: day, day: Number(day.slice(8, 10)), inMonth: monthOf(day) === month, isToday: day === today });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The day to show a due date on: the official one, or the provisional one (shown as such). */
const onDate = (due: Due | null): string | undefined => actionDate(due);

/**
 * The dated things to show for each day, keyed by `YYYY-MM-DD`: answer
 * deadlines of requests still waiting for the holder, and acknowledgement
 * deadlines of those not yet acknowledged. Answered, closed and draft requests
 * have nothing left to wait for, so they are left out. Each day's list is
 * overdue first, then by holder name and id, so it reads the same every time.
 */
export function itemsByDate(requests: readonly RequestSummary[], today: string): Map<string, CalendarItem[]> {
  const byDate = new Map<string, CalendarItem[]>();
  const put = (item: CalendarItem) => {
    const list = byDate.get(item.date);
    if (list) list.push(item);
    else byDate.set(item.date, [item]);
  };
  for (const r of requests) {
    if (!isWaiting(r.status) || r.clock == null) continue;
    const due = onDate(r.clock.due);
    if (due != null) {
      const provisional = r.clock.due?.kind === "provisional";
      // A provisional date is certainly missed only past its latest bound (the core says so by "overdue").
      const overdue = r.status === "overdue" || r.clock.state.kind === "overdue" || (!provisional && due < today);
      put({ kind: "due", date: due, request: r, overdue, provisional });
    }
    const ackBy = onDate(r.clock.acknowledgeBy);
    if (ackBy != null && r.status === "sent") {
      put({ kind: "acknowledge", date: ackBy, request: r, overdue: ackBy < today, provisional: false });
    }
  }
  for (const list of byDate.values()) {
    list.sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        a.request.holderName.localeCompare(b.request.holderName) ||
        a.request.id - b.request.id ||
        a.kind.localeCompare(b.kind),
    );
  }
  return byDate;
}

/** Waiting requests whose due date is not a day (due at once). */
export function undatedCount(requests: readonly RequestSummary[]): number {
  return requests.filter((r) => isWaiting(r.status) && r.clock != null && onDate(r.clock.due) == null).length;
}

/** A day's 休/班 mark, and whether it comes from a provisional year. */
export interface DayMarkInfo {
  mark: DayMark;
  provisional: boolean;
}

/** The 休 (holiday rest) and 班 (make-up workday) marks of every year, keyed by `YYYY-MM-DD`. */
export function dayMarks(years: readonly CalendarYear[]): Map<string, DayMarkInfo> {
  const marks = new Map<string, DayMarkInfo>();
  for (const y of years) {
    const provisional = y.source.kind === "provisional";
    for (const m of y.marks) marks.set(m.date, { mark: m.mark, provisional });
  }
  return marks;
}

/** Consecutive years with the same source, as ranges ("2019–2026: official"). */
export interface YearRange {
  from: number;
  to: number;
  source: CalendarYear["source"]["kind"];
  sourceUrl?: string | null;
}

export function yearRanges(years: readonly CalendarYear[]): YearRange[] {
  const out: YearRange[] = [];
  for (const y of [...years].sort((a, b) => a.year - b.year)) {
    const url = y.source.kind === "imported" ? y.source.sourceUrl : undefined;
    const last = out[out.length - 1];
    if (last && last.source === y.source.kind && last.to === y.year - 1 && y.source.kind !== "imported") last.to = y.year;
    else out.push({ from: y.year, to: y.year, source: y.source.kind, sourceUrl: url });
  }
  return out;
}
