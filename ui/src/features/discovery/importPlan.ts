// The import screen's own logic: which proposals are kept, and the progress
// figure shown while a large file is read.

import type { ImportPreview, Progress, Proposal } from "../../ipc/gen";

/** The preview with `selected` set from the user's choice (by proposal key). */
export function withSelection(preview: ImportPreview, chosen: ReadonlySet<string>): ImportPreview {
  return { ...preview, proposals: preview.proposals.map((p) => ({ ...p, selected: chosen.has(p.key) })) };
}

/** What the preview selects at first: every proposal the core marked selected. */
export function initialSelection(preview: ImportPreview): Set<string> {
  return new Set(preview.proposals.filter((p) => p.selected).map((p) => p.key));
}

/** Known first, then by how often the source mentions them. */
export function orderProposals(proposals: readonly Proposal[]): Proposal[] {
  return [...proposals].sort(
    (a, b) => Number(a.unresolved) - Number(b.unresolved) || b.count - a.count || a.label.localeCompare(b.label),
  );
}

/** 0–100 when the total is known, otherwise null (an indeterminate bar). */
export function percent(p: Progress | null): number | null {
  if (p == null || p.total == null || p.total <= 0) return null;
  return Math.min(100, Math.round((p.done / p.total) * 100));
}

/** Identifiers a proposal would add, across its accounts. */
export function identifierCount(p: Proposal): number {
  return p.accounts.reduce((n, a) => n + a.identifiers.length, 0);
}
