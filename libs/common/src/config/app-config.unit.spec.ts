import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/matchpunt',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('reads a valid environment with defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({ PORT: 3000, SEARCH_ENGINE: 'postgres', NODE_ENV: 'development' });
    expect(config.isProduction).toBe(false);
  });

  it('names every missing variable', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    try {
      loadConfig({ REDIS_URL: valid.REDIS_URL });
    } catch (err) {
      expect((err as Error).message).toMatch(/DATABASE_URL: ontbreekt/);
      expect((err as Error).message).toMatch(/JWT_SECRET: ontbreekt/);
      expect((err as Error).message).not.toMatch(/REDIS_URL/);
    }
  });

  it('names a malformed variable and what is wrong with it', () => {
    expect(() => loadConfig({ ...valid, PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...valid, JWT_SECRET: 'kort' })).toThrow(/JWT_SECRET: JWT_SECRET moet minstens 32 tekens/);
    expect(() => loadConfig({ ...valid, SEARCH_ENGINE: 'elastic' })).toThrow(/SEARCH_ENGINE/);
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL moet een postgres/);
  });
});
