/** Renders `backticked` parts of a server message as code, so commands stand out. Text only, never HTML. */
export function RichMessage({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]+`)/).map((part, index) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 2 ? <code key={index}>{part.slice(1, -1)}</code> : <span key={index}>{part}</span>,
      )}
    </>
  );
}
