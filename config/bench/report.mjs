// The photo benchmark's budgets (the targets of issue 3, FAQ 12) and its printed table.
const MB = 1024 * 1024;

/** Every budget with what was measured; the benchmark fails only when one is missed. */
export function budgets(results) {
  const byId = Object.fromEntries(results.map((r) => [r.case, r]));
  const phone = byId['phone-12mp'];
  const accepted = (o) => o.refused === undefined;
  const list = results
    .filter((r) => !r.info)
    .flatMap((r) => {
      if (r.undecodable) {
        return [
          {
            name: `${r.case}: ours refuses a picture that did not decode`,
            target: 'refused',
            measured: accepted(r.ours) ? 'accepted' : r.ours.refused,
            ok: !accepted(r.ours),
          },
        ];
      }
      const rules = [
        {
          name: `${r.case}: ours accepted and under 5 MB`,
          target: `<= ${5 * MB}`,
          measured: accepted(r.ours) ? r.ours.bytes : r.ours.refused,
          ok: accepted(r.ours) && r.ours.bytes <= 5 * MB,
        },
      ];
      if (r.photo) {
        rules.push({
          name: `${r.case}: ours at most 0.3x the alternative's median time`,
          target: '<= 0.3',
          measured: r.ratio,
          ok: r.ratio <= 0.3,
        });
      }
      // Chromium has the worker path: no task on the page may freeze it while a photo is prepared.
      rules.push({
        name: `${r.case}: no main-thread task over 50 ms while ours runs`,
        target: '<= 50',
        measured: r.ours.longestTaskMs,
        ok: r.ours.longestTaskMs <= 50,
      });
      if (r.metLimits) {
        rules.push({
          name: `${r.case}: never larger than a source that met the limits`,
          target: `<= ${r.source.bytes}`,
          measured: r.ours.bytes,
          ok: accepted(r.ours) && r.ours.bytes <= r.source.bytes,
        });
      }
      return rules;
    });
  const long = Math.max(phone.ours.width, phone.ours.height);
  list.push(
    {
      name: 'phone-12mp: ours under 1 MB',
      target: `<= ${MB}`,
      measured: phone.ours.bytes,
      ok: phone.ours.bytes <= MB,
    },
    {
      name: 'phone-12mp: long side at least 2339 px',
      target: '>= 2339',
      measured: long,
      ok: long >= 2339,
    },
    {
      name: 'phone-12mp: SSIM at least 0.97',
      target: '>= 0.97',
      measured: phone.ours.ssim,
      ok: phone.ours.ssim >= 0.97,
    },
    {
      name: 'phone-48mp: ours succeeds',
      target: 'jpeg',
      measured: byId['phone-48mp'].ours.type,
      ok: byId['phone-48mp'].ours.type === 'image/jpeg',
    },
  );
  return list;
}

const pad = (value, width) => String(value).padEnd(width);
const cell = (o) =>
  o.refused !== undefined
    ? `${pad(`${o.ms} ms`, 9)}refused: ${o.refused}`
    : `${pad(`${o.ms} ms`, 9)}${pad(`${(o.bytes / MB).toFixed(2)} MB`, 9)}${pad(`${o.width}x${o.height}`, 11)}${o.ssim === null ? '-' : o.ssim.toFixed(4)}`;

/**
 * The human-readable table: one row per case, ours beside the alternative, the main thread's
 * longest task and total blocking (time past 50 ms per long task) while ours ran, then budgets.
 */
export function printTable(results, list) {
  console.log(
    `\n${pad('case', 22)}${pad('source', 22)}${pad('ours: time  size     pixels     SSIM', 46)}${pad('browser-image-compression', 46)}${pad('ratio', 8)}main thread: longest / blocking`,
  );
  for (const r of results) {
    const source = `${r.source.width}x${r.source.height} ${(r.source.bytes / MB).toFixed(2)} MB`;
    console.log(
      `${pad(r.case, 22)}${pad(source, 22)}${pad(cell(r.ours), 46)}${pad(cell(r.alternative), 46)}${pad(r.ratio.toFixed(2), 8)}${r.ours.longestTaskMs} / ${r.ours.blockingMs} ms${r.info ? ' (info)' : ''}`,
    );
  }
  console.log('\nbudgets:');
  for (const b of list)
    console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name}: ${b.measured} (target ${b.target})`);
}
