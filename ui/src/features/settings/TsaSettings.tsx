// Which time-stamping authority (RFC 3161) a request's "Get a trusted
// timestamp" asks. Choosing one contacts nobody: the address is used only
// when the user asks for a timestamp.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useAsync } from "../../components/useAsync";
import { useL10n } from "../../i18n/context";
import { setTsa, tsaSettings } from "../../ipc/commands";
import type { TsaSettings as Tsa } from "../../ipc/gen";

export function TsaSettings() {
  const { t } = useL10n();
  const [loaded] = useAsync(() => tsaSettings(), []);
  const [current, setCurrent] = useState<Tsa | null>(null);
  const [custom, setCustom] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const settings = current ?? (loaded.state === "ready" ? loaded.value : null);

  const choose = async (url: string) => {
    setError(null);
    setSaved(null);
    try {
      const next = await setTsa(url);
      setCurrent(next);
      setSaved(next.current);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section class="panel" aria-labelledby="settings-tsa-title" id="settings-tsa">
      <h2 id="settings-tsa-title">{t("settings-tsa")}</h2>
      <p class="hint">{t("settings-tsa-hint")}</p>
      {loaded.state === "error" && <ErrorNotice error={loaded.error} />}
      {settings && (
        <div class="choices" role="radiogroup" aria-labelledby="settings-tsa-title">
          {settings.choices.map((c) => (
            <label class={settings.current === c.url ? "choice selected" : "choice"} key={c.url}>
              <input
                type="radio"
                name="tsa"
                id={`settings-tsa-${c.name.replace(/\W/g, "")}`}
                checked={settings.current === c.url}
                onChange={() => choose(c.url)}
              />
              <span>
                {c.name} <span class="muted small mono">{c.url}</span>
              </span>
            </label>
          ))}
        </div>
      )}
      <form
        class="form inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (custom.trim()) void choose(custom.trim());
        }}
      >
        <div class="field">
          <label for="settings-tsa-custom">{t("settings-tsa-custom")}</label>
          <input id="settings-tsa-custom" type="url" value={custom} onInput={(e) => setCustom(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button" id="settings-tsa-save">
          {t("settings-tsa-save")}
        </button>
      </form>
      <div aria-live="polite" class="live">
        {saved && <p class="notice notice-ok">{t("settings-tsa-saved", { url: saved })}</p>}
      </div>
      <ErrorNotice error={error} />
    </section>
  );
}
