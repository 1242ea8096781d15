import { describe, expect, it } from "vitest";
import { NO_FILTERS, applyFilters, biometricFirst, isFiltering, overdueHolderIds } from "../src/features/holders/filters";
import type { DataCategory, HolderKind, HolderSummary, RequestStatus, RequestSummary } from "../src/ipc/gen";

function summary(
  id: number,
  kind: HolderKind | null,
  extra: { categories?: DataCategory[]; sensitive?: boolean; biometric?: boolean; requests?: number; openRequests?: number } = {},
): HolderSummary {
  return {
    holder: {
      id, name: `Holder ${id}`, nameZh: null, operator: null, aliases: [], domains: [], jurisdiction: "CN", kind,
      email: null, phone: null, address: null, webformUrl: null, policyUrl: null, notes: null, directoryRef: null,
      createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z",
    },
    accounts: 1,
    categories: extra.categories ?? [],
    sensitive: extra.sensitive ?? false,
    biometric: extra.biometric ?? false,
    requests: extra.requests ?? 0,
    openRequests: extra.openRequests ?? 0,
    spellings: [],
  };
}

function request(id: number, holderId: number, status: RequestStatus, overdueClock = false): RequestSummary {
  return {
    id, holderId, holderName: "x", holderNameZh: null, kind: "deletion", jurisdiction: "CN", status,
    letterDate: "2026-03-01", sentOn: "2026-03-02",
    clock: {
      ruleId: "cn-15-working-days", sentOn: "2026-03-02", due: { kind: "on", value: "2026-03-20" }, extended: false,
      acknowledgeBy: null,
      state: overdueClock ? { kind: "overdue", days: 1, unit: "cn-working-days" } : { kind: "dueIn", days: 5, unit: "cn-working-days" },
    },
  };
}

const list = [
  summary(1, "app", { categories: ["biometrics", "photos"], sensitive: true, biometric: true, requests: 2, openRequests: 1 }),
  summary(2, "ecommerce", { categories: ["purchase-history", "contact-details"], requests: 1, openRequests: 0 }),
  summary(3, "bank", { categories: ["financial-account"], sensitive: true, requests: 1, openRequests: 1 }),
  summary(4, null),
  summary(5, "app", { categories: ["contact-details"], biometric: true }),
];
const ids = (l: HolderSummary[]) => l.map((s) => s.holder.id);
const none = new Set<number>();

describe("inventory filters", () => {
  it("keep everything when nothing is chosen", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(ids(applyFilters(list, NO_FILTERS, none))).toEqual([1, 2, 3, 4, 5]);
  });

  it("filter by kind, category and sensitive data", () => {
    expect(ids(applyFilters(list, { ...NO_FILTERS, kind: "app" }, none))).toEqual([1, 5]);
    expect(ids(applyFilters(list, { ...NO_FILTERS, category: "photos" }, none))).toEqual([1]);
    expect(ids(applyFilters(list, { ...NO_FILTERS, sensitiveOnly: true }, none))).toEqual([1, 3]);
    expect(isFiltering({ ...NO_FILTERS, sensitiveOnly: true })).toBe(true);
  });

  it("filter by requests: open, overdue, none at all", () => {
    expect(ids(applyFilters(list, { ...NO_FILTERS, requests: "open" }, none))).toEqual([1, 3]);
    expect(ids(applyFilters(list, { ...NO_FILTERS, requests: "none" }, none))).toEqual([4, 5]);
    expect(ids(applyFilters(list, { ...NO_FILTERS, requests: "overdue" }, new Set([3])))).toEqual([3]);
  });

  it("combine every filter chosen", () => {
    expect(ids(applyFilters(list, { kind: "app", category: "", sensitiveOnly: true, requests: "open" }, none))).toEqual([1]);
    expect(ids(applyFilters(list, { kind: "bank", category: "photos", sensitiveOnly: false, requests: "any" }, none))).toEqual([]);
  });

  it("find the holders with overdue requests still waiting", () => {
    const requests = [
      request(1, 10, "overdue"),
      request(2, 20, "sent", true),
      request(3, 30, "sent"),
      request(4, 40, "refused", true),
    ];
    expect([...overdueHolderIds(requests)].sort()).toEqual([10, 20]);
  });
});

describe("inventory order", () => {
  it("puts biometric holders first and keeps the order otherwise", () => {
    expect(ids(biometricFirst([list[1], list[0], list[3], list[4], list[2]] as HolderSummary[]))).toEqual([1, 5, 2, 4, 3]);
  });
});
