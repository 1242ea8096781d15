// The inventory screen against a mocked shell: rows, search, the add form
// and an error from the core shown inline.

import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";
import { Inventory } from "../src/features/holders/Inventory";
import type { HolderFields, HolderSummary } from "../src/ipc/gen";
import { screenHarness } from "./fixtures";

function holder(id: number, name: string, nameZh: string | null): HolderSummary {
  return {
    holder: {
      id, name, nameZh, operator: null, aliases: [], domains: [], jurisdiction: "CN", kind: "app",
      email: null, phone: null, address: null, webformUrl: null, policyUrl: null, notes: null,
      directoryRef: null, createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z",
    },
    accounts: 2, categories: [], sensitive: false, biometric: id === 1, requests: 1, openRequests: 1, spellings: [],
  };
}

const screen = screenHarness();

function mount() {
  screen.mount(<Inventory startAdding={false} />);
}

function typeInto(selector: string, value: string) {
  const input = screen.root().querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const rows = () => [...screen.root().querySelectorAll(".holder-row")].map((r) => r.textContent ?? "");

describe("inventory screen", () => {
  it("lists holders with both names and filters them with the search box", async () => {
    mockIPC((cmd) => (cmd === "list_holders" ? [holder(1, "Meituan", "美团"), holder(2, "Taobao", "淘宝")] : null));
    mount();
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]).toContain("Meituan");
    expect(rows()[0]).toContain("美团");
    expect(rows()[0]).toContain("Biometrics");
    expect(screen.root().querySelector("label[for=holder-search]")?.textContent).toBe("Search");

    typeInto("#holder-search", "淘");
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toContain("Taobao");
    typeInto("#holder-search", "nothing-like-it");
    await vi.waitFor(() => expect(screen.root().querySelector("#holders-no-match")).not.toBeNull());
  });

  it("lists biometric holders first and filters by requests, with a label on every filter", async () => {
    const overdueRequest = {
      id: 9, holderId: 2, holderName: "Taobao", holderNameZh: "淘宝", kind: "deletion", jurisdiction: "CN",
      status: "overdue", letterDate: "2026-03-01", sentOn: "2026-03-02",
      clock: { ruleId: "cn-15-working-days", sentOn: "2026-03-02", due: { kind: "on", value: "2026-03-06" }, extended: false,
        acknowledgeBy: null, state: { kind: "overdue", days: 2, unit: "cn-working-days" } },
    };
    mockIPC((cmd) => {
      if (cmd === "list_holders") return [holder(2, "Taobao", "淘宝"), holder(1, "Meituan", "美团")];
      if (cmd === "list_requests") return [overdueRequest];
      return null;
    });
    mount();
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0], "biometric first").toContain("Meituan");
    for (const control of screen.root().querySelectorAll("#holder-filters input, #holder-filters select")) {
      expect(screen.root().querySelector(`label[for="${control.id}"]`), `label for #${control.id}`).not.toBeNull();
    }

    const select = screen.root().querySelector<HTMLSelectElement>("#holder-filter-requests");
    if (!select) throw new Error("no request filter");
    select.value = "overdue";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toContain("Taobao");

    screen.root().querySelector<HTMLButtonElement>("#holder-filter-clear")?.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
  });

  it("teaches what to do when the inventory is empty", async () => {
    mockIPC(() => []);
    mount();
    await vi.waitFor(() => expect(screen.root().querySelector("#holders-empty")?.textContent).toContain("Add the apps you use"));
  });

  it("sends the form as HolderFields and shows the core's refusal inline", async () => {
    const sent: HolderFields[] = [];
    let list: HolderSummary[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_holders") return list;
      if (cmd === "add_holder") {
        const fields = (args as { fields: HolderFields }).fields;
        sent.push(fields);
        if (fields.name.trim() === "") throw { code: "invalid-input", message: "name must not be empty" };
        list = [holder(5, fields.name, fields.nameZh)];
        return list[0]?.holder;
      }
      return null;
    });
    mount();
    await vi.waitFor(() => expect(screen.root().querySelector("#add-holder")).not.toBeNull());
    screen.root().querySelector<HTMLButtonElement>("#add-holder")?.click();
    await vi.waitFor(() => expect(screen.root().querySelector("#holder-form")).not.toBeNull());

    // Every control has a label.
    for (const control of screen.root().querySelectorAll("#holder-form input, #holder-form select, #holder-form textarea")) {
      expect(screen.root().querySelector(`label[for="${control.id}"]`), `label for #${control.id}`).not.toBeNull();
    }

    screen.root().querySelector<HTMLFormElement>("#holder-form")?.requestSubmit();
    await vi.waitFor(() => expect(screen.root().querySelector("#holder-form-error")).not.toBeNull());
    expect(screen.root().querySelector("#holder-form-error")?.textContent).toContain("name must not be empty");
    expect(screen.root().querySelector("#holder-form-error")?.getAttribute("data-code")).toBe("invalid-input");

    typeInto("#holder-name", "Didi");
    typeInto("#holder-name-zh", "滴滴");
    await tick(); // let Preact re-render with what was typed, as it does between keystrokes and a click
    screen.root().querySelector<HTMLFormElement>("#holder-form")?.requestSubmit();
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(sent[1]).toMatchObject({ name: "Didi", nameZh: "滴滴", jurisdiction: "CN", kind: "app", email: null, aliases: [] });
    expect(screen.root().querySelector("#holder-added")?.textContent).toContain("Didi was added.");
  });
});
