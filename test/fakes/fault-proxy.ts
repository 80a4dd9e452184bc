import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './read-body.js';

/**
 * An HTTP proxy that sits in front of a test server (a fake, or the real PDS) and misbehaves on cue,
 * so adapters meet the failures real networks produce:
 *
 *   client ──► proxy ──► server
 *
 *   status            the proxy answers itself (5xx, 429 with reset headers); the server never sees it
 *   reset-before      the proxy destroys the client socket; the server never sees the request
 *   commit-then-drop  the server handles the request (commits), the proxy then destroys the client socket
 *                     without replying: the client cannot know whether the post exists
 *   latency           the proxy waits `delayMs` before forwarding
 *
 * Faults are scripted: `inject` applies one to the next `times` requests that match. For the chaos benchmark
 * (bench/chaos.ts) a proxy can also misbehave at random (`RandomFaults`): each request not taken by a scripted
 * fault gets a 5xx, a 429 or a dropped connection with the given probabilities.
 */
export type FaultKind = 'status' | 'reset-before' | 'commit-then-drop' | 'latency';

export interface Fault {
  /** Tested against "METHOD /path?query"; every request matches when absent. */
  match?: RegExp;
  kind: FaultKind;
  status?: number;
  /**
   * A function is called when the fault is served: a reset time computed at injection can be past by the time a
   * slow pipeline reaches the request, and a past reset is no reset (X then pauses 15 minutes).
   */
  headers?: Record<string, string> | (() => Record<string, string>);
  body?: unknown;
  delayMs?: number;
  /** How many matching requests it applies to (default 1). */
  times?: number;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  fault?: FaultKind;
  /** The server's status, when the request was forwarded. */
  status?: number;
}

export interface FaultProxy {
  url: string;
  inject(fault: Fault): void;
  /** Disarms every scripted fault not yet used. */
  clear(): void;
  /** Every request seen, in order. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/** Faults drawn at random for every request (probabilities between 0 and 1). */
export interface RandomFaults {
  /** 502, 503 or 500 answered by the proxy. */
  serverError: number;
  /** 429 with `tooManyRequests`' headers and body (the platform's own shape). */
  tooManyRequests: number;
  /** The connection is dropped: half before the server sees the request, half after it committed. */
  drop: number;
  /** The 429's headers and body, made fresh for each one (reset times move). */
  rateLimitAnswer?: () => { headers: Record<string, string>; body: unknown };
  random?: () => number;
}

interface ArmedFault extends Fault {
  remaining: number;
}

export async function startFaultProxy(targetUrl: string, randomFaults?: RandomFaults): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const armed: ArmedFault[] = [];
  const requests: ProxiedRequest[] = [];
  const agent = new http.Agent({ keepAlive: true });

  const takeFault = (line: string): Fault | undefined => {
    const index = armed.findIndex((f) => f.remaining > 0 && (!f.match || f.match.test(line)));
    const fault = armed[index];
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining === 0) armed.splice(index, 1);
    return fault;
  };

  const drawFault = (): Fault | undefined => {
    if (!randomFaults) return undefined;
    const random = randomFaults.random ?? Math.random;
    let roll = random();
    if (roll < randomFaults.serverError) {
      return { kind: 'status', status: [500, 502, 503][Math.floor(random() * 3)], body: { error: 'chaos' } };
    }
    roll -= randomFaults.serverError;
    if (roll < randomFaults.tooManyRequests) {
      const answer = randomFaults.rateLimitAnswer?.() ?? { headers: { 'retry-after': '1' }, body: {} };
      return { kind: 'status', status: 429, ...answer };
    }
    roll -= randomFaults.tooManyRequests;
    if (roll < randomFaults.drop) return { kind: random() < 0.5 ? 'reset-before' : 'commit-then-drop' };
    return undefined;
  };

  const forward = (req: http.IncomingMessage, body: Buffer): Promise<{ res: http.IncomingMessage; data: Buffer }> =>
    new Promise((resolve, reject) => {
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ res, data: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  const server = http.createServer(async (req, res) => {
    const line = `${req.method} ${req.url}`;
    const record: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/' };
    requests.push(record);
    const fault = takeFault(line) ?? drawFault();
    record.fault = fault?.kind;

    if (fault?.kind === 'reset-before') {
      req.socket.destroy();
      return;
    }
    const body = await readBody(req);
    if (body === undefined) return;

    if (fault?.kind === 'status') {
      const payload = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body ?? {});
      const headers = typeof fault.headers === 'function' ? fault.headers() : fault.headers;
      res.writeHead(fault.status ?? 503, { 'content-type': 'application/json', ...headers });
      res.end(payload);
      return;
    }
    if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.delayMs ?? 100));

    try {
      const { res: upstream, data } = await forward(req, body);
      record.status = upstream.statusCode;
      if (fault?.kind === 'commit-then-drop') {
        req.socket.destroy();
        return;
      }
      const headers = { ...upstream.headers };
      // Hop-by-hop headers describe the server's connection, not the proxy's: the PDS's `keep-alive: timeout=90`
      // passed on told clients to keep an idle socket 88 s that this server closes after 5 s.
      for (const hop of ['transfer-encoding', 'connection', 'keep-alive']) delete headers[hop];
      headers['content-length'] = String(data.length);
      res.writeHead(upstream.statusCode ?? 502, headers);
      res.end(data);
    } catch {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'BadGateway', message: 'the proxied server did not answer' }));
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inject(fault) {
      armed.push({ ...fault, remaining: fault.times ?? 1 });
    },
    clear() {
      armed.splice(0);
    },
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
