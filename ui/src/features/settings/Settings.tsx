// Language, desktop reminders, and where RightsDesk keeps the user's data.

import { useEffect, useState } from "preact/hooks";
import { type Lang, LANGS } from "../../i18n";
import { useL10n } from "../../i18n/context";
import type { AppInfo } from "../../ipc/commands";
import {
  CHECKED_EVENT,
  PREFS_CHANGED_EVENT,
  REMINDER_KINDS,
  type ReminderKind,
  type ReminderPrefs,
  loadLastCheck,
  loadPrefs,
  localStore,
  savePrefs,
} from "../reminders/reminders";
import { SecuritySettings } from "../safety/SecuritySettings";
import { About } from "./About";
import { DataUpdates } from "./DataUpdates";
import { SenderSettings } from "./SenderSettings";
import { TsaSettings } from "./TsaSettings";

export function Settings({ info, onInfoChanged }: { info: AppInfo | null; onInfoChanged?: () => void }) {
  const { t, lang, setLang } = useL10n();
  return (
    <div class="page">
      <header class="page-head">
        <div>
          <h1 tabIndex={-1}>{t("settings-title")}</h1>
        </div>
      </header>
      <section class="panel" aria-labelledby="settings-language-title">
        <h2 id="settings-language-title">{t("settings-language")}</h2>
        <div class="choices inline" role="radiogroup" aria-labelledby="settings-language-title">
          {LANGS.map((l: Lang) => (
            <label class={lang === l ? "choice selected" : "choice"} key={l}>
              <input type="radio" name="ui-language" id={`settings-language-${l}`} checked={lang === l} onChange={() => setLang(l)} />
              <span>{t(`nav-language-${l}`)}</span>
            </label>
          ))}
        </div>
      </section>
      <RemindersSettings />
      <SenderSettings />
      {info && info.storeError == null && !info.locked && <TsaSettings />}
      {info && info.storeError == null && (
        <SecuritySettings encrypted={info.encrypted} onChanged={() => onInfoChanged?.()} />
      )}
      <section class="panel" aria-labelledby="settings-data-title">
        <h2 id="settings-data-title">{t("settings-data")}</h2>
        <p class="hint">{t("settings-data-hint")}</p>
        {info && (
          <dl class="facts">
            <div class="fact">
              <dt>{t("settings-data-dir")}</dt>
              <dd class="mono" id="settings-data-dir">
                {info.dataDir}
              </dd>
            </div>
            <div class="fact">
              <dt>{t("settings-version")}</dt>
              <dd>{info.version}</dd>
            </div>
            <div class="fact">
              <dt>{t("settings-schema")}</dt>
              <dd>{info.schemaVersion}</dd>
            </div>
          </dl>
        )}
      </section>
      {info && info.storeError == null && <DataUpdates />}
      <About version={info?.version ?? null} />
    </div>
  );
}

function RemindersSettings() {
  const { t, lang } = useL10n();
  const [prefs, setPrefs] = useState<ReminderPrefs>(() => loadPrefs(localStore()));
  const [lastCheck, setLastCheck] = useState(() => loadLastCheck(localStore()));

  useEffect(() => {
    const onChecked = () => setLastCheck(loadLastCheck(localStore()));
    window.addEventListener(CHECKED_EVENT, onChecked);
    return () => window.removeEventListener(CHECKED_EVENT, onChecked);
  }, []);

  const update = (next: ReminderPrefs) => {
    setPrefs(next);
    savePrefs(localStore(), next);
    // Switching reminders on should not wait half an hour for the first check.
    window.dispatchEvent(new Event(PREFS_CHANGED_EVENT));
  };
  const setKind = (kind: ReminderKind, on: boolean) => update({ ...prefs, kinds: { ...prefs.kinds, [kind]: on } });
  const when = lastCheck
    ? new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(new Date(lastCheck))
    : null;

  return (
    <section class="panel" aria-labelledby="settings-reminders-title" id="settings-reminders">
      <h2 id="settings-reminders-title">{t("settings-reminders")}</h2>
      <p class="hint">{t("settings-reminders-hint")}</p>
      <label class="check" for="reminders-enabled">
        <input
          type="checkbox"
          id="reminders-enabled"
          checked={prefs.enabled}
          onChange={(e) => update({ ...prefs, enabled: e.currentTarget.checked })}
        />
        <span>{t("settings-reminders-enabled")}</span>
      </label>
      <fieldset class="reminder-kinds" disabled={!prefs.enabled}>
        <legend class="label">{t("settings-reminders-kinds")}</legend>
        {REMINDER_KINDS.map((kind) => (
          <label class="check" for={`reminders-${kind}`} key={kind}>
            <input
              type="checkbox"
              id={`reminders-${kind}`}
              checked={prefs.kinds[kind]}
              onChange={(e) => setKind(kind, e.currentTarget.checked)}
            />
            <span>{t(`settings-reminders-${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <p class="hint" id="reminders-last-check" aria-live="polite">
        {when ? t("settings-reminders-last-check", { when }) : t("settings-reminders-never")}
      </p>
    </section>
  );
}
