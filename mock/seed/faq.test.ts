import { FAQ_ENTRIES } from './faq';

describe('the FAQ seed', () => {
  it('has the 14 answers of the source, numbered in order, none empty', () => {
    expect(FAQ_ENTRIES.map((entry) => entry.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
    for (const entry of FAQ_ENTRIES) {
      expect(entry.question).toMatch(/？$/);
      expect(entry.answer.length).toBeGreaterThan(0);
      for (const paragraph of entry.answer) expect(paragraph.trim()).not.toBe('');
    }
  });

  it('keeps the labels parents are told to look for', () => {
    const text = FAQ_ENTRIES.flatMap((entry) => [entry.question, ...entry.answer]).join('\n');
    const labels = [
      '爱山东',
      '爱山东·泉城办',
      '小学入学信息登记',
      '中小学转学申请信息登记',
      '自动回填',
      '基本信息',
      '联系手机号',
      '我的登记',
      '信息修改',
      '删除信息',
      '继续登记',
      '预约现场登记',
      '通知公告',
      '登记信息与上传材料对照表',
      '5M',
      '原图',
    ];
    for (const label of labels) expect(text).toContain(label);
  });

  it('splits answers 1, 11 and 13 into paragraphs as the source does', () => {
    const paragraphs = (n: number) =>
      FAQ_ENTRIES.find((entry) => entry.number === n)?.answer.length;
    expect([paragraphs(1), paragraphs(11), paragraphs(13)]).toEqual([3, 4, 3]);
  });
});
