import { FIELD_PATHS } from '@/domain/registration/field-paths';
import { messagesFor, type Messages } from '@/messages/catalog';
import { loadCatalogue } from '@/messages/catalogue-loader';
import { problemMessage } from './problem-message';

const zh = messagesFor('zh-CN');
let en: Messages;

beforeAll(async () => {
  en = await loadCatalogue('en-US');
});

describe('problemMessage', () => {
  it('asks for a school in words of its own, not by quoting the question', () => {
    expect(problemMessage(zh, { field: 'schoolId', code: 'required' })).toBe('请选择登记学校');
  });

  it('shows the phone format right in the message', () => {
    expect(problemMessage(zh, { field: 'child.contactMobile', code: 'format' })).toContain(
      '139 1234 5678',
    );
    expect(problemMessage(en, { field: 'child.contactMobile', code: 'format' })).toContain(
      '11 digits',
    );
  });

  it('tells where a student status number comes from instead of "as on the document"', () => {
    const message = problemMessage(zh, { field: 'student.statusNumber', code: 'prefix' });
    expect(message).toContain('G 或 L');
    expect(message).not.toContain('请按证件上的号码输入');
  });

  it('has a message of its own for every question left empty, in both languages', () => {
    const generic = (field: string) => field.includes('“');
    for (const field of FIELD_PATHS) {
      if (field === 'guardian.otherParent.mobile') continue; // optional: never required
      for (const m of [zh, en]) {
        expect(generic(problemMessage(m, { field, code: 'required' }))).toBe(false);
      }
    }
  });

  it('falls back to the general instruction naming the question for a rare problem', () => {
    expect(problemMessage(zh, { field: 'household.headName', code: 'too-long' })).toBe(
      '“户主姓名”太长，请精简后填写',
    );
  });
});
