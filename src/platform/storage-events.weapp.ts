/** Page and network events the draft store needs on the mini-program (FAQ 7). */
import Taro from '@tarojs/taro';

/** Calls `flush` when the mini-program goes to the background. */
export function onPageLeave(flush: () => void): () => void {
  Taro.onAppHide(flush);
  return () => Taro.offAppHide(flush);
}

/** Calls `resume` when the network comes back, so queued server saves are sent. */
export function onNetworkBack(resume: () => void): () => void {
  const listener = (result: { isConnected: boolean }) => {
    if (result.isConnected) resume();
  };
  Taro.onNetworkStatusChange(listener);
  return () => Taro.offNetworkStatusChange(listener);
}
