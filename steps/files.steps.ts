/** Files a scenario provides to kubectl (`-f`, `--from-file`): kept in memory, never written to disk. */
import { step } from './bilingual';

step('a file {string} containing:', '一个文件 {string} 内容为', function (path: string, content: string) {
  this.files.write(path, content.endsWith('\n') ? content : `${content}\n`);
});
