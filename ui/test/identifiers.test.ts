import { describe, expect, it } from "vitest";
import { accountIdentifiers, identifiersToSend, toggleLeftOut } from "../src/features/requests/identifiers";
import type { Account, Identifier } from "../src/ipc/gen";

function account(id: number, identifiers: Identifier[]): Account {
  return { id, holderId: 1, createdAt: "2026-01-01T00:00:00Z", identifiers, categories: [], source: "manual", notes: null };
}

const phone: Identifier = { kind: "phone", value: "13800138000" };
const email: Identifier = { kind: "email", value: "li@example.cn" };
const idNumber: Identifier = { kind: "other", value: "110101199003070000" };

describe("identifiers in a letter", () => {
  it("lists every account's identifiers once, in order, like the core", () => {
    const all = accountIdentifiers([account(1, [phone, email]), account(2, [phone, idNumber])]);
    expect(all).toEqual([phone, email, idNumber]);
    expect(accountIdentifiers([])).toEqual([]);
    // Same value, different kind: two identifiers.
    expect(accountIdentifiers([account(1, [{ kind: "username", value: "13800138000" }, phone])])).toHaveLength(2);
  });

  it("leaves the core's default (null) while everything is ticked", () => {
    const all = [phone, email, idNumber];
    expect(identifiersToSend(all, new Set())).toBeNull();
    expect(identifiersToSend([], new Set())).toBeNull();
    // A stale index past the end changes nothing.
    expect(identifiersToSend(all, new Set([7]))).toBeNull();
  });

  it("names the ticked ones once any is left out, down to none", () => {
    const all = [phone, email, idNumber];
    expect(identifiersToSend(all, new Set([2]))).toEqual([phone, email]);
    expect(identifiersToSend(all, new Set([0, 1, 2]))).toEqual([]);
  });

  it("toggles without touching the old set", () => {
    const none: ReadonlySet<number> = new Set();
    const one = toggleLeftOut(none, 1, false);
    expect([...one]).toEqual([1]);
    expect(none.size).toBe(0);
    expect([...toggleLeftOut(one, 1, true)]).toEqual([]);
    expect([...toggleLeftOut(one, 1, false)]).toEqual([1]);
  });
});
