// "Check integrity": recompute every hash chain and attachment hash in the
// store — the check the evidence PDF's footer tells its reader about — and
// say plainly whether anything changed since it was recorded.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useL10n } from "../../i18n/context";
import { verifyStore } from "../../ipc/commands";
import type { VerifyProblem, VerifyReport } from "../../ipc/gen";

/** The message arguments of one problem: each kind names what it is about. */
function problemArgs(p: VerifyProblem): Record<string, string | number> {
  switch (p.kind) {
    case "eventAltered":
      return { request: p.request, event: p.event };
    case "attachmentAltered":
    case "attachmentMissing":
      return { request: p.request, event: p.event, name: p.name };
    case "pageAltered":
    case "pageMissing":
      return { holder: p.holder, url: p.url };
    case "recordAltered":
    case "recordUnsealed":
      return { request: p.request };
    case "recordLengthChanged":
      return { request: p.request, sealed: p.sealedEvents, found: p.foundEvents, sealedPages: p.sealedPages, foundPages: p.foundPages };
    case "storeAltered":
      return {};
    case "timestampInvalid":
      return { request: p.request, timestamp: p.timestamp };
  }
}

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
                    {t(`integrity-${p.kind}`, problemArgs(p))}
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
