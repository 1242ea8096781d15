// Shared test data and a screen harness for the front end's tests.

import { clearMocks } from "@tauri-apps/api/mocks";
import { type ComponentChildren, render } from "preact";
import { afterEach, beforeEach } from "vitest";
import { type Lang, localization } from "../src/i18n";
import { TodayContext } from "../src/components/today";
import { L10nContext } from "../src/i18n/context";
import type { ClockState, Due, RequestStatus, RequestSummary } from "../src/ipc/gen";

export interface RequestOptions {
  holderId?: number;
  holderName?: string;
  holderNameZh?: string | null;
  /** The due date (`YYYY-MM-DD`); an `immediate` clock without one is due at once. */
  due?: string;
  /** Any other due value (e.g. calendar unknown). */
  dueKind?: Due;
  acknowledgeBy?: string;
}

/** A request as `list_requests` returns it: sent on 2026-03-02 unless a draft. */
export function requestSummary(
  id: number,
  status: RequestStatus,
  state: ClockState | null,
  o: RequestOptions = {},
): RequestSummary {
  const due: Due | null =
    o.dueKind ?? (o.due ? { kind: "on", value: o.due } : state?.kind === "immediate" ? { kind: "immediate" } : null);
  return {
    id,
    holderId: o.holderId ?? id,
    holderName: o.holderName ?? `Holder ${id}`,
    holderNameZh: o.holderNameZh ?? null,
    kind: "deletion",
    jurisdiction: "CN",
    status,
    letterDate: "2026-03-01",
    sentOn: status === "draft" ? null : "2026-03-02",
    clock: state
      ? {
          ruleId: "cn-15-working-days",
          sentOn: "2026-03-02",
          due,
          extended: false,
          acknowledgeBy: o.acknowledgeBy ? { kind: "on", value: o.acknowledgeBy } : null,
          state,
        }
      : null,
  };
}

/** The day the screen tests run on, as the core's clock would hand it to the window. */
export const TEST_TODAY = "2026-03-10";

/**
 * A fresh element for each test to render a screen into, emptied and the IPC
 * mocks cleared afterwards, on `today` in `lang`. Call at the top level of a test file.
 */
export function screenHarness(lang: Lang = "en-US", today: string = TEST_TODAY) {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement("div");
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    clearMocks();
  });
  return {
    root: () => root,
    mount: (node: ComponentChildren) =>
      render(
        <L10nContext.Provider value={{ l10n: localization(lang), setLang: () => {} }}>
          <TodayContext.Provider value={today}>{node}</TodayContext.Provider>
        </L10nContext.Provider>,
        root,
      ),
    el: <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel),
  };
}
