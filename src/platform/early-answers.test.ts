import { takeEarlyAnswer } from './early-answers';

const page = window as unknown as { __earlyAnswers?: unknown };

afterEach(() => {
  delete page.__earlyAnswers;
});

describe('taking an answer index.html asked for', () => {
  it('gives the promise for the address once', () => {
    const answer = Promise.resolve({ status: 200, body: {} });
    page.__earlyAnswers = { '/gateway/config': answer };
    expect(takeEarlyAnswer('/gateway/config')).toBe(answer);
    expect(takeEarlyAnswer('/gateway/config')).toBeNull();
  });

  it('gives nothing when the page asked for nothing', () => {
    expect(takeEarlyAnswer('/gateway/config')).toBeNull();
  });

  it('gives nothing for a value that is not a promise', () => {
    page.__earlyAnswers = { '/gateway/config': { status: 200 } };
    expect(takeEarlyAnswer('/gateway/config')).toBeNull();
  });
});
