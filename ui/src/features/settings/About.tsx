// Settings › About: the version and the data sets shipped with the app, with
// their licences (JustDeleteMe's MIT notice must travel with its data).

import { useAsync } from "../../components/useAsync";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useL10n } from "../../i18n/context";
import { dataLicences } from "../../ipc/commands";

export function About({ version }: { version: string | null }) {
  const { t } = useL10n();
  const [licences] = useAsync(dataLicences, []);
  return (
    <section class="panel" aria-labelledby="about-title" id="about">
      <h2 id="about-title">{t("about-title")}</h2>
      <p>{t("about-body", { version: version ?? "?" })}</p>
      <h3>{t("about-data")}</h3>
      {licences.state === "error" && <ErrorNotice error={licences.error} />}
      {licences.state === "ready" && (
        <ul class="licences" id="about-licences">
          {licences.value.map((l) => (
            <li key={l.dataSet}>
              <details>
                <summary>
                  <strong>{l.dataSet}</strong> · {l.licence} <span class="muted small mono">{l.files}</span>
                </summary>
                <pre class="licence-text">{l.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
