import net from "node:net";

// A TCP relay in front of PostgreSQL that counts the statements the app sends: every simple
// Query ('Q') and every extended-protocol Execute ('E'). The app runs unchanged; only its
// DATABASE_URL points here. Used to show the community page issues a fixed number of queries.

export type QueryCounter = {
  port: number;
  count: () => number;
  /** The statements' texts seen since the last call (for EXPLAIN), then forgets them. */
  drain: () => string[];
  close: () => Promise<void>;
};

const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;

export async function startQueryCounter(upstream: { host: string; port: number }): Promise<QueryCounter> {
  let statements = 0;
  let texts: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const server = net.connect(upstream.port, upstream.host);
    sockets.add(client).add(server);
    let buffer = Buffer.alloc(0);
    let startup = true; // the first messages (SSL/GSS requests, startup) carry no type byte
    client.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          startup = code === SSL_REQUEST || code === GSSENC_REQUEST;
          buffer = buffer.subarray(length);
        } else {
          if (buffer.length < 5) break;
          const length = buffer.readInt32BE(1) + 1;
          if (buffer.length < length) break;
          const type = String.fromCharCode(buffer[0]!);
          if (type === "Q" || type === "E") statements += 1;
          // Parse: name\0 query\0 …; Query: query\0.
          if (type === "P") texts.push(cstring(buffer, buffer.indexOf(0, 5) + 1));
          if (type === "Q") texts.push(cstring(buffer, 5));
          buffer = buffer.subarray(length);
        }
      }
      server.write(chunk);
    });
    server.on("data", (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      server.destroy();
      sockets.delete(client);
      sockets.delete(server);
    };
    client.on("close", end).on("error", end);
    server.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    count: () => statements,
    drain: () => {
      const seen = texts;
      texts = [];
      return seen;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function cstring(buffer: Buffer, start: number): string {
  return buffer.toString("utf8", start, buffer.indexOf(0, start));
}
