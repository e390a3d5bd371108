import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES } from './routes';

type AppConfig = { pages: string[] };

/** app.config.ts calls Taro's build-time global; in jest it only has to hand the config back. */
async function loadAppConfig(): Promise<AppConfig> {
  (globalThis as { defineAppConfig?: (config: AppConfig) => AppConfig }).defineAppConfig = (
    config,
  ) => config;
  const module = (await import('./app.config')) as { default: AppConfig };
  return module.default;
}

describe('ROUTES', () => {
  const routePaths = Object.values(ROUTES).map((path) => path.replace(/^\//, ''));

  it('starts every path with a slash, as Taro.navigateTo needs', () => {
    for (const path of Object.values(ROUTES)) expect(path).toMatch(/^\/[a-z]/);
  });

  it('lists every page of app.config.ts, and nothing else', async () => {
    const { pages } = await loadAppConfig();
    expect([...routePaths].sort()).toEqual([...pages].sort());
  });

  it('points every path at a page component that exists', () => {
    for (const path of routePaths) expect(existsSync(join(__dirname, `${path}.tsx`))).toBe(true);
  });

  it('names each page once', () => {
    expect(new Set(routePaths).size).toBe(routePaths.length);
  });

  it('opens on the home page, the first page of app.config.ts', async () => {
    const { pages } = await loadAppConfig();
    expect(pages[0]).toBe(ROUTES.home.slice(1));
  });
});
