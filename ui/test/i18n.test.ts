import { describe, expect, it } from "vitest";
import errorCodeTs from "../src/ipc/gen/ErrorCode.ts?raw";
import {
  CHANNELS,
  FIRST_REQUEST_KINDS,
  HOLDER_KINDS,
  IDENTIFIER_KINDS,
  JURISDICTIONS,
  LOGGABLE_EVENTS,
  OTHER_CATEGORIES,
  SENSITIVE_CATEGORIES,
  categoryId,
  channelId,
  eventKindId,
  holderKindId,
  identifierKindId,
  jurisdictionId,
  legalStatusId,
  confidenceId,
  requestKindId,
  statusId,
} from "../src/components/labels";
import { STATUSES } from "../src/features/dashboard/summary";
import { LANGS, SOURCES, initialLang, localization, makeBundle, saveLang, LANG_STORAGE_KEY } from "../src/i18n";

const sourceFiles = import.meta.glob("../src/**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

function messageIds(ftl: string): string[] {
  return [...ftl.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/gm)].map((m) => m[1] ?? "");
}

describe("Fluent files", () => {
  it("parse without errors in both languages", () => {
    for (const lang of LANGS) {
      const { problems } = makeBundle(lang, SOURCES[lang]);
      expect(problems, `${lang} problems`).toEqual([]);
    }
  });

  it("have the same message ids in zh-CN and en-US", () => {
    const [zhUi, zhErrors] = SOURCES["zh-CN"];
    const [enUi, enErrors] = SOURCES["en-US"];
    expect(messageIds(zhUi ?? "").sort()).toEqual(messageIds(enUi ?? "").sort());
    expect(messageIds(zhErrors ?? "").sort()).toEqual(messageIds(enErrors ?? "").sort());
  });

  it("prefix every UI id by its feature", () => {
    const prefixes = [
      "app-", "nav-", "common-", "dashboard-", "holders-", "request-", "deadline-", "settings-",
      // Features the core side is adding strings for.
      "directory-", "import-", "evidence-", "letter-",
      // The calendar screen and desktop reminders.
      "calendar-", "reminders-",
    ];
    for (const id of messageIds(SOURCES["en-US"][0] ?? "")) {
      expect(prefixes.some((p) => id.startsWith(p)), id).toBe(true);
    }
  });

  it("define every id the code names literally", () => {
    const used = new Set<string>();
    for (const text of Object.values(sourceFiles)) {
      for (const m of text.matchAll(/\bt\(\s*"([a-z][a-zA-Z0-9-]*)"/g)) used.add(m[1] ?? "");
    }
    expect(used.size).toBeGreaterThan(100);
    for (const lang of LANGS) {
      const l10n = localization(lang);
      const missing = [...used].filter((id) => !l10n.has(id) || !makeBundle(lang, SOURCES[lang]).bundle.hasMessage(id));
      expect(missing, `${lang} lacks`).toEqual([]);
    }
  });

  it("define every id built from an enum value", () => {
    const ids = [
      ...JURISDICTIONS.map(jurisdictionId),
      ...HOLDER_KINDS.map(holderKindId),
      ...[...SENSITIVE_CATEGORIES, ...OTHER_CATEGORIES].map(categoryId),
      ...IDENTIFIER_KINDS.map(identifierKindId),
      ...[...FIRST_REQUEST_KINDS, "reminder" as const, "complaint" as const].flatMap((k) => [
        requestKindId(k),
        `${requestKindId(k)}-hint`,
      ]),
      ...STATUSES.map(statusId),
      ...LOGGABLE_EVENTS.map(eventKindId),
      ...(["created", "sent", "reminder", "escalated"] as const).map(eventKindId),
      ...(["reply-received", "fulfilled", "refused", "extension-notified", "note"] as const).map(
        (k) => `${eventKindId(k)}-action`,
      ),
      ...CHANNELS.map(channelId),
      ...(["binding", "judicial-interpretation", "reference", "standard", "draft"] as const).map(legalStatusId),
      ...(["VERIFIED", "VERIFIED-REPRO", "UNVERIFIED"] as const).map(confidenceId),
      ...LANGS.map((l) => `nav-language-${l}`),
    ];
    for (const lang of LANGS) {
      const { bundle } = makeBundle(lang, SOURCES[lang]);
      expect(ids.filter((id) => !bundle.hasMessage(id)), `${lang} lacks`).toEqual([]);
    }
  });

  it("have an error-<code> message for every ErrorCode the core can send", () => {
    const codes = [...errorCodeTs.matchAll(/"([a-z-]+)"/g)].map((m) => m[1] ?? "");
    expect(codes).toContain("not-found");
    for (const lang of LANGS) {
      const { bundle } = makeBundle(lang, SOURCES[lang]);
      expect(codes.filter((c) => !bundle.hasMessage(`error-${c}`)), `${lang} lacks`).toEqual([]);
    }
  });
});

describe("Localization", () => {
  const fake = {
    "en-US": ["only-en = Only in English\nboth = Both (en)\ncount = { $n ->\n    [one] one thing\n   *[other] { $n } things\n}\n"],
    "zh-CN": ["both = 两者\ncount = { $n } 个\n"],
  } as const;

  it("falls back to the other language, then to the id itself", () => {
    const zh = localization("zh-CN", fake);
    expect(zh.t("both")).toBe("两者");
    expect(zh.t("only-en")).toBe("Only in English");
    expect(zh.t("nowhere-at-all")).toBe("nowhere-at-all");
    expect(zh.has("nowhere-at-all")).toBe(false);
  });

  it("formats plurals and leaves no bidi isolation marks", () => {
    const en = localization("en-US", fake);
    expect(en.t("count", { n: 1 })).toBe("one thing");
    expect(en.t("count", { n: 3 })).toBe("3 things");
    expect(localization("zh-CN", fake).t("count", { n: 3 })).toBe("3 个");
  });

  it("formats real messages with variables in both languages", () => {
    expect(localization("en-US").t("holders-list-title", { count: 1 })).toBe("1 company");
    expect(localization("en-US").t("holders-list-title", { count: 4 })).toBe("4 companies");
    expect(localization("zh-CN").t("holders-list-title", { count: 4 })).toBe("共 4 家公司");
  });

  it("remembers the chosen language and defaults from the system language", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(initialLang(storage, "zh-Hans-CN")).toBe("zh-CN");
    expect(initialLang(storage, "en-GB")).toBe("en-US");
    saveLang(storage, "zh-CN");
    expect(store.get(LANG_STORAGE_KEY)).toBe("zh-CN");
    expect(initialLang(storage, "en-US")).toBe("zh-CN");
    store.set(LANG_STORAGE_KEY, "fr-FR");
    expect(initialLang(storage, "en-US"), "an unknown saved value is ignored").toBe("en-US");
    expect(initialLang(undefined, undefined)).toBe("en-US");
  });
});
