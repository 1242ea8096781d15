// Import: discover holders from what the user already has — a password
// manager's export, a mail archive, the 一证通查 SMS, or an inventory file.
// Everything is parsed on this machine; nothing is written until the user
// confirms the preview, and a long file shows progress and can be cancelled.

import { useEffect, useState } from "preact/hooks";
import { Badge } from "../../components/Badge";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Working } from "../../components/Working";
import { useL10n } from "../../i18n/context";
import {
  cancelImport,
  confirmImport,
  onImportProgress,
  pickImportFile,
  previewImport,
} from "../../ipc/commands";
import type { ImportOutcome, ImportPreview, ImportSource, Progress } from "../../ipc/gen";
import { href } from "../../router";
import { identifierCount, initialSelection, orderProposals, percent, withSelection } from "./importPlan";

const SOURCES: readonly ImportSource[] = ["passwords", "mbox", "sms", "inventory"];

export function Imports() {
  const { t } = useL10n();
  const [source, setSource] = useState<ImportSource>("passwords");
  const [sms, setSms] = useState("");
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    onImportProgress(setProgress).then(
      (f) => (live ? (stop = f) : f()),
      () => undefined,
    );
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  const start = async () => {
    setError(null);
    setOutcome(null);
    setPreview(null);
    try {
      let input: { file: string } | { text: string };
      if (source === "sms") input = { text: sms };
      else {
        const file = await pickImportFile(source, t(`import-pick-${source}`));
        if (file == null) return;
        input = { file };
      }
      setRunning(true);
      setProgress(null);
      const p = await previewImport(source, input);
      setPreview(p);
      setChosen(initialSelection(p));
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setError(null);
    try {
      setOutcome(await confirmImport(withSelection(preview, chosen)));
      setPreview(null);
    } catch (e) {
      setError(e);
    }
  };

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  const pct = percent(progress);
  return (
    <div class="page">
      <header class="page-head">
        <div>
          <h1 tabIndex={-1}>{t("import-title")}</h1>
          <p class="muted">{t("import-intro")}</p>
        </div>
      </header>

      <section class="panel" aria-labelledby="import-source-title">
        <h2 id="import-source-title">{t("import-source")}</h2>
        <div class="choices" role="radiogroup" aria-labelledby="import-source-title">
          {SOURCES.map((s) => (
            <label class={source === s ? "choice selected" : "choice"} key={s}>
              <input
                type="radio"
                name="import-source"
                id={`import-source-${s}`}
                checked={source === s}
                disabled={running}
                onChange={() => {
                  setSource(s);
                  setPreview(null);
                  setOutcome(null);
                }}
              />
              <span>
                <strong>{t(`import-source-${s}`)}</strong>
                <small class="muted">{t(`import-source-${s}-hint`)}</small>
              </span>
            </label>
          ))}
        </div>
        {source === "sms" && (
          <div class="field">
            <label for="import-sms">{t("import-sms-label")}</label>
            <textarea id="import-sms" rows={5} value={sms} onInput={(e) => setSms(e.currentTarget.value)} />
          </div>
        )}
        <div class="actions">
          <button
            type="button"
            class="button button-primary"
            id="import-start"
            disabled={running || (source === "sms" && sms.trim() === "")}
            onClick={start}
          >
            {source === "sms" ? t("import-read-text") : t("import-choose-file")}
          </button>
          {running && (
            <button type="button" class="button" id="import-cancel" onClick={() => void cancelImport()}>
              {t("common-cancel")}
            </button>
          )}
        </div>
        <div aria-live="polite" class="live">
          {running && (
            <Working id="import-progress" pct={pct} label={pct == null ? t("import-reading") : t("import-reading-pct", { pct })} />
          )}
        </div>
        <ErrorNotice error={error} id="import-error" />
      </section>

      {outcome && (
        <p class="notice notice-ok" id="import-outcome" role="status">
          {t("import-done", { created: outcome.created.length, updated: outcome.updated.length, accounts: outcome.accountsAdded })}{" "}
          <a href={href({ name: "inventory" })}>{t("nav-inventory")}</a>
        </p>
      )}

      {preview && (
        <section class="panel" aria-labelledby="import-preview-title" id="import-preview">
          <h2 id="import-preview-title">{t("import-preview-title")}</h2>
          <p class="hint">{t("import-preview-summary", { format: preview.format, records: preview.records, proposals: preview.proposals.length })}</p>
          {preview.proposals.length === 0 ? (
            <p class="muted">{t("import-nothing")}</p>
          ) : (
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t("import-col-keep")}</th>
                  <th scope="col">{t("import-col-who")}</th>
                  <th scope="col">{t("import-col-count")}</th>
                  <th scope="col">{t("import-col-accounts")}</th>
                </tr>
              </thead>
              <tbody>
                {orderProposals(preview.proposals).map((p, i) => (
                  <tr key={p.key} class="import-row" data-unresolved={p.unresolved}>
                    <td>
                      <input
                        type="checkbox"
                        id={`import-keep-${i}`}
                        aria-label={t("import-keep-named", { name: p.label })}
                        checked={chosen.has(p.key)}
                        onChange={(e) => toggle(p.key, e.currentTarget.checked)}
                      />
                    </td>
                    <td>
                      <label for={`import-keep-${i}`}>
                        <strong>{p.holder.nameZh ?? p.holder.name}</strong>
                        {p.holder.nameZh && <span class="muted"> · {p.holder.name}</span>}
                      </label>
                      {p.label !== p.holder.name && p.label !== p.holder.nameZh && <p class="muted small">{p.label}</p>}
                      <p class="small">
                        {p.unresolved && <Badge tone="warning">{t("import-not-in-directory")}</Badge>}{" "}
                        {p.existingHolder != null && <Badge tone="info">{t("import-existing")}</Badge>}{" "}
                        {p.unconfirmedContacts.length > 0 && <Badge tone="warning">{t("directory-unconfirmed")}</Badge>}
                      </p>
                    </td>
                    <td>{p.count}</td>
                    <td>{identifierCount(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.skipped.length > 0 && (
            <details>
              <summary>{t("import-skipped", { count: preview.skipped.length })}</summary>
              <ul class="small">
                {preview.skipped.slice(0, 50).map((s) => (
                  <li key={`${s.at}:${s.reason}`}>
                    <span class="mono">{s.at}</span>: {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div class="actions">
            <button type="button" class="button button-primary" id="import-confirm" disabled={chosen.size === 0} onClick={confirm}>
              {t("import-confirm", { count: chosen.size })}
            </button>
            <button type="button" class="button" onClick={() => setPreview(null)}>
              {t("common-cancel")}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
