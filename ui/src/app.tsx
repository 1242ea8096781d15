// The window: navigation on the left, the current screen on the right, the
// language switch always in reach, and the store's start-up error if any.

import { useEffect, useMemo, useState } from "preact/hooks";
import { ErrorNotice } from "./components/ErrorNotice";
import { TodayContext } from "./components/today";
import { Calendar } from "./features/calendar/Calendar";
import { Dashboard } from "./features/dashboard/Dashboard";
import { HolderPage } from "./features/holders/HolderPage";
import { Inventory } from "./features/holders/Inventory";
import { NewRequest } from "./features/requests/NewRequest";
import { Reminders } from "./features/reminders/Reminders";
import { RequestPage } from "./features/requests/RequestPage";
import { Settings } from "./features/settings/Settings";
import { Imports } from "./features/discovery/Imports";
import { StoreRecovery } from "./features/safety/StoreRecovery";
import { Unlock } from "./features/safety/Unlock";
import { type Lang, LANGS, initialLang, localization, saveLang } from "./i18n";
import { L10nContext, useL10n } from "./i18n/context";
import { type AppInfo, appInfo, currentTime } from "./ipc/commands";
import { initSender } from "./features/settings/sender";
import { type Route, href, parseRoute } from "./router";

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

/** How often "today" is asked again, so a window left open overnight moves on to the next day. */
const TODAY_REFRESH_MS = 60 * 1000;

/** Today's date from the core's clock, asked at start and every minute; null until the first answer. */
function useCoreToday(): string | null {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    const ask = () =>
      currentTime().then(
        (now) => setToday(now.today),
        () => {},
      );
    void ask();
    const timer = window.setInterval(() => void ask(), TODAY_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}

const storage = typeof localStorage === "undefined" ? undefined : localStorage;

export function App() {
  const [lang, setLangState] = useState<Lang>(() => initialLang(storage, navigator.language));
  const l10n = useMemo(() => localization(lang), [lang]);
  const ctx = useMemo(
    () => ({
      l10n,
      setLang: (next: Lang) => {
        saveLang(storage, next);
        setLangState(next);
      },
    }),
    [l10n],
  );
  const route = useRoute();
  const today = useCoreToday();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<unknown>(null);

  const loadInfo = () => appInfo().then(setInfo, setInfoError);
  useEffect(() => {
    void loadInfo();
  }, []);
  // Screens need an open store: none while it is locked or failed to open.
  const storeOpen = info != null && !info.locked && info.storeError == null;
  // The user's details for letters come from the store (moved there from localStorage once).
  useEffect(() => {
    if (storeOpen) initSender(storage).catch(() => {});
  }, [storeOpen]);
  // ... and today's date from the core, which every screen's dates are measured against.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = l10n.t("app-title");
  }, [lang, l10n]);
  // Move focus to the new screen's heading, so keyboard and screen-reader users land on it.
  useEffect(() => {
    const h = document.querySelector<HTMLElement>("main h1");
    h?.focus({ preventScroll: false });
  }, [route]);

  const t = l10n.t;
  const section = route.name === "holder" || route.name === "new-request" ? "inventory" : route.name;
  const navItem = (id: string, target: Route, label: string, active: boolean) => (
    <li>
      <a id={id} href={href(target)} class={active ? "nav-link active" : "nav-link"} aria-current={active ? "page" : undefined}>
        {label}
      </a>
    </li>
  );

  return (
    <L10nContext.Provider value={ctx}>
      <TodayContext.Provider value={today ?? ""}>
        {storeOpen && today != null && <Reminders />}
        <a class="skip-link" href="#main">
          {t("nav-skip-to-content")}
        </a>
        <div class="layout">
          <nav class="sidebar" aria-label={t("nav-label")}>
            <div class="brand">
              <BrandMark />
              <span>
                <strong>{t("app-name")}</strong>
                <small>{t("app-tagline")}</small>
              </span>
            </div>
            {/* Locked: nothing to navigate to until the passphrase is given. */}
            {!info?.locked && (
              <ul class="nav-list">
                {navItem("nav-dashboard", { name: "dashboard" }, t("nav-dashboard"), section === "dashboard")}
                {navItem("nav-inventory", { name: "inventory" }, t("nav-inventory"), section === "inventory")}
                {navItem("nav-calendar", { name: "calendar" }, t("nav-calendar"), section === "calendar")}
                {navItem("nav-import", { name: "import" }, t("nav-import"), section === "import")}
                {navItem("nav-settings", { name: "settings" }, t("nav-settings"), section === "settings")}
              </ul>
            )}
            <div class="sidebar-foot">
              <label for="lang-switch">{t("nav-language")}</label>
              <select
                id="lang-switch"
                value={lang}
                onChange={(e) => ctx.setLang((e.currentTarget as HTMLSelectElement).value as Lang)}
              >
                {LANGS.map((l) => (
                  <option value={l} key={l}>
                    {t(`nav-language-${l}`)}
                  </option>
                ))}
              </select>
            </div>
          </nav>
          <main id="main" class="main" tabIndex={-1}>
            {info?.storeError && (
              <section class="store-error" aria-labelledby="store-error-title">
                <h2 id="store-error-title">{t("app-store-error-title")}</h2>
                <ErrorNotice error={info.storeError} id="store-error" />
                <p class="muted">{t("app-store-error-where", { path: info.dbFile })}</p>
                <StoreRecovery latestBackup={info.latestBackup} onRestored={() => window.location.reload()} />
              </section>
            )}
            {infoError != null && <ErrorNotice error={infoError} />}
            {info?.locked ? (
              <Unlock onUnlocked={() => void loadInfo()} />
            ) : (
              today != null && <Screen route={route} info={info} onInfoChanged={() => void loadInfo()} />
            )}
          </main>
        </div>
      </TodayContext.Provider>
    </L10nContext.Provider>
  );
}

/** The app icon (src-tauri/icons/icon.png) drawn as SVG: a shield with a check. */
function BrandMark() {
  return (
    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="7" fill="#2f6f4f" />
      <path d="M16 5.5l8.5 3.2v7.3c0 5.2-3.7 8.7-8.5 10.5-4.8-1.8-8.5-5.3-8.5-10.5V8.7z" fill="#fff" />
      <path d="M11.8 16l3 3 5.5-6.2" fill="none" stroke="#2f6f4f" stroke-width="2.3" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

function Screen({ route, info, onInfoChanged }: { route: Route; info: AppInfo | null; onInfoChanged: () => void }) {
  switch (route.name) {
    case "dashboard":
      return <Dashboard />;
    case "inventory":
      return <Inventory startAdding={route.add === true} />;
    case "holder":
      return <HolderPage id={route.id} />;
    case "new-request":
      return <NewRequest holderId={route.holderId} parentId={route.parentId} kind={route.kind} />;
    case "request":
      return <RequestPage id={route.id} />;
    case "settings":
      return <Settings info={info} onInfoChanged={onInfoChanged} />;
    case "import":
      return <Imports />;
    case "calendar":
      return <Calendar route={route} />;
    case "not-found":
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useL10n();
  return (
    <div>
      <h1 tabIndex={-1}>{t("app-page-not-found")}</h1>
      <p>
        <a href={href({ name: "dashboard" })}>{t("nav-dashboard")}</a>
      </p>
    </div>
  );
}

