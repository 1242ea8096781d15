// The inventory: every company that holds the user's data, searchable, and
// the form to add one.

import { useMemo, useState } from "preact/hooks";
import { Badge } from "../../components/Badge";
import { EmptyState } from "../../components/EmptyState";
import { ErrorNotice } from "../../components/ErrorNotice";
import {
  HOLDER_KINDS,
  OTHER_CATEGORIES,
  SENSITIVE_CATEGORIES,
  categoryId,
  holderKindId,
  jurisdictionId,
} from "../../components/labels";
import { useAsync } from "../../components/useAsync";
import { useL10n } from "../../i18n/context";
import { listHolders, listRequests } from "../../ipc/commands";
import type { DataCategory, Holder, HolderKind, HolderSummary } from "../../ipc/gen";
import { href } from "../../router";
import {
  type HolderFilters,
  NO_FILTERS,
  REQUEST_FILTERS,
  type RequestFilter,
  applyFilters,
  biometricFirst,
  isFiltering,
  overdueHolderIds,
} from "./filters";
import { HolderForm } from "./HolderForm";
import { DirectoryAdd } from "../discovery/DirectoryAdd";
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
  const [fromDirectory, setFromDirectory] = useState(false);
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
        {!adding && !fromDirectory && (
          <div class="actions">
            <button
              type="button"
              class="button"
              id="add-from-directory"
              onClick={() => {
                setAdded(null);
                setFromDirectory(true);
              }}
            >
              {t("holders-add-from-directory")}
            </button>
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
          </div>
        )}
      </header>

      {fromDirectory && <DirectoryAdd onCancel={() => setFromDirectory(false)} />}
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

const ALL_CATEGORIES: readonly DataCategory[] = [...SENSITIVE_CATEGORIES, ...OTHER_CATEGORIES];

function HolderTable(props: { all: HolderSummary[]; query: string; setQuery: (q: string) => void }) {
  const { t, lang } = useL10n();
  const [filters, setFilters] = useState<HolderFilters>(NO_FILTERS);
  // Only the "overdue" filter needs the requests; if they fail to load, it matches nothing.
  const [requests] = useAsync(listRequests, []);
  const overdue = useMemo(
    () => overdueHolderIds(requests.state === "ready" && Array.isArray(requests.value) ? requests.value : []),
    [requests],
  );
  const filtering = isFiltering(filters);
  const rows = biometricFirst(applyFilters(filterHolders(props.all, props.query), filters, overdue));
  const set = (patch: Partial<HolderFilters>) => setFilters((f) => ({ ...f, ...patch }));
  // Offer only the kinds and categories some holder has, in the usual order.
  const kinds = HOLDER_KINDS.filter((k) => props.all.some((s) => s.holder.kind === k));
  const categories = ALL_CATEGORIES.filter((c) => props.all.some((s) => s.categories.includes(c)));
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
      <div class="holder-filters" role="group" aria-label={t("holders-filter-label")} id="holder-filters">
        <div class="field">
          <label for="holder-filter-kind">{t("holders-filter-kind")}</label>
          <select
            id="holder-filter-kind"
            value={filters.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as HolderKind | "" })}
          >
            <option value="">{t("holders-filter-kind-all")}</option>
            {kinds.map((k) => (
              <option value={k} key={k}>
                {t(holderKindId(k))}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="holder-filter-category">{t("holders-filter-category")}</label>
          <select
            id="holder-filter-category"
            value={filters.category}
            onChange={(e) => set({ category: e.currentTarget.value as DataCategory | "" })}
          >
            <option value="">{t("holders-filter-category-all")}</option>
            {categories.map((c) => (
              <option value={c} key={c}>
                {t(categoryId(c))}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="holder-filter-requests">{t("holders-filter-requests")}</label>
          <select
            id="holder-filter-requests"
            value={filters.requests}
            onChange={(e) => set({ requests: e.currentTarget.value as RequestFilter })}
          >
            {REQUEST_FILTERS.map((r) => (
              <option value={r} key={r}>
                {t(`holders-filter-requests-${r}`)}
              </option>
            ))}
          </select>
        </div>
        <label class="check" for="holder-filter-sensitive">
          <input
            type="checkbox"
            id="holder-filter-sensitive"
            checked={filters.sensitiveOnly}
            onChange={(e) => set({ sensitiveOnly: e.currentTarget.checked })}
          />
          <span>{t("holders-filter-sensitive")}</span>
        </label>
        {filtering && (
          <button type="button" class="button button-quiet" id="holder-filter-clear" onClick={() => setFilters(NO_FILTERS)}>
            {t("holders-filter-clear")}
          </button>
        )}
      </div>
      <p class="visually-hidden" aria-live="polite" id="holders-shown">
        {filtering || props.query.trim() !== "" ? t("holders-filter-shown", { shown: rows.length, total: props.all.length }) : ""}
      </p>
      {rows.length === 0 ? (
        <p class="muted" id="holders-no-match">
          {filtering ? t("holders-filter-no-match") : t("holders-no-match", { query: props.query })}
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
