export default definePageConfig({ navigationBarTitleText: '检查登记信息' });
