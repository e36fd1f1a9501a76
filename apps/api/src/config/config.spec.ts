import { ConfigError, loadConfig } from './config';

describe(loadConfig.name, () => {
  it('applies the documented defaults', () => {
    const cfg = loadConfig({});
    expect(cfg.PORT).toBe(3000);
    expect(cfg.DATA_DIR).toBe('./.data');
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.SESSION_TTL_HOURS).toBe(12);
  });

  it.each([
    { name: 'PORT', env: { PORT: 'eighty' } },
    { name: 'DATABASE_URL', env: { DATABASE_URL: 'not a url' } },
    { name: 'SEED_DEMO', env: { SEED_DEMO: 'maybe' } },
    { name: 'ADMIN_PASSWORD', env: { ADMIN_PASSWORD: 'short' } },
  ])('rejects a bad $name naming it', ({ name, env }) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('reads flags in their usual spellings', () => {
    expect(loadConfig({ SEED_DEMO: 'on' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
    expect(loadConfig({ SEED_DEMO: 'small' }).SEED_DEMO).toBe('small');
  });
});
