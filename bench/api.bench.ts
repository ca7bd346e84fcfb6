import 'reflect-metadata';
import autocannon from 'autocannon';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApp } from '../tests/support/test-app';
import { emit } from './support/emit';

/**
 * GraphQL `me` and the health endpoint under load on loopback, beside a bare node:http server answering the
 * same JSON in the same run: requests/s, p50/p99 latency and the ratio to the bare server. Also the CPU time of
 * this process (server and load generator) per request, which varies less than requests/s on a busy machine.
 */
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 20;

async function load(name: string, opts: autocannon.Options) {
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
  const cpu = process.cpuUsage(cpuBefore);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const cpuUsPerRequest = Math.round((cpu.user + cpu.system) / result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuUsPerRequest };
}

function bareServer(body: string): Promise<Server> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const app = await startTestApp({ werkgevers: 5, vacatures: 5, kandidaten: 5 });
  try {
    const token = await app.gql.login('accountmanager@werkzaak.demo');
    const meQuery = JSON.stringify({ query: '{ me { id naam rol } }' });
    const meBody = JSON.stringify(await app.gql.ok('{ me { id naam rol } }', {}, token)).replace(/^/, '{"data":') + '}';
    const healthBody = JSON.stringify({ status: 'ok' });

    const bareMe = await bareServer(meBody);
    const bareHealth = await bareServer(healthBody);
    const bareUrl = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const cases = [
      {
        name: 'graphql-me',
        api: { url: `${app.url}/graphql`, method: 'POST' as const, body: meQuery, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
        bare: { url: bareUrl(bareMe), method: 'POST' as const, body: meQuery },
      },
      { name: 'health-live', api: { url: `${app.url}/health/live` }, bare: { url: bareUrl(bareHealth) } },
    ];
    for (const c of cases) {
      const bare = await load(`${c.name}-bare`, c.bare);
      const api = await load(c.name, c.api);
      emit({
        bench: 'api',
        case: c.name,
        durationS: DURATION_S,
        connections: CONNECTIONS,
        rps: Math.round(api.rps),
        p50Ms: api.p50,
        p99Ms: api.p99,
        bareRps: Math.round(bare.rps),
        bareP50Ms: bare.p50,
        bareP99Ms: bare.p99,
        ratioRps: +(api.rps / bare.rps).toFixed(3),
        cpuUsPerRequest: api.cpuUsPerRequest,
        bareCpuUsPerRequest: bare.cpuUsPerRequest,
        ratioCpu: +(api.cpuUsPerRequest / bare.cpuUsPerRequest).toFixed(1),
      });
    }
    bareMe.close();
    bareHealth.close();
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
