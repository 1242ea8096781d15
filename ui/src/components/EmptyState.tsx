import type { ComponentChildren } from "preact";

/** What to do when there is nothing yet: a title, one teaching sentence, an action. */
export function EmptyState(props: { id?: string; title: string; body: string; children?: ComponentChildren }) {
  return (
    <div class="empty" id={props.id} data-testid="empty-state">
      <h3>{props.title}</h3>
      <p>{props.body}</p>
      {props.children && <div class="actions">{props.children}</div>}
    </div>
  );
}
