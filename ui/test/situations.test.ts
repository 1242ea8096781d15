import { describe, expect, it } from "vitest";
import kindTs from "../src/ipc/gen/RequestKind.ts?raw";
import { COMPLAINT_REASONS, FIRST_REQUEST_KINDS } from "../src/components/labels";
import {
  SITUATIONS,
  STANDALONE_REASONS,
  complaintReasonsFor,
  deliveredOnPaper,
  kindsToOffer,
  situationByCode,
  situationId,
} from "../src/features/requests/situations";
import { LANGS, SOURCES, makeBundle } from "../src/i18n";

// The codes the core sends, read from the generated binding so a renamed kind fails here.
const REQUEST_KINDS = [...kindTs.matchAll(/"([a-z-]+)"/g)].map((m) => m[1] ?? "");

describe("situations", () => {
  it("each pick a request kind the core knows, or none for 'something else' (last)", () => {
    expect(REQUEST_KINDS).toContain("biometric-objection");
    for (const s of SITUATIONS) {
      if (s.code === "other") expect(s.kind).toBeNull();
      else expect(REQUEST_KINDS, s.code).toContain(s.kind);
    }
    expect(SITUATIONS.at(-1)?.code).toBe("other");
  });

  it("start a first request, except complaints which must carry one of the core's reasons", () => {
    for (const s of SITUATIONS.filter((s) => s.kind != null)) {
      if (s.kind === "complaint") {
        expect(COMPLAINT_REASONS, s.code).toContain(s.reason);
        // A new request has no earlier one, so its reason must make sense on its own.
        expect(STANDALONE_REASONS, s.code).toContain(s.reason);
      } else {
        expect(FIRST_REQUEST_KINDS, s.code).toContain(s.kind);
        expect(s.reason, s.code).toBeNull();
      }
    }
  });

  it("map the brief's cases as intended", () => {
    const pick = (c: string) => {
      const s = situationByCode(c);
      return [s?.kind, s?.reason];
    };
    expect(pick("delete-data")).toEqual(["deletion", null]);
    expect(pick("close-account")).toEqual(["account-cancellation", null]);
    expect(pick("copy-of-data")).toEqual(["access", null]);
    expect(pick("withdraw-consent")).toEqual(["consent-withdrawal", null]);
    expect(pick("face-recognition")).toEqual(["biometric-objection", null]);
    expect(pick("repeated-prompts")).toEqual(["complaint", "repeated-consent-prompts"]);
    expect(pick("service-refused")).toEqual(["complaint", "service-refused"]);
    expect(pick("cannot-cancel")).toEqual(["complaint", "cancellation-blocked"]);
    expect(situationByCode("nope")).toBeUndefined();
    expect(situationByCode(null)).toBeUndefined();
  });

  it("have unique codes and a title and hint in both languages", () => {
    expect(new Set(SITUATIONS.map((s) => s.code)).size).toBe(SITUATIONS.length);
    for (const lang of LANGS) {
      const { bundle } = makeBundle(lang, SOURCES[lang]);
      const ids = SITUATIONS.flatMap((s) => [situationId(s.code), `${situationId(s.code)}-hint`]);
      expect(ids.filter((id) => !bundle.hasMessage(id)), `${lang} lacks`).toEqual([]);
      const reasons = COMPLAINT_REASONS.map((r) => `request-reason-${r}`);
      expect(reasons.filter((id) => !bundle.hasMessage(id)), `${lang} lacks`).toEqual([]);
    }
  });

  it("offer complaint on a new request only when a complaint situation asks for it", () => {
    const complaint = situationByCode("repeated-prompts");
    const deletion = situationByCode("delete-data");
    expect(kindsToOffer(true, undefined, "reminder")).toEqual(["reminder", "complaint"]);
    expect(kindsToOffer(false, undefined, "deletion")).toEqual(FIRST_REQUEST_KINDS);
    expect(kindsToOffer(false, deletion, "deletion")).toEqual(FIRST_REQUEST_KINDS);
    expect(kindsToOffer(false, complaint, "complaint")).toEqual([...FIRST_REQUEST_KINDS, "complaint"]);
    // Changing the type below keeps the way back to the complaint.
    expect(kindsToOffer(false, complaint, "deletion")).toContain("complaint");
    // California has its own opt-out and limit requests, and only California has them.
    expect(kindsToOffer(false, undefined, "deletion", "US-CA")).toContain("opt-out");
    expect(kindsToOffer(false, undefined, "deletion", "US-CA")).not.toContain("consent-withdrawal");
    expect(kindsToOffer(false, undefined, "deletion", "CN")).not.toContain("limit-sensitive");
    expect(kindsToOffer(false, undefined, "deletion", "CN")).toContain("biometric-objection");
  });

  it("offer only self-explaining complaint reasons without an earlier request", () => {
    expect(complaintReasonsFor(true)).toEqual(COMPLAINT_REASONS);
    expect(complaintReasonsFor(false)).not.toContain("no-response");
    expect(complaintReasonsFor(false)).not.toContain("refused");
    for (const r of complaintReasonsFor(false)) expect(COMPLAINT_REASONS).toContain(r);
  });

  it("say a letter to a property manager about face scans goes on paper", () => {
    const face = situationByCode("face-recognition");
    expect(deliveredOnPaper(face, "property")).toBe(true);
    expect(deliveredOnPaper(face, "app")).toBe(false);
    expect(deliveredOnPaper(face, null)).toBe(false);
    expect(deliveredOnPaper(situationByCode("delete-data"), "property")).toBe(false);
    expect(deliveredOnPaper(undefined, "property")).toBe(false);
  });
});
