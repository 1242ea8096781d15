// Add the user's account at a holder: how they are known there, and what data
// the holder has. PIPL Art. 28 sensitive categories are listed first and marked.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import {
  IDENTIFIER_KINDS,
  OTHER_CATEGORIES,
  SENSITIVE_CATEGORIES,
  categoryId,
  identifierKindId,
} from "../../components/labels";
import { useL10n } from "../../i18n/context";
import { addAccount } from "../../ipc/commands";
import type { Account, AccountFields, DataCategory, HolderId, Identifier, IdentifierKind } from "../../ipc/gen";

interface IdRow {
  kind: IdentifierKind;
  value: string;
}

/** Rows left blank are dropped; the core checks the rest. */
export function accountFieldsFrom(rows: IdRow[], categories: DataCategory[], notes: string): AccountFields {
  const identifiers: Identifier[] = rows
    .filter((r) => r.value.trim() !== "")
    .map((r) => ({ kind: r.kind, value: r.value }));
  return { identifiers, categories, source: "manual", notes: notes.trim() === "" ? null : notes };
}

export function AccountForm(props: { holderId: HolderId; onSaved: (a: Account) => void; onCancel: () => void }) {
  const { t } = useL10n();
  const [rows, setRows] = useState<IdRow[]>([{ kind: "phone", value: "" }]);
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const setRow = (i: number, patch: Partial<IdRow>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const toggle = (c: DataCategory, on: boolean) =>
    setCategories((cs) => (on ? [...cs.filter((x) => x !== c), c] : cs.filter((x) => x !== c)));

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      props.onSaved(await addAccount(props.holderId, accountFieldsFrom(rows, categories, notes)));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const checkbox = (c: DataCategory, sensitive: boolean) => (
    <label class={sensitive ? "check check-sensitive" : "check"} key={c}>
      <input
        type="checkbox"
        id={`account-category-${c}`}
        name="category"
        value={c}
        checked={categories.includes(c)}
        onChange={(e) => toggle(c, e.currentTarget.checked)}
      />
      <span>{t(categoryId(c))}</span>
    </label>
  );

  return (
    <form class="panel form" id="account-form" onSubmit={submit} noValidate aria-labelledby="account-form-title">
      <h3 id="account-form-title">{t("holders-account-add-title")}</h3>
      <ErrorNotice error={error} id="account-form-error" />
      <fieldset>
        <legend>{t("holders-account-identifiers")}</legend>
        <p class="hint">{t("holders-account-identifiers-hint")}</p>
        {rows.map((r, i) => (
          <div class="identifier-row" key={i}>
            <div class="field">
              <label for={`account-id-kind-${i}`}>{t("holders-account-identifier-kind")}</label>
              <select
                id={`account-id-kind-${i}`}
                value={r.kind}
                onChange={(e) => setRow(i, { kind: e.currentTarget.value as IdentifierKind })}
              >
                {IDENTIFIER_KINDS.map((k) => (
                  <option value={k} key={k}>
                    {t(identifierKindId(k))}
                  </option>
                ))}
              </select>
            </div>
            <div class="field grow">
              <label for={`account-id-value-${i}`}>{t("holders-account-identifier-value")}</label>
              <input
                id={`account-id-value-${i}`}
                value={r.value}
                autoComplete="off"
                onInput={(e) => setRow(i, { value: e.currentTarget.value })}
              />
            </div>
            {rows.length > 1 && (
              <button
                type="button"
                class="button button-quiet"
                onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                aria-label={t("holders-account-identifier-remove", { n: i + 1 })}
              >
                {t("common-remove")}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          class="button button-quiet"
          id="account-add-identifier"
          onClick={() => setRows((rs) => [...rs, { kind: "email", value: "" }])}
        >
          {t("holders-account-identifier-add")}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t("holders-account-categories")}</legend>
        <p class="hint" id="sensitive-hint">
          <span class="sensitive-mark" aria-hidden="true">
            ●
          </span>{" "}
          {t("holders-account-sensitive-hint")}
        </p>
        <div class="checks" role="group" aria-label={t("holders-account-sensitive-group")} aria-describedby="sensitive-hint">
          {SENSITIVE_CATEGORIES.map((c) => checkbox(c, true))}
        </div>
        <div class="checks" role="group" aria-label={t("holders-account-other-group")}>
          {OTHER_CATEGORIES.map((c) => checkbox(c, false))}
        </div>
      </fieldset>
      <div class="field">
        <label for="account-notes">{t("holders-field-notes")}</label>
        <input id="account-notes" value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" class="button button-primary" id="account-save" disabled={busy}>
          {t("holders-account-save")}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t("common-cancel")}
        </button>
      </div>
    </form>
  );
}
