// "Trusted timestamp": the RFC 3161 timestamps kept with a request, and the
// button that asks the authority chosen in Settings for a new one. Nothing is
// sent anywhere until the user clicks; then only the record's digest.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Working } from "../../components/Working";
import { useL10n } from "../../i18n/context";
import { timestampRequest } from "../../ipc/commands";
import type { RequestDetail } from "../../ipc/gen";

export function Timestamps({ detail, reload }: { detail: RequestDetail; reload: () => Promise<void> }) {
  const { t } = useL10n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const stamps = detail.integrity.timestamps;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await timestampRequest(detail.request.id);
      await reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="timestamp-title">
      <h2 id="timestamp-title">{t("timestamp-title")}</h2>
      <p class="hint">{t("timestamp-hint")}</p>
      {stamps.length === 0 ? (
        <p class="muted" id="timestamp-none">
          {t("timestamp-none")}
        </p>
      ) : (
        <ul class="timestamps" id="timestamp-list">
          {stamps.map((s) => (
            <li key={s.id} data-holds={s.problem == null ? "true" : "false"}>
              <p>{t("timestamp-row", { time: s.genTime, tsa: s.tsaUrl })}</p>
              <p class="muted small mono">{t("timestamp-covers", { covered: s.events, digest: s.digest })}</p>
              <p class={s.problem == null ? "small" : "notice notice-error"}>
                {s.problem == null ? t("timestamp-holds") : t("timestamp-fails", { reason: s.problem })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="button" id="timestamp-request" onClick={run} disabled={busy} aria-busy={busy}>
          {t("timestamp-request")}
        </button>
      </div>
      <div aria-live="polite" class="live">
        {busy && <Working label={t("timestamp-working")} />}
      </div>
      <ErrorNotice error={error} id="timestamp-error" />
    </section>
  );
}
