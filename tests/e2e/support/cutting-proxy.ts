import net from "node:net";

/** A TCP proxy in front of the app that can cut the connections carrying a reply stream, as a dropped network does. */
export type CuttingProxy = {
  url: string;
  port: number;
  /** Where the proxy forwards to: the app's port, known once it has started. */
  forwardTo(port: number): void;
  /** Destroys every connection whose latest request is a reply stream (POST or GET …/message/stream); returns how many. */
  cutStreams(): number;
  close(): Promise<void>;
};

const REQUEST_LINE = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) HTTP\/1\.[01]\r\n/;

export async function startCuttingProxy(): Promise<CuttingProxy> {
  let targetPort = 0;
  const pairs = new Set<{ browser: net.Socket; app: net.Socket; streaming: boolean }>();
  const server = net.createServer((browser) => {
    const app = net.connect(targetPort, "127.0.0.1");
    const pair = { browser, app, streaming: false };
    pairs.add(pair);
    // Chromium sends one request at a time per connection: the latest request line says what it carries now.
    browser.on("data", (chunk: Buffer) => {
      const path = REQUEST_LINE.exec(chunk.toString("latin1", 0, 512))?.[1];
      if (path !== undefined) pair.streaming = /\/message\/stream(?:\?|$)/.test(path);
    });
    browser.pipe(app);
    app.pipe(browser);
    const close = () => {
      pairs.delete(pair);
      browser.destroy();
      app.destroy();
    };
    browser.on("close", close);
    app.on("close", close);
    browser.on("error", close);
    app.on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    forwardTo: (appPort) => void (targetPort = appPort),
    cutStreams() {
      const cut = [...pairs].filter((pair) => pair.streaming);
      for (const pair of cut) {
        pair.browser.destroy();
        pair.app.destroy();
      }
      return cut.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) {
          pair.browser.destroy();
          pair.app.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
