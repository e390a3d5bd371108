export default definePageConfig({ navigationBarTitleText: '中小学转学申请信息登记' });
