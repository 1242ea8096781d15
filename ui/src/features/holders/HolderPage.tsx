// One holder: how to reach them, the user's accounts there, the requests sent.

import { useState } from "preact/hooks";
import { Badge } from "../../components/Badge";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { EmptyState } from "../../components/EmptyState";
import { ErrorNotice } from "../../components/ErrorNotice";
import {
  categoryId,
  holderKindId,
  identifierKindId,
  isSensitive,
  jurisdictionId,
  requestKindId,
  statusId,
  statusTone,
} from "../../components/labels";
import { useAsync } from "../../components/useAsync";
import { useL10n } from "../../i18n/context";
import { deleteAccount, deleteHolder, getHolder } from "../../ipc/commands";
import type { Account, Holder, HolderDetail } from "../../ipc/gen";
import { openMail, openWebPage } from "../../ipc/os";
import { href, navigate } from "../../router";
import { AccountForm } from "./AccountForm";
import { HolderForm } from "./HolderForm";
import { holderNames } from "./Inventory";
import { ExportEvidence } from "../evidence/ExportEvidence";
import { PolicyFinder } from "../discovery/PolicyFinder";

export function HolderPage({ id }: { id: number }) {
  const { t } = useL10n();
  const [detail, reload] = useAsync(() => getHolder(id), [id]);

  if (detail.state === "loading") return <p class="muted">{t("common-loading")}</p>;
  if (detail.state === "error")
    return (
      <div class="page">
        <h1 tabIndex={-1}>{t("holders-title")}</h1>
        <ErrorNotice error={detail.error} />
        <a href={href({ name: "inventory" })}>{t("holders-back")}</a>
      </div>
    );
  return <HolderView detail={detail.value} reload={reload} />;
}

function HolderView({ detail, reload }: { detail: HolderDetail; reload: () => Promise<void> }) {
  const { t, lang } = useL10n();
  const h = detail.holder;
  const names = holderNames(h, lang === "zh-CN");
  const [editing, setEditing] = useState(false);
  const [addingAccount, setAddingAccount] = useState(false);
  const [confirm, setConfirm] = useState<null | { kind: "holder" } | { kind: "account"; account: Account }>(null);
  const [error, setError] = useState<unknown>(null);

  const doDelete = async () => {
    const what = confirm;
    setConfirm(null);
    setError(null);
    try {
      if (what?.kind === "holder") {
        await deleteHolder(h.id);
        navigate({ name: "inventory" });
      } else if (what?.kind === "account") {
        await deleteAccount(what.account.id);
        await reload();
      }
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div class="page">
      <nav class="crumbs" aria-label={t("common-breadcrumbs")}>
        <a href={href({ name: "inventory" })}>{t("nav-inventory")}</a> › <span>{names.primary}</span>
      </nav>
      <header class="page-head">
        <div>
          <h1 tabIndex={-1} id="holder-title">
            {names.primary} {names.secondary && <span class="muted title-alt">{names.secondary}</span>}
          </h1>
          <p class="meta">
            {h.jurisdiction && <Badge tone="info">{t(jurisdictionId(h.jurisdiction))}</Badge>}{" "}
            {h.kind && <Badge>{t(holderKindId(h.kind))}</Badge>}
          </p>
        </div>
        <div class="actions">
          <a class="button button-primary" id="new-request" href={href({ name: "new-request", holderId: h.id })}>
            {t("holders-new-request")}
          </a>
          <button type="button" class="button" id="holder-edit" onClick={() => setEditing(true)} disabled={editing}>
            {t("common-edit")}
          </button>
          <button type="button" class="button button-danger-quiet" id="holder-delete" onClick={() => setConfirm({ kind: "holder" })}>
            {t("common-delete")}
          </button>
        </div>
      </header>
      <ErrorNotice error={error} id="holder-error" />

      {editing ? (
        <HolderForm
          holder={h}
          onCancel={() => setEditing(false)}
          onSaved={async () => {
            setEditing(false);
            await reload();
          }}
        />
      ) : (
        <Contacts holder={h} />
      )}

      <section class="panel" aria-labelledby="accounts-title">
        <div class="toolbar">
          <h2 id="accounts-title">{t("holders-accounts-title")}</h2>
          {!addingAccount && (
            <button type="button" class="button" id="account-add" onClick={() => setAddingAccount(true)}>
              {t("holders-account-add")}
            </button>
          )}
        </div>
        {addingAccount && (
          <AccountForm
            holderId={h.id}
            onCancel={() => setAddingAccount(false)}
            onSaved={async () => {
              setAddingAccount(false);
              await reload();
            }}
          />
        )}
        {detail.accounts.length === 0 && !addingAccount ? (
          <p class="muted" id="accounts-empty">
            {t("holders-accounts-empty")}
          </p>
        ) : (
          <ul class="cards">
            {detail.accounts.map((a) => (
              <li class="card account-row" data-testid="account-row" key={a.id}>
                <div class="card-main">
                  <ul class="identifiers">
                    {a.identifiers.map((i) => (
                      <li key={`${i.kind}:${i.value}`}>
                        <span class="muted">{t(identifierKindId(i.kind))}</span> <span class="mono">{i.value}</span>
                      </li>
                    ))}
                    {a.identifiers.length === 0 && <li class="muted">{t("holders-account-no-identifier")}</li>}
                  </ul>
                  <p class="chips">
                    {a.categories.map((c) => (
                      <Badge key={c} tone={isSensitive(c) ? "warning" : "neutral"} title={isSensitive(c) ? t("holders-badge-sensitive-title") : undefined}>
                        {isSensitive(c) ? "● " : ""}
                        {t(categoryId(c))}
                      </Badge>
                    ))}
                  </p>
                  {a.notes && <p class="muted">{a.notes}</p>}
                </div>
                <button
                  type="button"
                  class="button button-danger-quiet"
                  onClick={() => setConfirm({ kind: "account", account: a })}
                  aria-label={t("holders-account-delete-label", { id: a.identifiers[0]?.value ?? String(a.id) })}
                >
                  {t("common-delete")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="panel" aria-labelledby="holder-requests-title">
        <h2 id="holder-requests-title">{t("holders-requests-title")}</h2>
        {detail.requests.length === 0 ? (
          <EmptyState title={t("holders-requests-empty-title")} body={t("holders-requests-empty-body")}>
            <a class="button button-primary" href={href({ name: "new-request", holderId: h.id })}>
              {t("holders-new-request")}
            </a>
          </EmptyState>
        ) : (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t("request-col-kind")}</th>
                <th scope="col">{t("request-col-status")}</th>
                <th scope="col">{t("request-col-letter-date")}</th>
                <th scope="col">{t("request-col-sent-on")}</th>
              </tr>
            </thead>
            <tbody>
              {detail.requests.map((r) => (
                <tr class="request-row" key={r.id}>
                  <td>
                    <a href={href({ name: "request", id: r.id })}>{t(requestKindId(r.kind))}</a>
                  </td>
                  <td>
                    <Badge tone={statusTone(r.status)}>{t(statusId(r.status))}</Badge>
                  </td>
                  <td>{r.letterDate}</td>
                  <td>{r.sentOn ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <PolicyFinder holder={h} onAccepted={reload} />
      {detail.requests.some((r) => r.sentOn != null) && (
        <ExportEvidence target={{ kind: "holder", id: h.id }} id="export-dossier" />
      )}

      <ConfirmDialog
        id="confirm-delete"
        open={confirm != null}
        danger
        title={confirm?.kind === "account" ? t("holders-account-delete-title") : t("holders-delete-title", { name: names.primary })}
        body={confirm?.kind === "account" ? t("holders-account-delete-body") : t("holders-delete-body")}
        confirmLabel={t("common-delete")}
        onConfirm={doDelete}
        onCancel={() => setConfirm(null)}
      />
    </div>
  );
}

function Contacts({ holder: h }: { holder: Holder }) {
  const { t } = useL10n();
  const [error, setError] = useState<unknown>(null);
  const open = (f: () => Promise<void>) => () => f().catch(setError);
  const rows: [string, preact.ComponentChildren][] = [];
  if (h.operator) rows.push([t("holders-field-operator"), h.operator]);
  if (h.email)
    rows.push([
      t("holders-field-email"),
      <button type="button" class="link" onClick={open(() => openMail(h.email ?? "", "", ""))}>
        {h.email}
      </button>,
    ]);
  if (h.phone) rows.push([t("holders-field-phone"), <span class="mono">{h.phone}</span>]);
  if (h.address) rows.push([t("holders-field-address"), <span class="pre">{h.address}</span>]);
  for (const [label, url] of [
    [t("holders-field-webform"), h.webformUrl],
    [t("holders-field-policy"), h.policyUrl],
  ] as const) {
    if (!url) continue;
    rows.push([
      label,
      url.startsWith("https://") ? (
        <button type="button" class="link" onClick={open(() => openWebPage(url))}>
          {url}
        </button>
      ) : (
        <span class="mono">{url}</span>
      ),
    ]);
  }
  if (h.notes) rows.push([t("holders-field-notes"), <span class="pre">{h.notes}</span>]);

  return (
    <section class="panel" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t("holders-contacts-title")}</h2>
      <ErrorNotice error={error} />
      {rows.length === 0 ? (
        <p class="muted" id="contacts-empty">
          {t("holders-contacts-empty")}
        </p>
      ) : (
        <dl class="facts">
          {rows.map(([label, value]) => (
            <div class="fact" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
