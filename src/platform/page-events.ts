import Taro from '@tarojs/taro';

/** Runs `callback` whenever the page shows (first show and every return to it): a React hook. */
export function usePageShow(callback: () => void): void {
  Taro.useDidShow(callback);
}
