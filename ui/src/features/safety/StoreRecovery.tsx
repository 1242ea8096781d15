// Shown when the database did not open (damaged, truncated, from a newer
// RightsDesk, not a database): nothing is repaired silently; the newest
// backup is offered, and restoring it keeps the damaged file aside.

import { useState } from "preact/hooks";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useL10n } from "../../i18n/context";
import { restoreBackup } from "../../ipc/commands";

export function StoreRecovery({ latestBackup, onRestored }: { latestBackup: string | null; onRestored: () => void }) {
  const { t } = useL10n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!latestBackup) return <p class="muted">{t("recovery-no-backup")}</p>;

  const restore = async () => {
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      await restoreBackup(latestBackup, null);
      onRestored();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div id="store-recovery">
      <p>{t("recovery-latest", { path: latestBackup })}</p>
      <button type="button" class="button button-primary" id="recovery-restore" disabled={busy} onClick={() => setAsking(true)}>
        {t("recovery-restore")}
      </button>
      <ErrorNotice error={error} id="recovery-error" />
      <ConfirmDialog
        id="confirm-recovery"
        open={asking}
        title={t("recovery-confirm-title")}
        body={t("recovery-confirm-body")}
        confirmLabel={t("recovery-restore")}
        onConfirm={restore}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
