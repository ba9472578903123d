"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Text that grows token by token, committed to React at most once per animation frame:
 * a fast model can send hundreds of tokens a second, the screen shows 60 frames.
 */
export function useFrameBuffer(onFirstPaint?: () => void) {
  const [text, setText] = useState("");
  const buffer = useRef("");
  const frame = useRef<number | null>(null);
  const painted = useRef(false);
  const onFirstPaintRef = useRef(onFirstPaint);
  useEffect(() => {
    onFirstPaintRef.current = onFirstPaint;
  });

  const flush = useCallback(() => {
    frame.current = null;
    setText(buffer.current);
    if (!painted.current && buffer.current) {
      painted.current = true;
      onFirstPaintRef.current?.();
    }
  }, []);

  const append = useCallback(
    (piece: string) => {
      buffer.current += piece;
      frame.current ??= requestAnimationFrame(flush);
    },
    [flush],
  );

  /** Empties the buffer and returns everything it held, committed or not. */
  const take = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const all = buffer.current;
    buffer.current = "";
    painted.current = false;
    setText("");
    return all;
  }, []);

  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  return { text, append, take, current: () => buffer.current };
}
