// The new-request wizard: what is happening (in plain words) → what to ask
// for → which identifiers to give → under which law → in which language → the
// letter as it would be sent, with its legal basis and deadline → create it
// (as a draft; sending is recorded on the request page).

import { useEffect, useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import {
  DELETION_GROUNDS,
  FIRST_REQUEST_KINDS,
  JURISDICTIONS,
  identifierKindId,
  jurisdictionId,
  requestKindId,
  type ComplaintReason,
  type DeletionGround,
} from "../../components/labels";
import { useAsync } from "../../components/useAsync";
import { LANGS, type Lang } from "../../i18n";
import { useL10n } from "../../i18n/context";
import { createRequest, getHolder, previewLetter } from "../../ipc/commands";
import type { DraftInput, HolderDetail, Jurisdiction, LetterPreview, RequestKind } from "../../ipc/gen";
import { href, navigate } from "../../router";
import { holderNames } from "../holders/Inventory";
import { currentSender, hasSender } from "../settings/sender";
import { useToday } from "../../components/today";
import { accountIdentifiers, identifiersToSend, toggleLeftOut } from "./identifiers";
import { ChannelList, Citations, RuleBox } from "./Legal";
import {
  SITUATIONS,
  complaintReasonsFor,
  deliveredOnPaper,
  kindsToOffer,
  situationByCode,
  situationId,
  type Situation,
  type SituationCode,
} from "./situations";

/** Chinese letters to Chinese companies, English otherwise; the user can change it. */
export function proposedLanguage(j: Jurisdiction): Lang {
  return j === "CN" ? "zh-CN" : "en-US";
}

interface Props {
  holderId: number;
  parentId?: number | undefined;
  kind?: string | undefined;
}

export function NewRequest(props: Props) {
  const { t } = useL10n();
  const [holder] = useAsync(() => getHolder(props.holderId), [props.holderId]);
  if (holder.state === "loading") return <p class="muted">{t("common-loading")}</p>;
  if (holder.state === "error")
    return (
      <div class="page">
        <h1 tabIndex={-1}>{t("request-new-title")}</h1>
        <ErrorNotice error={holder.error} />
      </div>
    );
  return <Wizard detail={holder.value} {...props} />;
}

function Wizard({ detail, parentId, kind: kindParam }: Props & { detail: HolderDetail }) {
  const { t, lang } = useL10n();
  const h = detail.holder;
  const names = holderNames(h, lang === "zh-CN");
  const followUp = parentId != null;
  const startKind: RequestKind =
    kindParam === "reminder" || kindParam === "complaint" ? kindParam : (FIRST_REQUEST_KINDS as string[]).includes(kindParam ?? "") ? (kindParam as RequestKind) : "deletion";
  const proposed: Jurisdiction = h.jurisdiction ?? "OTHER";

  const [kind, setKind] = useState<RequestKind>(startKind);
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(proposed);
  const [language, setLanguage] = useState<Lang>(proposedLanguage(proposed));
  const [languageTouched, setLanguageTouched] = useState(false);
  const reasons = complaintReasonsFor(followUp);
  const [reason, setReason] = useState<ComplaintReason>(reasons[0] ?? "no-response");
  const [ground, setGround] = useState<DeletionGround | "">("");
  const [correction, setCorrection] = useState("");
  const [situationCode, setSituationCode] = useState<SituationCode | null>(null);
  const situation = situationByCode(situationCode);
  const allIdentifiers = accountIdentifiers(detail.accounts);
  // Indexes into allIdentifiers the user unticked: everything goes in by default.
  const [leftOut, setLeftOut] = useState<ReadonlySet<number>>(new Set());
  const identifiers = identifiersToSend(allIdentifiers, leftOut);
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [createError, setCreateError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Today by default; an earlier date records a letter already sent in the past.
  const today = useToday();
  const [letterDate, setLetterDate] = useState(today);
  const sender = currentSender();

  const input: DraftInput = {
    holderId: h.id,
    kind,
    jurisdiction,
    language,
    reason: kind === "complaint" ? reason : null,
    ground: kind === "deletion" && ground !== "" ? ground : null,
    correction: kind === "correction" && correction.trim() !== "" ? correction : null,
    letterDate: /^\d{4}-\d{2}-\d{2}$/.test(letterDate) ? letterDate : null,
    identifiers,
    parentId: parentId ?? null,
    sender: hasSender(sender) ? sender : null,
  };
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    let live = true;
    setPreviewError(null);
    previewLetter(input).then(
      (p) => live && setPreview(p),
      (e: unknown) => {
        if (!live) return;
        setPreview(null);
        setPreviewError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [inputKey]);

  const chooseJurisdiction = (j: Jurisdiction) => {
    setJurisdiction(j);
    if (!languageTouched) setLanguage(proposedLanguage(j));
  };

  const create = async () => {
    setBusy(true);
    setCreateError(null);
    try {
      const created = await createRequest(input);
      navigate({ name: "request", id: created.request.id });
    } catch (e) {
      setCreateError(e);
      setBusy(false);
    }
  };

  const chooseSituation = (s: Situation) => {
    setSituationCode(s.code);
    if (s.kind) setKind(s.kind);
    if (s.reason) setReason(s.reason);
  };

  const kinds = kindsToOffer(followUp, situation, kind, jurisdiction);
  // Step numbers shift by one when the situation step is shown (new requests only).
  const first = followUp ? 1 : 2;

  return (
    <div class="page">
      <nav class="crumbs" aria-label={t("common-breadcrumbs")}>
        <a href={href({ name: "inventory" })}>{t("nav-inventory")}</a> ›{" "}
        <a href={href({ name: "holder", id: h.id })}>{names.primary}</a> › <span>{t("request-new-title")}</span>
      </nav>
      <header class="page-head">
        <div>
          <h1 tabIndex={-1}>{t("request-new-title")}</h1>
          <p class="muted">{t("request-new-intro", { name: names.primary })}</p>
        </div>
      </header>

      <div class="wizard">
        <section class="panel steps" aria-label={t("request-new-choices")}>
          {!followUp && (
            <fieldset id="request-situations">
              <legend>
                <span class="step">1</span> {t("request-step-situation")}
              </legend>
              <div class="choices situations">
                {SITUATIONS.map((s) => (
                  <label class={situationCode === s.code ? "choice selected" : "choice"} key={s.code}>
                    <input
                      type="radio"
                      name="request-situation"
                      id={`situation-${s.code}`}
                      value={s.code}
                      checked={situationCode === s.code}
                      onChange={() => chooseSituation(s)}
                    />
                    <span>
                      <strong>{t(situationId(s.code))}</strong>
                      <small class="muted">{t(`${situationId(s.code)}-hint`)}</small>
                    </span>
                  </label>
                ))}
              </div>
              <div aria-live="polite">
                {deliveredOnPaper(situation, h.kind) && (
                  <p class="notice notice-info" id="situation-paper-hint">
                    {t("request-situation-paper-hint")}
                  </p>
                )}
              </div>
            </fieldset>
          )}

          <fieldset>
            <legend>
              <span class="step">{first}</span> {t("request-step-kind")}
            </legend>
            <div class="choices">
              {kinds.map((k) => (
                <label class={kind === k ? "choice selected" : "choice"} key={k}>
                  <input
                    type="radio"
                    name="request-kind"
                    id={`request-kind-${k}`}
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                  />
                  <span>
                    <strong>{t(requestKindId(k))}</strong>
                    <small class="muted">{t(`${requestKindId(k)}-hint`)}</small>
                  </span>
                </label>
              ))}
            </div>
            {kind === "complaint" && (
              <div class="field">
                <label for="request-reason">{t("request-reason")}</label>
                <select id="request-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value as ComplaintReason)}>
                  {reasons.map((r) => (
                    <option value={r} key={r}>
                      {t(`request-reason-${r}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {kind === "deletion" && (
              <div class="field">
                <label for="request-ground">{t("request-ground")}</label>
                <select
                  id="request-ground"
                  value={ground}
                  onChange={(e) => setGround(e.currentTarget.value as DeletionGround | "")}
                  aria-describedby="request-ground-hint"
                >
                  <option value="">{t("request-ground-none")}</option>
                  {DELETION_GROUNDS.map((g) => (
                    <option value={g} key={g}>
                      {t(`request-ground-${g}`)}
                    </option>
                  ))}
                </select>
                <small class="hint" id="request-ground-hint">
                  {t("request-ground-hint")}
                </small>
              </div>
            )}
            {kind === "correction" && (
              <div class="field">
                <label for="request-correction">{t("request-correction")}</label>
                <textarea
                  id="request-correction"
                  rows={3}
                  maxLength={2000}
                  value={correction}
                  onInput={(e) => setCorrection(e.currentTarget.value)}
                  aria-describedby="request-correction-hint"
                />
                <small class="hint" id="request-correction-hint">
                  {t("request-correction-hint")}
                </small>
              </div>
            )}
            {kind === "complaint" && !followUp && (
              <p class="notice notice-info" id="request-complaint-first-hint">
                {t("request-complaint-first-hint")}
              </p>
            )}
          </fieldset>

          <fieldset aria-describedby={allIdentifiers.length > 0 ? "identifiers-hint" : undefined}>
            <legend>
              <span class="step">{first + 1}</span> {t("request-step-identifiers")}
            </legend>
            {allIdentifiers.length === 0 ? (
              <p class="hint" id="identifiers-none">
                {t("request-identifiers-none")}{" "}
                <a href={href({ name: "holder", id: h.id })} id="identifiers-add-account">
                  {t("request-identifiers-add-account")}
                </a>
              </p>
            ) : (
              <>
                <p class="hint" id="identifiers-hint">
                  {t("request-identifiers-hint")}
                </p>
                <div class="choices identifiers">
                  {allIdentifiers.map((id, i) => (
                    <label class={leftOut.has(i) ? "choice" : "choice selected"} key={`${id.kind}:${id.value}`}>
                      <input
                        type="checkbox"
                        id={`identifier-${i}`}
                        checked={!leftOut.has(i)}
                        onChange={(e) => setLeftOut(toggleLeftOut(leftOut, i, e.currentTarget.checked))}
                      />
                      <span>
                        <strong class="identifier-value">{id.value}</strong>
                        <small class="muted">{t(identifierKindId(id.kind))}</small>
                      </span>
                    </label>
                  ))}
                </div>
                <div aria-live="polite">
                  {identifiers?.length === 0 && (
                    <p class="notice notice-info" id="identifiers-empty">
                      {t("request-identifiers-empty")}
                    </p>
                  )}
                </div>
              </>
            )}
          </fieldset>

          <fieldset>
            <legend>
              <span class="step">{first + 2}</span> {t("request-step-jurisdiction")}
            </legend>
            <div class="field">
              <label for="request-jurisdiction">{t("holders-field-jurisdiction")}</label>
              <select
                id="request-jurisdiction"
                value={jurisdiction}
                onChange={(e) => chooseJurisdiction(e.currentTarget.value as Jurisdiction)}
                aria-describedby="request-jurisdiction-hint"
              >
                {JURISDICTIONS.map((j) => (
                  <option value={j} key={j}>
                    {t(jurisdictionId(j))}
                  </option>
                ))}
              </select>
              <small class="hint" id="request-jurisdiction-hint">
                {h.jurisdiction
                  ? t("request-jurisdiction-proposed", { jurisdiction: t(jurisdictionId(h.jurisdiction)) })
                  : t("request-jurisdiction-unknown")}
              </small>
            </div>
          </fieldset>

          <fieldset>
            <legend>
              <span class="step">{first + 3}</span> {t("request-step-language")}
            </legend>
            <div class="choices inline">
              {LANGS.map((l) => (
                <label class={language === l ? "choice selected" : "choice"} key={l}>
                  <input
                    type="radio"
                    name="request-language"
                    id={`request-language-${l}`}
                    value={l}
                    checked={language === l}
                    onChange={() => {
                      setLanguage(l);
                      setLanguageTouched(true);
                    }}
                  />
                  <span>{t(`nav-language-${l}`)}</span>
                </label>
              ))}
            </div>
            <div class="field narrow">
              <label for="letter-date">{t("request-letter-date")}</label>
              <input id="letter-date" type="date" value={letterDate} max={today} onInput={(e) => setLetterDate(e.currentTarget.value)} />
              <p class="hint">{t("request-letter-date-hint")}</p>
            </div>
          </fieldset>
        </section>

        <section class="panel preview" aria-labelledby="preview-title" aria-busy={preview == null && previewError == null}>
          <h2 id="preview-title">
            <span class="step">{first + 4}</span> {t("request-step-preview")}
          </h2>
          <ErrorNotice error={previewError} id="preview-error" />
          {preview == null && previewError == null && <p class="muted">{t("common-loading")}</p>}
          {preview && (
            <div class="preview-grid">
              <article class="letter" id="letter-preview" lang={language} aria-label={t("request-letter")}>
                {preview.draft.recipient && (
                  <p class="muted small">{t("request-letter-to", { recipient: preview.draft.recipient })}</p>
                )}
                <h3 class="letter-subject">{preview.draft.subject}</h3>
                <div class="letter-body">{preview.draft.body}</div>
              </article>
              <aside class="legal" aria-label={t("request-legal-basis")}>
                <h3>{t("request-deadline")}</h3>
                <RuleBox
                  rule={preview.rule}
                  due={preview.dueIfSentToday}
                  label={t("request-due-if-sent-today")}
                  sources={preview.ruleSources}
                />
                <h3>{t("request-legal-basis")}</h3>
                <Citations citations={preview.draft.citations} id="preview-citations" />
                {preview.draft.channels.length > 0 && (
                  <>
                    <h3>{t("request-channels")}</h3>
                    <ChannelList channels={preview.draft.channels} />
                  </>
                )}
              </aside>
            </div>
          )}
          <ErrorNotice error={createError} id="create-error" />
          <div class="actions">
            <button type="button" class="button button-primary" id="request-create" disabled={preview == null || busy} onClick={create}>
              {t("request-create")}
            </button>
            <a class="button" href={href({ name: "holder", id: h.id })}>
              {t("common-cancel")}
            </a>
          </div>
          <p class="hint">{t("request-create-hint")}</p>
        </section>
      </div>
    </div>
  );
}
