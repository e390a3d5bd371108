/**
 * Journeys through the built mini-program in the WeChat logic-layer stand-in: sign-on through
 * wx.login, each subsystem's first section typed in, drafts across the app being hidden and
 * relaunched, and the offline queue. Any uncaught error or unexpected wx call fails the test.
 */
import type { MiniProgram } from './mini-program';
import { inputAfter, launchSignedIn, newDevice, serverDrafts, tapText } from './sim-app';

const running: MiniProgram[] = [];

async function launch(...args: Parameters<typeof launchSignedIn>) {
  const program = await launchSignedIn(...args);
  running.push(program);
  return program;
}

afterEach(() => {
  const errors = running.flatMap((program) => program.errors);
  running.splice(0).forEach((program) => program.close());
  expect(errors).toEqual([]);
});

async function openEnrollmentChildSection(program: MiniProgram): Promise<void> {
  await tapText(program, '开始登记');
  await program.waitFor('the task list', () => program.text().includes('登记事项'));
  await tapText(program, '基本信息');
  await program.waitFor('the child section', () => program.text().includes('孩子姓名'));
}

describe('the mini-program in a WeChat logic-layer stand-in', () => {
  it('signs the parent on with a wx.login code and shows home with the ID number masked', async () => {
    const program = await launch(newDevice(), 'p-all-verified');
    await program.waitForNode({ text: '开始登记' });
    expect(program.host.calls).toContain('login');
    expect(program.text()).toContain('370102********0132');
    expect(program.text()).not.toMatch(/\d{17}[\dX]/);
    expect(program.text()).toContain('小学入学信息登记');
  });

  it("types the enrollment's first section and continues; the gateway holds the draft", async () => {
    const device = newDevice();
    const program = await launch(device, 'p-all-verified');
    await openEnrollmentChildSection(program);
    program.type(inputAfter(program, '孩子姓名'), '李沐阳');
    await tapText(program, '居民身份证');
    program.type(inputAfter(program, '孩子证件号码'), '370102201510180033');
    await program.waitFor(
      'the typed name on screen',
      () => inputAfter(program, '孩子姓名').attr('value') === '李沐阳',
    );
    await tapText(program, '保存并继续');
    await program.waitFor('step 2', () => program.text().includes('第 2 步'));
    await program.waitFor('the server copy', () =>
      serverDrafts(device, 'p-all-verified').includes('李沐阳'),
    );
  });

  it("types the transfer's first section and continues", async () => {
    const device = newDevice();
    const program = await launch(device, 'p-transfer-family');
    await tapText(program, '开始转学登记');
    await program.waitFor('the transfer tasks', () => program.text().includes('在读学校信息'));
    await tapText(program, '基本信息');
    await program.waitFor('the student section', () => program.text().includes('孩子姓名'));
    program.type(inputAfter(program, '孩子姓名'), '马思远');
    await tapText(program, '居民身份证');
    program.type(inputAfter(program, '孩子证件号码'), '370102201602140071');
    await tapText(program, '保存并继续');
    await program.waitFor('step 2', () => program.text().includes('第 2 步'));
    await program.waitFor('the server copy', () =>
      serverDrafts(device, 'p-transfer-family').includes('马思远'),
    );
  });

  it('keeps a draft sealed in storage across the app being hidden and relaunched', async () => {
    const device = newDevice();
    const first = await launch(device, 'p-all-verified');
    await openEnrollmentChildSection(first);
    first.type(inputAfter(first, '孩子姓名'), '李沐阳');
    first.hide();
    await first.waitFor(
      'the sealed device copy',
      () => (device.storage.get('drafts.p-all-verified') ?? '').length > 100,
    );
    first.close();
    expect(device.storage.get('drafts.p-all-verified')).not.toContain('李沐阳');

    const second = await launch(device, 'p-all-verified');
    await openEnrollmentChildSection(second);
    await second.waitFor(
      'the name restored',
      () => inputAfter(second, '孩子姓名').attr('value') === '李沐阳',
    );
  });

  it('keeps offline edits and their queue through a close, and sends them once back online', async () => {
    const device = newDevice();
    const first = await launch(device, 'p-all-verified');
    await openEnrollmentChildSection(first);
    first.setOnline(false);
    first.type(inputAfter(first, '孩子姓名'), '李沐阳');
    await first.waitFor('the offline notice', () => first.text().includes('已保存在本机'), 10_000);
    // Closed from the task switcher while offline: nothing more runs.
    first.close();
    expect(serverDrafts(device, 'p-all-verified')).not.toContain('李沐阳');

    const second = await launch(device, 'p-all-verified');
    // Drafts are opened with the parent's forms: the task list reads the sealed queue and sends it.
    await tapText(second, '开始登记');
    await second.waitFor(
      'the queued edit sent',
      () => serverDrafts(device, 'p-all-verified').includes('李沐阳'),
      10_000,
    );
  });
});
