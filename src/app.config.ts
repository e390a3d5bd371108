export default defineAppConfig({
  pages: [
    'features/home/index',
    'features/faq/index',
    'features/notices/index',
    'features/notices/detail',
  ],
  window: {
    navigationBarTitleText: '济南市中心城区信息登记',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundTextStyle: 'light',
  },
});
