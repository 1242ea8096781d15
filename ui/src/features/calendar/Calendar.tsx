// The calendar: a month of answer deadlines, so the weeks ahead are visible
// at a glance. Each deadline links to its request.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ErrorNotice } from "../../components/ErrorNotice";
import { requestKindId } from "../../components/labels";
import { useAsync } from "../../components/useAsync";
import { useToday } from "../../components/today";
import { useL10n } from "../../i18n/context";
import { calendarYears, listRequests } from "../../ipc/commands";
import { href } from "../../router";
import { ImportNotice } from "./ImportNotice";
import {
  type CalendarItem,
  type DayMarkInfo,
  dayMarks,
  itemsByDate,
  monthGrid,
  monthOf,
  shiftMonth,
  undatedCount,
  yearRanges,
} from "./month";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** `route` is the calendar route itself: a new object each time the address changes. */
export function Calendar({ route }: { route: { name: "calendar"; month?: string } }) {
  const { t } = useL10n();
  const today = useToday();
  const [month, setMonth] = useState(route.month ?? monthOf(today));
  const [list, reloadList] = useAsync(listRequests, []);
  const [years, reloadYears] = useAsync(calendarYears, []);
  const [importing, setImporting] = useState(false);

  // Following a link to the calendar (the sidebar, a bookmark) shows that link's month.
  useEffect(() => setMonth(route.month ?? monthOf(today)), [route, today]);

  // The month buttons keep the address in step without a hashchange: that
  // would count as a new screen and pull focus away from the button just pressed.
  const moved = useRef(false);
  const show = (next: (current: string) => string) => {
    moved.current = true;
    setMonth(next);
  };
  useEffect(() => {
    if (moved.current) history.replaceState(history.state, "", href({ name: "calendar", month }));
  }, [month]);

  const weeks = useMemo(() => monthGrid(month, today), [month, today]);
  const requests = list.state === "ready" && Array.isArray(list.value) ? list.value : [];
  const byDate = useMemo(() => itemsByDate(requests, today), [requests, today]);
  const [year = "", monthNumber = ""] = month.split("-");
  const title = t("calendar-month-title", { year, month: Number(monthNumber) });
  const inThisMonth = weeks.flat().some((d) => d.inMonth && byDate.has(d.date));
  const undated = undatedCount(requests);
  const yearList = years.state === "ready" && Array.isArray(years.value) ? years.value : [];
  const marks = useMemo(() => dayMarks(yearList), [yearList]);
  const ranges = useMemo(() => yearRanges(yearList), [yearList]);

  return (
    <div class="page">
      <header class="page-head">
        <div>
          <h1 tabIndex={-1}>{t("calendar-title")}</h1>
          <p class="muted">{t("calendar-intro")}</p>
        </div>
        <div class="actions">
          <button
            type="button"
            class="button"
            id="calendar-import-notice"
            aria-expanded={importing}
            aria-controls="notice-import"
            onClick={() => setImporting((v) => !v)}
          >
            {t("calendar-notice-open")}
          </button>
        </div>
      </header>
      {importing && (
        <ImportNotice
          onStored={() => {
            void reloadYears();
            void reloadList();
          }}
        />
      )}
      {list.state === "error" && <ErrorNotice error={list.error} />}
      <section class="panel calendar" aria-labelledby="calendar-month">
        <div class="toolbar calendar-toolbar">
          <h2 id="calendar-month" aria-live="polite">
            {title}
          </h2>
          <div class="actions">
            <button type="button" class="button" id="calendar-prev" onClick={() => show((m) => shiftMonth(m, -1))}>
              <span aria-hidden="true">‹ </span>
              {t("calendar-prev")}
            </button>
            <button
              type="button"
              class="button"
              id="calendar-today"
              onClick={() => show(() => monthOf(today))}
            >
              {t("calendar-today")}
            </button>
            <button type="button" class="button" id="calendar-next" onClick={() => show((m) => shiftMonth(m, 1))}>
              {t("calendar-next")}
              <span aria-hidden="true"> ›</span>
            </button>
          </div>
        </div>
        {list.state === "loading" && <p class="muted">{t("common-loading")}</p>}
        <table class="calendar-grid" id="calendar-grid" aria-labelledby="calendar-month">
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
            {weeks.map((week) => (
              <tr key={week[0]?.date}>
                {week.map((d) => {
                  const items = byDate.get(d.date) ?? [];
                  const mark = marks.get(d.date);
                  const cls = [
                    "cal-day",
                    d.inMonth ? "" : "outside",
                    d.isToday ? "today" : "",
                    items.length > 0 ? "busy" : "",
                    mark ? `mark-${mark.mark}` : "",
                  ];
                  return (
                    <td key={d.date} class={cls.filter(Boolean).join(" ")} data-date={d.date} aria-current={d.isToday ? "date" : undefined}>
                      <time class="cal-day-num" dateTime={d.date}>
                        {d.day}
                      </time>
                      {mark && <DayMarkBadge info={mark} />}
                      {items.length > 0 && (
                        <ul class="cal-items">
                          {items.map((item) => (
                            <CalendarEntry item={item} key={`${item.kind}-${item.request.id}`} />
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {list.state === "ready" && !inThisMonth && (
          <p class="muted" id="calendar-empty">
            {t("calendar-empty-month")}
          </p>
        )}
        {undated > 0 && <p class="hint">{t("calendar-undated", { count: undated })}</p>}
        {ranges.length > 0 && (
          <ul class="calendar-years" id="calendar-years" aria-label={t("calendar-years-title")}>
            {ranges.map((r) => (
              <li key={r.from} data-source={r.source}>
                {t(`calendar-years-${r.source}`, {
                  years: r.from === r.to ? String(r.from) : `${r.from}–${r.to}`,
                  source: r.sourceUrl ?? "",
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** 休 or 班 in the corner of a day; a provisional year's marks say they are provisional. */
function DayMarkBadge({ info }: { info: DayMarkInfo }) {
  const { t } = useL10n();
  const label = t(info.provisional ? `calendar-mark-${info.mark}-provisional` : `calendar-mark-${info.mark}-title`);
  return (
    <abbr
      class={`cal-mark cal-mark-${info.mark}${info.provisional ? " provisional" : ""}`}
      title={label}
      data-testid="calendar-mark"
      data-mark={info.mark}
    >
      {t(`calendar-mark-${info.mark}`)}
    </abbr>
  );
}

function CalendarEntry({ item }: { item: CalendarItem }) {
  const { t, lang } = useL10n();
  const r = item.request;
  const name = lang === "zh-CN" && r.holderNameZh ? r.holderNameZh : r.holderName;
  const what = t(
    item.overdue
      ? "calendar-item-overdue"
      : item.kind === "acknowledge"
        ? "calendar-item-acknowledge"
        : item.provisional
          ? "calendar-item-due-provisional"
          : "calendar-item-due",
  );
  const kind = t(requestKindId(r.kind));
  const cls = [
    "cal-item",
    item.overdue ? "tone-danger overdue" : "",
    item.kind === "acknowledge" ? "ack" : "",
    item.provisional ? "provisional" : "",
  ];
  return (
    <li class={cls.filter(Boolean).join(" ")} data-testid="calendar-item" data-request-id={r.id} data-kind={item.kind}>
      <a href={href({ name: "request", id: r.id })} title={`${what}: ${name} · ${kind}`}>
        <span class="visually-hidden">{what}: </span>
        <strong>{name}</strong> · {kind}
      </a>
    </li>
  );
}
