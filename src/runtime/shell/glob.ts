/**
 * Pathname expansion (§2.13.3): `cat /etc/config/*` lists the matching entries, sorted, skipping
 * dot-files unless the pattern component starts with a dot (so a ConfigMap volume's `..data`
 * stays hidden, as in a real container). No match leaves the word unchanged.
 */
import type { VirtualFS } from '../vfs';
import { hasGlobChars, matchesPattern, type PatternSegment } from './pattern';

/** One pathname component, as pattern segments. */
type Component = PatternSegment[];

export function expandPathname(segments: readonly PatternSegment[], fs: VirtualFS, cwd: string): string[] | undefined {
  const components = splitComponents(segments);
  const absolute = segments.map((s) => s.text).join('').startsWith('/');
  let matches: string[] = [absolute ? '/' : ''];
  for (const component of components) {
    if (component.length === 0) continue;
    matches = matches.flatMap((prefix) => expandComponent(prefix, component, fs, cwd));
    if (matches.length === 0) return undefined;
  }
  return matches.sort();
}

function expandComponent(prefix: string, component: Component, fs: VirtualFS, cwd: string): string[] {
  const join = (name: string): string => (prefix === '' ? name : prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`);
  const isMagic = component.some((segment) => !segment.quoted && hasGlobChars(segment.text));
  if (!isMagic) return [join(component.map((segment) => segment.text).join(''))];
  const dir = prefix === '' ? cwd : prefix.startsWith('/') ? prefix : `${cwd}/${prefix}`;
  let names: string[];
  try {
    names = fs.readdir(dir);
  } catch {
    // Documented conversion: an unreadable directory simply contributes no matches (glob(3)).
    return [];
  }
  const dotAllowed = component[0]?.text.startsWith('.') ?? false;
  return names.filter((name) => (dotAllowed || !name.startsWith('.')) && matchesPattern(name, component)).map(join);
}

function splitComponents(segments: readonly PatternSegment[]): Component[] {
  const components: Component[] = [[]];
  for (const segment of segments) {
    const pieces = segment.text.split('/');
    pieces.forEach((piece, index) => {
      if (index > 0) components.push([]);
      if (piece !== '') components[components.length - 1]?.push({ text: piece, quoted: segment.quoted });
    });
  }
  return components;
}
