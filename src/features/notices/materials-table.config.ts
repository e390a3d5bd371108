export default definePageConfig({ navigationBarTitleText: '登记信息与上传材料对照表' });
