// Hash routes: the app is one page served from ui/dist, so the location hash
// is the only state the address holds. Every screen has one.

export type Route =
  | { name: "dashboard" }
  | { name: "inventory"; add?: boolean }
  | { name: "holder"; id: number }
  | { name: "new-request"; holderId: number; parentId?: number; kind?: string }
  | { name: "request"; id: number }
  | { name: "import" }
  | { name: "settings" }
  | { name: "calendar"; month?: string }
  | { name: "not-found"; hash: string };

/** A calendar month, `YYYY-MM`. */
export const MONTH_RE = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

const positiveInt = (s: string | undefined): number | undefined => {
  if (s == null || !/^[1-9][0-9]{0,14}$/.test(s)) return undefined;
  return Number(s);
};

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const [path = "", query = ""] = raw.split("?", 2);
  const params = new URLSearchParams(query);
  const parts = path.split("/").filter((p) => p.length > 0);
  const [first, second, third] = parts;
  if (parts.length === 0) return { name: "dashboard" };
  if (first === "holders" && parts.length === 1) return { name: "inventory", add: params.get("add") === "1" };
  if (first === "holders" && second != null) {
    const id = positiveInt(second);
    if (id != null && parts.length === 2) return { name: "holder", id };
    if (id != null && third === "new-request" && parts.length === 3) {
      const parentId = positiveInt(params.get("parent") ?? undefined);
      const kind = params.get("kind") ?? undefined;
      return { name: "new-request", holderId: id, ...(parentId ? { parentId } : {}), ...(kind ? { kind } : {}) };
    }
  }
  if (first === "requests" && parts.length === 2) {
    const id = positiveInt(second);
    if (id != null) return { name: "request", id };
  }
  if (first === "import" && parts.length === 1) return { name: "import" };
  if (first === "settings" && parts.length === 1) return { name: "settings" };
  if (first === "calendar" && parts.length === 1) {
    // A bad month is not worth a not-found page: show the current one.
    const month = params.get("month") ?? undefined;
    return month != null && MONTH_RE.test(month) ? { name: "calendar", month } : { name: "calendar" };
  }
  return { name: "not-found", hash };
}

export function href(route: Route): string {
  switch (route.name) {
    case "dashboard":
      return "#/";
    case "inventory":
      return route.add ? "#/holders?add=1" : "#/holders";
    case "holder":
      return `#/holders/${route.id}`;
    case "new-request": {
      const q = new URLSearchParams();
      if (route.parentId != null) q.set("parent", String(route.parentId));
      if (route.kind != null) q.set("kind", route.kind);
      const qs = q.toString();
      return `#/holders/${route.holderId}/new-request${qs ? `?${qs}` : ""}`;
    }
    case "request":
      return `#/requests/${route.id}`;
    case "import":
      return "#/import";
    case "settings":
      return "#/settings";
    case "calendar":
      return route.month != null ? `#/calendar?month=${route.month}` : "#/calendar";
    case "not-found":
      return route.hash;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}
