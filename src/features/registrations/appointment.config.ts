export default definePageConfig({ navigationBarTitleText: '预约现场登记' });
