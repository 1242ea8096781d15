// A request's clock, as a sentence: which Fluent message and with what.

import type { Args } from "../../i18n";
import type { ClockState, Due } from "../../ipc/gen";

export type Tone = "danger" | "warning" | "ok" | "neutral" | "done";

// Years are passed as text: as numbers, Fluent would group them ("2,031").

export interface Countdown {
  /** Fluent message id. */
  id: string;
  args: Args;
  tone: Tone;
}

/** Days left at or under which a running clock is shown as urgent. */
export const URGENT_DAYS = 3;

export function countdown(state: ClockState): Countdown {
  switch (state.kind) {
    case "dueIn":
      return {
        id: "deadline-due-in",
        args: { days: state.days, unit: state.unit },
        tone: state.days <= URGENT_DAYS ? "warning" : "ok",
      };
    case "dueToday":
      return { id: "deadline-due-today", args: {}, tone: "warning" };
    case "overdue":
      return { id: "deadline-overdue", args: { days: state.days, unit: state.unit }, tone: "danger" };
    case "stopped":
      return { id: "deadline-stopped", args: { date: state.on }, tone: "done" };
    case "notSent":
      return { id: "deadline-not-sent", args: {}, tone: "neutral" };
    case "immediate":
      return { id: "deadline-immediate", args: {}, tone: "warning" };
    case "promptly":
      return { id: "deadline-promptly", args: { days: state.days }, tone: "neutral" };
    case "pastProvisional":
      return { id: "deadline-past-provisional", args: { latest: state.latest, year: String(state.year) }, tone: "warning" };
  }
}

/** A due date as a message: a date, "at once", or a provisional date with its bound. */
export function dueText(due: Due): { id: string; args: Args } {
  switch (due.kind) {
    case "on":
      return { id: "deadline-due-on", args: { date: due.value } };
    case "immediate":
      return { id: "deadline-due-immediately", args: {} };
    case "promptly":
      return { id: "deadline-due-promptly", args: {} };
    case "provisional":
      return {
        id: "deadline-due-provisional",
        args: { date: due.value.date, latest: due.value.latest, year: String(due.value.year) },
      };
  }
}

/** The day to act on for a due date: the official one, or the provisional one (暂定); none when due at once. */
export function actionDate(due: Due | null | undefined): string | undefined {
  if (due?.kind === "on") return due.value;
  if (due?.kind === "provisional") return due.value.date;
  return undefined;
}
