import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** No Docker engine runs in CI, so the compose file is checked as data: the shape `docker compose config` needs. */
describe('docker-compose.yml', () => {
  const root = join(__dirname, '..', '..');
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });

  it('has postgres, redis, meilisearch, api and worker, each infrastructure service with a health check', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'meilisearch', 'api', 'worker']));
    for (const name of ['postgres', 'redis', 'meilisearch', 'api']) expect(compose.services[name].healthcheck?.test).toBeDefined();
  });

  it('keeps data in named volumes that are declared', () => {
    const used = Object.values<any>(compose.services).flatMap((s) => s.volumes ?? []).map((v: string) => v.split(':')[0]);
    for (const volume of used) expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('points every depends_on at a service and every env file at a file that exists', () => {
    for (const service of Object.values<any>(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(compose.services).toHaveProperty(dependency);
      for (const file of service.env_file ?? []) expect(() => readFileSync(join(root, file))).not.toThrow();
      if (service.build) expect(() => readFileSync(join(root, service.build.context, service.build.dockerfile))).not.toThrow();
    }
  });

  it('gives the app containers every required variable', () => {
    const env = Object.fromEntries(
      readFileSync(join(root, '.env.docker'), 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => l.split(/=(.*)/s).slice(0, 2)),
    );
    for (const key of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']) expect(env[key]).toBeTruthy();
  });

  it('serves the portal from the api container: the image builds it and the api publishes its port', () => {
    const dockerfile = readFileSync(join(root, compose.services.api.build.context, compose.services.api.build.dockerfile), 'utf8');
    expect(dockerfile).toMatch(/^RUN npm run build:web$/m);
    expect(compose.services.api.ports).toContain('3000:3000');
  });
});
