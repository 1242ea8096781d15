// Requests per status as horizontal bars. The bars are drawn with CSS and
// hidden from assistive technology: each row's name and number are real text,
// so the list reads the same to a screen reader as the chart does to the eye.

import { statusId, statusTone } from "../../components/labels";
import { useL10n } from "../../i18n/context";
import type { RequestStatus } from "../../ipc/gen";
import { STATUSES } from "./summary";

export function StatusChart({ counts }: { counts: Record<RequestStatus, number> }) {
  const { t } = useL10n();
  const shown = STATUSES.filter((s) => counts[s] > 0);
  const max = Math.max(1, ...shown.map((s) => counts[s]));
  return (
    <figure class="panel status-chart" aria-labelledby="dashboard-counts-title">
      <figcaption id="dashboard-counts-title" class="status-chart-title">
        {t("dashboard-counts")}
      </figcaption>
      <ul class="stats" id="dashboard-counts" aria-labelledby="dashboard-counts-title">
        {shown.map((s) => (
          <li class="stat" key={s} data-status={s}>
            <span class="stat-label">{t(statusId(s))}</span>
            <span class="stat-track" aria-hidden="true">
              <span class={`stat-bar bar-${statusTone(s)}`} style={{ width: `${(counts[s] / max) * 100}%` }} />
            </span>
            <span class="stat-number">{counts[s]}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
