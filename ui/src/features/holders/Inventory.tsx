// The inventory: every company that holds the user's data, searchable, and
// the form to add one.

import { useState } from "preact/hooks";
import { Badge } from "../../components/Badge";
import { EmptyState } from "../../components/EmptyState";
import { ErrorNotice } from "../../components/ErrorNotice";
import { holderKindId, jurisdictionId } from "../../components/labels";
import { useAsync } from "../../components/useAsync";
import { useL10n } from "../../i18n/context";
import { listHolders } from "../../ipc/commands";
import type { Holder, HolderSummary } from "../../ipc/gen";
import { href } from "../../router";
import { HolderForm } from "./HolderForm";
import { filterHolders } from "./search";

/** The name to lead with in the UI language, and the other one (if any) beside it. */
export function holderNames(h: Holder, chinese: boolean): { primary: string; secondary: string | null } {
  if (chinese && h.nameZh) return { primary: h.nameZh, secondary: h.name };
  return { primary: h.name, secondary: h.nameZh ?? null };
}

export function Inventory({ startAdding }: { startAdding: boolean }) {
  const { t, lang } = useL10n();
  const [list, reload] = useAsync(listHolders, []);
  const [adding, setAdding] = useState(startAdding);
  const [query, setQuery] = useState("");
  const [added, setAdded] = useState<Holder | null>(null);

  const onSaved = async (h: Holder) => {
    setAdding(false);
    setAdded(h);
    await reload();
    document.getElementById("add-holder")?.focus();
  };

  return (
    <div class="page">
      <header class="page-head">
        <div>
          <h1 tabIndex={-1}>{t("holders-title")}</h1>
          <p class="muted">{t("holders-intro")}</p>
        </div>
        {!adding && (
          <button
            type="button"
            class="button button-primary"
            id="add-holder"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {t("holders-add")}
          </button>
        )}
      </header>

      {adding && <HolderForm onSaved={onSaved} onCancel={() => setAdding(false)} />}
      <div aria-live="polite" class="live">
        {added && (
          <p class="notice notice-ok" id="holder-added">
            {t("holders-added", { name: holderNames(added, lang === "zh-CN").primary })}{" "}
            <a href={href({ name: "holder", id: added.id })}>{t("holders-added-open")}</a>
          </p>
        )}
      </div>

      {list.state === "error" && <ErrorNotice error={list.error} />}
      {list.state === "loading" && <p class="muted">{t("common-loading")}</p>}
      {list.state === "ready" &&
        (list.value.length === 0 ? (
          !adding && (
            <EmptyState id="holders-empty" title={t("holders-empty-title")} body={t("holders-empty-body")}>
              <button type="button" class="button button-primary" onClick={() => setAdding(true)}>
                {t("holders-add")}
              </button>
            </EmptyState>
          )
        ) : (
          <HolderTable all={list.value} query={query} setQuery={setQuery} />
        ))}
    </div>
  );
}

function HolderTable(props: { all: HolderSummary[]; query: string; setQuery: (q: string) => void }) {
  const { t, lang } = useL10n();
  const rows = filterHolders(props.all, props.query);
  return (
    <section class="panel" aria-labelledby="holders-list-title">
      <div class="toolbar">
        <h2 id="holders-list-title">{t("holders-list-title", { count: props.all.length })}</h2>
        <div class="search">
          <label for="holder-search">{t("holders-search")}</label>
          <input
            id="holder-search"
            type="search"
            value={props.query}
            placeholder={t("holders-search-placeholder")}
            onInput={(e) => props.setQuery(e.currentTarget.value)}
          />
        </div>
      </div>
      {rows.length === 0 ? (
        <p class="muted" id="holders-no-match">
          {t("holders-no-match", { query: props.query })}
        </p>
      ) : (
        <table class="table" id="holders-table">
          <thead>
            <tr>
              <th scope="col">{t("holders-col-name")}</th>
              <th scope="col">{t("holders-col-jurisdiction")}</th>
              <th scope="col">{t("holders-col-kind")}</th>
              <th scope="col" class="num">
                {t("holders-col-accounts")}
              </th>
              <th scope="col" class="num">
                {t("holders-col-open-requests")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const names = holderNames(s.holder, lang === "zh-CN");
              return (
                <tr class="holder-row" data-testid="holder-row" data-holder-id={s.holder.id} key={s.holder.id}>
                  <td>
                    <a href={href({ name: "holder", id: s.holder.id })} class="row-link">
                      <span class="holder-name">{names.primary}</span>
                    </a>
                    {names.secondary && <span class="muted holder-name-alt"> {names.secondary}</span>}
                    {s.biometric && (
                      <Badge tone="danger" title={t("holders-badge-biometric-title")}>
                        {t("holders-badge-biometric")}
                      </Badge>
                    )}
                    {s.sensitive && !s.biometric && (
                      <Badge tone="warning" title={t("holders-badge-sensitive-title")}>
                        {t("holders-badge-sensitive")}
                      </Badge>
                    )}
                  </td>
                  <td>{s.holder.jurisdiction ? t(jurisdictionId(s.holder.jurisdiction)) : "—"}</td>
                  <td>{s.holder.kind ? t(holderKindId(s.holder.kind)) : "—"}</td>
                  <td class="num">{s.accounts}</td>
                  <td class="num">{s.openRequests}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
