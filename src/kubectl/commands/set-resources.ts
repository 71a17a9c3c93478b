/**
 * `kubectl set resources (-f FILE | TYPE NAME) [-c CONTAINERS] [--limits=...] [--requests=...]`
 * (k8s.io/kubectl/pkg/cmd/set/set_resources.go). The values replace those keys in every selected container,
 * init containers included, and leave the other keys; `-c` takes a name or a `*` wildcard (default: all).
 * An object whose template already holds the values is skipped silently, as kubectl skips empty patches.
 */
import type { StoredObject } from '../../api';
import { canonicalQuantity, isValidQuantity } from '../../api/validation/quantity';
import type { Flags, ParsedArgs } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError } from '../errors';
import { resourceName } from '../printers';
import { podSpecOf, type ContainerView } from './pod-spec-of';
import { select } from './selection';
import { dryRunMode } from './write-flags';

type ResourceList = Record<string, string>;

export function setResources(context: CommandContext, args: ParsedArgs, flags: Flags): void {
  const limits = flags.string('limits') ?? '';
  const requests = flags.string('requests') ?? '';
  if (args.positional.length === 0 && !flags.has('filename')) {
    throw new KubectlError('error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  if (limits === '' && requests === '') throw new KubectlError('error: you must specify an update to requests or limits (in the form of --requests/--limits)');
  const update = { limits: parseResourceList(limits), requests: parseResourceList(requests) };
  const containers = flags.string('containers') ?? '*';
  const dryRun = dryRunMode(flags);
  const errors: string[] = [];
  for (const obj of select(context, args, flags, { collectNotFound: false }).flatMap((s) => s.objects)) {
    const next = withResources(obj, containers, update, errors);
    if (next === undefined || JSON.stringify(next) === JSON.stringify(obj)) continue;
    if (dryRun !== 'client') context.cluster.api.update(next, { user: context.user, dryRun: dryRun === 'server' });
    context.output.out(`${resourceName(obj)} resource requirements updated`);
  }
  if (errors.length > 0) throw new KubectlError(errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);
}

/** generateversioned.populateResourceListV1: `cpu=200m,memory=512Mi`, each value a Quantity in canonical form. */
function parseResourceList(spec: string): ResourceList {
  const list: ResourceList = {};
  if (spec === '') return list;
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) throw new KubectlError(`error: Invalid argument syntax ${statement}, expected <resource>=<value>`);
    const [name, value] = parts as [string, string];
    if (!isValidQuantity(value)) throw new KubectlError("error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    list[name] = canonicalQuantity(value);
  }
  return list;
}

interface ResourceRequirementsView {
  limits?: ResourceList;
  requests?: ResourceList;
}

function withResources(obj: StoredObject, selector: string, update: Required<ResourceRequirementsView>, errors: string[]): StoredObject | undefined {
  const next = structuredClone(obj) as StoredObject;
  const spec = podSpecOf(next);
  if (!spec) {
    errors.push(`error in resource ${resourceName(obj)}: the object is not a pod or does not have a pod template: ${obj.kind}`);
    return undefined;
  }
  const selected = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter((c) => matchesSelector(c.name ?? '', selector));
  if (selected.length === 0) {
    errors.push(`error: unable to find container named ${selector}`);
    return undefined;
  }
  for (const container of selected as (ContainerView & { resources?: ResourceRequirementsView })[]) {
    const resources = (container.resources ??= {});
    if (Object.keys(update.limits).length > 0) resources.limits = { ...resources.limits, ...update.limits };
    if (Object.keys(update.requests).length > 0) resources.requests = { ...resources.requests, ...update.requests };
  }
  return next;
}

/** set.selectString: `*` alone matches every name; otherwise `*` stands for any run of characters. */
function matchesSelector(name: string, selector: string): boolean {
  if (selector === '*') return true;
  if (!selector.includes('*')) return name === selector;
  const pattern = selector.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(name);
}
