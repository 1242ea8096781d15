// Fluent ids of the core's enum values, in one place.

import type {
  Confidence,
  DataCategory,
  DeliveryChannel,
  EventKind,
  HolderKind,
  IdentifierKind,
  Jurisdiction,
  LegalStatus,
  RequestKind,
  RequestStatus,
} from "../ipc/gen";

export const JURISDICTIONS: readonly Jurisdiction[] = ["CN", "EU", "UK", "US-CA", "OTHER"];
export const HOLDER_KINDS: readonly HolderKind[] = ["app", "ecommerce", "telecom", "bank", "payment", "property", "other"];
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = ["phone", "email", "username", "other"];
/** PIPL Art. 28 sensitive categories first, then the rest. */
export const SENSITIVE_CATEGORIES: readonly DataCategory[] = [
  "biometrics",
  "id-document",
  "financial-account",
  "location-track",
  "health",
  "minor-under-14",
];
export const OTHER_CATEGORIES: readonly DataCategory[] = [
  "contact-details",
  "contacts-list",
  "photos",
  "browsing-usage",
  "purchase-history",
  "device-ids",
  "other",
];
export const isSensitive = (c: DataCategory) => SENSITIVE_CATEGORIES.includes(c);
/** The kinds a new request can start as; reminders and complaints follow up an earlier one. */
export const FIRST_REQUEST_KINDS: readonly RequestKind[] = [
  "deletion",
  "account-cancellation",
  "consent-withdrawal",
  "biometric-objection",
  "access",
  "correction",
  "opt-out",
  "limit-sensitive",
];
/** California-only kinds (Civ. Code §§1798.120, 1798.121): offered only for a US-CA holder. */
export const CALIFORNIA_ONLY_KINDS: readonly RequestKind[] = ["opt-out", "limit-sensitive"];
/** Why the data should be deleted: the codes the core knows (its DELETION_GROUNDS). */
export const DELETION_GROUNDS = [
  "purpose-achieved",
  "service-ended",
  "retention-expired",
  "consent-withdrawn",
  "unlawful",
] as const;
export type DeletionGround = (typeof DELETION_GROUNDS)[number];
/** Why a complaint is made: the codes the core's letter drafter knows (its COMPLAINT_REASONS). */
export const COMPLAINT_REASONS = [
  "no-response",
  "refused",
  "repeated-consent-prompts",
  "service-refused",
  "forced-biometrics",
  "cancellation-blocked",
] as const;
export type ComplaintReason = (typeof COMPLAINT_REASONS)[number];
export const CHANNELS: readonly DeliveryChannel[] = ["email", "webform", "in-app", "post", "hand", "other"];
/** What the user can log after sending (created/sent are written by their own actions). */
export const LOGGABLE_EVENTS: readonly EventKind[] = [
  "reply-received",
  "acknowledged",
  "extension-notified",
  "fulfilled",
  "refused",
  "note",
  "closed",
];

export const jurisdictionId = (j: Jurisdiction) => `holders-jurisdiction-${j.toLowerCase()}`;
export const holderKindId = (k: HolderKind) => `holders-kind-${k}`;
export const categoryId = (c: DataCategory) => `holders-category-${c}`;
export const identifierKindId = (k: IdentifierKind) => `holders-identifier-${k}`;
export const requestKindId = (k: RequestKind) => `request-kind-${k}`;
export const statusId = (s: RequestStatus) => `request-status-${s}`;
export const eventKindId = (k: EventKind) => `request-event-${k}`;
export const channelId = (c: DeliveryChannel) => `request-channel-${c}`;
export const legalStatusId = (s: LegalStatus) => `request-legal-${s}`;
export const confidenceId = (c: Confidence) => `request-confidence-${c.toLowerCase()}`;

export function statusTone(s: RequestStatus): "danger" | "warning" | "ok" | "neutral" | "done" | "info" {
  switch (s) {
    case "overdue":
    case "refused":
      return "danger";
    case "draft":
      return "neutral";
    case "sent":
    case "acknowledged":
    case "extended":
      return "info";
    case "answered":
    case "escalated":
      return "warning";
    case "fulfilled":
    case "closed":
      return "done";
  }
}
