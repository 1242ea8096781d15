// Where RightsDesk looks for signed data updates (a web address or a folder).
// Off by default: nothing is contacted until the user turns it on and presses
// "check now". A newer signed pack found there is installed and used from the
// next start; an official calendar year replaces a year the user imported.

import { useEffect, useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useL10n } from "../../i18n/context";
import { checkDataPacksNow, packLocation, setPackLocation } from "../../ipc/commands";
import type { PackLocation, UpdateOutcome } from "../../ipc/gen";

export function DataUpdates() {
  const { t } = useL10n();
  const [stored, setStored] = useState<PackLocation | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [location, setLocation] = useState("");
  const [saved, setSaved] = useState(false);
  const [outcomes, setOutcomes] = useState<UpdateOutcome[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const show = (p: PackLocation) => {
    setStored(p);
    setEnabled(p.enabled);
    setLocation(p.location ?? "");
  };
  useEffect(() => {
    packLocation().then(show, setError);
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setBusy(true);
    try {
      show(await setPackLocation({ enabled, location: location.trim() === "" ? null : location.trim() }));
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const check = async () => {
    setError(null);
    setOutcomes(null);
    setBusy(true);
    try {
      setOutcomes(await checkDataPacksNow());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      packLocation().then(show, () => {});
    }
  };

  const unsaved = stored != null && (stored.enabled !== enabled || (stored.location ?? "") !== location.trim());
  return (
    <section class="panel" aria-labelledby="settings-packs-title" id="settings-packs">
      <h2 id="settings-packs-title">{t("settings-packs-title")}</h2>
      <p class="hint">{t("settings-packs-hint")}</p>
      <form onSubmit={save}>
        <label class="choice">
          <input
            type="checkbox"
            id="settings-packs-enabled"
            checked={enabled}
            onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t("settings-packs-enabled")}</span>
        </label>
        <p>
          <label for="settings-packs-location">{t("settings-packs-location")}</label>{" "}
          <input
            type="text"
            id="settings-packs-location"
            class="wide"
            value={location}
            placeholder="https://… / /home/…/rightsdesk-packs"
            onInput={(e) => setLocation((e.currentTarget as HTMLInputElement).value)}
          />
        </p>
        <div class="actions">
          <button type="submit" class="button" id="settings-packs-save" disabled={busy}>
            {t("settings-packs-save")}
          </button>
          <button
            type="button"
            class="button"
            id="settings-packs-check"
            disabled={busy || unsaved || !stored?.enabled}
            onClick={check}
          >
            {t("settings-packs-check")}
          </button>
        </div>
      </form>
      {saved && (
        <p class="muted small" id="settings-packs-saved" role="status">
          {t(stored?.enabled ? "settings-packs-saved-on" : "settings-packs-saved-off")}
        </p>
      )}
      {!stored?.enabled && <p class="muted small" id="settings-packs-off">{t("settings-packs-off")}</p>}
      {stored?.lastCheckedOn && (
        <p class="muted small" id="settings-packs-last">
          {t("settings-packs-last", { date: stored.lastCheckedOn, result: stored.lastResult ?? "" })}
        </p>
      )}
      <ErrorNotice error={error} id="settings-packs-error" />
      {outcomes && (
        <ul class="plain" id="settings-packs-outcomes" role="status">
          {outcomes.length === 0 && <li>{t("settings-packs-none")}</li>}
          {outcomes.map((o) => (
            <li key={o.url} data-outcome={o.outcome}>
              {o.outcome === "installed"
                ? t("settings-packs-installed", { kind: o.pack.kind, version: String(o.pack.version) })
                : t("settings-packs-up-to-date", { kind: o.kind, version: String(o.current) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
