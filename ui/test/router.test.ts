import { describe, expect, it } from "vitest";
import { type Route, href, parseRoute } from "../src/router";

describe("hash routes", () => {
  const routes: Route[] = [
    { name: "dashboard" },
    { name: "inventory", add: false },
    { name: "inventory", add: true },
    { name: "holder", id: 12 },
    { name: "new-request", holderId: 3 },
    { name: "new-request", holderId: 3, parentId: 9, kind: "reminder" },
    { name: "request", id: 40 },
    { name: "settings" },
    { name: "calendar" },
    { name: "calendar", month: "2026-03" },
  ];

  it("round-trip through href and parseRoute", () => {
    for (const r of routes) expect(parseRoute(href(r))).toEqual(r);
  });

  it("send anything else to not-found, never to a bad id", () => {
    expect(parseRoute("#/holders/0").name).toBe("not-found");
    expect(parseRoute("#/holders/abc").name).toBe("not-found");
    expect(parseRoute("#/requests/1e3").name).toBe("not-found");
    expect(parseRoute("#/nowhere").name).toBe("not-found");
    expect(parseRoute("").name).toBe("dashboard");
  });

  it("open the calendar on the current month when the month is missing or malformed", () => {
    expect(href({ name: "calendar" })).toBe("#/calendar");
    expect(href({ name: "calendar", month: "2026-11" })).toBe("#/calendar?month=2026-11");
    expect(parseRoute("#/calendar?month=2026-13")).toEqual({ name: "calendar" });
    expect(parseRoute("#/calendar?month=2026-3")).toEqual({ name: "calendar" });
    expect(parseRoute("#/calendar?month=<b>")).toEqual({ name: "calendar" });
    expect(parseRoute("#/calendar/2026").name).toBe("not-found");
  });
});
