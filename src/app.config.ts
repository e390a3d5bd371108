export default defineAppConfig({
  pages: [
    'features/home/index',
    'features/faq/index',
    'features/notices/index',
    'features/notices/detail',
    'features/notices/materials-table',
    'features/photo-check/index',
    'features/enrollment/index',
    'features/enrollment/section',
    'features/enrollment/check',
    'features/enrollment/receipt',
    'features/enrollment/ineligible',
  ],
  window: {
    navigationBarTitleText: '济南市中心城区信息登记',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundTextStyle: 'light',
  },
});
