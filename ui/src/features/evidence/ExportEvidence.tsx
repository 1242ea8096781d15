// "Export evidence": the evidence PDF of one request or a holder dossier,
// saved where the user chooses in the native dialog. Making a large case
// takes a moment, so the button shows progress and cannot be pressed twice.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Working } from "../../components/Working";
import { useL10n } from "../../i18n/context";
import { type SavedFile, exportBundle, exportEvidence } from "../../ipc/commands";
import type { ExportTarget } from "../../ipc/gen";
import { currentSender, hasSender } from "../settings/sender";
import { formatSize } from "../../components/format";

export function ExportEvidence({ target, id }: { target: ExportTarget; id: string }) {
  const { t, lang } = useL10n();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [withSender, setWithSender] = useState(false);
  const sender = currentSender();

  const [bundling, setBundling] = useState(false);

  const run = async (bundle: boolean) => {
    setBusy(true);
    setBundling(bundle);
    setError(null);
    setSaved(null);
    try {
      const options = { locale: lang, sender: withSender && hasSender(sender) ? sender : null };
      const file = bundle
        ? await exportBundle(target, options, t("evidence-bundle-title"))
        : await exportEvidence(target, options, t("evidence-save-title"));
      setSaved(file);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(target.kind === "request" ? "evidence-title" : "evidence-dossier-title")}</h2>
      <p class="hint">{t("evidence-hint")}</p>
      {hasSender(sender) ? (
        <label class="check">
          <input type="checkbox" id={`${id}-with-sender`} checked={withSender} onChange={(e) => setWithSender(e.currentTarget.checked)} />
          <span>{t("evidence-with-sender")}</span>
        </label>
      ) : (
        <p class="muted small">{t("evidence-no-sender")}</p>
      )}
      <div class="actions">
        <button type="button" class="button" id={id} onClick={() => run(false)} disabled={busy} aria-busy={busy}>
          {t("evidence-export")}
        </button>
        <button type="button" class="button" id={`${id}-bundle`} onClick={() => run(true)} disabled={busy} aria-busy={busy}>
          {t("evidence-bundle")}
        </button>
      </div>
      <p class="muted small">{t("evidence-bundle-hint")}</p>
      <div aria-live="polite" class="live">
        {busy && (
          <Working label={t(bundling ? "evidence-bundle-working" : "evidence-working")} />
        )}
        {saved && (
          <p class="notice notice-ok" id={`${id}-saved`}>
            {t("evidence-saved", { path: saved.path, size: formatSize(saved.bytes) })}
          </p>
        )}
      </div>
      <ErrorNotice error={error} id={`${id}-error`} />
    </section>
  );
}
