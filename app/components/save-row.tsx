/** A settings form's submit button, with the polite "saved" line beside it once the server agreed. */
export function SaveRow({ label, busyLabel = label, busy, done, doneText = "Saved." }: { label: string; busyLabel?: string; busy: boolean; done: boolean; doneText?: string }) {
  return (
    <div className="inline-form">
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      {done ? (
        <p className="form-success" role="status">
          {doneText}
        </p>
      ) : null}
    </div>
  );
}
