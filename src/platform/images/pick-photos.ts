// Type-checking and unit-test entry: Taro builds resolve `pick-photos.h5.ts` or
// `pick-photos.weapp.ts` for their platform instead of this file.
export { pickPhotos } from './pick-photos.h5';
