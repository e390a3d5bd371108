export default definePageConfig({ navigationBarTitleText: '继续登记' });
