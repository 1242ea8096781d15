// The desktop around the window: links, the clipboard and notifications,
// through Tauri's official plugins (allowed in src-tauri/capabilities/default.json).
// File dialogs are not here: the shell opens them itself (see commands.ts),
// so the window never supplies a file path of its own. Failures here are never fatal.

import { writeText } from "@tauri-apps/plugin-clipboard-manager";
import { isPermissionGranted, requestPermission, sendNotification } from "@tauri-apps/plugin-notification";
import { openUrl } from "@tauri-apps/plugin-opener";

/** Opens the user's mail program with a letter filled in. */
export async function openMail(to: string, subject: string, body: string): Promise<void> {
  const url = `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  await openUrl(url);
}

/** Opens an https page (a privacy policy, a web form) in the browser. */
export async function openWebPage(url: string): Promise<void> {
  if (!/^https:\/\//i.test(url)) throw new Error(`only https pages are opened: ${url}`);
  await openUrl(url);
}

export async function copyText(text: string): Promise<void> {
  await writeText(text);
}

/** Shows a desktop notification if the user allows them; otherwise does nothing. */
export async function notify(title: string, body: string): Promise<void> {
  try {
    let granted = await isPermissionGranted();
    if (!granted) granted = (await requestPermission()) === "granted";
    if (granted) sendNotification({ title, body });
  } catch {
    // No notification service (e.g. a bare X session): the dashboard says it anyway.
  }
}
