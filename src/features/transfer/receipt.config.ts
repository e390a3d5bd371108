export default definePageConfig({ navigationBarTitleText: '登记回执' });
