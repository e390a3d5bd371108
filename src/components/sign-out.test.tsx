/** 退出登录 in jsdom against the mock gateway (msw/node): queued edits first, then clearing. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setUpSignedInParent } from '../../config/test-doubles/signed-in-parent';
import { currentMessages } from '@/messages/catalog';
import { fill } from '@/messages/fill';
import { flushLocal } from '@/stores/draft-local';
import { useDrafts } from '@/stores/draft-store';
import { useSession } from '@/stores/session-store';
import { SignOut } from './sign-out';

const PARENT = 'p-all-verified';
const { gateway, signIn } = setUpSignedInParent(PARENT);
const m = currentMessages();

function serverName(id: string): unknown {
  const payload = gateway.state.drafts[PARENT]?.[id]?.payload as
    { answers?: { child?: { name?: string } } } | undefined;
  return payload?.answers?.child?.name;
}

async function startSignOut() {
  render(<SignOut />);
  fireEvent.click(screen.getByText(m.account.signOut));
  await act(async () => {
    fireEvent.click(screen.getByText(m.account.confirmSignOut));
    await Promise.resolve();
  });
}

describe('SignOut', () => {
  it('sends the queued edits to the gateway, then signs out and clears the device copy', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    await flushLocal();
    expect(String(Taro.getStorageSync(`drafts.${PARENT}`))).not.toBe('');
    await startSignOut();
    await act(async () => {
      for (let i = 0; i < 50 && useSession.getState().status !== 'idle'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    expect(serverName(id)).toBe('李沐阳');
    expect(useSession.getState()).toMatchObject({ status: 'idle', profile: null });
    expect(Taro.getStorageSync(`drafts.${PARENT}`)).toBe('');
    expect(useDrafts.getState()).toMatchObject({ drafts: {}, queue: [] });
  });

  it('sends the edits queued on the device even when no screen has opened the drafts yet', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    gateway.state.fault = { mode: 'network-error', pathPrefix: '/drafts', times: 1 };
    await flushLocal();
    // A reload onto the home page: the queue is on the device only.
    useDrafts.setState({ parentId: null, drafts: {}, queue: [] });
    gateway.state.fault = null;
    await startSignOut();
    await act(async () => {
      for (let i = 0; i < 100 && useSession.getState().status !== 'idle'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    expect(serverName(id)).toBe('李沐阳');
    expect(useSession.getState().status).toBe('idle');
  });

  it('says how many drafts would lose changes when they cannot be sent, and clears only when asked', async () => {
    await signIn();
    useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    gateway.state.fault = { mode: 'network-error', pathPrefix: '/drafts' };
    await startSignOut();
    expect(await screen.findByText(m.account.unsentTitle)).toBeTruthy();
    expect(screen.getByText(fill(m.account.unsentBody, { count: 1 }))).toBeTruthy();
    expect(useSession.getState().status).toBe('signed-in');
    expect(String(Taro.getStorageSync(`drafts.${PARENT}`))).not.toBe('');
    await act(async () => {
      fireEvent.click(screen.getByText(m.account.signOutAnyway));
      for (let i = 0; i < 50 && useSession.getState().status !== 'idle'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    expect(useSession.getState().status).toBe('idle');
    expect(Taro.getStorageSync(`drafts.${PARENT}`)).toBe('');
    gateway.state.fault = null;
  });
});
