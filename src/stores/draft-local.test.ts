import Taro from '@tarojs/taro';
import { resetTaroDouble } from '../../config/test-doubles/taro';
import { StorageFailure } from '@/platform/storage';
import { flushLocal, openLocal, scheduleLocalWrite } from './draft-local';
import { useSession } from './session-store';

beforeEach(() => resetTaroDouble());
afterEach(() => jest.restoreAllMocks());

describe('device copies without a cipher', () => {
  it('writes nothing and reports that no device copy exists', async () => {
    // No session key (or, on the mini-program, no secure random source): no cipher.
    expect(useSession.getState().profile).toBeNull();
    await openLocal('p-all-verified');
    const write = jest.spyOn(Taro, 'setStorageSync');
    const done = jest.fn();
    scheduleLocalWrite(() => ({ drafts: {}, queue: [{ kind: 'put', id: 'd-1' }] }), done);
    await flushLocal();
    expect(done).toHaveBeenCalledWith(expect.any(StorageFailure));
    expect(write.mock.calls.filter(([key]) => key === 'drafts.p-all-verified')).toEqual([]);
  });
});
