/**
 * Notices (通知公告) the mock gateway serves. Invented for development, but shaped like the
 * bureau's real announcements; dates agree with seed/season.ts. Newest first.
 */
import type { Notice, NoticeSummary } from '../../types';
import { BUREAU_HELP_LINE } from './season';

export const SEED_NOTICES: readonly Notice[] = [
  {
    id: 'n-2022-materials',
    title: '济南市中心城区登记信息与上传材料对照表',
    publishedOn: '2022-06-28',
    paragraphs: [
      '为方便家长准确上传材料，现将登记信息与需上传材料的对应关系公布如下。经大数据核验成功、显示“自动回填”的信息，无需上传对应材料。',
      '一、户籍信息：户籍未能自动回填的，上传户口簿首页、户主页及孩子本人页。',
      '二、房产信息：房产未能自动回填的，上传不动产权证书或房屋所有权证的权属页；购房未取得产权证书的，上传已备案的购房合同及购房发票。',
      '三、房屋所有人与孩子关系：房产属于孩子父亲、孩子户籍随母亲的，上传出生医学证明或结婚证；房产属于孩子祖父母的，上传孩子父亲（或母亲）的出生证明、独生子女证或户口簿索引页等材料，没有相关材料的，上传祖父母户籍所在地派出所开具的亲属关系证明。',
      '四、随迁子女：上传居住证、就业或经商证明（劳动合同、营业执照等）及社会保险缴纳证明，并在完成基本信息后预约现场登记。',
      '五、转学申请：另需上传原就读学校的学籍信息证明；因户籍迁移转学的，上传户籍迁移材料；因居住地变更转学的，上传现居住地房产或租赁材料。',
      '每张照片不超过5M，须清晰完整；通过微信传输的图片请下载原图后上传。',
    ],
  },
  {
    id: 'n-2022-transfer',
    title: '关于做好2022年济南市中心城区中小学转学申请信息登记工作的通知',
    publishedOn: '2022-06-24',
    paragraphs: [
      '2022年拟转入济南市中心城区中小学就读的学生家庭，以及申请转入中心城区初中学校的小学毕业生家庭，请通过“爱山东”或“爱山东·泉城办”APP进入“中小学转学申请信息登记”系统进行登记。',
      '登记时间：2022年7月1日8:00至7月20日18:00。逾期系统关闭，只能查看，不能修改或删除信息。',
      '可转入年级：小学二至六年级，初中七至九年级；小学毕业生申请转入初中七年级。同一家庭多个孩子可分别转入不同年级。',
      '登记信息提交后需等待学校或登记点审核，提交不代表已被录取，结果以学校电话通知为准。',
      `咨询电话：${BUREAU_HELP_LINE}（12345市民服务热线，全天接听）。`,
    ],
  },
  {
    id: 'n-2022-enrollment',
    title: '关于做好2022年济南市中心城区小学入学信息登记工作的通知',
    publishedOn: '2022-06-24',
    paragraphs: [
      '2015年9月1日至2016年8月31日出生的适龄儿童，2022年秋季入小学一年级。请适龄儿童家长通过“爱山东”或“爱山东·泉城办”APP进入“小学入学信息登记”系统进行登记。',
      '登记时间：2022年7月1日8:00至7月10日18:00。请在规定时间内完成登记，逾期系统关闭。',
      '申请人限于适龄儿童的父母。建议使用与孩子户籍在同一户的一方信息登记；父母双方均与孩子同户且在中心城区有房产的，建议使用房产所有人信息登记。',
      '随迁子女家长完成基本信息填写后，请预约现场登记，按预约时间携带原件到登记点办理。',
      `咨询电话：${BUREAU_HELP_LINE}（12345市民服务热线，全天接听）。`,
    ],
  },
];

/** The list view of the notices: titles and dates without the body. */
export function listNoticeSummaries(): NoticeSummary[] {
  return SEED_NOTICES.map(({ id, title, publishedOn }) => ({ id, title, publishedOn }));
}

/** One notice by id, as `GET /notices/:id` answers it. */
export function findNotice(id: string): Notice | undefined {
  return SEED_NOTICES.find((notice) => notice.id === id);
}
