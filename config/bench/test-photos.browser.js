// Test photos drawn on a canvas inside the browser page, for the photo benchmark and the browser
// tests (FAQ 12: parents photograph paper documents with phones of every age). Loaded into a page
// with addScriptTag after document-scene.browser.js; defines `window.testPhotos`.
(function defineTestPhotos(scope) {
  const { randomFrom, drawDocument } = scope.documentScene;

  /**
   * Sensor noise as a phone's image pipeline leaves it: drawn at half resolution (std `sigma`)
   * and interpolated up, so it is spatially correlated like demosaiced, denoised noise rather
   * than white. Row band by row band so a 48 MP canvas never needs one huge ImageData.
   */
  function addNoise(ctx, w, h, random, sigma) {
    const nw = (w >> 1) + 2;
    const nh = (h >> 1) + 2;
    const field = new Float32Array(nw * nh);
    for (let i = 0; i < field.length; i += 1) {
      field[i] = (random() + random() + random() - 1.5) * 2 * sigma;
    }
    const band = 256;
    for (let y0 = 0; y0 < h; y0 += band) {
      const rows = Math.min(band, h - y0);
      const image = ctx.getImageData(0, y0, w, rows);
      const data = image.data;
      for (let y = 0, i = 0; y < rows; y += 1) {
        const fy = (y0 + y) / 2;
        const iy = Math.floor(fy);
        const ty = fy - iy;
        for (let x = 0; x < w; x += 1, i += 4) {
          const fx = x / 2;
          const ix = Math.floor(fx);
          const tx = fx - ix;
          const p = iy * nw + ix;
          const top = field[p] + (field[p + 1] - field[p]) * tx;
          const bottom = field[p + nw] + (field[p + nw + 1] - field[p + nw]) * tx;
          const n = top + (bottom - top) * ty;
          data[i] += n;
          data[i + 1] += n;
          data[i + 2] += n;
        }
      }
      ctx.putImageData(image, 0, y0);
    }
  }

  function canvas(w, h) {
    const element = document.createElement('canvas');
    element.width = w;
    element.height = h;
    return element;
  }

  function toBytes(element, type, quality) {
    return new Promise((resolve, reject) => {
      element.toBlob(
        (blob) => (blob ? blob.arrayBuffer().then((b) => resolve(new Uint8Array(b))) : reject()),
        type,
        quality,
      );
    });
  }

  function free(element) {
    element.width = 0;
    element.height = 0;
  }

  /** Uncorrelated noise on every pixel: harsher than a phone's pipeline leaves (a worst case). */
  function addWhiteNoise(ctx, w, h, random, sigma) {
    const band = 256;
    for (let y0 = 0; y0 < h; y0 += band) {
      const rows = Math.min(band, h - y0);
      const image = ctx.getImageData(0, y0, w, rows);
      const data = image.data;
      for (let i = 0; i < data.length; i += 4) {
        const n = (random() + random() + random() - 1.5) * 2 * sigma;
        data[i] += n;
        data[i + 1] += n;
        data[i + 2] += n;
      }
      ctx.putImageData(image, 0, y0);
    }
  }

  /**
   * A phone-like JPEG of a document: `w`x`h` pixels, quality 0.92, with sensor noise as a
   * phone's pipeline leaves it (`grain` 'phone') or uncorrelated per-pixel noise ('white').
   */
  async function documentJpeg(w, h, seed = 7, grain = 'phone') {
    const random = randomFrom(seed);
    const element = canvas(w, h);
    const ctx = element.getContext('2d');
    drawDocument(ctx, w, h, random);
    if (grain === 'white') addWhiteNoise(ctx, w, h, random, 4);
    else addNoise(ctx, w, h, random, 4);
    const bytes = await toBytes(element, 'image/jpeg', 0.92);
    free(element);
    return bytes;
  }

  /**
   * A portrait document shot with the phone held sideways: the pixels are stored landscape and
   * EXIF orientation 6 says "turn 90 degrees clockwise to show". The caller inserts the EXIF
   * segment (withExifOrientation) so the same code is tested everywhere.
   */
  async function sidewaysDocumentJpeg(w = 3024, h = 4032, seed = 11) {
    const random = randomFrom(seed);
    const upright = canvas(w, h);
    const uctx = upright.getContext('2d');
    drawDocument(uctx, w, h, random);
    addNoise(uctx, w, h, random, 4);
    const stored = canvas(h, w);
    const sctx = stored.getContext('2d');
    sctx.translate(0, w);
    sctx.rotate(-Math.PI / 2);
    sctx.drawImage(upright, 0, 0);
    free(upright);
    const bytes = await toBytes(stored, 'image/jpeg', 0.92);
    free(stored);
    return bytes;
  }

  /** A phone screenshot (PNG) of a gallery app showing a document photo, with a status bar. */
  async function screenshotPng(w = 1440, h = 3200, seed = 13) {
    const random = randomFrom(seed);
    const element = canvas(w, h);
    const ctx = element.getContext('2d');
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, w, h);
    const photo = canvas(w, Math.round(w * 0.75));
    const pctx = photo.getContext('2d');
    drawDocument(pctx, photo.width, photo.height, random);
    addNoise(pctx, photo.width, photo.height, random, 3);
    ctx.drawImage(photo, 0, Math.round(h * 0.3));
    free(photo);
    ctx.fillStyle = '#fff';
    ctx.font = `${Math.round(w * 0.035)}px sans-serif`;
    ctx.fillText('10:24', w * 0.05, h * 0.02);
    ctx.fillText('相册  ·  2022年7月5日', w * 0.05, h * 0.06);
    for (let i = 0; i < 5; i += 1) {
      ctx.fillStyle = `hsl(${Math.floor(random() * 360)},40%,45%)`;
      ctx.fillRect(w * (0.05 + i * 0.19), h * 0.9, w * 0.15, w * 0.15);
    }
    const bytes = await toBytes(element, 'image/png');
    free(element);
    return bytes;
  }

  /** A chat thumbnail: the kind of picture forwarded without "original" (短边不足 1000 像素). */
  async function thumbnailJpeg(w = 720, h = 960, seed = 17) {
    const random = randomFrom(seed);
    const element = canvas(w, h);
    drawDocument(element.getContext('2d'), w, h, random);
    const bytes = await toBytes(element, 'image/jpeg', 0.75);
    free(element);
    return bytes;
  }

  async function decodeToCanvas(bytes) {
    const bitmap = await scope.createImageBitmap(new Blob([bytes]));
    const element = canvas(bitmap.width, bitmap.height);
    element.getContext('2d').drawImage(bitmap, 0, 0);
    bitmap.close();
    return element;
  }

  /**
   * A phone photo that went through an earlier encode (saved by an editor or a chat app as an
   * original) and came back to the phone: the 8x8 block artifacts of quality `quality` baked in.
   */
  async function reencodedJpeg(w = 4032, h = 3024, quality = 0.7) {
    const first = await documentJpeg(w, h, 21);
    const decoded = await decodeToCanvas(first);
    const once = await toBytes(decoded, 'image/jpeg', quality);
    free(decoded);
    const again = await decodeToCanvas(once);
    const bytes = await toBytes(again, 'image/jpeg', 0.92);
    free(again);
    return bytes;
  }

  /** A document under a desk lamp: bright on one side, falling off to a dim corner. */
  async function unevenLightJpeg(w = 4032, h = 3024, seed = 23) {
    const random = randomFrom(seed);
    const element = canvas(w, h);
    const ctx = element.getContext('2d');
    drawDocument(ctx, w, h, random);
    const shade = ctx.createRadialGradient(w * 0.2, h * 0.2, w * 0.05, w * 0.3, h * 0.3, w);
    shade.addColorStop(0, 'rgba(255,250,230,0.25)');
    shade.addColorStop(1, 'rgba(0,0,0,0.55)');
    ctx.fillStyle = shade;
    ctx.fillRect(0, 0, w, h);
    addNoise(ctx, w, h, random, 6);
    const bytes = await toBytes(element, 'image/jpeg', 0.92);
    free(element);
    return bytes;
  }

  /** A page shot sideways by a phone that writes no orientation tag: stored on its side, as is. */
  async function untaggedSidewaysJpeg(w = 3024, h = 4032) {
    return sidewaysDocumentJpeg(w, h, 29);
  }

  /**
   * A flatbed scan kept as black and white (what a 1-bit scan shows): an A4 page at 200 dpi with
   * every pixel pure black or white, as PNG. It compresses far better than any JPEG of it.
   */
  async function bilevelScanPng(w = 1654, h = 2339, seed = 31) {
    const random = randomFrom(seed);
    const element = canvas(w, h);
    const ctx = element.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    // Glyphs as strokes, so the page does not depend on the machine's fonts.
    ctx.fillStyle = '#000';
    const size = Math.round(w * 0.016);
    const stroke = Math.max(2, Math.round(size / 8));
    for (let y = h * 0.08; y < h * 0.92; y += size * 1.8) {
      for (let x = w * 0.08; x < w * 0.9; x += size * 1.15) {
        for (let k = 0; k < 4; k += 1) {
          const horizontal = random() < 0.5;
          const at = Math.floor(random() * size);
          if (horizontal) ctx.fillRect(x, y + at, size, stroke);
          else ctx.fillRect(x + at, y, stroke, size);
        }
      }
    }
    const band = 256;
    for (let y0 = 0; y0 < h; y0 += band) {
      const rows = Math.min(band, h - y0);
      const image = ctx.getImageData(0, y0, w, rows);
      const data = image.data;
      for (let i = 0; i < data.length; i += 4) {
        const v = data[i] < 128 ? 0 : 255;
        data[i] = v;
        data[i + 1] = v;
        data[i + 2] = v;
        data[i + 3] = 255;
      }
      ctx.putImageData(image, 0, y0);
    }
    const bytes = await toBytes(element, 'image/png');
    free(element);
    return bytes;
  }

  /** A small phone JPEG already under every limit (1600 x 1200, quality 0.85). */
  async function smallJpeg(w = 1600, h = 1200, seed = 37) {
    const random = randomFrom(seed);
    const element = canvas(w, h);
    const ctx = element.getContext('2d');
    drawDocument(ctx, w, h, random);
    addNoise(ctx, w, h, random, 3);
    const bytes = await toBytes(element, 'image/jpeg', 0.85);
    free(element);
    return bytes;
  }

  /** A 12 MP phone JPEG cut off half way (the phone stopped writing it). */
  async function truncatedJpeg(w = 4032, h = 3024) {
    const whole = await documentJpeg(w, h, 41);
    return whole.slice(0, whole.length >> 1);
  }

  /** A camera JPEG whose image data is missing: it decodes all black. */
  async function blankJpeg(w = 4032, h = 3024) {
    const element = canvas(w, h);
    const ctx = element.getContext('2d');
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, w, h);
    const bytes = await toBytes(element, 'image/jpeg', 0.92);
    free(element);
    return bytes;
  }

  scope.testPhotos = {
    documentJpeg,
    sidewaysDocumentJpeg,
    screenshotPng,
    thumbnailJpeg,
    reencodedJpeg,
    unevenLightJpeg,
    untaggedSidewaysJpeg,
    bilevelScanPng,
    smallJpeg,
    truncatedJpeg,
    blankJpeg,
  };
})(window);
