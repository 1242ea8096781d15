import { useL10n } from "../i18n/context";
import { describeError } from "../ipc/errors";

/** A failed command, in the user's language, with the core's own words under "Details". */
export function ErrorNotice({ error, id }: { error: unknown; id?: string }) {
  const { t, l10n } = useL10n();
  if (error == null) return null;
  const { text, detail, code } = describeError(t, (i) => l10n.has(i), error);
  return (
    <div class="notice notice-error" role="alert" id={id} data-testid="error" data-code={code}>
      <p class="notice-text">{text}</p>
      {detail && !text.includes(detail) && (
        <details class="notice-detail">
          <summary>{t("common-error-details")}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}
