/** Every page of the app; `app.config.ts` lists the same paths (checked by a test). */
export const ROUTES = {
  home: '/features/home/index',
  faq: '/features/faq/index',
  notices: '/features/notices/index',
  notice: '/features/notices/detail',
} as const;

export type RouteName = keyof typeof ROUTES;
