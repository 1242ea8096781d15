// The inventory's filters beside the search box, and the list's order:
// holders with biometric data first, since a leaked face cannot be reset.

import type { DataCategory, HolderKind, HolderSummary, RequestSummary } from "../../ipc/gen";
import { isWaiting } from "../dashboard/summary";

export type RequestFilter = "any" | "open" | "overdue" | "none";
export const REQUEST_FILTERS: readonly RequestFilter[] = ["any", "open", "overdue", "none"];

export interface HolderFilters {
  /** "" for every kind. */
  kind: HolderKind | "";
  /** "" for every category. */
  category: DataCategory | "";
  sensitiveOnly: boolean;
  requests: RequestFilter;
}

export const NO_FILTERS: HolderFilters = { kind: "", category: "", sensitiveOnly: false, requests: "any" };

export function isFiltering(f: HolderFilters): boolean {
  return f.kind !== "" || f.category !== "" || f.sensitiveOnly || f.requests !== "any";
}

/** Holders with at least one request past its answer deadline and still unanswered. */
export function overdueHolderIds(requests: readonly RequestSummary[]): Set<number> {
  return new Set(
    requests
      .filter((r) => isWaiting(r.status) && (r.status === "overdue" || r.clock?.state.kind === "overdue"))
      .map((r) => r.holderId),
  );
}

/** The holders that pass every filter; `overdue` is from `overdueHolderIds`. */
export function applyFilters(
  list: readonly HolderSummary[],
  f: HolderFilters,
  overdue: ReadonlySet<number>,
): HolderSummary[] {
  return list.filter((s) => {
    if (f.kind !== "" && s.holder.kind !== f.kind) return false;
    if (f.category !== "" && !s.categories.includes(f.category)) return false;
    if (f.sensitiveOnly && !s.sensitive) return false;
    switch (f.requests) {
      case "any":
        return true;
      case "open":
        return s.openRequests > 0;
      case "overdue":
        return overdue.has(s.holder.id);
      case "none":
        return s.requests === 0;
    }
  });
}

/** Biometric holders first; otherwise the order the core sent (a stable sort keeps it). */
export function biometricFirst(list: readonly HolderSummary[]): HolderSummary[] {
  return [...list].sort((a, b) => Number(b.biometric) - Number(a.biometric));
}
