import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { type Lang, type Localization, localization } from "./index";

export interface L10nValue {
  l10n: Localization;
  setLang: (lang: Lang) => void;
}

export const L10nContext = createContext<L10nValue>({ l10n: localization("en-US"), setLang: () => {} });

/** The current language's `t`, and the language itself. */
export function useL10n(): { t: Localization["t"]; lang: Lang; l10n: Localization; setLang: (l: Lang) => void } {
  const { l10n, setLang } = useContext(L10nContext);
  return { t: l10n.t, lang: l10n.lang, l10n, setLang };
}
