// The inventory's search box: matches Chinese and Latin names, aliases,
// the operator's legal name, domains and the pinyin of Chinese names ("tb",
// "taobao" → 淘宝, spelled by the core); every word typed must match.

import type { HolderSummary } from "../../ipc/gen";

/** Lower case, full-width forms folded (ＡＢＣ → abc), spaces squeezed. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

// The normalised text of each listed holder, built once per list (not per keystroke).
const haystacks = new WeakMap<HolderSummary, string>();

function haystack(s: HolderSummary): string {
  const known = haystacks.get(s);
  if (known !== undefined) return known;
  const h = s.holder;
  const text = normalize([h.name, h.nameZh ?? "", h.operator ?? "", ...h.aliases, ...h.domains, ...s.spellings].join(" \u0000 "));
  haystacks.set(s, text);
  return text;
}

export function filterHolders(list: readonly HolderSummary[], query: string): HolderSummary[] {
  const words = normalize(query).split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return [...list];
  return list.filter((s) => {
    const text = haystack(s);
    return words.every((w) => text.includes(w));
  });
}
