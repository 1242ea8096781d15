// The inventory's search box: matches Chinese and Latin names, aliases,
// the operator's legal name and domains; every word typed must match.

import type { HolderSummary } from "../../ipc/gen";

/** Lower case, full-width forms folded (ＡＢＣ → abc), spaces squeezed. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

function haystack(s: HolderSummary): string {
  const h = s.holder;
  return normalize([h.name, h.nameZh ?? "", h.operator ?? "", ...h.aliases, ...h.domains].join(" \u0000 "));
}

export function filterHolders(list: readonly HolderSummary[], query: string): HolderSummary[] {
  const words = normalize(query).split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return [...list];
  return list.filter((s) => {
    const text = haystack(s);
    return words.every((w) => text.includes(w));
  });
}
