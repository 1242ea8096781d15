// What the dashboard shows, from the list of requests and today's date.

import { addDays } from "../../dates";
import type { RequestStatus, RequestSummary } from "../../ipc/gen";
import { actionDate } from "../requests/countdown";

export interface DashboardSummary {
  /** Past their due date and still unanswered, the latest first. */
  overdue: RequestSummary[];
  /** Due within seven days (or at once), the soonest first. */
  dueThisWeek: RequestSummary[];
  /** Sent, with time left. */
  waiting: RequestSummary[];
  /** Written but not sent yet. */
  drafts: RequestSummary[];
  counts: Record<RequestStatus, number>;
}

export const STATUSES: readonly RequestStatus[] = [
  "draft",
  "sent",
  "acknowledged",
  "extended",
  "overdue",
  "answered",
  "fulfilled",
  "refused",
  "escalated",
  "closed",
];

const WAITING: readonly RequestStatus[] = ["sent", "acknowledged", "extended", "overdue"];

export function isWaiting(status: RequestStatus): boolean {
  return WAITING.includes(status);
}

function dueDate(r: RequestSummary): string | undefined {
  return actionDate(r.clock?.due);
}

function overdueDays(r: RequestSummary): number {
  const s = r.clock?.state;
  return s?.kind === "overdue" ? s.days : 0;
}

const NO_HOLDERS: ReadonlySet<number> = new Set();

/**
 * `biometricHolders` are the ids of holders that have the user's face or
 * fingerprints: within each list their requests come first, because that data
 * cannot be changed like a password once it leaks. The usual order breaks ties.
 */
export function summarize(
  requests: readonly RequestSummary[],
  today: string,
  biometricHolders: ReadonlySet<number> = NO_HOLDERS,
): DashboardSummary {
  const weekEnd = addDays(today, 7);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  const overdue: RequestSummary[] = [];
  const dueThisWeek: RequestSummary[] = [];
  const waiting: RequestSummary[] = [];
  const drafts: RequestSummary[] = [];

  for (const r of requests) {
    counts[r.status] += 1;
    if (r.status === "draft") {
      drafts.push(r);
      continue;
    }
    if (!isWaiting(r.status)) continue;
    const state = r.clock?.state;
    const due = dueDate(r);
    if (r.status === "overdue" || state?.kind === "overdue") overdue.push(r);
    else if (state?.kind === "dueToday" || state?.kind === "immediate" || (due != null && due <= weekEnd))
      dueThisWeek.push(r);
    else waiting.push(r);
  }

  const biometric = (r: RequestSummary) => (biometricHolders.has(r.holderId) ? 1 : 0);
  const firstBiometric = (a: RequestSummary, b: RequestSummary) => biometric(b) - biometric(a);
  overdue.sort((a, b) => firstBiometric(a, b) || overdueDays(b) - overdueDays(a) || a.id - b.id);
  const byDue = (a: RequestSummary, b: RequestSummary) =>
    firstBiometric(a, b) || (dueDate(a) ?? "").localeCompare(dueDate(b) ?? "") || a.id - b.id;
  dueThisWeek.sort(byDue);
  waiting.sort(byDue);
  drafts.sort((a, b) => firstBiometric(a, b) || b.letterDate.localeCompare(a.letterDate) || b.id - a.id);
  return { overdue, dueThisWeek, waiting, drafts, counts };
}
