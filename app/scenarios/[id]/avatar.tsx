const HUES = 6;
type Size = 28 | 36 | 48;

/**
 * A calm, local avatar: the character's initial on a colour picked from their name.
 * Classes, not a style attribute: the Content-Security-Policy allows no inline styles.
 */
export function Avatar({ name, size = 36 }: { name: string; size?: Size }) {
  const hue = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0) % HUES;
  return (
    <span className={`avatar avatar-${size} avatar-hue-${hue}`} aria-hidden="true">
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
