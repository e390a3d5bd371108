// The photo benchmark inside the browser page: makes one test photo, runs our pipeline and
// browser-image-compression on it in turn, and measures time, output, SSIM and the main
// thread's long tasks while ours runs. Needs
// test-photos.browser.js, ssim.browser.js and the esbuild bundle (window.photoBench) loaded first.
(function defineBenchPage(scope) {
  // The settings the issue names: the legible long side and 1 MB, on the main thread like ours.
  const ALTERNATIVE = { maxSizeMB: 1, maxWidthOrHeight: 2339, useWebWorker: false };

  async function makeSource(spec) {
    const photos = scope.testPhotos;
    const { width: w, height: h } = spec;
    switch (spec.kind) {
      case 'jpeg':
        return photos.documentJpeg(w, h, 7, spec.grain);
      case 'png':
        return photos.screenshotPng(w, h);
      case 'reencoded':
        return photos.reencodedJpeg(w, h);
      case 'uneven':
        return photos.unevenLightJpeg(w, h);
      case 'untagged':
        return photos.untaggedSidewaysJpeg(h, w);
      case 'bilevel':
        return photos.bilevelScanPng(w, h);
      case 'small':
        return photos.smallJpeg(w, h);
      case 'truncated':
        return photos.truncatedJpeg(w, h);
      case 'blank':
        return photos.blankJpeg(w, h);
      default: {
        const stored = await photos.sidewaysDocumentJpeg(h, w);
        return scope.photoBench.withExifOrientation(stored, 6);
      }
    }
  }

  /** Our pipeline's answer: the file to upload, or the problem it refused the photo with. */
  async function ours(file) {
    const picked = {
      file: { kind: 'blob', blob: file },
      name: file.name,
      declaredType: file.type,
      byteLength: file.size,
    };
    const result = await scope.photoBench.preparePhoto(picked).result;
    if (!result.ok) return { refused: result.problem };
    URL.revokeObjectURL(result.photo.previewUrl);
    return result.photo.file.blob;
  }

  /** Long tasks (over 50 ms) on this page's main thread while `work` runs. */
  async function watchLongTasks(work) {
    // Start in a task of its own: the task that just ended (the alternative's last step) is
    // reported after it ends and must not be counted as ours.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const tasks = [];
    const observer = new scope.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ entryTypes: ['longtask'] });
    try {
      return { value: await work(), tasks };
    } finally {
      // Entries of the last task are delivered after it ends: give them a turn to arrive.
      await new Promise((resolve) => setTimeout(resolve, 0));
      tasks.push(...observer.takeRecords().map((entry) => entry.duration));
      observer.disconnect();
    }
  }

  function alternative(file) {
    return scope.photoBench.imageCompression(file, ALTERNATIVE);
  }

  async function describe(output, source) {
    if (!(output instanceof Blob)) return { refused: output.refused };
    const bitmap = await scope.createImageBitmap(output);
    const facts = {
      bytes: output.size,
      type: output.type,
      width: bitmap.width,
      height: bitmap.height,
    };
    bitmap.close();
    // The source of a truncated file does not decode: there is nothing to compare with.
    const ssim = await scope.photoSsim(source, output).catch(() => null);
    return { ...facts, ssim };
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  /** Runs one case `runs` times per library, alternating which goes first; median times. */
  async function runCase(spec, runs) {
    const bytes = await makeSource(spec);
    const file = new File([bytes], spec.name, { type: spec.type });
    const times = { ours: [], alternative: [] };
    const outputs = {};
    const blocking = [];
    let longest = 0;
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? ['ours', 'alternative'] : ['alternative', 'ours'];
      for (const who of order) {
        const started = performance.now();
        if (who === 'ours') {
          const { value, tasks } = await watchLongTasks(() => ours(file));
          outputs.ours = value;
          blocking.push(tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0));
          longest = Math.max(longest, ...tasks);
        } else {
          // A file that did not decode may make the alternative throw: that is its answer.
          outputs.alternative = await alternative(file).catch((error) => ({
            refused: String(error && error.message ? error.message : error).slice(0, 60),
          }));
        }
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
        longestTaskMs: Math.round(longest),
        blockingMs: Math.round(median(blocking)),
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
