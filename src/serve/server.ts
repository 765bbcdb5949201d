import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { buildService, type ServiceOptions } from "./app.js";

/**
 * Listens until SIGINT or SIGTERM, then stops gracefully: no new connection is taken, requests in
 * flight are answered, and the converter processes are ended before the process exits.
 */
export async function startService(o: ServiceOptions & { port: number; host: string }): Promise<void> {
  const { app, close } = buildService(o);
  const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  console.error(`vanban serve: listening on http://${o.host}:${port} (${o.jobs} job(s))`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      console.error("vanban serve: stopping");
      server.close(() => resolve());
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await close();
}
