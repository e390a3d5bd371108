// Table and budgets of the load model (config/bench/load/load-model.ts).

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

/** Amplification: requests per completed registration over the same without limits. */
export function amplification(run, unlimited) {
  return run.completed && unlimited.requestsPerRegistration
    ? Number((run.requestsPerRegistration / unlimited.requestsPerRegistration).toFixed(3))
    : Infinity;
}

export function loadBudgets(report) {
  const list = [];
  for (const scenario of report.scenarios) {
    const at = `${scenario.loadFactor}x demand`;
    const amp = amplification(scenario.ours, report.unlimited);
    list.push({
      name: `load ${at}: none lost`,
      value: scenario.ours.lost,
      ok: scenario.ours.lost === 0,
    });
    list.push({
      name: `load ${at}: none duplicated`,
      value: scenario.ours.duplicated,
      ok: scenario.ours.duplicated === 0,
    });
    if (scenario.loadFactor <= 2) {
      list.push({ name: `load ${at}: amplification <= 1.3`, value: amp, ok: amp <= 1.3 });
    }
  }
  return list;
}

export function printLoadTable(report, list) {
  const rows = [
    ['run', 'capacity', 'done', 'lost', 'dup', 'req/reg', 'ampl.', 'p50', 'p95', 'peak queue'],
  ];
  const row = (label, capacity, run) => [
    label,
    capacity,
    String(run.completed),
    String(run.lost),
    String(run.duplicated),
    run.requestsPerRegistration.toFixed(2),
    String(amplification(run, report.unlimited)),
    seconds(run.p50Ms),
    seconds(run.p95Ms),
    String(run.peakQueue),
  ];
  rows.push(row('no limit', '-', report.unlimited));
  for (const s of report.scenarios) {
    const capacity = `${s.capacity.requestsPerSecond.toFixed(0)} rps, ${s.capacity.verificationSlots} jobs`;
    rows.push(row(`ours ${s.loadFactor}x`, capacity, s.ours));
    if (s.naive) {
      rows.push(row(`naive ${s.loadFactor}x`, capacity, s.naive));
      const ratio = (s.naive.requests / s.ours.requests).toFixed(1);
      rows.push([
        `naive/ours ${s.loadFactor}x`,
        '',
        '',
        '',
        '',
        `${ratio}x requests`,
        '',
        '',
        '',
        '',
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\nLoad model: ${report.parents} parents over the opening hour (virtual clock)`);
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  for (const b of list) console.log(`${b.ok ? 'ok  ' : 'MISS'} ${b.name}: ${b.value}`);
}
