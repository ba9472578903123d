/**
 * Whether some segment of a raw (still percent-encoded) path is not valid UTF-8 percent-encoding.
 * Next decodes route params before any handler runs and answers such paths with a plain 500.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}
