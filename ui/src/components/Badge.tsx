import type { ComponentChildren } from "preact";

export type BadgeTone = "danger" | "warning" | "ok" | "neutral" | "done" | "info";

export function Badge(props: { tone?: BadgeTone; title?: string; children: ComponentChildren; testid?: string }) {
  return (
    <span class={`badge badge-${props.tone ?? "neutral"}`} title={props.title} data-testid={props.testid}>
      {props.children}
    </span>
  );
}
