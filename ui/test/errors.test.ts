import { describe, expect, it } from "vitest";
import { localization } from "../src/i18n";
import { IpcError, describeError, errorMessageId, isCommandError, toCommandError } from "../src/ipc/errors";

describe("command errors", () => {
  it("recognises the shell's {code, message} shape", () => {
    expect(isCommandError({ code: "not-found", message: "holder 3 does not exist" })).toBe(true);
    expect(isCommandError({ code: "not-found" })).toBe(false);
    expect(isCommandError("boom")).toBe(false);
    expect(isCommandError(null)).toBe(false);
  });

  it("turns Tauri's own string rejections into `internal`", () => {
    expect(toCommandError("invalid args `fields` for command `add_holder`")).toEqual({
      code: "internal",
      message: "invalid args `fields` for command `add_holder`",
    });
    expect(toCommandError(new Error("x")).code).toBe("internal");
    expect(toCommandError({ code: "holder-in-use", message: "m", extra: 1 })).toEqual({ code: "holder-in-use", message: "m" });
  });

  it("maps a code to its Fluent message, with the core's text as detail", () => {
    expect(errorMessageId("store-corrupt")).toBe("error-store-corrupt");
    const en = localization("en-US");
    const d = describeError(en.t, (id) => en.has(id), new IpcError({ code: "invalid-input", message: "name must not be empty" }));
    expect(d.code).toBe("invalid-input");
    expect(d.text).toBe("Some of what you entered cannot be used: name must not be empty");
    expect(d.detail).toBe("name must not be empty");

    const zh = localization("zh-CN");
    const nf = describeError(zh.t, (id) => zh.has(id), { code: "not-found", message: "holder 9 does not exist" });
    expect(nf.text).toBe(zh.t("error-not-found"));
    expect(nf.text).not.toContain("holder 9");
  });

  it("passes the year to the calendar message", () => {
    const en = localization("en-US");
    const d = describeError(en.t, (id) => en.has(id), { code: "calendar-unknown", message: "no official calendar for 2031" });
    expect(d.text).toContain("2031");
  });
});
