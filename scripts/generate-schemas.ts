/**
 * Generates the strict zod schemas in `src/api/schemas/generated/` from the field maps
 * (`attributeTypeMap`) that `@kubernetes/client-node` ships for every API type, which that package
 * generates from the Kubernetes v1.32.0 OpenAPI spec.
 *
 *   npx ts-node scripts/generate-schemas.ts           (re)write the files
 *   npx ts-node scripts/generate-schemas.ts --check   exit 1 if they are stale
 *
 * It starts from the kinds in `src/api/resources.ts`, walks every referenced model, and writes one
 * module per API group-version (plus `meta-v1.ts` for apimachinery's shared types) and `go-fields.ts`,
 * the Go type of every field, which the decoder needs to word errors as encoding/json does.
 * client-node keeps neither required-ness nor `resource.Quantity`, so every field is optional
 * (validation checks required fields) and quantities are listed by hand below.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES } from '../src/api/resources';

const MODELS_DIR = join(__dirname, '..', 'node_modules', '@kubernetes', 'client-node', 'dist', 'gen', 'models');
const OUT_DIR = join(__dirname, '..', 'src', 'api', 'schemas', 'generated');

interface Attribute {
  baseName: string;
  type: string;
  format: string;
}

interface Group {
  apiVersion: string;
  file: string;
  /** Stripped model names that belong to the group: exact names, or prefixes ending in `*`. */
  members: readonly string[];
  /** client-node's group prefix for names it had to disambiguate (`DiscoveryV1EndpointPort`). */
  clientPrefix?: string;
}

/** Listed in dependency order: a group may reference only the groups before it. */
const GROUPS: readonly Group[] = [
  {
    apiVersion: 'meta/v1',
    file: 'meta-v1',
    members: ['ObjectMeta', 'ManagedFieldsEntry', 'OwnerReference', 'LabelSelector*', 'Condition'],
  },
  { apiVersion: 'v1', file: 'core-v1', members: [], clientPrefix: 'CoreV1' },
  {
    apiVersion: 'apps/v1',
    file: 'apps-v1',
    members: ['ControllerRevision*', 'DaemonSet*', 'Deployment*', 'ReplicaSet*', 'StatefulSet*', 'RollingUpdate*'],
  },
  {
    apiVersion: 'batch/v1',
    file: 'batch-v1',
    members: ['CronJob*', 'Job*', 'PodFailurePolicy*', 'SuccessPolicy*', 'UncountedTerminatedPods'],
  },
  {
    apiVersion: 'discovery.k8s.io/v1',
    file: 'discovery-v1',
    members: ['EndpointSlice', 'Endpoint', 'EndpointConditions', 'EndpointHints', 'ForZone'],
    clientPrefix: 'DiscoveryV1',
  },
  { apiVersion: 'storage.k8s.io/v1', file: 'storage-v1', members: ['StorageClass'] },
  { apiVersion: 'coordination.k8s.io/v1', file: 'coordination-v1', members: ['Lease', 'LeaseSpec'] },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    file: 'rbac-v1',
    members: ['ClusterRole*', 'Role*', 'PolicyRule', 'AggregationRule'],
    clientPrefix: 'RbacV1',
  },
];

/**
 * Fields whose OpenAPI type is `resource.Quantity` (or a map of them), which client-node maps to
 * `string`. From k8s.io/api/core/v1/types.go (ResourceList, sizeLimit, divisor, overhead).
 */
const QUANTITY_FIELDS: readonly string[] = [
  'V1ContainerStatus.allocatedResources',
  'V1EmptyDirVolumeSource.sizeLimit',
  'V1NodeStatus.allocatable',
  'V1NodeStatus.capacity',
  'V1PersistentVolumeClaimStatus.allocatedResources',
  'V1PersistentVolumeClaimStatus.capacity',
  'V1PersistentVolumeSpec.capacity',
  'V1PodSpec.overhead',
  'V1ResourceFieldSelector.divisor',
  'V1ResourceRequirements.limits',
  'V1ResourceRequirements.requests',
  'V1VolumeResourceRequirements.limits',
  'V1VolumeResourceRequirements.requests',
];

/** Types client-node names but ships no model for. */
const TIME_MODELS = new Set(['V1MicroTime']);

/** client-node's model name for each kind where it is not `V1<Kind>`. */
const KIND_MODELS: Readonly<Record<string, string>> = { Event: 'CoreV1Event' };

function loadAttributes(model: string): Attribute[] {
  const source = readFileSync(join(MODELS_DIR, `${model}.js`), 'utf8');
  const match = /\.attributeTypeMap = (\[[\s\S]*?\]);/.exec(source);
  if (!match?.[1]) throw new Error(`no attributeTypeMap in ${model}.js`);
  return (JSON.parse(match[1]) as Attribute[]).map(({ baseName, type, format }) => ({ baseName, type, format }));
}

function referencedModels(type: string): string[] {
  return (type.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []).filter(
    (name) => !['Array', 'Date', 'IntOrString'].includes(name) && !TIME_MODELS.has(name),
  );
}

/** Every model reachable from the kinds, by client-node name. */
function walkModels(roots: readonly string[]): Map<string, Attribute[]> {
  const models = new Map<string, Attribute[]>();
  const queue = [...roots];
  for (let model = queue.shift(); model !== undefined; model = queue.shift()) {
    if (models.has(model)) continue;
    if (!existsSync(join(MODELS_DIR, `${model}.js`))) throw new Error(`client-node has no model ${model}`);
    const attributes = loadAttributes(model);
    models.set(model, attributes);
    queue.push(...attributes.flatMap((a) => referencedModels(a.type)));
  }
  return models;
}

/** `V1PodSpec` → `PodSpec`, `CoreV1Event` → `Event`: the Go struct name. */
function goStructName(model: string): string {
  return model.replace(/^(CoreV1|DiscoveryV1|RbacV1|V1)/, '');
}

function groupOf(model: string): Group {
  const prefixed = GROUPS.find((g) => g.clientPrefix && model.startsWith(g.clientPrefix));
  if (prefixed) return prefixed;
  const name = goStructName(model);
  const matches = (member: string): boolean =>
    member.endsWith('*') ? name.startsWith(member.slice(0, -1)) : name === member;
  return GROUPS.find((g) => g.members.some(matches)) ?? (GROUPS[1] as Group);
}

/** Schema names are Go struct names, prefixed by group where two groups share one (`DiscoveryEndpointPort`). */
function schemaNames(models: readonly string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const m of models) count.set(goStructName(m), (count.get(goStructName(m)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const m of models) {
    const name = goStructName(m);
    const group = groupOf(m);
    const clash = (count.get(name) ?? 0) > 1 && group.file !== 'core-v1';
    names.set(m, clash ? `${(group.clientPrefix ?? '').replace(/V1$/, '')}${name}` : name);
  }
  return names;
}

interface Context {
  models: Map<string, Attribute[]>;
  names: Map<string, string>;
}

/**
 * The field's type in a compact notation shared with the decoder (`go-fields.ts`):
 * scalars `string int32 int64 float64 bool time quantity intstr bytes any`, `#Schema` for a struct,
 * `[]T` for a slice, `map:T` for a map with string keys.
 */
function fieldType(ctx: Context, owner: string, attribute: Attribute): string {
  const quantity = QUANTITY_FIELDS.includes(`${owner}.${attribute.baseName}`);
  return typeNotation(ctx, attribute.type.trim(), attribute.format, quantity);
}

function typeNotation(ctx: Context, type: string, format: string, quantity: boolean): string {
  const array = /^Array<(.+)>$/.exec(type);
  if (array?.[1]) return `[]${typeNotation(ctx, array[1], format, quantity)}`;
  const map = /^\{ \[key: string\]: (.+?);? \}$/.exec(type);
  if (map?.[1]) return `map:${typeNotation(ctx, map[1], format, quantity)}`;
  if (quantity) {
    if (type !== 'string') throw new Error(`quantity field of type ${type}`);
    return 'quantity';
  }
  return scalarNotation(ctx, type, format);
}

function scalarNotation(ctx: Context, type: string, format: string): string {
  if (type === 'string') return format === 'byte' ? 'bytes' : 'string';
  if (type === 'boolean') return 'bool';
  if (type === 'any') return 'any';
  if (type === 'IntOrString') return 'intstr';
  if (type === 'Date' || TIME_MODELS.has(type)) return 'time';
  if (type === 'number') {
    if (format === 'int32' || format === 'int64') return format;
    if (format === 'double') return 'float64';
    throw new Error(`number with format "${format}"`);
  }
  const name = ctx.names.get(type);
  if (!name) throw new Error(`unknown type ${type}`);
  return `#${name}`;
}

const SCALAR_ZOD: Readonly<Record<string, string>> = {
  string: 'z.string()',
  int32: 'z.int32()',
  int64: 'z.int()',
  float64: 'z.number()',
  bool: 'z.boolean()',
  time: 'Time',
  quantity: 'Quantity',
  intstr: 'IntOrString',
  bytes: 'z.string()',
  any: 'z.unknown()',
};

function zodFor(notation: string): string {
  if (notation.startsWith('[]')) return `z.array(${zodFor(notation.slice(2))})`;
  if (notation.startsWith('map:')) return `z.record(z.string(), ${zodFor(notation.slice(4))})`;
  if (notation.startsWith('#')) return notation.slice(1);
  const scalar = SCALAR_ZOD[notation];
  if (!scalar) throw new Error(`no zod type for ${notation}`);
  return scalar;
}

function structRefs(notation: string): string[] {
  const match = /#(\w+)$/.exec(notation);
  return match?.[1] ? [match[1]] : [];
}

interface Schema {
  name: string;
  model: string;
  group: Group;
  fields: { key: string; notation: string }[];
}

function buildSchemas(ctx: Context): Schema[] {
  return [...ctx.models.entries()].map(([model, attributes]) => ({
    name: ctx.names.get(model) as string,
    model,
    group: groupOf(model),
    fields: attributes.map((a) => ({ key: a.baseName, notation: fieldType(ctx, model, a) })),
  }));
}

/**
 * Orders a group's schemas so each follows the ones it references (alphabetical among equals);
 * a reference back into a cycle is returned in `lazy`, to be emitted as a getter (zod 4's recursion).
 */
function orderSchemas(schemas: readonly Schema[]): { ordered: Schema[]; lazy: Set<string> } {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const ordered: Schema[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const lazy = new Set<string>();
  const visit = (schema: Schema): void => {
    state.set(schema.name, 'visiting');
    for (const field of schema.fields) {
      for (const ref of structRefs(field.notation)) {
        const target = byName.get(ref);
        if (!target) continue;
        if (state.get(ref) === 'visiting') lazy.add(`${schema.name}.${field.key}`);
        else if (!state.has(ref)) visit(target);
      }
    }
    state.set(schema.name, 'done');
    ordered.push(schema);
  };
  for (const schema of [...schemas].sort((a, b) => compare(a.name, b.name))) if (!state.has(schema.name)) visit(schema);
  return { ordered, lazy };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`;
}

function emitSchema(schema: Schema, lazy: Set<string>): string {
  const lines = schema.fields.map((field) => {
    const zod = `${zodFor(field.notation)}.optional()`;
    if (lazy.has(`${schema.name}.${field.key}`)) {
      return `  get ${propertyKey(field.key)}() {\n    return ${zod};\n  },`;
    }
    return `  ${propertyKey(field.key)}: ${zod},`;
  });
  const body = lines.length ? `{\n${lines.join('\n')}\n}` : '{}';
  return `export const ${schema.name} = z.strictObject(${body});`;
}

const HEADER = `// Code generated by scripts/generate-schemas.ts from @kubernetes/client-node (OpenAPI v1.32.0). DO NOT EDIT.
// Regenerate with: npx ts-node scripts/generate-schemas.ts
`;

interface ModuleInput {
  group: Group;
  schemas: Schema[];
  kinds: Map<string, string>;
  schemaGroup: Map<string, Group>;
}

function emitImports(input: ModuleInput, usedScalars: Set<string>): string[] {
  const external = new Map<string, Set<string>>();
  for (const schema of input.schemas) {
    for (const field of schema.fields) {
      for (const ref of structRefs(field.notation)) {
        const group = input.schemaGroup.get(ref) as Group;
        if (group === input.group) continue;
        if (GROUPS.indexOf(group) > GROUPS.indexOf(input.group)) {
          throw new Error(`${input.group.file} may not reference ${group.file}.${ref}: add it to an earlier group`);
        }
        external.set(group.file, (external.get(group.file) ?? new Set()).add(ref));
      }
    }
  }
  const primitives = ['IntOrString', 'Quantity', 'Time'].filter((p) => usedScalars.has(p));
  const lines = [`import { z } from 'zod';`];
  if (input.kinds.size) lines.push(`import type { KindObject } from '../kind-object';`);
  if (primitives.length) lines.push(`import { ${primitives.join(', ')} } from '../primitives';`);
  for (const [file, names] of [...external.entries()].sort(([a], [b]) => compare(a, b))) {
    lines.push(`import { ${[...names].sort(compare).join(', ')} } from './${file}';`);
  }
  return lines;
}

function emitModule(input: ModuleInput): string {
  const { ordered, lazy } = orderSchemas(input.schemas);
  const used = new Set(input.schemas.flatMap((s) => s.fields.map((f) => zodFor(f.notation))).join(' ').match(/\w+/g));
  const parts = [HEADER.trimEnd(), emitImports(input, used).join('\n')];
  for (const schema of ordered) {
    const kind = [...input.kinds.entries()].find(([, name]) => name === schema.name)?.[0];
    const type = kind
      ? `export type ${schema.name} = KindObject<z.infer<typeof ${schema.name}>>;`
      : `export type ${schema.name} = z.infer<typeof ${schema.name}>;`;
    parts.push(`${emitSchema(schema, lazy)}\n${type}`);
  }
  if (input.kinds.size) {
    const entries = [...input.kinds.entries()].sort(([a], [b]) => compare(a, b));
    parts.push(
      `/** The kinds of ${input.group.apiVersion} in scope, by kind. */\nexport const ${kindsConst(input.group)} = {\n${entries
        .map(([kind, name]) => `  ${kind}: ${name},`)
        .join('\n')}\n} as const;`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** `core-v1` → `CORE_V1_KINDS`. */
function kindsConst(group: Group): string {
  return `${group.file.replace(/-/g, '_').toUpperCase()}_KINDS`;
}

function emitGoFields(schemas: readonly Schema[], kindRoots: Map<string, string>): string {
  const sorted = [...schemas].sort((a, b) => compare(a.name, b.name));
  const structs = sorted.map((s) => {
    const fields = s.fields.map((f) => `      ${propertyKey(f.key)}: '${f.notation}',`).join('\n');
    return `  ${s.name}: {\n    go: '${goStructName(s.model)}',\n    fields: {\n${fields}\n    },\n  },`;
  });
  const roots = [...kindRoots.entries()].sort(([a], [b]) => compare(a, b)).map(([k, v]) => `  '${k}': '${v}',`);
  return `${HEADER}
/** A Go struct: its name in k8s.io/api and the type notation of each JSON field (see the generator). */
export interface GoStruct {
  go: string;
  fields: Readonly<Record<string, string>>;
}

export const GO_STRUCTS: Readonly<Record<string, GoStruct>> = {
${structs.join('\n')}
};

/** \`apiVersion/Kind\` → the schema of that kind. */
export const KIND_SCHEMAS: Readonly<Record<string, string>> = {
${roots.join('\n')}
};
`;
}

/** Every generated file's path and content. */
function generate(): Map<string, string> {
  const kindModels = new Map(RESOURCES.map((r) => [r.kind, KIND_MODELS[r.kind] ?? `V1${r.kind}`]));
  const models = walkModels([...kindModels.values()]);
  const ctx: Context = { models, names: schemaNames([...models.keys()]) };
  const schemas = buildSchemas(ctx);
  const schemaGroup = new Map(schemas.map((s) => [s.name, s.group]));
  const kindRoots = new Map<string, string>();
  const files = new Map<string, string>();
  for (const group of GROUPS) {
    const kinds = new Map<string, string>();
    for (const r of RESOURCES.filter((res) => res.apiVersion === group.apiVersion)) {
      const name = ctx.names.get(kindModels.get(r.kind) as string) as string;
      kinds.set(r.kind, name);
      kindRoots.set(`${r.apiVersion}/${r.kind}`, name);
    }
    const own = schemas.filter((s) => s.group === group);
    files.set(join(OUT_DIR, `${group.file}.ts`), emitModule({ group, schemas: own, kinds, schemaGroup }));
  }
  files.set(join(OUT_DIR, 'go-fields.ts'), emitGoFields(schemas, kindRoots));
  return files;
}

/** Writes the files, or with `--check` only reports (exit 1) those that differ from a fresh generation. */
function main(): void {
  const files = generate();
  if (process.argv.includes('--check')) {
    const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
    for (const [path] of stale) console.error(`stale: ${path}`);
    if (stale.length) process.exit(1);
    console.log(`${files.size} generated files are up to date`);
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [path, text] of files) writeFileSync(path, text);
  console.log(`wrote ${files.size} files to ${OUT_DIR}`);
}

main();
