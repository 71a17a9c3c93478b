/**
 * Golden cases of the printers, shared by golden.test.ts (compare) and update-goldens.ts (`--update`).
 *
 * - `get/NAME.input.yaml`: objects of one kind; `# now:` and `# options:` (TableOptions JSON) header comments;
 *   expected table in `get/NAME.output.txt`.
 * - `describe/NAME.input.yaml`: the first document is described; Events are its events; the other documents
 *   are what `list(kind, namespace)` returns; `# now:` header; expected text in `describe/NAME.output.txt`.
 * - `format/NAME.input.yaml`: a manifest; `format/NAME.formats` lists `-o` formats, one per line;
 *   `format/NAME.object.json` is the object as real kubectl read it and `format/NAME.<n>.txt` what it printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { type KubeObject } from '../../../api/object';
import { describe } from '../describe/describe';
import { formatObjects } from '../format-objects';
import { printTable, type TableOptions } from '../table';

export const TESTDATA = __dirname;

export interface GoldenCase {
  /** `get/pods-basic` */
  name: string;
  expectedFile: string;
  render(): string;
}

export function tableAndDescribeCases(): GoldenCase[] {
  return [...casesIn('get', renderTable), ...casesIn('describe', renderDescribe)];
}

function casesIn(dir: string, render: (inputFile: string) => string): GoldenCase[] {
  return readdirSync(join(TESTDATA, dir))
    .filter((f) => f.endsWith('.input.yaml'))
    .sort()
    .map((f) => {
      const base = f.replace(/\.input\.yaml$/, '');
      return { name: `${dir}/${base}`, expectedFile: join(TESTDATA, dir, `${base}.output.txt`), render: () => render(join(TESTDATA, dir, f)) };
    });
}

function readInput(file: string): { objects: KubeObject[]; headers: Record<string, string> } {
  const text = readFileSync(file, 'utf8');
  const headers = Object.fromEntries([...text.matchAll(/^# (\w+): (.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  const objects = parseAllDocuments(text).map((d) => d.toJS() as KubeObject).filter((o) => o !== null);
  return { objects, headers };
}

function renderTable(file: string): string {
  const { objects, headers } = readInput(file);
  const options: TableOptions = { now: Date.parse(headers.now ?? '2025-01-01T00:00:00Z'), ...(JSON.parse(headers.options ?? '{}') as object) };
  return printTable(objects[0]?.kind ?? '', objects, options);
}

function renderDescribe(file: string): string {
  const { objects, headers } = readInput(file);
  const [subject, ...rest] = objects;
  const events = rest.filter((o) => o.kind === 'Event');
  const related = rest.filter((o) => o.kind !== 'Event');
  return describe(subject!, {
    now: Date.parse(headers.now ?? '2025-01-01T00:00:00Z'),
    events,
    list: (kind, namespace) => related.filter((o) => o.kind === kind && (namespace === undefined || o.metadata.namespace === namespace)),
  });
}

export interface FormatCase {
  name: string;
  inputFile: string;
  objectFile: string;
  formats: { format: string; expectedFile: string }[];
}

export function formatCases(): FormatCase[] {
  const dir = join(TESTDATA, 'format');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.input.yaml'))
    .sort()
    .map((f) => {
      const base = f.replace(/\.input\.yaml$/, '');
      const formats = readFileSync(join(dir, `${base}.formats`), 'utf8').split('\n').filter((l) => l.trim() !== '');
      return {
        name: `format/${base}`,
        inputFile: join(dir, f),
        objectFile: join(dir, `${base}.object.json`),
        formats: formats.map((format, i) => ({ format, expectedFile: join(dir, `${base}.${i + 1}.txt`) })),
      };
    });
}

export function renderFormat(objectFile: string, format: string): string {
  const object: unknown = JSON.parse(readFileSync(objectFile, 'utf8'));
  return formatObjects([object], format, { asList: false });
}
