// Issue 15 in the window: the trusted-timestamp panel, the evidence package
// button and the TSA setting, against a mocked shell.

import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";
import { ExportEvidence } from "../src/features/evidence/ExportEvidence";
import { Timestamps } from "../src/features/evidence/Timestamps";
import { TsaSettings } from "../src/features/settings/TsaSettings";
import type { RequestDetail } from "../src/ipc/gen";
import { screenHarness } from "./fixtures";

const { el, mount, root } = screenHarness();

function detail(timestamps: RequestDetail["integrity"]["timestamps"]): RequestDetail {
  return {
    request: { id: 5 },
    integrity: { links: [true, true], problems: [], sealedSince: null, upgraded: false, timestamps },
  } as unknown as RequestDetail;
}

const STAMP = {
  id: 1,
  tsaUrl: "https://freetsa.org/tsr",
  genTime: "2026-03-10T08:00:00Z",
  digest: "ab".repeat(32),
  events: 2,
  facts: null,
  problem: null,
};

describe("trusted timestamps", () => {
  it("contacts nobody until clicked, then asks the shell for this request and reloads", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      return null;
    });
    const reload = vi.fn(async () => {});
    mount(<Timestamps detail={detail([])} reload={reload} />);
    expect(el("#timestamp-none")?.textContent).toContain("not independently confirmed");
    expect(calls).toHaveLength(0);
    el<HTMLButtonElement>("#timestamp-request")?.click();
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    expect(calls).toEqual([{ cmd: "timestamp_request", args: { id: 5 } }]);
  });

  it("lists each kept timestamp, says which hold, and shows a failure in words", async () => {
    mockIPC((cmd) => {
      if (cmd === "timestamp_request") throw { code: "tsa-unreachable", message: "connection refused" };
      return null;
    });
    const broken = { ...STAMP, id: 2, problem: "the signature was not made by the certificate's key" };
    mount(<Timestamps detail={detail([STAMP, broken])} reload={async () => {}} />);
    const rows = root().querySelectorAll("#timestamp-list li");
    expect(rows).toHaveLength(2);
    expect(rows[0]?.getAttribute("data-holds")).toBe("true");
    expect(rows[0]?.textContent).toContain("https://freetsa.org/tsr");
    expect(rows[1]?.textContent).toContain("Does not hold");
    el<HTMLButtonElement>("#timestamp-request")?.click();
    await vi.waitFor(() => expect(el("#timestamp-error")?.textContent).toContain("could not be reached"));
  });
});

describe("evidence package", () => {
  it("asks the shell for the zip next to the PDF", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      return cmd === "export_bundle" ? { path: "/home/me/case.zip", bytes: 4096 } : null;
    });
    mount(<ExportEvidence target={{ kind: "request", id: 7 }} id="export-evidence" />);
    el<HTMLButtonElement>("#export-evidence-bundle")?.click();
    await vi.waitFor(() => expect(el("#export-evidence-saved")?.textContent).toContain("/home/me/case.zip"));
    expect(calls[0]).toMatchObject({ cmd: "export_bundle", args: { target: { kind: "request", id: 7 } } });
  });
});

describe("TSA setting", () => {
  it("shows the public authorities and saves the one chosen", async () => {
    const saved: string[] = [];
    const choices = [
      { name: "FreeTSA.org", url: "https://freetsa.org/tsr" },
      { name: "DigiCert", url: "http://timestamp.digicert.com" },
    ];
    mockIPC((cmd, args) => {
      if (cmd === "tsa_settings") return { choices, current: choices[0]?.url };
      if (cmd === "set_tsa") {
        const url = (args as { url: string }).url;
        saved.push(url);
        return { choices, current: url };
      }
      return null;
    });
    mount(<TsaSettings />);
    await vi.waitFor(() => expect(el<HTMLInputElement>("#settings-tsa-DigiCert")).not.toBeNull());
    expect(el<HTMLInputElement>("#settings-tsa-FreeTSAorg")?.checked).toBe(true);
    el<HTMLInputElement>("#settings-tsa-DigiCert")?.click();
    await vi.waitFor(() => expect(saved).toEqual(["http://timestamp.digicert.com"]));
    await vi.waitFor(() => expect(el<HTMLInputElement>("#settings-tsa-DigiCert")?.checked).toBe(true));
  });
});
