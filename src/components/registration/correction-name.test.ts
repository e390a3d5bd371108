import { messagesFor } from '@/messages/catalog';
import { correctionName } from './correction-name';

describe('correctionName', () => {
  const m = messagesFor('zh-CN');

  it('names the property certificate for a corrected property answer', () => {
    expect(correctionName(m, 'correction:residence.address')).toBe(
      '不动产权证书或房屋所有权证（含产权人、地址的页面）',
    );
  });

  it('names the household register for a corrected household answer', () => {
    expect(correctionName(m, 'correction:household.head')).toBe('户口簿首页（户主页）和孩子本人页');
  });

  it('leaves other requirements to the gateway’s material names', () => {
    expect(correctionName(m, 'household-not-verified')).toBeUndefined();
    expect(correctionName(m, 'correction:not.a.field')).toBeUndefined();
  });
});
