// Settings › Your details: the name, contact and postal address printed on
// letters for the post and (only when the user ticks it) on evidence covers.

import { useEffect, useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useL10n } from "../../i18n/context";
import { browserStorage, currentSender, initSender, storeSender } from "./sender";

export function SenderSettings() {
  const { t } = useL10n();
  const [sender, setSender] = useState(currentSender);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    initSender(browserStorage()).then(setSender, setError);
  }, []);
  const field = (key: "name" | "contact" | "address", label: string, multiline = false) => {
    const id = `sender-${key}`;
    const onInput = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      setSaved(false);
      setSender({ ...sender, [key]: e.currentTarget.value });
    };
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {multiline ? (
          <textarea id={id} rows={2} value={sender[key] ?? ""} onInput={onInput} />
        ) : (
          <input id={id} value={sender[key] ?? ""} onInput={onInput} />
        )}
      </div>
    );
  };
  return (
    <section class="panel" aria-labelledby="sender-title">
      <h2 id="sender-title">{t("sender-title")}</h2>
      <p class="hint">{t("sender-hint")}</p>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          storeSender(sender).then(
            (kept) => {
              setSender(kept);
              setSaved(true);
            },
            setError,
          );
        }}
      >
        <div class="grid-2">
          {field("name", t("sender-name"))}
          {field("contact", t("sender-contact"))}
        </div>
        {field("address", t("sender-address"), true)}
        <ErrorNotice error={error} id="sender-error" />
        <div class="actions">
          <button type="submit" class="button" id="sender-save">
            {t("common-save")}
          </button>
          <span aria-live="polite" class="live">
            {saved && <span class="muted">{t("sender-saved")}</span>}
          </span>
        </div>
      </form>
    </section>
  );
}
