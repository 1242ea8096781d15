// Settings › Security and backups: turn on encryption, change the passphrase,
// back up now, restore a backup. Every action that replaces the database asks
// first, and the replaced database is always kept aside by the core.

import { useState } from "preact/hooks";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Working } from "../../components/Working";
import { formatSize } from "../../components/format";
import { useAsync } from "../../components/useAsync";
import { useL10n } from "../../i18n/context";
import { backupStore, changePassphrase, encryptStore, listBackups, pickBackupFile, restoreBackup } from "../../ipc/commands";
import type { RewriteReport } from "../../ipc/gen";

/** The same minimum the core enforces (MIN_PASSPHRASE_CHARS), checked early for a friendlier message. */
export const MIN_PASSPHRASE_CHARS = 8;

/** What is wrong with a new passphrase and its repetition, as a message id; null if fine. */
export function passphraseProblem(next: string, repeat: string): string | null {
  if ([...next].length < MIN_PASSPHRASE_CHARS) return "security-too-short";
  if (next !== repeat) return "security-mismatch";
  return null;
}

export function SecuritySettings({ encrypted, onChanged }: { encrypted: boolean; onChanged: () => void }) {
  const { t } = useL10n();
  // What the last encryption or passphrase change could not convert (kept across the switch of forms).
  const [report, setReport] = useState<RewriteReport | null>(null);
  return (
    <section class="panel" aria-labelledby="security-title">
      <h2 id="security-title">{t("security-title")}</h2>
      <p class="hint">{encrypted ? t("security-on") : t("security-off")}</p>
      <LeftCopies report={report} />
      {encrypted ? (
        <ChangePassphrase onDone={setReport} />
      ) : (
        <TurnOnEncryption
          onDone={(r) => {
            setReport(r);
            onChanged();
          }}
        />
      )}
      <Backups encrypted={encrypted} />
    </section>
  );
}

/** The copies in the data folder that a change of encryption left as they were, with what to do. */
export function LeftCopies({ report }: { report: RewriteReport | null }) {
  const { t } = useL10n();
  if (!report || report.left.length === 0) return null;
  const plain = report.left.some((c) => c.plaintext);
  return (
    <div class="notice notice-error" role="alert" id="security-left">
      <p>{t("security-left-title", { count: report.left.length })}</p>
      <ul>
        {report.left.map((c) => (
          <li key={c.path}>
            <code>{c.path}</code>: {t(c.plaintext ? "security-left-plain" : "security-left-encrypted")},{" "}
            {t(`security-left-${c.reason}`)}
          </li>
        ))}
      </ul>
      <p>{t(plain ? "security-left-what-plain" : "security-left-what")}</p>
    </div>
  );
}

function TurnOnEncryption({ onDone }: { onDone: (report: RewriteReport) => void }) {
  const { t } = useL10n();
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const p = passphraseProblem(next, repeat);
    setProblem(p);
    if (p) return;
    setBusy(true);
    setError(null);
    try {
      const report = await encryptStore(next);
      setNext("");
      setRepeat("");
      onDone(report);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form" id="encrypt-form" onSubmit={submit} noValidate>
      <h3>{t("security-encrypt")}</h3>
      <p class="hint">{t("security-encrypt-hint")}</p>
      <div class="grid-2">
        <div class="field">
          <label for="encrypt-new">{t("security-new")}</label>
          <input id="encrypt-new" type="password" autoComplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="encrypt-repeat">{t("security-repeat")}</label>
          <input id="encrypt-repeat" type="password" autoComplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
        </div>
      </div>
      {problem && (
        <p class="notice notice-error" role="alert" id="encrypt-problem">
          {t(problem, { min: MIN_PASSPHRASE_CHARS })}
        </p>
      )}
      <ErrorNotice error={error} id="encrypt-error" />
      {busy && (
        <Working label={t("security-working")} />
      )}
      <div class="actions">
        <button type="submit" class="button button-primary" id="encrypt-submit" disabled={busy}>
          {t("security-encrypt-submit")}
        </button>
      </div>
    </form>
  );
}

function ChangePassphrase({ onDone }: { onDone: (report: RewriteReport) => void }) {
  const { t } = useL10n();
  const [old, setOld] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const p = passphraseProblem(next, repeat);
    setProblem(p);
    setDone(false);
    if (p) return;
    setBusy(true);
    setError(null);
    try {
      const report = await changePassphrase(old, next);
      onDone(report);
      setOld("");
      setNext("");
      setRepeat("");
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form" id="rekey-form" onSubmit={submit} noValidate>
      <h3>{t("security-change")}</h3>
      <div class="field">
        <label for="rekey-old">{t("security-old")}</label>
        <input id="rekey-old" type="password" autoComplete="current-password" value={old} onInput={(e) => setOld(e.currentTarget.value)} />
      </div>
      <div class="grid-2">
        <div class="field">
          <label for="rekey-new">{t("security-new")}</label>
          <input id="rekey-new" type="password" autoComplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="rekey-repeat">{t("security-repeat")}</label>
          <input id="rekey-repeat" type="password" autoComplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
        </div>
      </div>
      {problem && (
        <p class="notice notice-error" role="alert">
          {t(problem, { min: MIN_PASSPHRASE_CHARS })}
        </p>
      )}
      <ErrorNotice error={error} id="rekey-error" />
      <div aria-live="polite" class="live">
        {busy && (
          <Working label={t("security-working")} />
        )}
        {done && <p class="notice notice-ok">{t("security-changed")}</p>}
      </div>
      <div class="actions">
        <button type="submit" class="button" id="rekey-submit" disabled={busy || old === ""}>
          {t("security-change-submit")}
        </button>
      </div>
    </form>
  );
}

function Backups({ encrypted }: { encrypted: boolean }) {
  const { t } = useL10n();
  const [list, reload] = useAsync(listBackups, []);
  const [saved, setSaved] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const backupNow = async () => {
    setError(null);
    setSaved(null);
    setBusy(true);
    try {
      const file = await backupStore(t("backup-save-title"));
      if (file) setSaved(file.path);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const chooseFile = async () => {
    setError(null);
    try {
      const file = await pickBackupFile(t("backup-open-title"));
      if (file) setRestoring(file);
    } catch (e) {
      setError(e);
    }
  };
  const restore = async () => {
    const file = restoring;
    setRestoring(null);
    if (!file) return;
    setBusy(true);
    setError(null);
    setRestored(false);
    try {
      await restoreBackup(file, encrypted ? passphrase : null);
      setRestored(true);
      await reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="form" id="backups">
      <h3>{t("backup-title")}</h3>
      <p class="hint">{t("backup-hint")}</p>
      {encrypted && (
        <div class="field">
          <label for="backup-passphrase">{t("backup-passphrase")}</label>
          <input id="backup-passphrase" type="password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
        </div>
      )}
      <div class="actions">
        <button type="button" class="button" id="backup-now" onClick={backupNow} disabled={busy}>
          {t("backup-now")}
        </button>
        <button type="button" class="button" id="backup-restore-file" onClick={chooseFile} disabled={busy}>
          {t("backup-restore-file")}
        </button>
      </div>
      <div aria-live="polite" class="live">
        {busy && (
          <Working label={t("security-working")} />
        )}
        {saved && <p class="notice notice-ok">{t("backup-saved", { path: saved })}</p>}
        {restored && <p class="notice notice-ok" id="backup-restored">{t("backup-restored")}</p>}
      </div>
      <ErrorNotice error={error} id="backup-error" />
      {list.state === "error" && <ErrorNotice error={list.error} />}
      {list.state === "ready" &&
        (list.value.length === 0 ? (
          <p class="muted">{t("backup-none")}</p>
        ) : (
          <table class="table" id="backup-list">
            <thead>
              <tr>
                <th scope="col">{t("backup-col-when")}</th>
                <th scope="col">{t("backup-col-kind")}</th>
                <th scope="col">{t("backup-col-size")}</th>
                <th scope="col">
                  <span class="visually-hidden">{t("backup-col-actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.value.map((b) => (
                <tr key={b.path}>
                  <td title={b.path}>{b.modified?.replace("T", " ").replace("Z", " UTC") ?? "—"}</td>
                  <td>{t(`backup-kind-${b.kind}`)}</td>
                  <td>{formatSize(b.size)}</td>
                  <td>
                    <button type="button" class="button button-quiet" disabled={busy} onClick={() => setRestoring(b.path)}>
                      {t("backup-restore")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <ConfirmDialog
        id="confirm-restore"
        open={restoring != null}
        danger
        title={t("backup-confirm-title")}
        body={t("backup-confirm-body", { path: restoring ?? "" })}
        confirmLabel={t("backup-restore")}
        onConfirm={restore}
        onCancel={() => setRestoring(null)}
      />
    </div>
  );
}
