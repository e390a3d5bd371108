import type { FaqEntry, Notice, NoticeSummary } from '../../types';
import { createGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf, signIn } from '../test-support';

async function signedIn() {
  const gateway = createGateway();
  const { token } = await signIn(gateway);
  return { gateway, token };
}

describe('content endpoints', () => {
  it('lists three notices, newest first, without their bodies', async () => {
    const { gateway, token } = await signedIn();
    const list = dataOf<NoticeSummary[]>(await call(gateway, 'GET', '/notices', { token }));
    expect(list).toHaveLength(3);
    expect(list.map((n) => n.publishedOn)).toEqual(
      [...list.map((n) => n.publishedOn)].sort().reverse(),
    );
    expect(list[0]).not.toHaveProperty('paragraphs');
    expect(list.some((n) => n.title.includes('登记信息与上传材料对照表'))).toBe(true);
  });

  it('answers a notice by id with its paragraphs', async () => {
    const { gateway, token } = await signedIn();
    const notice = dataOf<Notice>(
      await call(gateway, 'GET', '/notices/n-2022-enrollment', { token }),
    );
    expect(notice.id).toBe('n-2022-enrollment');
    expect(notice.paragraphs.length).toBeGreaterThan(1);
  });

  it('answers 404 NOT_FOUND for a notice that does not exist', async () => {
    const { gateway, token } = await signedIn();
    const reply = await call(gateway, 'GET', '/notices/n-nope', { token });
    expect(asResponse(reply).status).toBe(404);
    expect(errorCodeOf(reply)).toBe('NOT_FOUND');
  });

  it('answers the 14 FAQ entries in order', async () => {
    const { gateway, token } = await signedIn();
    const faq = dataOf<FaqEntry[]>(await call(gateway, 'GET', '/faq', { token }));
    expect(faq.map((entry) => entry.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
  });

  it('hands out copies, so changing an answer cannot change the seed', async () => {
    const { gateway, token } = await signedIn();
    const faq = dataOf<FaqEntry[]>(await call(gateway, 'GET', '/faq', { token }));
    faq[0]?.answer.push('changed');
    const again = dataOf<FaqEntry[]>(await call(gateway, 'GET', '/faq', { token }));
    expect(again[0]?.answer).not.toContain('changed');
  });

  it.each(['/notices', '/notices/n-2022-enrollment', '/faq'])(
    'requires a session for %s',
    async (path) => {
      const reply = await call(createGateway(), 'GET', path);
      expect(asResponse(reply).status).toBe(401);
      expect(errorCodeOf(reply)).toBe('SESSION_EXPIRED');
    },
  );
});
