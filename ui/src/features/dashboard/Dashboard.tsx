// The home screen: what needs doing now (overdue, due this week), what is in
// the holders' hands, and what is written but not sent.

import { useMemo } from "preact/hooks";
import { Badge } from "../../components/Badge";
import { EmptyState } from "../../components/EmptyState";
import { ErrorNotice } from "../../components/ErrorNotice";
import { requestKindId, statusId, statusTone } from "../../components/labels";
import { useAsync } from "../../components/useAsync";
import { useToday } from "../../components/today";
import { useL10n } from "../../i18n/context";
import { listHolders, listRequests } from "../../ipc/commands";
import type { RequestSummary } from "../../ipc/gen";
import { href } from "../../router";
import { countdown } from "../requests/countdown";
import { StatusChart } from "./StatusChart";
import { summarize } from "./summary";

export function Dashboard() {
  const { t } = useL10n();
  const today = useToday();
  const [data] = useAsync(async () => {
    const [holders, requests] = await Promise.all([listHolders(), listRequests()]);
    return { holders, requests };
  }, []);

  // Desktop reminders (features/reminders) tell about deadlines; this screen only shows them.
  const biometric = useMemo(
    () => new Set(data.state === "ready" ? data.value.holders.filter((h) => h.biometric).map((h) => h.holder.id) : []),
    [data],
  );
  const summary = data.state === "ready" ? summarize(data.value.requests, today, biometric) : null;

  return (
    <div class="page">
      <header class="page-head">
        <div>
          <h1 tabIndex={-1}>{t("dashboard-title")}</h1>
          <p class="muted">{t("dashboard-intro")}</p>
        </div>
      </header>
      {data.state === "loading" && <p class="muted">{t("common-loading")}</p>}
      {data.state === "error" && <ErrorNotice error={data.error} />}
      {data.state === "ready" && summary && (
        <>
          {data.value.holders.length === 0 ? (
            <EmptyState id="dashboard-empty" title={t("dashboard-empty-title")} body={t("dashboard-empty-body")}>
              <a class="button button-primary" id="dashboard-add-holder" href={href({ name: "inventory", add: true })}>
                {t("holders-add")}
              </a>
            </EmptyState>
          ) : data.value.requests.length === 0 ? (
            <EmptyState id="dashboard-no-requests" title={t("dashboard-no-requests-title")} body={t("dashboard-no-requests-body")}>
              <a class="button button-primary" href={href({ name: "inventory" })}>
                {t("nav-inventory")}
              </a>
            </EmptyState>
          ) : (
            <>
              <StatusChart counts={summary.counts} />
              <div class="dash-grid">
                <Bucket id="dashboard-overdue" title={t("dashboard-overdue")} empty={t("dashboard-overdue-empty")} items={summary.overdue} biometric={biometric} />
                <Bucket id="dashboard-due-week" title={t("dashboard-due-week")} empty={t("dashboard-due-week-empty")} items={summary.dueThisWeek} biometric={biometric} />
                <Bucket id="dashboard-waiting" title={t("dashboard-waiting")} empty={t("dashboard-waiting-empty")} items={summary.waiting} biometric={biometric} />
                <Bucket id="dashboard-drafts" title={t("dashboard-drafts")} empty={t("dashboard-drafts-empty")} items={summary.drafts} biometric={biometric} />
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}

function Bucket(props: { id: string; title: string; empty: string; items: RequestSummary[]; biometric: ReadonlySet<number> }) {
  const { t, lang } = useL10n();
  return (
    <section class="panel bucket" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>
        {props.title} <span class="count">{props.items.length}</span>
      </h2>
      {props.items.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <ul class="request-list">
          {props.items.map((r) => {
            const cd = r.clock ? countdown(r.clock.state) : null;
            const name = lang === "zh-CN" && r.holderNameZh ? r.holderNameZh : r.holderName;
            return (
              <li key={r.id} class="request-item" data-testid="dashboard-request">
                <a href={href({ name: "request", id: r.id })}>
                  <strong>{name}</strong> · {t(requestKindId(r.kind))}
                </a>
                {props.biometric.has(r.holderId) && (
                  <Badge tone="danger" title={t("holders-badge-biometric-title")}>
                    {t("holders-badge-biometric")}
                  </Badge>
                )}
                <span class={cd ? `small tone-${cd.tone}` : "small muted"}>
                  {cd ? t(cd.id, cd.args) : t("request-letter-dated", { date: r.letterDate })}
                </span>
                {r.status !== "overdue" && r.status !== "draft" && <Badge tone={statusTone(r.status)}>{t(statusId(r.status))}</Badge>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
