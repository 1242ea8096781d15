// Fluent for the UI. The .ftl files are the same ones the Rust core embeds
// (locales/<lang>/*.ftl), imported here as raw text.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import enErrors from "../../../locales/en-US/errors.ftl?raw";
import enTools from "../../../locales/en-US/tools.ftl?raw";
import enUi from "../../../locales/en-US/ui.ftl?raw";
import zhErrors from "../../../locales/zh-CN/errors.ftl?raw";
import zhTools from "../../../locales/zh-CN/tools.ftl?raw";
import zhUi from "../../../locales/zh-CN/ui.ftl?raw";

export const LANGS = ["zh-CN", "en-US"] as const;
export type Lang = (typeof LANGS)[number];
export type Args = Record<string, FluentVariable>;

/** The Fluent sources of each language: the UI's strings (screens, then file/safety/discovery tools) and the error messages. */
export const SOURCES: Record<Lang, readonly string[]> = {
  "zh-CN": [zhUi, zhTools, zhErrors],
  "en-US": [enUi, enTools, enErrors],
};

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** The other language: where a message missing in one is looked up next. */
export function otherLang(lang: Lang): Lang {
  return lang === "zh-CN" ? "en-US" : "zh-CN";
}

export function makeBundle(lang: Lang, sources: readonly string[]): { bundle: FluentBundle; problems: string[] } {
  // No bidi isolation marks: neither language is right-to-left, and the marks
  // would end up in copied letters and in the e2e tests' text.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const problems: string[] = [];
  for (const source of sources) {
    const resource = new FluentResource(source);
    for (const e of bundle.addResource(resource)) problems.push(`${lang}: ${e.message}`);
  }
  return { bundle, problems };
}

/** Formats messages in one language, falling back to the other, then to the id itself. */
export class Localization {
  readonly lang: Lang;
  private readonly chain: FluentBundle[];
  private readonly warned = new Set<string>();

  constructor(lang: Lang, chain: FluentBundle[]) {
    this.lang = lang;
    this.chain = chain;
  }

  has(id: string): boolean {
    return this.chain.some((b) => b.getMessage(id)?.value != null);
  }

  /** The message `id` with `args`; never throws, never returns an empty string. */
  t = (id: string, args?: Args): string => {
    for (const bundle of this.chain) {
      const message = bundle.getMessage(id);
      if (message?.value == null) continue;
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args ?? null, errors);
      if (errors.length > 0) this.warnOnce(`${id}: ${errors.map((e) => e.message).join("; ")}`);
      return text;
    }
    this.warnOnce(`missing message ${id}`);
    return id;
  };

  /** An attribute of a message (`id.attr`), if any language has it. */
  attr = (id: string, attr: string, args?: Args): string | undefined => {
    for (const bundle of this.chain) {
      const pattern = bundle.getMessage(id)?.attributes[attr];
      if (pattern != null) return bundle.formatPattern(pattern, args ?? null, []);
    }
    return undefined;
  };

  private warnOnce(what: string): void {
    if (this.warned.has(what)) return;
    this.warned.add(what);
    console.warn(`[i18n ${this.lang}] ${what}`);
  }
}

const cache = new Map<Lang, Localization>();

/** The localization for `lang` built from `sources` (cached for the built-in sources). */
export function localization(lang: Lang, sources: Record<Lang, readonly string[]> = SOURCES): Localization {
  const builtIn = sources === SOURCES;
  const hit = builtIn ? cache.get(lang) : undefined;
  if (hit) return hit;
  const chain = [lang, otherLang(lang)].map((l) => {
    const { bundle, problems } = makeBundle(l, sources[l]);
    for (const p of problems) console.warn(`[i18n] ${p}`);
    return bundle;
  });
  const l10n = new Localization(lang, chain);
  if (builtIn) cache.set(lang, l10n);
  return l10n;
}

export const LANG_STORAGE_KEY = "rightsdesk.lang";

/** The saved language, else Chinese for a Chinese system, else English. */
export function initialLang(storage: Pick<Storage, "getItem"> | undefined, navigatorLang: string | undefined): Lang {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be unavailable; the default is fine then.
  }
  if (isLang(saved)) return saved;
  return navigatorLang?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

export function saveLang(storage: Pick<Storage, "setItem"> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not fatal: the choice holds for this session.
  }
}
