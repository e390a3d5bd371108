// Type-checking and unit-test entry: Taro builds resolve `page-frame.h5.ts` or `page-frame.weapp.ts`.
export {
  backTarget,
  DRAWS_TITLE_BAR,
  focusPageHeading,
  refocusPageHeading,
  goBack,
  isShown,
  showPageTitle,
} from './page-frame.h5';
