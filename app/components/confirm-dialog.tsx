"use client";

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Inputs the confirmation needs (a password); kept apart from the description. */
  fields?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  error?: string;
  /** Gets the dialog's form, so a dialog can ask for a field (a password) as well. */
  onConfirm: (form: FormData) => void;
  onCancel: () => void;
};

/**
 * An in-page, modal <dialog>: focus moves in (to the element marked data-autofocus, else to
 * Cancel, the safe choice), Tab stays inside, Escape cancels, and focus returns to the opener.
 */
export function ConfirmDialog({ open, title, children, fields, confirmLabel, cancelLabel = "Cancel", danger = false, busy = false, error, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const isOpen = useRef(open);
  const id = useId();

  useEffect(() => {
    isOpen.current = open;
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      (element.querySelector<HTMLElement>("[data-autofocus]") ?? cancel.current)?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onConfirm(new FormData(event.currentTarget));
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={() => {
        // Escape: the parent hears it in the key's own event. The close event comes a task
        // later, and a key pressed before it (Enter on the opener, to open it again) found the
        // parent still open, so nothing changed and the dialog stayed shut.
        isOpen.current = false;
        onCancel();
      }}
      onClose={() => {
        // A close event for a dialog open again is stale: the opener reopened it before the event came.
        if (dialog.current?.open) return;
        // Closed some other way (the browser's own close request): the parent's state follows.
        if (isOpen.current) onCancel();
        opener.current?.focus();
      }}
    >
      <form method="post" className="stack" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`} className="dialog-body">
          {children}
        </div>
        {fields}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="submit" className={danger ? "button button-danger-solid" : "button button-primary"} disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
