// The main package holds only what a parent sees first (home, FAQ); each registration flow is a
// subpackage WeChat downloads when the parent first opens one of its pages, so the main package
// stays under 400 KB. Page paths are the same as without subpackages (root + page), on H5 too.
export default defineAppConfig({
  pages: ['features/home/index', 'features/faq/index'],
  subPackages: [
    { root: 'features/notices', pages: ['index', 'detail', 'materials-table'] },
    { root: 'features/photo-check', pages: ['index'] },
    { root: 'features/enrollment', pages: ['index', 'section', 'check', 'receipt', 'ineligible'] },
    { root: 'features/transfer', pages: ['index', 'section', 'check', 'receipt'] },
    { root: 'features/registrations', pages: ['index', 'detail', 'another', 'appointment'] },
  ],
  window: {
    navigationBarTitleText: '济南市中心城区信息登记',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundTextStyle: 'light',
  },
});
