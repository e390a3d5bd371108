/**
 * `npm run contract:test -- --gateway <url> [--ticket <host>:<ticket>]... [--submission <file>
 * --material-kind <kind>...]`: runs the conformance suite against a gateway and prints each check.
 * Exits 1 when a check failed; checks that could not run are listed with what they need.
 */
import { readFileSync } from 'node:fs';
import type { HostId } from '../session';
import { runConformance, type Ticket } from './conformance-suite';

function readArgs(argv: string[]) {
  const values = (flag: string) =>
    argv.flatMap((arg, i) => (arg === flag && argv[i + 1] ? [argv[i + 1] as string] : []));
  const tickets: Ticket[] = values('--ticket').map((text) => {
    const at = text.indexOf(':');
    return { host: text.slice(0, at) as HostId, ticket: text.slice(at + 1) };
  });
  const submissionFile = values('--submission')[0];
  return {
    gateway: values('--gateway')[0],
    tickets,
    submission: submissionFile
      ? (JSON.parse(readFileSync(submissionFile, 'utf8')) as Record<string, unknown>)
      : undefined,
    materialKinds: values('--material-kind'),
  };
}

async function main() {
  const args = readArgs(process.argv.slice(2));
  if (!args.gateway) {
    process.stderr.write(
      'usage: npm run contract:test -- --gateway <url> [--ticket host:ticket]\n',
    );
    process.exitCode = 2;
    return;
  }
  const results = await runConformance({ ...args, gateway: args.gateway, fetch });
  const mark = { passed: 'PASS', failed: 'FAIL', 'not run': 'NOT RUN' } as const;
  for (const result of results) {
    const detail = result.detail ? ` (${result.detail})` : '';
    process.stdout.write(`${mark[result.outcome].padEnd(8)}${result.name}${detail}\n`);
  }
  const count = (outcome: string) => results.filter((r) => r.outcome === outcome).length;
  process.stdout.write(
    `\n${count('passed')} passed, ${count('failed')} failed, ${count('not run')} not run\n`,
  );
  process.stdout.write(`seeded data given: ${args.tickets.length} ticket(s)`);
  process.stdout.write(args.submission ? `, a submission (--submission)\n` : ', no submission\n');
  if (count('failed') > 0) process.exitCode = 1;
}

void main();
