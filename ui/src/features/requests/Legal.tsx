// The legal basis of a letter, shown honestly: each cited article with its
// legal status and how well its wording was checked, and the deadline rule
// with its own status and note.

import { Badge } from "../../components/Badge";
import { confidenceId, legalStatusId } from "../../components/labels";
import { useL10n } from "../../i18n/context";
import type { ChannelOption, CitedArticle, Due, Rule } from "../../ipc/gen";
import { dueText } from "./countdown";

export function Citations({ citations, id }: { citations: CitedArticle[]; id?: string }) {
  const { t, lang } = useL10n();
  const zh = lang === "zh-CN";
  if (citations.length === 0)
    return (
      <p class="muted" id={id}>
        {t("request-citations-none")}
      </p>
    );
  return (
    <ul class="citations" id={id}>
      {citations.map((c) => (
        <li class="citation" data-testid="citation" key={c.id}>
          <p class="citation-head">
            <strong>{zh ? c.citeZh : c.citeEn}</strong>{" "}
            <Badge tone={c.status === "binding" || c.status === "judicial-interpretation" ? "ok" : "warning"}>
              {t(legalStatusId(c.status))}
            </Badge>{" "}
            <Badge tone={c.confidence === "UNVERIFIED" ? "warning" : "neutral"} title={t("request-confidence-title")}>
              {t(confidenceId(c.confidence))}
            </Badge>
          </p>
          <p>{zh ? c.gistZh : c.gistEn}</p>
          <details>
            <summary>{t("request-citation-text")}</summary>
            <blockquote lang="zh-CN">{c.text}</blockquote>
            <p class="muted small">{t("request-citation-source", { source: c.source })}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}

export function RuleBox({
  rule,
  due,
  label,
  sources,
}: {
  rule: Rule;
  due?: Due | null;
  label?: string;
  /** The rule's sources by name (the core resolves the ids); nothing is shown without them. */
  sources?: CitedArticle[] | undefined;
}) {
  const { t, lang } = useL10n();
  const zh = lang === "zh-CN";
  const d = due ? dueText(due) : null;
  return (
    <div class="rule" data-testid="rule">
      {d && (
        <p class="due" id="due-date">
          {label && <span class="muted">{label} </span>}
          <strong>{t(d.id, d.args)}</strong>
        </p>
      )}
      <p>
        <span id="rule-label">{zh ? rule.labelZh : rule.labelEn}</span>{" "}
        <Badge tone={rule.status === "binding" || rule.status === "judicial-interpretation" ? "ok" : "warning"}>
          {t(legalStatusId(rule.status))}
        </Badge>
      </p>
      <p class="muted small" id="rule-note">
        {zh ? rule.noteZh : rule.noteEn}
      </p>
      {rule.extension && <p class="muted small">{zh ? rule.extension.noteZh : rule.extension.noteEn}</p>}
      {sources && sources.length > 0 && (
        <p class="muted small" id="rule-sources">
          {t("request-rule-sources", { sources: sources.map((s) => (zh ? s.citeZh : s.citeEn)).join(" · ") })}
        </p>
      )}
    </div>
  );
}

/**
 * Where a complaint can go, by name in the screen's language with the other
 * language beside it (the letter is addressed to the first); a channel whose
 * details were not verified says so.
 */
export function ChannelList({ channels }: { channels: ChannelOption[] }) {
  const { t, lang } = useL10n();
  const zh = lang === "zh-CN";
  return (
    <ol class="plain channels" id="complaint-channels">
      {channels.map((c, i) => {
        const [name, other] = zh ? [c.nameZh, c.nameEn] : [c.nameEn, c.nameZh];
        const note = zh ? c.noteZh : c.noteEn;
        return (
          <li key={c.id} data-testid="channel">
            <strong>{name}</strong>
            {other !== name && (
              <span class="muted" lang={zh ? "en" : "zh-CN"}>
                {" "}
                · {other}
              </span>
            )}
            {i === 0 && (
              <>
                {" "}
                <Badge tone="info">{t("request-channel-addressed")}</Badge>
              </>
            )}
            {c.confidence === "UNVERIFIED" && (
              <>
                {" "}
                <Badge tone="warning">{t(confidenceId(c.confidence))}</Badge>
              </>
            )}
            {c.phone && <span class="muted small"> · {c.phone}</span>}
            {c.web && <span class="muted small mono"> · {c.web}</span>}
            {note && <p class="muted small">{note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
