/**
 * kubectl's describe output machinery (k8s.io/kubectl/pkg/describe/describe.go): `tabbedString` collects
 * `PrefixWriter.Write(level, ...)` calls, each level indenting two spaces, through a tabwriter with padding 2;
 * `Flush` (used before the Events table) aligns what came before on its own.
 */
import { DESCRIBE_TABWRITER, alignTabs } from '../tabwriter';

export class DescribeWriter {
  private readonly flushed: string[] = [];
  private pending = '';

  /** `w.Write(level, text)`: the text, indented by two spaces per level. */
  write(level: number, text: string): void {
    this.pending += '  '.repeat(level) + text;
  }

  /** `w.WriteLine(text)`: the text and a newline, without indentation. */
  line(text: string): void {
    this.pending += `${text}\n`;
  }

  flush(): void {
    this.flushed.push(alignTabs(this.pending, DESCRIBE_TABWRITER));
    this.pending = '';
  }

  toString(): string {
    this.flush();
    return this.flushed.join('');
  }
}
