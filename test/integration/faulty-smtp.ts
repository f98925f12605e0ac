// A TCP proxy in front of a real SMTP server that injects real network faults, for tests of
// delivery under outages. Modes:
//   up      — forwards both ways;
//   refuse  — nothing listens on the port: connections are refused;
//   silent  — accepts connections and never says anything (no 220 greeting);
//   stall   — forwards until the client is halfway through its first message body, then stops
//             forwarding either way (a server that hangs mid-DATA; it never sees the end of the
//             message, so it never accepts it).
// Switching mode drops every open connection, as a server restart would.
import net, { type AddressInfo } from "node:net";

export type FaultMode = "up" | "refuse" | "silent" | "stall";

export type FaultySmtp = {
  url: (query?: string) => string;
  port: number;
  setMode(mode: FaultMode): Promise<void>;
  /** Connections the proxy accepted since it started. */
  connections(): number;
  close(): Promise<void>;
};

export async function startFaultySmtp(target: { host: string; port: number }): Promise<FaultySmtp> {
  let mode: FaultMode = "up";
  let accepted = 0;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const server = net.createServer((client) => {
    accepted += 1;
    track(client);
    if (mode === "silent") return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
    let inData = false;
    let stalled = false;
    upstream.on("data", (chunk: Buffer) => {
      if (!stalled) client.write(chunk);
    });
    client.on("data", (chunk: Buffer) => {
      if (stalled) return;
      if (mode === "stall" && inData) {
        upstream.write(chunk.subarray(0, Math.floor(chunk.length / 2)));
        stalled = true;
        return;
      }
      if (/^DATA\r\n/m.test(chunk.toString("latin1"))) inData = true;
      upstream.write(chunk);
    });
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.removeListener("error", reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;

  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  return {
    port,
    url: (query = "") => `smtp://127.0.0.1:${port}${query ? `?${query}` : ""}`,
    connections: () => accepted,
    async setMode(next) {
      const wasListening = server.listening;
      mode = next;
      dropAll();
      if (next === "refuse" && wasListening) await new Promise<void>((resolve) => server.close(() => resolve()));
      if (next !== "refuse" && !wasListening) await listen(port);
    },
    async close() {
      dropAll();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
