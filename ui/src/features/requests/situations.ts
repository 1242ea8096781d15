// Situations in plain words, the wizard's first step for a new request: each
// one picks the request type (and, for a complaint, its reason) so nobody has
// to know the legal names first. The type stays changeable below it.

import { CALIFORNIA_ONLY_KINDS, COMPLAINT_REASONS, FIRST_REQUEST_KINDS, type ComplaintReason } from "../../components/labels";
import type { HolderKind, Jurisdiction, RequestKind } from "../../ipc/gen";

export type SituationCode =
  | "delete-data"
  | "close-account"
  | "copy-of-data"
  | "withdraw-consent"
  | "face-recognition"
  | "repeated-prompts"
  | "service-refused"
  | "cannot-cancel"
  | "other";

export interface Situation {
  code: SituationCode;
  /** null for "something else": the user picks the type, as before situations existed. */
  kind: RequestKind | null;
  /** Only for complaints. */
  reason: ComplaintReason | null;
}

export const SITUATIONS: readonly Situation[] = [
  { code: "delete-data", kind: "deletion", reason: null },
  { code: "close-account", kind: "account-cancellation", reason: null },
  { code: "copy-of-data", kind: "access", reason: null },
  { code: "withdraw-consent", kind: "consent-withdrawal", reason: null },
  { code: "face-recognition", kind: "biometric-objection", reason: null },
  { code: "repeated-prompts", kind: "complaint", reason: "repeated-consent-prompts" },
  { code: "service-refused", kind: "complaint", reason: "service-refused" },
  { code: "cannot-cancel", kind: "complaint", reason: "cancellation-blocked" },
  { code: "other", kind: null, reason: null },
];

export const situationId = (c: SituationCode) => `request-situation-${c}`;

export function situationByCode(code: string | null | undefined): Situation | undefined {
  return SITUATIONS.find((s) => s.code === code);
}

/**
 * Complaint reasons whose letter tells its own story. "No answer" and "refused"
 * quote the dates of an earlier request, so they only make sense as a follow-up.
 * (cancellation-blocked names the date the user asked; without an earlier
 * request the core writes "date unknown", which the user can edit in the draft.)
 */
export const STANDALONE_REASONS: readonly ComplaintReason[] = [
  "repeated-consent-prompts",
  "service-refused",
  "forced-biometrics",
  "cancellation-blocked",
];

export function complaintReasonsFor(followUp: boolean): readonly ComplaintReason[] {
  return followUp ? COMPLAINT_REASONS : STANDALONE_REASONS;
}

/**
 * The types offered below the situations. The core accepts a complaint without
 * an earlier request, but it is offered on a new request only when a complaint
 * situation (or link) asked for it: otherwise the list stays as it always was.
 */
export function kindsToOffer(
  followUp: boolean,
  situation: Situation | undefined,
  current: RequestKind,
  jurisdiction?: Jurisdiction,
): readonly RequestKind[] {
  if (followUp) return ["reminder", "complaint"];
  // California's opt-out and limit requests exist only there; California has no
  // consent withdrawal or biometric objection of its own (the core turns them into these).
  const here =
    jurisdiction == null
      ? FIRST_REQUEST_KINDS
      : jurisdiction === "US-CA"
      ? FIRST_REQUEST_KINDS.filter((k) => k !== "consent-withdrawal" && k !== "biometric-objection")
      : FIRST_REQUEST_KINDS.filter((k) => !CALIFORNIA_ONLY_KINDS.includes(k));
  if (situation?.kind === "complaint" || current === "complaint") return [...here, "complaint"];
  return here;
}

/**
 * A property manager (物业) has no e-mail or web form for this: the letter is
 * printed and handed over or posted, so say so where the user picks the face case.
 */
export function deliveredOnPaper(situation: Situation | undefined, holderKind: HolderKind | null): boolean {
  return situation?.code === "face-recognition" && holderKind === "property";
}
