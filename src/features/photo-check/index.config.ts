export default definePageConfig({ navigationBarTitleText: '提前检查照片' });
