import { readFileSync, writeFileSync } from 'node:fs';
import { withConfigurationTable } from '../config-reference.ts';

const USAGE = `Usage: npm run docs:config [-- --check]

Rewrites the table of environment variables in docs/configuration.md from the config schema.
  --check   change nothing; exit 1 if the page is out of date

Examples:
  npm run docs:config
  npm run docs:config -- --check`;

const PAGE = 'docs/configuration.md';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const unknown = args.filter((arg) => arg !== '--check');
if (unknown.length > 0) {
  process.stderr.write(`Unknown option ${unknown[0]}\n\n${USAGE}\n`);
  process.exit(2);
}
const page = readFileSync(PAGE, 'utf8');
const updated = withConfigurationTable(page);
if (args.includes('--check')) {
  if (updated !== page) {
    process.stderr.write(`${PAGE} is out of date: run npm run docs:config\n`);
    process.exit(1);
  }
  process.stdout.write(`${PAGE} is up to date\n`);
} else {
  writeFileSync(PAGE, updated);
  process.stdout.write(`wrote ${PAGE}\n`);
}
