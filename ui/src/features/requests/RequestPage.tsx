// One request: the letter, where its deadline stands, what happened so far,
// and the next thing to record (sending it, then replies and outcomes).

import { useState } from "preact/hooks";
import { Badge } from "../../components/Badge";
import { ErrorNotice } from "../../components/ErrorNotice";
import { CHANNELS, LOGGABLE_EVENTS, channelId, eventKindId, requestKindId, statusId, statusTone } from "../../components/labels";
import { useAsync } from "../../components/useAsync";
import { useToday } from "../../components/today";
import { useL10n } from "../../i18n/context";
import { getRequest, logEvent, logReplyEml, markSent, pickAttachments, pickEml, saveLetterPdf, updateDraftLetter } from "../../ipc/commands";
import type { DeliveryChannel, EventKind, Holder, RequestDetail } from "../../ipc/gen";
import { copyText, openMail } from "../../ipc/os";
import { formatSize } from "../../components/format";
import { ExportEvidence } from "../evidence/ExportEvidence";
import { IntegrityCheck } from "../evidence/IntegrityCheck";
import { Timestamps } from "../evidence/Timestamps";
import { currentSender } from "../settings/sender";
import { href } from "../../router";
import { holderNames } from "../holders/Inventory";
import { countdown } from "./countdown";
import { Citations, RuleBox } from "./Legal";

export function RequestPage({ id }: { id: number }) {
  const { t } = useL10n();
  const [detail, reload] = useAsync(() => getRequest(id), [id]);
  if (detail.state === "loading") return <p class="muted">{t("common-loading")}</p>;
  if (detail.state === "error")
    return (
      <div class="page">
        <h1 tabIndex={-1}>{t("request-title")}</h1>
        <ErrorNotice error={detail.error} />
      </div>
    );
  return <RequestView detail={detail.value} reload={reload} />;
}

/** The channel a letter most likely goes out by, from what is known of the holder. */
export function likelyChannel(h: Holder): DeliveryChannel {
  if (h.email) return "email";
  if (h.webformUrl) return "webform";
  if (h.kind === "property") return "hand";
  if (h.address) return "post";
  return "in-app";
}

function RequestView({ detail, reload }: { detail: RequestDetail; reload: () => Promise<void> }) {
  const { t, lang } = useL10n();
  const r = detail.request;
  const h = detail.holder;
  const names = holderNames(h, lang === "zh-CN");
  const sent = r.sentOn != null;
  const clock = detail.clock;
  const cd = clock ? countdown(clock.state) : null;
  const followUpAllowed = sent && r.kind !== "complaint";

  return (
    <div class="page">
      <nav class="crumbs" aria-label={t("common-breadcrumbs")}>
        <a href={href({ name: "inventory" })}>{t("nav-inventory")}</a> ›{" "}
        <a href={href({ name: "holder", id: h.id })}>{names.primary}</a> › <span>{t(requestKindId(r.kind))}</span>
      </nav>
      <header class="page-head">
        <div>
          <h1 tabIndex={-1} id="request-title">
            {t("request-heading", { kind: t(requestKindId(r.kind)), name: names.primary })}
          </h1>
          <p class="meta">
            <Badge tone={statusTone(detail.status)} testid="request-status">
              <span id="request-status">{t(statusId(detail.status))}</span>
            </Badge>{" "}
            <span class="muted">
              {t("request-letter-dated", { date: r.letterDate })}
              {r.sentOn && ` · ${t("request-sent-on", { date: r.sentOn })}`}
            </span>
          </p>
        </div>
        {followUpAllowed && (
          <div class="actions">
            <a class="button" id="request-reminder" href={href({ name: "new-request", holderId: h.id, parentId: r.id, kind: "reminder" })}>
              {t("request-follow-up-reminder")}
            </a>
            <a class="button" id="request-complaint" href={href({ name: "new-request", holderId: h.id, parentId: r.id, kind: "complaint" })}>
              {t("request-follow-up-complaint")}
            </a>
          </div>
        )}
      </header>

      <div class="request-grid">
        <div class="col">
          <section class="panel" aria-labelledby="deadline-title">
            <h2 id="deadline-title">{t("request-deadline")}</h2>
            {cd ? (
              <p class={`countdown tone-${cd.tone}`} id="request-countdown" data-tone={cd.tone}>
                {t(cd.id, cd.args)}
              </p>
            ) : (
              <p class="muted" id="request-countdown">
                {t("deadline-none")}
              </p>
            )}
            {detail.rule && (
              <RuleBox rule={detail.rule} due={clock?.due ?? null} label={t("request-due")} sources={detail.ruleSources} />
            )}
            {clock?.extended && <Badge tone="info">{t("request-extended")}</Badge>}
            {clock?.acknowledgeBy?.kind === "on" && (
              <p class="small">{t("request-acknowledge-by", { date: clock.acknowledgeBy.value })}</p>
            )}
          </section>

          {sent ? <LogForm detail={detail} reload={reload} /> : <SendForm detail={detail} reload={reload} />}

          <section class="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t("request-timeline")}</h2>
            <ol class="timeline" id="timeline">
              {detail.events.map((e) => (
                <li class="event-row" data-testid="event-row" data-kind={e.kind} key={e.id}>
                  <p>
                    <time dateTime={e.occurredOn}>{e.occurredOn}</time> <strong>{t(eventKindId(e.kind))}</strong>
                    {e.channel && <span class="muted"> · {t(channelId(e.channel))}</span>}
                    {e.tracking && <span class="muted mono"> · {e.tracking}</span>}
                  </p>
                  {e.text && <p class="pre">{e.text}</p>}
                  {e.attachments.length > 0 && (
                    <ul class="attachments">
                      {e.attachments.map((a) => (
                        <li key={a.id}>
                          <span class="attachment-name">{a.originalName}</span> <span class="muted small">({formatSize(a.size)})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <p class="muted small mono" title={e.hash}>
                    {t("request-event-recorded", { stamp: e.recordedAt, hash: e.hash.slice(0, 12) })}
                  </p>
                </li>
              ))}
            </ol>
            {detail.digest && (
              <p class="muted small mono" id="request-digest" title={t("request-digest-title")}>
                {t("request-digest", { digest: detail.digest })}
              </p>
            )}
            {detail.integrity.problems.length > 0 && (
              <p class="notice notice-error" id="request-not-intact" role="alert">
                {t("request-not-intact", { count: detail.integrity.problems.length })}
              </p>
            )}
            {sent && <IntegrityCheck />}
          </section>
        </div>

        <div class="col">
          <Letter detail={detail} reload={reload} />
          <section class="panel" aria-labelledby="citations-title">
            <h2 id="citations-title">{t("request-legal-basis")}</h2>
            <Citations citations={detail.citations} id="request-citations" />
          </section>
          {sent && <Timestamps detail={detail} reload={reload} />}
          {sent && <ExportEvidence target={{ kind: "request", id: r.id }} id="export-evidence" />}
        </div>
      </div>
    </div>
  );
}

export { formatSize };

/** The last part of a path, on Windows too. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

function Letter({ detail, reload }: { detail: RequestDetail; reload: () => Promise<void> }) {
  const { t } = useL10n();
  const r = detail.request;
  const [editing, setEditing] = useState(false);
  const [subject, setSubject] = useState(r.subject);
  const [body, setBody] = useState(r.body);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);
  const [printed, setPrinted] = useState<string | null>(null);
  const email = detail.holder.email;

  // A printable letter for the post or for delivery by hand, with the user's
  // details from Settings and a line to sign on.
  const printLetter = async () => {
    setError(null);
    setPrinted(null);
    try {
      const file = await saveLetterPdf(r.id, null, currentSender(), t("request-letter-pdf-title"));
      if (file) setPrinted(file.path);
    } catch (e) {
      setError(e);
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await updateDraftLetter(r.id, subject, body);
      setEditing(false);
      await reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section class="panel" aria-labelledby="letter-title">
      <div class="toolbar">
        <h2 id="letter-title">{t("request-letter")}</h2>
        {!editing && (
          <div class="actions">
            <button
              type="button"
              class="button"
              id="letter-copy"
              onClick={() =>
                copyText(`${r.subject}\n\n${r.body}`).then(
                  () => setCopied(true),
                  (e: unknown) => setError(e),
                )
              }
            >
              {t("request-letter-copy")}
            </button>
            {email && (
              <button type="button" class="button" id="letter-mail" onClick={() => openMail(email, r.subject, r.body).catch(setError)}>
                {t("request-letter-mail")}
              </button>
            )}
            <button type="button" class="button" id="letter-pdf" onClick={printLetter}>
              {t("request-letter-pdf")}
            </button>
            {r.status === "draft" && (
              <button type="button" class="button" id="letter-edit" onClick={() => setEditing(true)}>
                {t("common-edit")}
              </button>
            )}
          </div>
        )}
      </div>
      <div aria-live="polite" class="live">
        {copied && <p class="notice notice-ok">{t("request-letter-copied")}</p>}
        {printed && (
          <p class="notice notice-ok" id="letter-pdf-saved">
            {t("request-letter-pdf-saved", { path: printed })}
          </p>
        )}
      </div>
      <ErrorNotice error={error} id="letter-error" />
      {editing ? (
        <form onSubmit={save} class="form" noValidate>
          <div class="field">
            <label for="letter-subject">{t("request-letter-subject")}</label>
            <input id="letter-subject" value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="letter-body">{t("request-letter-body")}</label>
            <textarea id="letter-body" rows={18} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
          </div>
          <div class="actions">
            <button type="submit" class="button button-primary" id="letter-save">
              {t("common-save")}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setSubject(r.subject);
                setBody(r.body);
                setEditing(false);
              }}
            >
              {t("common-cancel")}
            </button>
          </div>
        </form>
      ) : (
        <article class="letter" id="request-letter" lang={r.language}>
          <h3 class="letter-subject">{r.subject}</h3>
          <div class="letter-body">{r.body}</div>
        </article>
      )}
    </section>
  );
}

function SendForm({ detail, reload }: { detail: RequestDetail; reload: () => Promise<void> }) {
  const { t } = useL10n();
  const today = useToday();
  const [date, setDate] = useState(today);
  const [channel, setChannel] = useState<DeliveryChannel>(likelyChannel(detail.holder));
  const [tracking, setTracking] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await markSent(detail.request.id, { date, channel, tracking: tracking.trim() === "" ? null : tracking });
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel form" id="send-form" onSubmit={submit} noValidate aria-labelledby="send-title">
      <h2 id="send-title">{t("request-send-title")}</h2>
      <p class="hint">{t("request-send-hint")}</p>
      <ErrorNotice error={error} id="send-error" />
      <div class="grid-2">
        <div class="field">
          <label for="sent-date">{t("request-send-date")}</label>
          <input id="sent-date" type="date" value={date} min={detail.request.letterDate} max={today} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="sent-channel">{t("request-send-channel")}</label>
          <select id="sent-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value as DeliveryChannel)}>
            {CHANNELS.map((c) => (
              <option value={c} key={c}>
                {t(channelId(c))}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(channel === "post" || channel === "hand") && (
        <div class="field">
          <label for="sent-tracking">{channel === "post" ? t("request-send-tracking") : t("request-send-signed-by")}</label>
          <input id="sent-tracking" value={tracking} onInput={(e) => setTracking(e.currentTarget.value)} />
        </div>
      )}
      <p class="hint" id="send-receipt-hint">
        {channel === "post" || channel === "hand" ? t("request-send-receipt-paper") : t("request-send-receipt-online")}
      </p>
      <div class="actions">
        <button type="submit" class="button button-primary" id="mark-sent" disabled={busy}>
          {t("request-send-save")}
        </button>
      </div>
    </form>
  );
}

const QUICK: { kind: EventKind; id: string }[] = [
  { kind: "reply-received", id: "log-reply" },
  { kind: "fulfilled", id: "log-fulfilled" },
  { kind: "refused", id: "log-refused" },
  { kind: "extension-notified", id: "log-extension" },
  { kind: "note", id: "log-note" },
];

function LogForm({ detail, reload }: { detail: RequestDetail; reload: () => Promise<void> }) {
  const { t } = useL10n();
  const [kind, setKind] = useState<EventKind | null>(null);
  const today = useToday();
  const [date, setDate] = useState(today);
  const [text, setText] = useState("");
  const [files, setFiles] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const start = (k: EventKind) => {
    setKind(k);
    setError(null);
    setTimeout(() => document.getElementById("log-text")?.focus(), 0);
  };
  const attach = async () => {
    try {
      const picked = await pickAttachments(t("request-log-attach-title"));
      setFiles((fs) => [...fs, ...picked.filter((p) => !fs.includes(p))]);
    } catch (e) {
      setError(e);
    }
  };
  const fromEml = async () => {
    setError(null);
    try {
      const path = await pickEml(t("request-log-eml-title"));
      if (path == null) return;
      setBusy(true);
      // A reply unless another answer (extension, refusal …) was chosen first.
      await logReplyEml(detail.request.id, { kind, path, date: null });
      setKind(null);
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!kind) return;
    setBusy(true);
    setError(null);
    try {
      await logEvent(detail.request.id, { kind, date, text, files });
      setKind(null);
      setText("");
      setFiles([]);
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="log-title">
      <h2 id="log-title">{t("request-log-title")}</h2>
      <p class="hint">{t("request-log-hint")}</p>
      <div class="actions wrap">
        {QUICK.map((q) => (
          <button
            type="button"
            key={q.kind}
            id={q.id}
            class={kind === q.kind ? "button button-primary" : "button"}
            aria-pressed={kind === q.kind}
            onClick={() => start(q.kind)}
          >
            {t(`${eventKindId(q.kind)}-action`)}
          </button>
        ))}
        <button type="button" class="button" id="log-eml" onClick={fromEml} disabled={busy} title={t("request-log-eml-hint")}>
          {t("request-log-eml")}
        </button>
      </div>
      {kind && (
        <form class="form" id="log-form" onSubmit={submit} noValidate>
          <ErrorNotice error={error} id="log-error" />
          <div class="grid-2">
            <div class="field">
              <label for="log-kind">{t("request-log-kind")}</label>
              <select id="log-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as EventKind)}>
                {LOGGABLE_EVENTS.map((k) => (
                  <option value={k} key={k}>
                    {t(eventKindId(k))}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="log-date">{t("request-log-date")}</label>
              <input id="log-date" type="date" value={date} max={today} onInput={(e) => setDate(e.currentTarget.value)} />
            </div>
          </div>
          <div class="field">
            <label for="log-text">{t("request-log-text")}</label>
            <textarea id="log-text" rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <div class="field">
            <span class="label" id="log-files-label">
              {t("request-log-files")}
            </span>
            {files.length > 0 && (
              <ul class="attachments" aria-labelledby="log-files-label">
                {files.map((f) => (
                  <li key={f}>
                    <span class="mono" title={f}>
                      {fileName(f)}
                    </span>{" "}
                    <button
                      type="button"
                      class="button button-quiet"
                      aria-label={t("request-log-file-remove", { file: f })}
                      onClick={() => setFiles((fs) => fs.filter((x) => x !== f))}
                    >
                      {t("common-remove")}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button type="button" class="button" id="log-attach" onClick={attach}>
              {t("request-log-attach")}
            </button>
          </div>
          <div class="actions">
            <button type="submit" class="button button-primary" id="log-save" disabled={busy}>
              {t("request-log-save")}
            </button>
            <button type="button" class="button" onClick={() => setKind(null)}>
              {t("common-cancel")}
            </button>
          </div>
        </form>
      )}
      {!kind && <ErrorNotice error={error} />}
    </section>
  );
}
