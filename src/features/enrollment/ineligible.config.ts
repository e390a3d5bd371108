export default definePageConfig({ navigationBarTitleText: '小学入学信息登记' });
