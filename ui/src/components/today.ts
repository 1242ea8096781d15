// "Today" comes from the core's clock (the `current_time` command), never from
// the webview's own Date: a test starts the app on a date of its choosing
// (RIGHTSDESK_TODAY in debug builds) and every screen must agree with the core.

import { createContext } from "preact";
import { useContext } from "preact/hooks";

/** Today as `YYYY-MM-DD`, provided once at the top of the app (see app.tsx). */
export const TodayContext = createContext<string>("");

export function useToday(): string {
  return useContext(TodayContext);
}
