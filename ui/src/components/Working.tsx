/**
 * "Working…" while a long command runs: a progress bar (with a percentage when
 * the total is known, otherwise indeterminate) and the same words beside it.
 */
export function Working({ label, pct, id }: { label: string; pct?: number | null; id?: string }) {
  return (
    <p class="progress-line" id={id} aria-live="polite">
      {pct == null ? <progress aria-label={label} /> : <progress max={100} value={pct} aria-label={label} />}{" "}
      <span>{label}</span>
    </p>
  );
}
