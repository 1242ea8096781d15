// Add or edit a holder. The core validates (and names the field at fault);
// the form only shapes what was typed into HolderFields.

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { HOLDER_KINDS, JURISDICTIONS, holderKindId, jurisdictionId } from "../../components/labels";
import { useFocusOnMount } from "../../components/useFocusOnMount";
import { useL10n } from "../../i18n/context";
import { addHolder, updateHolder } from "../../ipc/commands";
import type { Holder, HolderFields, HolderKind, Jurisdiction } from "../../ipc/gen";

export interface HolderFormState {
  name: string;
  nameZh: string;
  operator: string;
  jurisdiction: "" | Jurisdiction;
  kind: "" | HolderKind;
  email: string;
  phone: string;
  address: string;
  webformUrl: string;
  policyUrl: string;
  notes: string;
}

export const EMPTY_FORM: HolderFormState = {
  name: "",
  nameZh: "",
  operator: "",
  jurisdiction: "CN",
  kind: "app",
  email: "",
  phone: "",
  address: "",
  webformUrl: "",
  policyUrl: "",
  notes: "",
};

export function formFromFields(f: HolderFields): HolderFormState {
  return {
    name: f.name,
    nameZh: f.nameZh ?? "",
    operator: f.operator ?? "",
    jurisdiction: f.jurisdiction ?? "",
    kind: f.kind ?? "",
    email: f.email ?? "",
    phone: f.phone ?? "",
    address: f.address ?? "",
    webformUrl: f.webformUrl ?? "",
    policyUrl: f.policyUrl ?? "",
    notes: f.notes ?? "",
  };
}

const opt = (s: string): string | null => (s.trim() === "" ? null : s);

/** What the form sends; fields the form does not show (aliases, domains …) are kept from `base`. */
export function fieldsFromForm(s: HolderFormState, base?: HolderFields): HolderFields {
  return {
    aliases: base?.aliases ?? [],
    domains: base?.domains ?? [],
    directoryRef: base?.directoryRef ?? null,
    name: s.name,
    nameZh: opt(s.nameZh),
    operator: opt(s.operator),
    jurisdiction: s.jurisdiction === "" ? null : s.jurisdiction,
    kind: s.kind === "" ? null : s.kind,
    email: opt(s.email),
    phone: opt(s.phone),
    address: opt(s.address),
    webformUrl: opt(s.webformUrl),
    policyUrl: opt(s.policyUrl),
    notes: opt(s.notes),
  };
}

interface Props {
  /** Editing this holder; adding a new one when absent. */
  holder?: Holder;
  onSaved: (holder: Holder) => void;
  onCancel: () => void;
}

export function HolderForm({ holder, onSaved, onCancel }: Props) {
  const { t } = useL10n();
  const nameRef = useFocusOnMount<HTMLInputElement>(!holder);
  const [state, setState] = useState<HolderFormState>(() => (holder ? formFromFields(holder) : EMPTY_FORM));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof HolderFormState) => (e: Event) =>
    setState((s) => ({ ...s, [key]: (e.currentTarget as HTMLInputElement).value }));

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const fields = fieldsFromForm(state, holder);
      const saved = holder ? await updateHolder(holder.id, fields) : await addHolder(fields);
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: keyof HolderFormState, id: string, label: string, type = "text", hint?: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} name={key} type={type} value={state[key]} onInput={set(key)} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
    </div>
  );

  return (
    <form class="panel form" onSubmit={submit} noValidate aria-labelledby="holder-form-title" id="holder-form">
      <h2 id="holder-form-title">{holder ? t("holders-form-edit-title") : t("holders-form-add-title")}</h2>
      <ErrorNotice error={error} id="holder-form-error" />
      <div class="grid-2">
        <div class="field">
          <label for="holder-name">
            {t("holders-field-name")} <span class="required">{t("common-required")}</span>
          </label>
          <input
            id="holder-name"
            name="name"
            value={state.name}
            onInput={set("name")}
            aria-required="true"
            aria-describedby="holder-name-hint"
            ref={nameRef}
            autoComplete="off"
          />
          <small id="holder-name-hint" class="hint">
            {t("holders-field-name-hint")}
          </small>
        </div>
        {text("nameZh", "holder-name-zh", t("holders-field-name-zh"), "text", t("holders-field-name-zh-hint"))}
        {text("operator", "holder-operator", t("holders-field-operator"), "text", t("holders-field-operator-hint"))}
        <div class="field">
          <label for="holder-jurisdiction">{t("holders-field-jurisdiction")}</label>
          <select id="holder-jurisdiction" value={state.jurisdiction} onChange={set("jurisdiction")}>
            <option value="">{t("common-not-set")}</option>
            {JURISDICTIONS.map((j) => (
              <option value={j} key={j}>
                {t(jurisdictionId(j))}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="holder-kind">{t("holders-field-kind")}</label>
          <select id="holder-kind" value={state.kind} onChange={set("kind")}>
            <option value="">{t("common-not-set")}</option>
            {HOLDER_KINDS.map((k) => (
              <option value={k} key={k}>
                {t(holderKindId(k))}
              </option>
            ))}
          </select>
        </div>
        {text("email", "holder-email", t("holders-field-email"), "email", t("holders-field-email-hint"))}
        {text("phone", "holder-phone", t("holders-field-phone"), "tel")}
        {text("webformUrl", "holder-webform", t("holders-field-webform"), "url")}
        {text("policyUrl", "holder-policy", t("holders-field-policy"), "url")}
      </div>
      <div class="field">
        <label for="holder-address">{t("holders-field-address")}</label>
        <input id="holder-address" value={state.address} onInput={set("address")} />
      </div>
      <div class="field">
        <label for="holder-notes">{t("holders-field-notes")}</label>
        <textarea id="holder-notes" rows={3} value={state.notes} onInput={set("notes")} />
      </div>
      <div class="actions">
        <button type="submit" class="button button-primary" id="holder-save" disabled={busy}>
          {holder ? t("common-save") : t("holders-add-save")}
        </button>
        <button type="button" class="button" id="holder-cancel" onClick={onCancel}>
          {t("common-cancel")}
        </button>
      </div>
    </form>
  );
}
