/**
 * What `kubectl create ... --dry-run=client -o yaml|json` prints: the typed object marshalled by
 * encoding/json (struct field order, `creationTimestamp: null`, `status: {}`), then either indented
 * with four spaces (JSONPrinter) or converted to YAML by sigs.k8s.io/yaml (YAMLPrinter, sorted keys).
 */
import type { KubeObject } from '../../api/object';
import { marshalIndent } from './typed/go-json';
import { untypedNode, type GoNode } from './typed/go-node';
import { marshalGoYaml } from './typed/go-yaml';
import { isKnownStruct, structNode } from './typed/typed-node';

export type DryRunFormat = 'yaml' | 'json';

export function printDryRun(obj: KubeObject, format: DryRunFormat): string {
  const node = typedObjectNode(obj);
  return format === 'json' ? `${marshalIndent(node)}\n` : marshalGoYaml(node);
}

/** The object as encoding/json writes its Go type; kinds without a Go struct table print as generic JSON. */
export function typedObjectNode(obj: KubeObject): GoNode {
  return isKnownStruct(obj.kind) ? structNode(obj, obj.kind) : untypedNode(obj);
}
