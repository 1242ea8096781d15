import { useEffect, useRef } from "preact/hooks";
import { useL10n } from "../i18n/context";

interface Props {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  id?: string;
}

/** A modal question (native <dialog>: focus is trapped and Escape cancels). */
export function ConfirmDialog({ open, title, body, confirmLabel, danger, onConfirm, onCancel, id }: Props) {
  const { t } = useL10n();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const titleId = `${id ?? "confirm"}-title`;
  return (
    <dialog
      ref={ref}
      id={id}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p>{body}</p>
      <div class="actions">
        {/* Cancel first and focused: the safe choice is the default. */}
        <button type="button" class="button" autofocus onClick={onCancel} data-testid="confirm-cancel">
          {t("common-cancel")}
        </button>
        <button
          type="button"
          class={danger ? "button button-danger" : "button button-primary"}
          onClick={onConfirm}
          data-testid="confirm-ok"
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
