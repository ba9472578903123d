const palette = ["#1f4e5f", "#7a4e2d", "#3d5a2a", "#5b3f7a", "#8a3b3b", "#2f5f8a"];

/** A calm, local avatar: the character's initial on a colour picked from their name. */
export function Avatar({ name, size = 40 }: { name: string; size?: number }) {
  const hue = palette[[...name].reduce((sum, char) => sum + char.charCodeAt(0), 0) % palette.length];
  return (
    <span className="avatar" aria-hidden="true" style={{ width: size, height: size, background: hue, fontSize: size * 0.45 }}>
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
