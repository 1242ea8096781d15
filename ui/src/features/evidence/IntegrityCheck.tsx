// "Check integrity": recompute every hash chain and attachment hash in the
// store — the check the evidence PDF's footer tells its reader about — and
// say plainly whether anything changed since it was recorded.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useL10n } from "../../i18n/context";
import { verifyStore } from "../../ipc/commands";
import type { VerifyReport } from "../../ipc/gen";

export function IntegrityCheck() {
  const { t } = useL10n();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await verifyStore());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="integrity">
      <button type="button" class="button button-quiet" id="integrity-check" onClick={run} disabled={busy} aria-busy={busy}>
        {t("integrity-check")}
      </button>
      <div aria-live="polite" class="live">
        {report &&
          (report.problems.length === 0 ? (
            <p class="notice notice-ok" id="integrity-result" data-intact="true">
              {t("integrity-ok", { events: report.events, attachments: report.attachments, pages: report.pages })}
            </p>
          ) : (
            <div class="notice notice-error" id="integrity-result" data-intact="false" role="alert">
              <p>{t("integrity-problems", { count: report.problems.length })}</p>
              <ul>
                {report.problems.map((p) => (
                  <li key={JSON.stringify(p)}>
                    {"request" in p
                      ? t(`integrity-${p.kind}`, { request: p.request, event: p.event, name: "name" in p ? p.name : "" })
                      : t(`integrity-${p.kind}`, { holder: p.holder, url: p.url })}
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}
