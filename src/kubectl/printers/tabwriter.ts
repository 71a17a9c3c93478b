/**
 * Go's text/tabwriter (and github.com/liggitt/tabwriter, which kubectl uses) reduced to what kubectl needs:
 * left-aligned cells, space padding, no flags. Cells are tab-terminated; the text after a line's last tab is
 * not part of any column. A column block is a run of consecutive lines that all have a cell in that column;
 * its width is the widest cell plus padding, at least minWidth (text/tabwriter `Writer.format`).
 */
export interface TabWriterOptions {
  minWidth: number;
  padding: number;
}

/** `printers.GetNewTabWriter` in k8s.io/cli-runtime/pkg/printers/tabwriter.go: the `kubectl get` table layout. */
export const TABLE_TABWRITER: TabWriterOptions = { minWidth: 6, padding: 3 };

/** `tabbedString` in k8s.io/kubectl/pkg/describe/describe.go: `tabwriter.Init(buf, 0, 8, 2, ' ', 0)`. */
export const DESCRIBE_TABWRITER: TabWriterOptions = { minWidth: 0, padding: 2 };

/** Aligns `text` (lines of tab-terminated cells) the way the Go tabwriter does on Flush. */
export function alignTabs(text: string, options: TabWriterOptions): string {
  const lines = text.split('\n').map((line) => line.split('\t'));
  const out: string[] = [];
  formatBlock(lines, 0, lines.length, [], options, out);
  return out.join('\n');
}

function formatBlock(
  lines: readonly string[][],
  line0: number,
  line1: number,
  widths: number[],
  options: TabWriterOptions,
  out: string[],
): void {
  const column = widths.length;
  let start = line0;
  for (let current = line0; current < line1; current++) {
    if (column >= lines[current]!.length - 1) continue;
    writeLines(lines, start, current, widths, out);
    start = current;
    let width = options.minWidth;
    for (; current < line1 && column < lines[current]!.length - 1; current++) {
      width = Math.max(width, cellWidth(lines[current]![column]!) + options.padding);
    }
    formatBlock(lines, start, current, [...widths, width], options, out);
    start = current;
    current--;
  }
  writeLines(lines, start, line1, widths, out);
}

function writeLines(lines: readonly string[][], from: number, to: number, widths: readonly number[], out: string[]): void {
  for (let i = from; i < to; i++) {
    const cells = lines[i]!;
    out.push(cells.map((cell, j) => (j < widths.length ? cell.padEnd(widths[j]! - cellWidth(cell) + cell.length) : cell)).join(''));
  }
}

/** The tabwriter counts runes (utf8.RuneCount), not UTF-16 units: a surrogate pair is one. */
function cellWidth(cell: string): number {
  let width = cell.length;
  for (let i = 0; i < cell.length - 1; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (cell.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width--;
      i++;
    }
  }
  return width;
}
