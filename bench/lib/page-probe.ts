/** What the page probe collects, read back with `window.__benchProbe`. */
export type PageProbe = {
  commits: number[];
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number }[];
  keyLatencies: number[];
};

/**
 * Installed before any page script (a string: tsx would wrap functions in helpers the page lacks).
 * Counts React commits through the DevTools hook React calls on every commit, production builds
 * included; records long tasks and Event Timing entries; and times keydown → next frame (a rAF,
 * then a task: by then the frame with the key's effect has been produced).
 */
export const PAGE_PROBE_SCRIPT = `(() => {
  const probe = { commits: [], longTasks: [], events: [], keyLatencies: [] };
  window.__benchProbe = probe;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberRoot: () => { probe.commits.push(performance.now()); },
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
  }).observe({ type: "event", buffered: true, durationThreshold: 16 });
  document.addEventListener("keydown", (event) => {
    const pressedAt = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { probe.keyLatencies.push(performance.now() - pressedAt); };
      channel.port2.postMessage(null);
    });
  }, true);
})();`;
