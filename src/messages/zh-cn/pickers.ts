/** Pickers that replace typing: ethnicity, dates, addresses (issue 14). */
export const pickers = {
  ethnicitySearch: '搜索民族',
  ethnicitySearchHint: '输入民族名称中的一个字，如“回”，列表只留下相符的民族。',
  ethnicityNoMatch: '没有名称中含“{query}”的民族，请换一个字。',
  /**
   * Names by GB/T 3304-1991 code in other languages. Chinese needs none: the household register's
   * own names are data in src/domain/registration/ethnic-groups.ts, and ethnicGroupName reads them.
   */
  ethnicGroupNames: {} as Partial<Record<string, string>>,
  chooseDate: '选择日期',
  dateNotChosen: '尚未选择',
  dateChosen: '{date}，点按可修改',
  addressDistrict: '所在区县',
  addressDowntownNote:
    '标有“中心城区”的七个区（历下区、市中区、槐荫区、天桥区、历城区、长清区、济南高新区）属于本次登记的中心城区。地址不在济南市的，选“济南市以外”。',
  addressDowntown: '中心城区',
  addressOutside: '济南市以外',
  addressStreet: '街道、门牌号或小区',
  addressStreetHint: '如：泉城路100号泉城花园；没有楼号的，写到门牌号即可。',
  addressFull: '详细地址',
  addressFullHint: '从省、市写起，如：山东省临沂市兰山区某某路1号。',
  addressBuilding: '楼号',
  addressUnit: '单元',
  addressRoom: '房号',
  addressNumbersHint: '只填数字，没有的可以不填。',
  addressWillRead: '将登记为：',
  addressUseOther: '与{which}相同',
  addressWhich: { household: '户籍地址', residence: '房屋地址' },
  addressDistrictNames: {
    lixia: '历下区',
    shizhong: '市中区',
    huaiyin: '槐荫区',
    tianqiao: '天桥区',
    licheng: '历城区',
    changqing: '长清区',
    gaoxin: '高新区',
    zhangqiu: '章丘区',
    jiyang: '济阳区',
    laiwu: '莱芜区',
    gangcheng: '钢城区',
    pingyin: '平阴县',
    shanghe: '商河县',
  },
};
