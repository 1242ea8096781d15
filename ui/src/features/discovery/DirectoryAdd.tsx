// "Add from the directory": search the built-in directory (Chinese or English
// name, alias, brand, domain) and add an entry to the inventory as a holder
// linked to it. Contacts the directory has not confirmed are marked, so the
// user checks them before sending.

import { useEffect, useState } from "preact/hooks";
import { Badge } from "../../components/Badge";
import { ErrorNotice } from "../../components/ErrorNotice";
import { holderKindId } from "../../components/labels";
import { useFocusOnMount } from "../../components/useFocusOnMount";
import { useL10n } from "../../i18n/context";
import { addFromDirectory, searchDirectory } from "../../ipc/commands";
import type { DirectoryEntry, DirectoryHit, Sourced } from "../../ipc/gen";
import { navigate } from "../../router";

/** Searching on every key press would be wasted work: wait until typing pauses. */
const DEBOUNCE_MS = 200;

/** The entry's name in the UI language first. */
export function entryNames(e: DirectoryEntry, chinese: boolean): { primary: string; secondary: string | null } {
  const zh = e.nameZh;
  const en = e.nameEn ?? e.domains[0] ?? e.id;
  if (chinese && zh) return { primary: zh, secondary: en === zh ? null : en };
  return { primary: en, secondary: zh && zh !== en ? zh : null };
}

/** The privacy contact to show, and whether the source vouches for it. */
export function mainContact(e: DirectoryEntry): { value: string; confirmed: boolean } | null {
  const c = e.contacts;
  const pick: Sourced<string> | null = c.email ?? c.webform ?? c.deletionEmail ?? c.address ?? c.phone ?? null;
  if (!pick) return null;
  return { value: pick.value, confirmed: pick.provenance.confidence !== "UNVERIFIED" };
}

export function DirectoryAdd({ onCancel }: { onCancel: () => void }) {
  const { t, lang } = useL10n();
  const queryRef = useFocusOnMount<HTMLInputElement>();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<DirectoryHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState<string | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (q === "") {
      setHits(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      searchDirectory(q, 20).then(
        (h) => live && setHits(h),
        (e: unknown) => live && setError(e),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const add = async (entry: DirectoryEntry) => {
    setAdding(entry.id);
    setError(null);
    try {
      const holder = await addFromDirectory(entry.id);
      navigate({ name: "holder", id: holder.id });
    } catch (e) {
      setError(e);
      setAdding(null);
    }
  };

  return (
    <section class="panel" id="directory-add" aria-labelledby="directory-title">
      <div class="toolbar">
        <h2 id="directory-title">{t("directory-title")}</h2>
        <button type="button" class="button" id="directory-close" onClick={onCancel}>
          {t("common-cancel")}
        </button>
      </div>
      <p class="hint">{t("directory-hint")}</p>
      <div class="field">
        <label for="directory-query">{t("directory-search")}</label>
        <input
          id="directory-query"
          type="search"
          ref={queryRef}
          value={query}
          placeholder={t("directory-search-placeholder")}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <ErrorNotice error={error} id="directory-error" />
      <div aria-live="polite" class="live">
        {hits != null && <p class="muted small">{t("directory-count", { count: hits.length })}</p>}
      </div>
      {hits != null && hits.length > 0 && (
        <ul class="directory-hits" id="directory-hits">
          {hits.map(({ entry }) => {
            const names = entryNames(entry, lang === "zh-CN");
            const contact = mainContact(entry);
            return (
              <li key={entry.id} class="directory-hit" data-entry={entry.id}>
                <div>
                  <strong>{names.primary}</strong>
                  {names.secondary && <span class="muted"> · {names.secondary}</span>}
                  <p class="muted small">
                    {t(holderKindId(entry.kind))} · {entry.jurisdiction.value}
                    {entry.domains.length > 0 && <span class="mono"> · {entry.domains.slice(0, 2).join(", ")}</span>}
                  </p>
                  {contact && (
                    <p class="small">
                      <span class="mono">{contact.value}</span>{" "}
                      {!contact.confirmed && <Badge tone="warning">{t("directory-unconfirmed")}</Badge>}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  class="button"
                  disabled={adding != null}
                  aria-label={t("directory-add-named", { name: names.primary })}
                  onClick={() => add(entry)}
                >
                  {t("directory-add")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
