// The reminders section of the settings: labelled checkboxes that save the
// preferences and ask for a check at once.

import { render } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PREFS_CHANGED_EVENT, PREFS_KEY, loadPrefs } from "../src/features/reminders/reminders";
import { Settings } from "../src/features/settings/Settings";
import { localization } from "../src/i18n";
import { L10nContext } from "../src/i18n/context";

let root: HTMLElement;
beforeEach(() => {
  localStorage.removeItem(PREFS_KEY);
  root = document.createElement("div");
  document.body.append(root);
  render(
    <L10nContext.Provider value={{ l10n: localization("en-US"), setLang: () => {} }}>
      <Settings info={null} />
    </L10nContext.Provider>,
    root,
  );
});
afterEach(() => {
  render(null, root);
  root.remove();
  localStorage.removeItem(PREFS_KEY);
});

const box = (id: string) => {
  const el = root.querySelector<HTMLInputElement>(`#${id}`);
  if (!el) throw new Error(`no #${id}`);
  return el;
};

describe("reminder settings", () => {
  it("label every control and start with everything on", () => {
    const controls = root.querySelectorAll<HTMLInputElement>("#settings-reminders input");
    expect(controls).toHaveLength(4);
    for (const c of controls) {
      expect(root.querySelector(`label[for="${c.id}"]`)?.textContent, c.id).toBeTruthy();
      expect(c.checked).toBe(true);
    }
    expect(root.querySelector("#reminders-last-check")?.textContent).toBe("Not checked yet.");
  });

  it("save each change and ask for a check", async () => {
    const changed = vi.fn();
    window.addEventListener(PREFS_CHANGED_EVENT, changed);
    box("reminders-due-tomorrow").click();
    await vi.waitFor(() => expect(loadPrefs(localStorage).kinds["due-tomorrow"]).toBe(false));
    box("reminders-enabled").click();
    await vi.waitFor(() => expect(loadPrefs(localStorage).enabled).toBe(false));
    expect(root.querySelector<HTMLFieldSetElement>("#settings-reminders fieldset")?.disabled).toBe(true);
    expect(changed).toHaveBeenCalledTimes(2);
    window.removeEventListener(PREFS_CHANGED_EVENT, changed);
  });
});
