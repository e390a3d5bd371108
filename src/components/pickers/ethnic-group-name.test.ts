import { ETHNIC_GROUPS } from '@/domain/registration/ethnic-groups';
import { messagesFor, type Messages } from '@/messages/catalog';
import { loadCatalogue } from '@/messages/catalogue-loader';
import { ethnicGroupName } from './ethnic-group-name';

const zh = messagesFor('zh-CN');
let en: Messages;

beforeAll(async () => {
  en = await loadCatalogue('en-US');
});

describe('ethnicGroupName', () => {
  it('gives every group its household-register name in Chinese', () => {
    for (const group of ETHNIC_GROUPS) expect(ethnicGroupName(zh, group.code)).toBe(group.name);
    expect(ethnicGroupName(zh, '05')).toBe('维吾尔族');
  });

  it('gives every group a romanised name in English, never the Chinese one', () => {
    for (const group of ETHNIC_GROUPS) {
      expect(ethnicGroupName(en, group.code)).not.toBe(group.name);
    }
    expect(ethnicGroupName(en, '03')).toBe('Hui');
  });

  it('shows an unknown code as it came rather than a blank', () => {
    expect(ethnicGroupName(zh, '77')).toBe('77');
  });
});
