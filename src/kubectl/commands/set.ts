/**
 * `kubectl set image (-f FILE | TYPE NAME) CONTAINER=IMAGE ... [--record]` (k8s.io/kubectl/pkg/cmd/set/
 * set_image.go), and the dispatch to `set resources` (set-resources.ts). Arguments with `=` are image updates, the rest name resources; `*` matches every
 * container. An update that changes nothing prints nothing, as kubectl skips empty patches.
 */
import type { StoredObject } from '../../api';
import type { Flags, ParsedArgs } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError } from '../errors';
import { resourceName } from '../printers';
import { DRY_RUN_FLAG, NO_FLAGS, type Command } from './command';
import { podSpecOf, type ContainerView } from './pod-spec-of';
import { select } from './selection';
import { setResources } from './set-resources';
import { dryRunMode, RECORD_FLAG, recordAnnotations } from './write-flags';

/** The `set` subcommands kubespec implements (kubectl also has env, selector, serviceaccount and subject). */
const SUBCOMMANDS = ['image', 'resources'];

export const setCommand: Command = {
  name: 'set',
  subcommands: true,
  parentFlags: NO_FLAGS,
  commandPath: (words) => (SUBCOMMANDS.includes(words[0] ?? '') ? `kubectl set ${words[0]}` : 'kubectl set'),
  flags: {
    ...DRY_RUN_FLAG,
    ...RECORD_FLAG,
    filename: { kind: 'stringArray', short: 'f' },
    recursive: { kind: 'bool', short: 'R' },
    selector: { kind: 'string', short: 'l' },
    all: { kind: 'bool' },
    local: { kind: 'bool' },
    output: { kind: 'string', short: 'o' },
    'field-manager': { kind: 'string' },
    containers: { kind: 'string', short: 'c' },
    limits: { kind: 'string' },
    requests: { kind: 'string' },
  },
  run(context, args, flags) {
    const [name, ...rest] = args.positional;
    if (name === 'resources') return setResources(context, { ...args, positional: rest }, flags);
    if (name !== 'image') {
      if (name === undefined) throw new KubectlError('error: Required resource not specified.');
      throw new KubectlError(`error: unknown command "${args.positional.join(' ')}"\nSee 'kubectl set -h' for help and examples`);
    }
    setImage(context, { ...args, positional: rest }, flags);
  },
};

function setImage(context: CommandContext, args: ParsedArgs, flags: Flags): void {
  const resources = args.positional.filter((a) => !a.includes('='));
  const images = new Map(args.positional.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as const));
  validate(resources, images, flags);
  const record = recordAnnotations(context, flags);
  const dryRun = dryRunMode(flags);
  const errors: string[] = [];
  for (const obj of select(context, { ...args, positional: resources }, flags, { collectNotFound: false }).flatMap((s) => s.objects)) {
    const next = withImages(obj, images, errors, record);
    if (JSON.stringify(next) === JSON.stringify(obj)) continue;
    if (dryRun !== 'client') context.cluster.api.update(next, { user: context.user, dryRun: dryRun === 'server' });
    context.output.out(`${resourceName(obj)} image updated`);
  }
  if (errors.length > 0) throw new KubectlError(errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);
}

function validate(resources: string[], images: Map<string, string>, flags: Flags): void {
  const errors: string[] = [];
  if (resources.length === 0 && !flags.has('filename')) errors.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (images.size === 0) errors.push('at least one image update is required');
  if (images.has('*') && images.size > 1) errors.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  if (errors.length > 0) throw new KubectlError(`error: ${errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`}`);
}

function withImages(obj: StoredObject, images: Map<string, string>, errors: string[], record: Record<string, string> | undefined): StoredObject {
  const next = structuredClone(obj) as StoredObject;
  const spec = podSpecOf(next);
  if (!spec) {
    errors.push(`error: ${resourceName(obj)} the object is not a pod or does not have a pod template: ${obj.kind}`);
    return obj;
  }
  for (const [name, image] of images) {
    const found = [setIn(spec.initContainers, name, image), setIn(spec.containers, name, image)].some(Boolean);
    if (!found) errors.push(`error: unable to find container named "${name}"`);
  }
  if (record) next.metadata.annotations = { ...next.metadata.annotations, ...record };
  return next;
}

function setIn(containers: ContainerView[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const container of containers ?? []) {
    if (name !== '*' && container.name !== name) continue;
    container.image = image;
    found = true;
  }
  return found;
}
