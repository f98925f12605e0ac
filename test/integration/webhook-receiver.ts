// A real HTTP server on loopback that receives webhooks in tests: it records every request and
// answers as the test says (a status, a redirect, or never).
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { path: string; headers: http.IncomingHttpHeaders; body: string; json: unknown };
export type ReceiverBehaviour = { status: number; location?: string } | "hang";

export type WebhookReceiver = {
  url: (path?: string) => string;
  received: ReceivedWebhook[];
  /** How the next requests are answered, in order; afterwards `fallback`. */
  answerWith: (...behaviours: ReceiverBehaviour[]) => void;
  fallback: (behaviour: ReceiverBehaviour) => void;
  close: () => Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let queue: ReceiverBehaviour[] = [];
  let otherwise: ReceiverBehaviour = { status: 200 };
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        json = null;
      }
      received.push({ path: req.url ?? "/", headers: req.headers, body, json });
      const behaviour = queue.shift() ?? otherwise;
      if (behaviour === "hang") {
        hanging.add(res);
        return;
      }
      res.writeHead(behaviour.status, behaviour.location ? { location: behaviour.location } : {});
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = "/hook") => `http://127.0.0.1:${port}${path}`,
    received,
    answerWith: (...behaviours) => {
      queue = behaviours;
    },
    fallback: (behaviour) => {
      otherwise = behaviour;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
