// Dates as the core sends them: ISO `YYYY-MM-DD`, in the user's own calendar.
// Today's date is not computed here: it comes from the core (components/today.ts).

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The date part of an RFC 3339 timestamp. */
export function dayOf(stamp: string): string {
  return stamp.slice(0, 10);
}
