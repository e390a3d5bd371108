// Image comparison for the photo benchmark, run inside the browser page: decodes two images,
// resizes the reference to the candidate's size the way a browser does (drawImage, high quality),
// and computes the mean SSIM of their luma over 8x8 windows with a stride of 4 pixels.
(function defineSsim(scope) {
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  const WINDOW = 8;
  const STRIDE = 4;

  function lumaOf(source, width, height) {
    const element = document.createElement('canvas');
    element.width = width;
    element.height = height;
    const ctx = element.getContext('2d');
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, width, height);
    const luma = new Float32Array(width * height);
    const band = 256;
    for (let y0 = 0; y0 < height; y0 += band) {
      const rows = Math.min(band, height - y0);
      const data = ctx.getImageData(0, y0, width, rows).data;
      for (let i = 0, p = y0 * width; i < data.length; i += 4, p += 1) {
        luma[p] = 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
      }
    }
    element.width = 0;
    element.height = 0;
    return luma;
  }

  function meanSsim(a, b, width, height) {
    let total = 0;
    let count = 0;
    const n = WINDOW * WINDOW;
    for (let y = 0; y + WINDOW <= height; y += STRIDE) {
      for (let x = 0; x + WINDOW <= width; x += STRIDE) {
        let sa = 0;
        let sb = 0;
        let saa = 0;
        let sbb = 0;
        let sab = 0;
        for (let dy = 0; dy < WINDOW; dy += 1) {
          let p = (y + dy) * width + x;
          for (let dx = 0; dx < WINDOW; dx += 1, p += 1) {
            const va = a[p];
            const vb = b[p];
            sa += va;
            sb += vb;
            saa += va * va;
            sbb += vb * vb;
            sab += va * vb;
          }
        }
        const ma = sa / n;
        const mb = sb / n;
        const va = saa / n - ma * ma;
        const vb = sbb / n - mb * mb;
        const cov = sab / n - ma * mb;
        total +=
          ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
        count += 1;
      }
    }
    return total / count;
  }

  /** Mean SSIM of `candidate` against `reference` resized to the candidate's size (EXIF applied). */
  async function ssim(reference, candidate) {
    const ref = await scope.createImageBitmap(reference, { imageOrientation: 'from-image' });
    const out = await scope.createImageBitmap(candidate, { imageOrientation: 'from-image' });
    const { width, height } = out;
    const a = lumaOf(ref, width, height);
    const b = lumaOf(out, width, height);
    ref.close();
    out.close();
    return meanSsim(a, b, width, height);
  }

  scope.photoSsim = ssim;
})(window);
