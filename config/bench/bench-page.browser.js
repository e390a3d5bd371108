// The photo benchmark inside the browser page: makes one test photo, runs our pipeline and
// browser-image-compression on it in turn, and measures time, output and SSIM. Needs
// test-photos.browser.js, ssim.browser.js and the esbuild bundle (window.photoBench) loaded first.
(function defineBenchPage(scope) {
  const ALTERNATIVE = { maxSizeMB: 1, maxWidthOrHeight: 3508, useWebWorker: false };

  async function makeSource(spec) {
    const photos = scope.testPhotos;
    if (spec.kind === 'jpeg') return photos.documentJpeg(spec.width, spec.height, 7, spec.grain);
    if (spec.kind === 'png') return photos.screenshotPng(spec.width, spec.height);
    const stored = await photos.sidewaysDocumentJpeg(spec.height, spec.width);
    return scope.photoBench.withExifOrientation(stored, 6);
  }

  async function ours(file) {
    const picked = {
      file: { kind: 'blob', blob: file },
      name: file.name,
      declaredType: file.type,
      byteLength: file.size,
    };
    const result = await scope.photoBench.preparePhoto(picked).result;
    if (!result.ok) throw new Error(`our pipeline refused the photo: ${result.problem}`);
    URL.revokeObjectURL(result.photo.previewUrl);
    return result.photo.file.blob;
  }

  function alternative(file) {
    return scope.photoBench.imageCompression(file, ALTERNATIVE);
  }

  async function describe(output, source) {
    const bitmap = await scope.createImageBitmap(output);
    const facts = {
      bytes: output.size,
      type: output.type,
      width: bitmap.width,
      height: bitmap.height,
    };
    bitmap.close();
    return { ...facts, ssim: await scope.photoSsim(source, output) };
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  /** Runs one case `runs` times per library, alternating which goes first; median times. */
  async function runCase(spec, runs) {
    const bytes = await makeSource(spec);
    const file = new File([bytes], spec.name, { type: spec.type });
    const times = { ours: [], alternative: [] };
    const outputs = {};
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? ['ours', 'alternative'] : ['alternative', 'ours'];
      for (const who of order) {
        const started = performance.now();
        outputs[who] = await (who === 'ours' ? ours(file) : alternative(file));
        times[who].push(performance.now() - started);
      }
    }
    return {
      case: spec.id,
      label: spec.label,
      source: { width: spec.width, height: spec.height, bytes: file.size, type: file.type },
      ours: {
        ms: Math.round(median(times.ours)),
        runsMs: times.ours.map(Math.round),
        ...(await describe(outputs.ours, file)),
      },
      alternative: {
        ms: Math.round(median(times.alternative)),
        runsMs: times.alternative.map(Math.round),
        ...(await describe(outputs.alternative, file)),
      },
    };
  }

  /** Runs both libraries once on a small photo, so neither pays first-use costs in a case. */
  async function warmUp() {
    const file = new File([await scope.testPhotos.documentJpeg(1600, 1200, 3)], 'warm.jpg', {
      type: 'image/jpeg',
    });
    await ours(file);
    await alternative(file);
  }

  scope.photoBenchPage = { runCase, warmUp };
})(window);
