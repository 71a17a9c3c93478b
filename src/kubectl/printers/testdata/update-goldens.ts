/**
 * Regenerates the golden files: `node --require ts-node/register src/kubectl/printers/testdata/update-goldens.ts --update`.
 * Format goldens come from the real kubectl (`kubectl label -f FILE --local ... -o FORMAT`, which needs no
 * cluster); table and describe goldens are rewritten from the current printers, so review their diff by hand
 * against the kubectl sources cited in each printer. Without `--update` it only reports stale files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatCases, tableAndDescribeCases } from './golden-cases';

const update = process.argv.includes('--update');
let stale = 0;

function check(file: string, content: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === content) return;
  stale++;
  if (update) writeFileSync(file, content);
  console.log(`${update ? 'updated' : 'stale'}: ${file}`);
}

/** kubectl needs some change to print; relabelling with a fixed label keeps every case comparable. */
function kubectl(inputFile: string, format: string): string {
  return execFileSync('kubectl', ['label', '-f', inputFile, '--local', '--overwrite', 'golden=yes', '-o', format], { encoding: 'utf8' });
}

for (const c of tableAndDescribeCases()) check(c.expectedFile, c.render());
for (const c of formatCases()) {
  check(c.objectFile, kubectl(c.inputFile, 'json'));
  for (const f of c.formats) check(f.expectedFile, kubectl(c.inputFile, f.format));
}
console.log(stale === 0 ? 'all goldens up to date' : `${stale} file(s) ${update ? 'updated' : 'stale; rerun with --update'}`);
