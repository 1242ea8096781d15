// Importing the State Council holiday notice: paste its text or pick a
// holiday-cn JSON file, check the year as a calendar with 休/班 marks, then
// keep it. Nothing is stored until the user confirms; afterwards the screen
// lists the open deadlines that moved (old → new).

import { useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useL10n } from "../../i18n/context";
import { importNotice, previewNotice } from "../../ipc/commands";
import type { MovedDeadline, NoticeInput, NoticePreview, YearArrangement } from "../../ipc/gen";
import { href } from "../../router";
import { dueText } from "../requests/countdown";
import { monthGrid } from "./month";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The largest notice file read (a notice is a page of text; a holiday-cn file a few kB). */
export const MAX_NOTICE_BYTES = 1_000_000;

export function ImportNotice({ onStored }: { onStored?: () => void }) {
  const { t } = useL10n();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [sourceUrl, setSourceUrl] = useState("");
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [stored, setStored] = useState<NoticePreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  const input = (): NoticeInput => ({ text, sourceUrl: sourceUrl.trim() === "" ? null : sourceUrl.trim() });
  const edited = () => {
    // What was previewed is no longer what would be stored.
    setPreview(null);
    setStored(null);
    setError(null);
  };

  const pick = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    edited();
    setTooLarge(null);
    if (file.size > MAX_NOTICE_BYTES) {
      setTooLarge(file.name);
      return;
    }
    setFileName(file.name);
    setText(await file.text());
  };

  const read = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setStored(null);
    setBusy(true);
    try {
      setPreview(await previewNotice(input()));
    } catch (err) {
      setPreview(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    setError(null);
    setBusy(true);
    try {
      const done = await importNotice(input());
      setStored(done);
      setPreview(null);
      onStored?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel notice-import" aria-labelledby="notice-import-title" id="notice-import">
      <h2 id="notice-import-title">{t("calendar-notice-title")}</h2>
      <p class="muted">{t("calendar-notice-intro")}</p>
      <form onSubmit={read}>
        <label for="notice-text">{t("calendar-notice-text-label")}</label>
        <textarea
          id="notice-text"
          rows={8}
          lang="zh-CN"
          value={text}
          placeholder={t("calendar-notice-text-placeholder")}
          onInput={(e) => {
            setText((e.currentTarget as HTMLTextAreaElement).value);
            setFileName(null);
            edited();
          }}
        />
        <p>
          <label for="notice-file">{t("calendar-notice-file-label")}</label>{" "}
          <input type="file" id="notice-file" accept=".json,.txt,application/json,text/plain" onChange={pick} />
          {fileName && <span class="muted small"> {t("calendar-notice-file-read", { name: fileName })}</span>}
        </p>
        <p>
          <label for="notice-source">{t("calendar-notice-source-label")}</label>{" "}
          <input
            type="url"
            id="notice-source"
            value={sourceUrl}
            placeholder="https://www.gov.cn/zhengce/…"
            onInput={(e) => {
              setSourceUrl((e.currentTarget as HTMLInputElement).value);
              edited();
            }}
          />
        </p>
        <div class="actions">
          <button type="submit" class="button" id="notice-read" disabled={busy || text.trim() === ""}>
            {t("calendar-notice-read")}
          </button>
        </div>
      </form>
      {tooLarge && (
        <p class="notice notice-error" role="alert" id="notice-file-error">
          {t("calendar-notice-file-too-large", { name: tooLarge })}
        </p>
      )}
      <ErrorNotice error={error} id="notice-error" />
      {preview && (
        <div id="notice-preview" aria-live="polite">
          <h3>{t("calendar-notice-preview-title", { year: String(preview.notice.year) })}</h3>
          {preview.notice.title && (
            <p lang="zh-CN" id="notice-title">
              {preview.notice.title}
            </p>
          )}
          <p>
            {t("calendar-notice-counts", {
              rest: preview.notice.arrangement.holidays.length,
              work: preview.notice.arrangement.makeupWorkdays.length,
            })}
          </p>
          <ul class="plain" id="notice-sections">
            {preview.notice.sections.map((s) => (
              <li key={s.line}>
                {t("calendar-notice-section", {
                  names: s.names,
                  from: s.restFrom,
                  until: s.restUntil,
                  work: s.makeupWorkdays.length > 0 ? s.makeupWorkdays.join(", ") : "-",
                  line: s.line,
                })}
              </li>
            ))}
          </ul>
          <YearGrid arrangement={preview.notice.arrangement} />
          {preview.replacesImport && <p class="notice notice-info">{t("calendar-notice-replaces")}</p>}
          <h4>{t("calendar-notice-would-move")}</h4>
          <MovedList moved={preview.moved} id="notice-would-move" />
          <div class="actions">
            <button type="button" class="button button-primary" id="notice-confirm" disabled={busy} onClick={confirm}>
              {t("calendar-notice-confirm", { year: String(preview.notice.year) })}
            </button>
            <button type="button" class="button" id="notice-cancel" disabled={busy} onClick={() => setPreview(null)}>
              {t("common-cancel")}
            </button>
          </div>
          <p class="hint">{t("calendar-notice-confirm-hint")}</p>
        </div>
      )}
      {stored && (
        <div id="notice-stored" role="status">
          <p class="notice notice-ok">{t("calendar-notice-stored", { year: String(stored.notice.year) })}</p>
          <h4>{t("calendar-notice-moved")}</h4>
          <MovedList moved={stored.moved} id="notice-moved" />
        </div>
      )}
    </section>
  );
}

/** Old → new due date of every open request the notice changes. */
function MovedList({ moved, id }: { moved: MovedDeadline[]; id: string }) {
  const { t } = useL10n();
  if (moved.length === 0)
    return (
      <p class="muted" id={id}>
        {t("calendar-notice-moved-none")}
      </p>
    );
  const words = (d: MovedDeadline["before"]) => {
    const x = dueText(d);
    return t(x.id, x.args);
  };
  return (
    <ul id={id} class="plain">
      {moved.map((m) => (
        <li key={m.requestId} data-testid="moved-deadline">
          <a href={href({ name: "request", id: m.requestId })}>{m.holderName}</a>:{" "}
          <span class="before">{words(m.before)}</span> → <strong class="after">{words(m.after)}</strong>
        </li>
      ))}
    </ul>
  );
}

/** The year as twelve small months, with the notice's 休 and 班 days marked. */
function YearGrid({ arrangement }: { arrangement: YearArrangement }) {
  const { t } = useL10n();
  const rest = new Set(arrangement.holidays);
  const work = new Set(arrangement.makeupWorkdays);
  const year = String(arrangement.year).padStart(4, "0");
  return (
    <div class="notice-year" id="notice-year">
      {MONTHS.map((m) => {
        const month = `${year}-${String(m).padStart(2, "0")}`;
        const caption = t("calendar-month-title", { year, month: m });
        return (
          <table class="calendar-grid mini" key={month} aria-label={caption}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((d) => (
                  <th scope="col" key={d} class={d >= 6 ? "weekend" : undefined}>
                    {t(`calendar-weekday-${d}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(month, "").map((week) => (
                <tr key={week[0]?.date}>
                  {week.map((d) => {
                    const mark = !d.inMonth ? null : rest.has(d.date) ? "rest" : work.has(d.date) ? "work" : null;
                    return (
                      <td key={d.date} class={d.inMonth ? (mark ? `mark-${mark}` : "") : "outside"} data-date={d.inMonth ? d.date : undefined}>
                        {d.inMonth && <span class="cal-day-num">{d.day}</span>}
                        {mark && (
                          <abbr class={`cal-mark cal-mark-${mark}`} title={t(`calendar-mark-${mark}-title`)} data-mark={mark}>
                            {t(`calendar-mark-${mark}`)}
                          </abbr>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
