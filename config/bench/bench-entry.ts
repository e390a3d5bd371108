// The code under test for the photo benchmark, bundled by esbuild into the benchmark page: our
// real H5 pipeline (src/domain/photos + src/platform/images/*.h5.ts, compressorjs) beside
// browser-image-compression, the alternative it is measured against.
import imageCompression from 'browser-image-compression';
import { withExifOrientation } from '../../src/domain/photos/exif-orientation';
import { preparePhoto } from '../../src/platform/images/prepare-photo.h5';

(window as unknown as { photoBench: unknown }).photoBench = {
  preparePhoto,
  imageCompression,
  withExifOrientation,
};
