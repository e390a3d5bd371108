// Type-checking and unit-test entry: Taro builds resolve `prepare-photo.h5.ts` or
// `prepare-photo.weapp.ts` for their platform instead of this file.
export { CAN_TURN_PHOTOS, loadPhotoPipeline, preparePhoto, releasePhoto } from './prepare-photo.h5';
