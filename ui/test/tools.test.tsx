// The file, safety and discovery tools: their pure logic, and the evidence
// export, unlock and import screens against a mocked shell.

import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";
import { entryNames, mainContact } from "../src/features/discovery/DirectoryAdd";
import { Imports } from "../src/features/discovery/Imports";
import { identifierCount, initialSelection, orderProposals, percent, withSelection } from "../src/features/discovery/importPlan";
import { ExportEvidence } from "../src/features/evidence/ExportEvidence";
import { IntegrityCheck } from "../src/features/evidence/IntegrityCheck";
import { Unlock } from "../src/features/safety/Unlock";
import { passphraseProblem } from "../src/features/safety/SecuritySettings";
import { SENDER_KEY, currentSender, hasSender, initSender, loadSender, saveSender, storeSender } from "../src/features/settings/sender";
import type { DirectoryEntry, ImportPreview, Proposal, Sender } from "../src/ipc/gen";
import { href, parseRoute } from "../src/router";
import { screenHarness } from "./fixtures";

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

function proposal(key: string, over: Partial<Proposal> = {}): Proposal {
  return {
    key, label: key, domains: [], hosts: [], count: 1, firstSeen: null, lastSeen: null, entryId: null, alternatives: [],
    unconfirmedContacts: [], existingHolder: null, unresolved: false, selected: true,
    holder: {
      name: key, nameZh: null, operator: null, aliases: [], domains: [], jurisdiction: null, kind: null, email: null,
      phone: null, address: null, webformUrl: null, policyUrl: null, notes: null, directoryRef: null,
    },
    accounts: [],
    ...over,
  } as Proposal;
}

describe("sender details", () => {
  it("round-trip, trimmed, and bad stored values count as nothing", () => {
    const s = memoryStorage();
    expect(hasSender(loadSender(s))).toBe(false);
    saveSender(s, { name: "  张三 ", contact: "", address: "北京市" });
    expect(loadSender(s)).toEqual({ name: "张三", contact: null, address: "北京市" });
    s.setItem(SENDER_KEY, "{not json");
    expect(loadSender(s)).toEqual({ name: null, contact: null, address: null });
    s.setItem(SENDER_KEY, JSON.stringify({ name: 42 }));
    expect(hasSender(loadSender(s))).toBe(false);
  });
});

describe("passphrase checks", () => {
  it("asks for eight characters (counted as characters, not bytes) and the same twice", () => {
    expect(passphraseProblem("short", "short")).toBe("security-too-short");
    expect(passphraseProblem("数据权利助手密码", "数据权利助手密码")).toBeNull();
    expect(passphraseProblem("long enough", "long enougH")).toBe("security-mismatch");
  });
});

describe("import plan", () => {
  it("keeps the user's choice and orders known, frequent companies first", () => {
    const preview: ImportPreview = {
      source: "sms", format: "一证通查 SMS", records: 3, skipped: [],
      proposals: [
        proposal("name:x", { unresolved: true, count: 9, selected: false }),
        proposal("cn:wechat", { count: 1 }),
        proposal("cn:alipay", { count: 2 }),
      ],
    };
    const chosen = initialSelection(preview);
    expect([...chosen].sort()).toEqual(["cn:alipay", "cn:wechat"]);
    chosen.delete("cn:wechat");
    const kept = withSelection(preview, chosen);
    expect(kept.proposals.map((p) => [p.key, p.selected])).toEqual([
      ["name:x", false],
      ["cn:wechat", false],
      ["cn:alipay", true],
    ]);
    expect(preview.proposals[1]?.selected, "the original preview is not changed").toBe(true);
    expect(orderProposals(preview.proposals).map((p) => p.key)).toEqual(["cn:alipay", "cn:wechat", "name:x"]);
  });

  it("shows a percentage only when the total is known", () => {
    expect(percent(null)).toBeNull();
    expect(percent({ done: 10, total: null })).toBeNull();
    expect(percent({ done: 0, total: 0 })).toBeNull();
    expect(percent({ done: 512, total: 1024 })).toBe(50);
    expect(percent({ done: 2048, total: 1024 })).toBe(100);
    const p = proposal("a", {
      accounts: [
        { identifiers: [{ kind: "email", value: "a@b.c" }, { kind: "username", value: "ab" }], categories: [], source: "import-passwords", notes: null },
      ],
    } as Partial<Proposal>);
    expect(identifierCount(p)).toBe(2);
  });
});

describe("directory entries", () => {
  const entry = (over: Partial<DirectoryEntry>): DirectoryEntry =>
    ({
      id: "cn:taobao", merged: [], nameEn: "Taobao", nameZh: "淘宝", operator: null, aliases: [], brands: [], domains: ["taobao.com"],
      countries: [], jurisdiction: { value: "CN", provenance: { source: "cn-holders", confidence: "VERIFIED", basis: null, date: null, url: null } },
      kind: "ecommerce", categories: [], requestLanguage: null, remarks: [], sources: [],
      contacts: {
        email: null, phone: null, fax: null, address: null, registeredAddress: null, webform: null, policyUrl: null,
        deletionUrl: null, deletionDifficulty: null, deletionNotes: null, deletionEmail: null, other: [],
      },
      ...over,
    }) as DirectoryEntry;

  it("leads with the name in the UI language and falls back to the domain", () => {
    expect(entryNames(entry({}), true)).toEqual({ primary: "淘宝", secondary: "Taobao" });
    expect(entryNames(entry({}), false)).toEqual({ primary: "Taobao", secondary: "淘宝" });
    expect(entryNames(entry({ nameEn: null, nameZh: null }), false)).toEqual({ primary: "taobao.com", secondary: null });
  });

  it("marks a contact the source does not vouch for", () => {
    expect(mainContact(entry({}))).toBeNull();
    const c = entry({}).contacts;
    const sourced = (confidence: "VERIFIED" | "UNVERIFIED") => ({
      value: "privacy@taobao.com",
      provenance: { source: "cn-holders" as const, confidence, basis: null, date: null, url: null },
    });
    expect(mainContact(entry({ contacts: { ...c, email: sourced("UNVERIFIED") } }))).toEqual({ value: "privacy@taobao.com", confirmed: false });
    expect(mainContact(entry({ contacts: { ...c, email: sourced("VERIFIED") } }))?.confirmed).toBe(true);
  });
});

describe("import route", () => {
  it("has its own address", () => {
    expect(parseRoute("#/import")).toEqual({ name: "import" });
    expect(href({ name: "import" })).toBe("#/import");
  });
});

// Screens against a mocked shell.
const { el, mount, root } = screenHarness();

describe("export evidence", () => {
  it("asks the shell for a PDF in the UI language and says where it was saved", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === "export_evidence") return { path: "/home/me/case.pdf", bytes: 2048 };
      return null;
    });
    mount(<ExportEvidence target={{ kind: "request", id: 7 }} id="export-evidence" />);
    el<HTMLButtonElement>("#export-evidence")?.click();
    await vi.waitFor(() => expect(el("#export-evidence-saved")?.textContent).toContain("/home/me/case.pdf"));
    expect(el("#export-evidence-saved")?.textContent).toContain("2.0 KB");
    expect(calls[0]).toMatchObject({
      cmd: "export_evidence",
      args: { target: { kind: "request", id: 7 }, options: { locale: "en-US", sender: null } },
    });
  });

  it("says nothing was saved when the dialog is cancelled, and shows a failure", async () => {
    let fail = false;
    let answered = 0;
    mockIPC((cmd) => {
      if (cmd !== "export_evidence") return null;
      answered += 1;
      if (fail) throw { code: "pdf", message: "font missing" };
      return null;
    });
    mount(<ExportEvidence target={{ kind: "holder", id: 3 }} id="export-dossier" />);
    el<HTMLButtonElement>("#export-dossier")?.click();
    await vi.waitFor(() => expect(answered).toBe(1));
    await vi.waitFor(() => expect(el<HTMLButtonElement>("#export-dossier")?.disabled).toBe(false));
    expect(el("#export-dossier-saved")).toBeNull();
    fail = true;
    el<HTMLButtonElement>("#export-dossier")?.click();
    await vi.waitFor(() => expect(el("#export-dossier-error")).not.toBeNull());
  });
});

describe("unlock", () => {
  it("keeps asking after a wrong passphrase and reports success once", async () => {
    const tried: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== "unlock_store") return null;
      const p = (args as { passphrase: string }).passphrase;
      tried.push(p);
      if (p !== "correct horse battery") throw { code: "store-wrong-passphrase", message: "wrong" };
      return null;
    });
    const unlocked = vi.fn();
    mount(<Unlock onUnlocked={unlocked} />);
    const input = el<HTMLInputElement>("#unlock-passphrase");
    expect(input?.type).toBe("password");
    const type = (v: string) => {
      if (!input) return;
      input.value = v;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    type("nope nope");
    await vi.waitFor(() => expect(el<HTMLButtonElement>("#unlock-submit")?.disabled).toBe(false));
    el<HTMLFormElement>("#unlock-form")?.requestSubmit();
    await vi.waitFor(() => expect(el("#unlock-error")?.getAttribute("data-code")).toBe("store-wrong-passphrase"));
    expect(unlocked).not.toHaveBeenCalled();
    type("correct horse battery");
    await vi.waitFor(() => expect(el<HTMLButtonElement>("#unlock-submit")?.disabled).toBe(false));
    el<HTMLFormElement>("#unlock-form")?.requestSubmit();
    await vi.waitFor(() => expect(unlocked).toHaveBeenCalledTimes(1));
    expect(tried).toEqual(["nope nope", "correct horse battery"]);
  });
});

describe("import screen", () => {
  it("previews pasted SMS text, writes nothing until confirmed, then sends only the kept companies", async () => {
    const confirmed: ImportPreview[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "preview_import")
        return {
          source: "sms", format: "一证通查 SMS", records: 2, skipped: [],
          proposals: [proposal("cn:wechat"), proposal("cn:alipay")],
        } satisfies ImportPreview;
      if (cmd === "confirm_import") {
        confirmed.push((args as { preview: ImportPreview }).preview);
        return { created: [1], updated: [], accountsAdded: 0 };
      }
      if (cmd === "plugin:event|listen") return 1;
      return null;
    });
    mount(<Imports />);
    el<HTMLInputElement>("#import-source-sms")?.click();
    const text = await vi.waitFor(() => {
      const t = el<HTMLTextAreaElement>("#import-sms");
      if (!t) throw new Error("no text box yet");
      return t;
    });
    text.value = "您的手机号码关联的互联网账号：微信、支付宝";
    text.dispatchEvent(new Event("input", { bubbles: true }));
    await vi.waitFor(() => expect(el<HTMLButtonElement>("#import-start")?.disabled).toBe(false));
    el<HTMLButtonElement>("#import-start")?.click();
    await vi.waitFor(() => expect(root().querySelectorAll(".import-row")).toHaveLength(2));
    expect(confirmed).toHaveLength(0);
    el<HTMLInputElement>("#import-keep-0")?.click();
    await vi.waitFor(() => expect(el("#import-confirm")?.textContent).toContain("Import 1 company"));
    el<HTMLButtonElement>("#import-confirm")?.click();
    await vi.waitFor(() => expect(el("#import-outcome")).not.toBeNull());
    expect(confirmed[0]?.proposals.filter((p) => p.selected).map((p) => p.key)).toHaveLength(1);
  });
});

describe("integrity check", () => {
  it("says intact when nothing changed and lists each problem otherwise", async () => {
    let problems: unknown[] = [];
    mockIPC((cmd) =>
      cmd === "verify_store" ? { requests: 1, events: 3, attachments: 1, pages: 0, digests: [[1, "ab"]], problems } : null,
    );
    mount(<IntegrityCheck />);
    el<HTMLButtonElement>("#integrity-check")?.click();
    await vi.waitFor(() => expect(el("#integrity-result")?.getAttribute("data-intact")).toBe("true"));
    expect(el("#integrity-result")?.textContent).toContain("3 events");
    problems = [
      { kind: "eventAltered", request: 1, event: 2 },
      { kind: "attachmentMissing", request: 1, event: 3, name: "reply.png" },
    ];
    el<HTMLButtonElement>("#integrity-check")?.click();
    await vi.waitFor(() => expect(el("#integrity-result")?.getAttribute("data-intact")).toBe("false"));
    const text = el("#integrity-result")?.textContent ?? "";
    expect(text).toContain("2 records");
    expect(text).toContain("reply.png");
    expect(text).toContain("event 2");
  });
});

describe("the user's details move from localStorage into the store once", () => {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
  };
  const fakeStore = (initial: Sender) => {
    let kept = initial;
    const saves: Sender[] = [];
    return {
      saves,
      get: async () => kept,
      save: async (s: Sender) => {
        saves.push(s);
        kept = s;
        return kept;
      },
    };
  };
  const none: Sender = { name: null, contact: null, address: null };

  it("writes what localStorage had to an empty store, then clears localStorage", async () => {
    const storage = memory();
    saveSender(storage, { name: "张三", contact: null, address: "北京市" });
    const store = fakeStore(none);
    const got = await initSender(storage, store);
    expect(got).toEqual({ name: "张三", contact: null, address: "北京市" });
    expect(store.saves).toHaveLength(1);
    expect(storage.getItem(SENDER_KEY)).toBeNull();
    expect(currentSender()).toEqual(got);
    // Once moved, a second start reads the store and writes nothing.
    await initSender(storage, store);
    expect(store.saves).toHaveLength(1);
  });

  it("keeps the store's details over an older copy, and still clears localStorage", async () => {
    const storage = memory();
    saveSender(storage, { name: "Old", contact: null, address: null });
    const store = fakeStore({ name: "Kept", contact: "a@b.cn", address: null });
    expect((await initSender(storage, store)).name).toBe("Kept");
    expect(store.saves).toHaveLength(0);
    expect(storage.getItem(SENDER_KEY)).toBeNull();
  });

  it("leaves localStorage alone when the store cannot be written", async () => {
    const storage = memory();
    saveSender(storage, { name: "张三", contact: null, address: null });
    const failing = { get: async () => none, save: async () => Promise.reject(new Error("store-locked")) };
    await expect(initSender(storage, failing)).rejects.toThrow();
    expect(storage.getItem(SENDER_KEY)).not.toBeNull();
  });

  it("saves edits in the store", async () => {
    const store = fakeStore(none);
    await storeSender({ name: "李四", contact: null, address: null }, store);
    expect(store.saves).toEqual([{ name: "李四", contact: null, address: null }]);
    expect(currentSender().name).toBe("李四");
  });
});
