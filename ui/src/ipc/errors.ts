// What a failed command looks like to the UI, and how it is shown.

import type { Args } from "../i18n";
import type { ErrorCode } from "./gen";

/** The shell's error object: `{ code, message }` (see src-tauri/src/error.rs). */
export interface CommandError {
  code: ErrorCode;
  message: string;
}

/** Thrown by every wrapper in commands.ts, so callers get an Error with a code. */
export class IpcError extends Error implements CommandError {
  readonly code: ErrorCode;

  constructor(e: CommandError) {
    super(e.message);
    this.name = "IpcError";
    this.code = e.code;
  }
}

export function isCommandError(value: unknown): value is CommandError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && typeof v.message === "string";
}

/**
 * Any rejection from `invoke` as a CommandError. The shell only sends
 * `{code, message}`, but Tauri itself rejects with a plain string when the
 * arguments do not deserialise or a command is unknown: that is our bug, not
 * the user's, so it becomes `internal`.
 */
export function toCommandError(value: unknown): CommandError {
  if (isCommandError(value)) return { code: value.code, message: value.message };
  if (typeof value === "string") return { code: "internal", message: value };
  if (value instanceof Error) return { code: "internal", message: value.message };
  return { code: "internal", message: String(value) };
}

/** The Fluent id of an error code: `error-` + the kebab-case code. */
export function errorMessageId(code: ErrorCode): string {
  return `error-${code}`;
}

/** The translated sentence for an error, with the English detail kept apart. */
export function describeError(
  t: (id: string, args?: Args) => string,
  has: (id: string) => boolean,
  value: unknown,
): { text: string; detail: string; code: ErrorCode } {
  const e = toCommandError(value);
  const id = errorMessageId(e.code);
  // The year as text: as a number, Fluent would group its digits ("2,031").
  const args: Args = { detail: e.message, year: yearIn(e.message) ?? "" };
  const text = has(id) ? t(id, args) : t("error-internal", args);
  return { text, detail: e.message, code: e.code };
}

function yearIn(message: string): string | undefined {
  return /\b(19|20)\d{2}\b/.exec(message)?.[0];
}
