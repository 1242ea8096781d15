import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { addAccount, addHolder, getHolder, listHolders } from "../src/ipc/commands";
import { IpcError } from "../src/ipc/errors";

afterEach(() => clearMocks());

describe("typed command wrappers", () => {
  it("call the shell's command by its snake_case name with camelCase arguments", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "list_holders") return [];
      if (cmd === "add_account") return { id: 1, holderId: 7, identifiers: [], categories: [], source: "manual", notes: null, createdAt: "" };
      return null;
    });
    expect(await listHolders()).toEqual([]);
    await addAccount(7, { identifiers: [{ kind: "phone", value: "13800138000" }], categories: ["biometrics"], source: "manual", notes: null });
    expect(calls[0]?.[0]).toBe("list_holders");
    expect(calls[1]).toEqual([
      "add_account",
      { holderId: 7, fields: { identifiers: [{ kind: "phone", value: "13800138000" }], categories: ["biometrics"], source: "manual", notes: null } },
    ]);
  });

  it("throw the shell's {code, message} as an IpcError", async () => {
    mockIPC((cmd) => {
      if (cmd === "get_holder") throw { code: "not-found", message: "holder 99 does not exist" };
      if (cmd === "add_holder") throw "invalid args `fields` for command `add_holder`: missing field `name`";
      return null;
    });
    const notFound = await getHolder(99).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(IpcError);
    expect((notFound as IpcError).code).toBe("not-found");
    expect((notFound as IpcError).message).toBe("holder 99 does not exist");

    const bad = await addHolder({} as never).catch((e: unknown) => e);
    expect((bad as IpcError).code).toBe("internal");
  });
});
