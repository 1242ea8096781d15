// The new-request wizard against a mocked shell: situations pick the type,
// the property hint, and identifiers left out of the letter.

import { mockIPC } from "@tauri-apps/api/mocks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { NewRequest } from "../src/features/requests/NewRequest";
import { TEST_TODAY, screenHarness } from "./fixtures";
import type { Account, ChannelOption, DraftInput, HolderDetail, HolderKind, LetterPreview } from "../src/ipc/gen";

function detail(kind: HolderKind, accounts: Account[]): HolderDetail {
  return {
    holder: {
      id: 1, name: "Sunny Gardens", nameZh: "阳光花园物业", operator: null, aliases: [], domains: [], jurisdiction: "CN",
      kind, email: null, phone: null, address: null, webformUrl: null, policyUrl: null, notes: null,
      directoryRef: null, createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z",
    },
    accounts,
    requests: [],
  };
}

const account: Account = {
  id: 1, holderId: 1, createdAt: "2026-01-01T00:00:00Z", categories: [], source: "manual", notes: null,
  identifiers: [
    { kind: "phone", value: "13800138000" },
    { kind: "other", value: "110101199003070000" },
  ],
};

const CHANNELS: ChannelOption[] = [
  {
    id: "cn-cac", nameZh: "网信部门", nameEn: "Cyberspace administration (网信部门)", confidence: "UNVERIFIED",
    phone: null, web: null, noteEn: "No verified channel: use the one your local 网信办 publishes.", noteZh: "没有经核实的渠道。",
  },
  {
    id: "cn-12315", nameZh: "12315 全国市场监管投诉举报", nameEn: "12315 National Market Regulation Complaints and Reports",
    confidence: "UNVERIFIED", phone: "12315", web: null, noteEn: null, noteZh: null,
  },
];

function preview(input: DraftInput, d: HolderDetail): LetterPreview {
  const ids = input.identifiers ?? d.accounts.flatMap((a) => a.identifiers);
  const channels = input.kind === "complaint" ? CHANNELS : [];
  return {
    draft: { subject: `${input.kind} ${input.reason ?? ""}`, body: ids.map((i) => i.value).join("\n"), recipient: null, citations: [], channels },
    jurisdiction: "CN",
    rule: {
      id: "cn-15-working-days", jurisdiction: "CN", default: true, unit: "cn-working-days", amount: 15, status: "reference",
      sources: [], bindingDutyIds: [], receiptIsDayOne: false, labelEn: "15 working days", labelZh: "15 个工作日", noteEn: "", noteZh: "",
      extension: null, acknowledgement: null,
    },
    ruleSources: [
      {
        id: "rdff-6-3", citeZh: "《App违法违规收集使用个人信息行为认定方法》六.3", citeEn: "App Methods Part VI item 3",
        text: "", gistEn: "", gistZh: "", status: "reference", confidence: "UNVERIFIED", source: "",
      },
    ],
    dueIfSentToday: { kind: "on", value: "2026-03-20" },
  };
}

const screen = screenHarness();
let inputs: DraftInput[];
beforeEach(() => {
  inputs = [];
});

function mount(d: HolderDetail, parentId?: number) {
  mockIPC((cmd, args) => {
    if (cmd === "get_holder") return d;
    if (cmd === "preview_letter") {
      const input = (args as { input: DraftInput }).input;
      inputs.push(input);
      return preview(input, d);
    }
    return null;
  });
  screen.mount(<NewRequest holderId={1} parentId={parentId} />);
}

const root = () => screen.root();
const el = <T extends Element = HTMLInputElement>(sel: string) => screen.el<T>(sel);
const last = () => inputs.at(-1);

describe("new-request wizard", () => {
  it("turns the face-recognition situation into a biometric objection, on paper for a property manager", async () => {
    mount(detail("property", [account]));
    await vi.waitFor(() => expect(el("#situation-face-recognition")).not.toBeNull());
    expect(root().querySelectorAll('input[name="request-situation"]')).toHaveLength(9);
    expect(el("#situation-paper-hint")).toBeNull();
    el("#situation-face-recognition")?.click();
    await vi.waitFor(() => expect(el("#request-kind-biometric-objection")?.checked).toBe(true));
    expect(el("#situation-paper-hint")?.textContent).toContain("printed");
    await vi.waitFor(() => expect(last()?.kind).toBe("biometric-objection"));
    expect(last()?.identifiers).toBeNull();
    // The type stays changeable, and the existing ids still work.
    el("#request-kind-deletion")?.click();
    await vi.waitFor(() => expect(last()?.kind).toBe("deletion"));
  });

  it("shows no paper hint for an app", async () => {
    mount(detail("app", [account]));
    await vi.waitFor(() => expect(el("#situation-face-recognition")).not.toBeNull());
    el("#situation-face-recognition")?.click();
    await vi.waitFor(() => expect(el("#request-kind-biometric-objection")?.checked).toBe(true));
    expect(el("#situation-paper-hint")).toBeNull();
  });

  it("makes a complaint situation a complaint with its reason, explained", async () => {
    mount(detail("app", [account]));
    await vi.waitFor(() => expect(el("#situation-repeated-prompts")).not.toBeNull());
    expect(el("#request-kind-complaint")).toBeNull();
    el("#situation-repeated-prompts")?.click();
    await vi.waitFor(() => expect(el("#request-kind-complaint")?.checked).toBe(true));
    const reason = el<HTMLSelectElement>("#request-reason");
    expect(reason?.value).toBe("repeated-consent-prompts");
    expect([...(reason?.options ?? [])].map((o) => o.value)).not.toContain("no-response");
    expect(el("#request-complaint-first-hint")).not.toBeNull();
    await vi.waitFor(() => expect(last()).toMatchObject({ kind: "complaint", reason: "repeated-consent-prompts", parentId: null }));
  });

  it("leaves an unticked identifier out of the letter", async () => {
    mount(detail("app", [account]));
    await vi.waitFor(() => expect(el("#identifier-1")?.checked).toBe(true));
    expect(el("#identifier-0")?.checked).toBe(true);
    await vi.waitFor(() => expect(el("#letter-preview")?.textContent).toContain("110101199003070000"));
    el("#identifier-1")?.click();
    await vi.waitFor(() => expect(last()?.identifiers).toEqual([{ kind: "phone", value: "13800138000" }]));
    await vi.waitFor(() => expect(el("#letter-preview")?.textContent).not.toContain("110101199003070000"));
    expect(el("#letter-preview")?.textContent).toContain("13800138000");
    el("#identifier-0")?.click();
    await vi.waitFor(() => expect(last()?.identifiers).toEqual([]));
    expect(el("#identifiers-empty")).not.toBeNull();
  });

  it("points to the holder page when no account is recorded", async () => {
    mount(detail("app", []));
    await vi.waitFor(() => expect(el("#identifiers-none")).not.toBeNull());
    expect(el<HTMLAnchorElement>("#identifiers-add-account")?.getAttribute("href")).toContain("1");
    expect(root().querySelector('input[type="checkbox"]')).toBeNull();
  });

  it("asks why they should delete it, in plain words, and sends the ground", async () => {
    mount(detail("app", [account]));
    await vi.waitFor(() => expect(el("#request-ground")).not.toBeNull());
    const ground = el<HTMLSelectElement>("#request-ground");
    expect(el("label[for=request-ground]")?.textContent).toBe("Why should they delete it?");
    await vi.waitFor(() => expect(last()?.ground).toBeNull());
    if (ground) {
      ground.value = "consent-withdrawn";
      ground.dispatchEvent(new Event("change"));
    }
    await vi.waitFor(() => expect(last()).toMatchObject({ kind: "deletion", ground: "consent-withdrawn", correction: null }));
  });

  it("asks a correction request what is wrong and what it should be", async () => {
    mount(detail("app", [account]));
    await vi.waitFor(() => expect(el("#request-kind-correction")).not.toBeNull());
    el("#request-kind-correction")?.click();
    await vi.waitFor(() => expect(el("#request-correction")).not.toBeNull());
    expect(el("#request-ground")).toBeNull();
    const text = el<HTMLTextAreaElement>("#request-correction");
    if (text) {
      text.value = "Phone 138 0013 8001 should be 138 0013 8000";
      text.dispatchEvent(new Event("input"));
    }
    await vi.waitFor(() =>
      expect(last()).toMatchObject({ kind: "correction", correction: "Phone 138 0013 8001 should be 138 0013 8000", ground: null }),
    );
  });

  it("names the rule's sources instead of showing their ids", async () => {
    mount(detail("app", [account]));
    await vi.waitFor(() => expect(el("#rule-sources")).not.toBeNull());
    expect(el("#rule-sources")?.textContent).toContain("App Methods Part VI item 3");
    expect(el("#rule-sources")?.textContent).not.toContain("rdff-6-3");
  });

  it("lists a complaint's channels by name in both languages, never by id", async () => {
    mount(detail("ecommerce", [account]), 9);
    await vi.waitFor(() => expect(el("#request-kind-complaint")).not.toBeNull());
    el("#request-kind-complaint")?.click();
    await vi.waitFor(() => expect(root().querySelectorAll('[data-testid="channel"]')).toHaveLength(2));
    const text = el("#complaint-channels")?.textContent ?? "";
    expect(text).toContain("Cyberspace administration (网信部门)");
    expect(text).toContain("12315 National Market Regulation Complaints and Reports");
    expect(text).toContain("12315 全国市场监管投诉举报");
    expect(text).toContain("No verified channel");
    expect(text).not.toContain("cn-cac");
    expect(text).not.toContain("cn-12315");
  });

  it("skips the situations for a follow-up", async () => {
    mount(detail("app", [account]), 9);
    await vi.waitFor(() => expect(el("#request-kind-reminder")).not.toBeNull());
    expect(el("#request-situations")).toBeNull();
    expect(el("#situation-other")).toBeNull();
  });
});

describe("the wizard's dates", () => {
  it("dates the letter on the core's today and allows no later date", async () => {
    mount(detail("app", [account]));
    await vi.waitFor(() => expect(el("#letter-date")).not.toBeNull());
    expect(el("#letter-date")?.value).toBe(TEST_TODAY);
    expect(el("#letter-date")?.max).toBe(TEST_TODAY);
    await vi.waitFor(() => expect(last()?.letterDate).toBe(TEST_TODAY));
  });
});
