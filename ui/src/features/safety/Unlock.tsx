// The unlock screen: an encrypted store waits here for its passphrase. A wrong
// passphrase changes nothing and can be tried again.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Working } from "../../components/Working";
import { useFocusOnMount } from "../../components/useFocusOnMount";
import { useL10n } from "../../i18n/context";
import { unlockStore } from "../../ipc/commands";

export function Unlock({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useL10n();
  const inputRef = useFocusOnMount<HTMLInputElement>();
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unlockStore(passphrase);
      setPassphrase("");
      onUnlocked();
    } catch (err) {
      setError(err);
      setBusy(false);
      document.getElementById("unlock-passphrase")?.focus();
    }
  };

  return (
    <div class="page unlock">
      <form class="panel form" id="unlock-form" onSubmit={submit} noValidate aria-labelledby="unlock-title">
        <h1 id="unlock-title" tabIndex={-1}>
          {t("unlock-title")}
        </h1>
        <p class="hint">{t("unlock-hint")}</p>
        <div class="field">
          <label for="unlock-passphrase">{t("unlock-passphrase")}</label>
          <input
            id="unlock-passphrase"
            type="password"
            ref={inputRef}
            autoComplete="current-password"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
        </div>
        <ErrorNotice error={error} id="unlock-error" />
        {busy && (
          <Working label={t("unlock-working")} />
        )}
        <div class="actions">
          <button type="submit" class="button button-primary" id="unlock-submit" disabled={busy || passphrase === ""}>
            {t("unlock-submit")}
          </button>
        </div>
        <p class="muted small">{t("unlock-forgotten")}</p>
      </form>
    </div>
  );
}
