// The data-updates setting against a mocked shell: off by default, "check now"
// only once turned on and saved, and what was installed is said.

import { mockIPC } from "@tauri-apps/api/mocks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DataUpdates } from "../src/features/settings/DataUpdates";
import type { PackLocation, PackLocationInput, UpdateOutcome } from "../src/ipc/gen";
import { screenHarness } from "./fixtures";

const screen = screenHarness();
let stored: PackLocation;
let calls: string[];
const installed: UpdateOutcome[] = [
  {
    outcome: "installed",
    url: "/packs/calendar-2027.pack",
    pack: { kind: "calendar", version: 2027010100, created: "2026-12-20T00:00:00Z", notes: null, previous: 1, path: "/data/packs/calendar-2027010100" },
  },
];

beforeEach(() => {
  stored = { enabled: false, location: null, lastCheckedOn: null, lastResult: null };
  calls = [];
  mockIPC((cmd, args) => {
    calls.push(cmd);
    if (cmd === "pack_location") return stored;
    if (cmd === "set_pack_location") {
      const input = (args as { input: PackLocationInput }).input;
      stored = { ...stored, enabled: input.enabled, location: input.location };
      return stored;
    }
    if (cmd === "check_data_packs_now") {
      stored = { ...stored, lastCheckedOn: "2026-12-20", lastResult: "calendar version 2027010100 installed" };
      return installed;
    }
    return null;
  });
});

const el = <T extends Element = HTMLElement>(sel: string) => screen.el<T>(sel);

describe("data updates setting", () => {
  it("is off by default and contacts nothing until turned on and saved", async () => {
    screen.mount(<DataUpdates />);
    await vi.waitFor(() => expect(el("#settings-packs-off")).not.toBeNull());
    expect(el<HTMLInputElement>("#settings-packs-enabled")?.checked).toBe(false);
    expect(el<HTMLButtonElement>("#settings-packs-check")?.disabled).toBe(true);
    el<HTMLInputElement>("#settings-packs-enabled")?.click();
    const loc = el<HTMLInputElement>("#settings-packs-location");
    if (!loc) throw new Error("no location field");
    loc.value = "/home/li/packs";
    loc.dispatchEvent(new Event("input", { bubbles: true }));
    // Not saved yet: still no check.
    await vi.waitFor(() => expect(el<HTMLButtonElement>("#settings-packs-check")?.disabled).toBe(true));
    expect(calls).not.toContain("check_data_packs_now");
    el<HTMLButtonElement>("#settings-packs-save")?.click();
    await vi.waitFor(() => expect(el<HTMLButtonElement>("#settings-packs-check")?.disabled).toBe(false));
    expect(stored).toMatchObject({ enabled: true, location: "/home/li/packs" });
    el<HTMLButtonElement>("#settings-packs-check")?.click();
    await vi.waitFor(() => expect(el("#settings-packs-outcomes")).not.toBeNull());
    expect(el("#settings-packs-outcomes")?.textContent).toContain("calendar data version 2027010100 installed");
    await vi.waitFor(() => expect(el("#settings-packs-last")?.textContent).toContain("2026-12-20"));
  });
});
