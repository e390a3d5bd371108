import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES } from './routes';

type SubPackage = { root: string; pages: string[] };
type AppConfig = { pages: string[]; subPackages?: SubPackage[] };

/** Every page path of the app config: the main package's, then each subpackage's (root + page). */
function allPages({ pages, subPackages = [] }: AppConfig): string[] {
  return [
    ...pages,
    ...subPackages.flatMap(({ root, pages: own }) => own.map((page) => `${root}/${page}`)),
  ];
}

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

  it('lists every page of app.config.ts, subpackages included, and nothing else', async () => {
    expect([...routePaths].sort()).toEqual(allPages(await loadAppConfig()).sort());
  });

  it('keeps only home and the FAQ in the mini-program main package', async () => {
    const { pages } = await loadAppConfig();
    expect(pages).toEqual([ROUTES.home.slice(1), ROUTES.faq.slice(1)]);
  });

  it('gives each registration flow its own subpackage, one feature folder each', async () => {
    const { subPackages = [] } = await loadAppConfig();
    const roots = subPackages.map((sub) => sub.root);
    for (const route of [ROUTES.enrollment, ROUTES.transfer, ROUTES.registrations]) {
      expect(roots).toContain(route.slice(1).replace(/\/index$/, ''));
    }
    for (const root of roots) expect(root).toMatch(/^features\/[a-z-]+$/);
    expect(new Set(roots).size).toBe(roots.length);
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
