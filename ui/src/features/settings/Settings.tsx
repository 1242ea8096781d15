// Language, and where RightsDesk keeps the user's data.

import { type Lang, LANGS } from "../../i18n";
import { useL10n } from "../../i18n/context";
import type { AppInfo } from "../../ipc/commands";

export function Settings({ info }: { info: AppInfo | null }) {
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
    </div>
  );
}
