// "Find contacts in the privacy policy": fetch the holder's policy page (kept
// as evidence of what the company published that day), list the e-mail
// addresses, phone numbers and postal addresses found in it with the
// sentence around them, and let the user accept one into the holder.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Working } from "../../components/Working";
import { useL10n } from "../../i18n/context";
import { acceptContact, fetchPolicy } from "../../ipc/commands";
import type { ContactCandidate, Holder, PolicyFetch } from "../../ipc/gen";

/** At most this many candidates are shown; they come best first. */
const SHOWN = 8;

export function PolicyFinder({ holder, onAccepted }: { holder: Holder; onAccepted: () => Promise<void> }) {
  const { t } = useL10n();
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<PolicyFetch | null>(null);
  const [accepted, setAccepted] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  if (!holder.policyUrl) return null;

  const run = async () => {
    setBusy(true);
    setError(null);
    setFound(null);
    try {
      setFound(await fetchPolicy(holder.id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const accept = async (c: ContactCandidate) => {
    setError(null);
    try {
      await acceptContact(holder.id, c.kind, c.value);
      setAccepted((a) => [...a, `${c.kind}:${c.value}`]);
      await onAccepted();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section class="panel" aria-labelledby="policy-title">
      <h2 id="policy-title">{t("policy-title")}</h2>
      <p class="hint">{t("policy-hint")}</p>
      <div class="actions">
        <button type="button" class="button" id="policy-fetch" onClick={run} disabled={busy} aria-busy={busy}>
          {t("policy-fetch")}
        </button>
      </div>
      <div aria-live="polite" class="live">
        {busy && (
          <Working label={t("policy-working")} />
        )}
      </div>
      <ErrorNotice error={error} id="policy-error" />
      {found && (
        <div id="policy-result">
          <p class="muted small">
            {t("policy-kept", { url: found.attachment.finalUrl, status: found.attachment.httpStatus, sha: found.attachment.sha256.slice(0, 16) })}
          </p>
          {found.candidates.length === 0 ? (
            <p class="muted">{t("policy-none")}</p>
          ) : (
            <ul class="candidates">
              {found.candidates.slice(0, SHOWN).map((c, i) => {
                const done = accepted.includes(`${c.kind}:${c.value}`);
                return (
                  <li key={`${c.kind}:${c.value}`} class="candidate" data-kind={c.kind}>
                    <p>
                      <strong>{t(`policy-kind-${c.kind}`)}</strong> <span class="mono">{c.value}</span>
                    </p>
                    <p class="muted small">
                      {c.heading && <span>{c.heading} · </span>}“{c.sentence}”
                    </p>
                    <button
                      type="button"
                      class="button"
                      id={`policy-accept-${i}`}
                      disabled={done}
                      onClick={() => accept(c)}
                    >
                      {done ? t("policy-accepted") : t(`policy-accept-${c.kind}`)}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <p class="hint">{t("policy-confirm-before-sending")}</p>
        </div>
      )}
    </section>
  );
}
