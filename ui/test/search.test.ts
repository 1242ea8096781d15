import { describe, expect, it } from "vitest";
import { filterHolders, normalize } from "../src/features/holders/search";
import type { HolderSummary } from "../src/ipc/gen";

function summary(
  id: number,
  name: string,
  nameZh: string | null,
  extra: Partial<HolderSummary["holder"]> = {},
  spellings: string[] = [],
): HolderSummary {
  return {
    holder: {
      id,
      name,
      nameZh,
      operator: null,
      aliases: [],
      domains: [],
      jurisdiction: "CN",
      kind: "app",
      email: null,
      phone: null,
      address: null,
      webformUrl: null,
      policyUrl: null,
      notes: null,
      directoryRef: null,
      createdAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:00:00Z",
      ...extra,
    },
    accounts: 0,
    categories: [],
    sensitive: false,
    biometric: false,
    requests: 0,
    openRequests: 0,
    spellings,
  };
}

const list = [
  // Spellings as the core gives them (src/spelling.rs).
  summary(1, "Meituan", "美团", { operator: "北京三快在线科技有限公司" }, ["meituan", "mt"]),
  summary(2, "淘宝", null, { aliases: ["Tmall"], domains: ["taobao.com"] }, ["taobao", "tb"]),
  summary(3, "Building 7 Property", null),
];

describe("holder search", () => {
  it("keeps everything for an empty query", () => {
    expect(filterHolders(list, "  ").map((s) => s.holder.id)).toEqual([1, 2, 3]);
  });

  it("matches Chinese and Latin names, case-insensitively", () => {
    expect(filterHolders(list, "美").map((s) => s.holder.id)).toEqual([1]);
    expect(filterHolders(list, "TAOBAO").map((s) => s.holder.id)).toEqual([2]);
    expect(filterHolders(list, "property").map((s) => s.holder.id)).toEqual([3]);
  });

  it("matches aliases, domains and the operator, and needs every word", () => {
    expect(filterHolders(list, "tmall").map((s) => s.holder.id)).toEqual([2]);
    expect(filterHolders(list, "taobao.com").map((s) => s.holder.id)).toEqual([2]);
    expect(filterHolders(list, "三快").map((s) => s.holder.id)).toEqual([1]);
    expect(filterHolders(list, "meituan 淘宝")).toEqual([]);
  });

  it("finds Chinese names by their pinyin, in full, as initials or begun", () => {
    expect(filterHolders(list, "tb").map((s) => s.holder.id)).toEqual([2]);
    expect(filterHolders(list, "taob").map((s) => s.holder.id)).toEqual([2]);
    expect(filterHolders(list, "mt").map((s) => s.holder.id)).toEqual([1]);
    expect(filterHolders(list, "MeiTuan").map((s) => s.holder.id)).toEqual([1]);
    expect(filterHolders(list, "xyz")).toEqual([]);
  });

  it("folds full-width letters typed with a Chinese input method", () => {
    expect(normalize("ＭＥＩ")).toBe("mei");
    expect(filterHolders(list, "ｍｅｉ").map((s) => s.holder.id)).toEqual([1]);
  });
});
