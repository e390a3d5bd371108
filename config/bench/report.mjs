// The photo benchmark's budgets (the targets of issue 3, FAQ 12) and its printed table.
const MB = 1024 * 1024;

/** Every budget with what was measured; the benchmark fails only when one is missed. */
export function budgets(results) {
  const byId = Object.fromEntries(results.map((r) => [r.case, r]));
  const phone = byId['phone-12mp'];
  const list = results
    .filter((r) => !r.info)
    .flatMap((r) => [
      {
        name: `${r.case}: ours under 5 MB`,
        target: `<= ${5 * MB}`,
        measured: r.ours.bytes,
        ok: r.ours.bytes <= 5 * MB,
      },
      {
        name: `${r.case}: ours at most half the alternative's time`,
        target: '<= 0.5',
        measured: r.ratio,
        ok: r.ratio <= 0.5,
      },
    ]);
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
  `${pad(`${o.ms} ms`, 9)}${pad(`${(o.bytes / MB).toFixed(2)} MB`, 9)}${pad(`${o.width}x${o.height}`, 11)}${o.ssim.toFixed(4)}`;

/** The human-readable table: one row per case, ours beside the alternative, then the budgets. */
export function printTable(results, list) {
  console.log(
    `\n${pad('case', 22)}${pad('source', 22)}${pad('ours: time  size     pixels     SSIM', 46)}${pad('browser-image-compression', 46)}time ratio`,
  );
  for (const r of results) {
    const source = `${r.source.width}x${r.source.height} ${(r.source.bytes / MB).toFixed(2)} MB`;
    console.log(
      `${pad(r.case, 22)}${pad(source, 22)}${pad(cell(r.ours), 46)}${pad(cell(r.alternative), 46)}${r.ratio.toFixed(2)}${r.info ? ' (info)' : ''}`,
    );
  }
  console.log('\nbudgets:');
  for (const b of list)
    console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name}: ${b.measured} (target ${b.target})`);
}
