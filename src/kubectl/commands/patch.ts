/**
 * `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json] [--subresource status|scale]`
 * (k8s.io/kubectl/pkg/cmd/patch/patch.go). With `--subresource=scale` the patch applies to the workload's
 * autoscaling/v1 Scale, and kubectl names the object the server returned: `scale.autoscaling/NAME patched`.
 */
import { parse as parseYaml } from 'yaml';
import { ApiError, type KubeObject } from '../../api';
import type { CommandContext } from '../context';
import { applyJsonPatch, JsonPatchError, type JsonPatchOperation } from '../apply/json-patch';
import { strategicMerge } from '../apply/strategic-merge';
import type { Json } from '../apply/three-way-merge';
import { KubectlError, usageError } from '../errors';
import { objectName } from '../resource-names';
import { scaleOf, withScale } from './scale-subresource';
import { DRY_RUN_FLAG, SELECTION_FLAGS, type Command } from './command';
import { select } from './selection';
import { dryRunMode } from './write-flags';

export const patchCommand: Command = {
  name: 'patch',
  flags: { ...SELECTION_FLAGS, ...DRY_RUN_FLAG, patch: { kind: 'string', short: 'p' }, 'patch-file': { kind: 'string' }, type: { kind: 'string', default: 'strategic' }, subresource: { kind: 'string' }, output: { kind: 'string', short: 'o' } },
  run(context, args, flags) {
    const text = flags.has('patch-file') ? context.files.read(flags.string('patch-file')!) : flags.string('patch');
    if (text === undefined) throw usageError('must specify --patch or --patch-file containing the contents of the patch');
    const patch = parsePatch(text);
    const type = flags.string('type')!;
    if (!['strategic', 'merge', 'json'].includes(type)) throw usageError(`--type must be one of [json merge strategic], not "${type}"`);
    const subresource = flags.string('subresource');
    if (subresource !== undefined && !SUBRESOURCES.includes(subresource)) throw usageError(`invalid subresource value: "${subresource}". Must be one of [${SUBRESOURCES.join(' ')}]`);
    const dryRun = dryRunMode(flags);
    for (const obj of select(context, args, flags, { collectNotFound: true }).flatMap((s) => s.objects)) {
      // What the patch applies to: the object itself, or its Scale view.
      const target: unknown = subresource === 'scale' ? scaleOf(obj) : obj;
      const next = patched(target as Json, patch, type);
      const unchanged = JSON.stringify(next) === JSON.stringify(target);
      if (!unchanged && dryRun !== 'client') {
        const write = { user: context.user, dryRun: dryRun === 'server' };
        if (subresource === 'status') context.cluster.api.updateStatus(decodePatched(context, next), write);
        else if (subresource === 'scale') context.cluster.api.update(withScale(obj, next as { spec?: { replicas?: unknown } }), write);
        else context.cluster.api.update(decodePatched(context, next), write);
      }
      const name = subresource === 'scale' ? `scale.autoscaling/${obj.metadata.name}` : objectName(obj);
      context.output.out(`${name} patched${unchanged ? ' (no change)' : ''}`);
    }
  },
};

/**
 * The patched object as the apiserver reads it (patch.go applyPatchToObject): decoded strictly, so unknown fields
 * are refused and nulls and quantities take Go's forms (`cpu: "0.25"` is stored as 250m). Its strict-decoding
 * error is bare, without the request decoder's `<Kind> in version "v1" cannot be handled as a <Kind>:` prefix.
 */
function decodePatched(context: CommandContext, patched: unknown): KubeObject {
  try {
    return context.cluster.api.decode(patched);
  } catch (error) {
    const detail = error instanceof ApiError ? / cannot be handled as a \w+: (strict decoding error: [\s\S]*)$/.exec(error.message) : null;
    throw detail ? ApiError.badRequest(detail[1]!) : error;
  }
}

/** patch.go `supportedSubresources`, in its order. */
const SUBRESOURCES: readonly string[] = ['status', 'scale'];

function parsePatch(text: string): Json {
  try {
    return parseYaml(text) as Json;
  } catch (error) {
    throw usageError(`unable to parse "${text}": ${(error as Error).message.split('\n')[0]}`);
  }
}

function patched(obj: Json, patch: Json, type: string): Json {
  if (type === 'json') {
    if (!Array.isArray(patch)) throw new KubectlError('error: unable to parse json patch: json: cannot unmarshal object into Go value of type jsonpatch.Patch');
    try {
      return applyJsonPatch(obj, patch as unknown as JsonPatchOperation[]);
    } catch (error) {
      if (error instanceof JsonPatchError) throw new KubectlError(`The request is invalid: the server rejected our request due to an error in our request`);
      throw error;
    }
  }
  return type === 'merge' ? mergePatch(obj, patch) : strategicMerge(obj, patch);
}

/** RFC 7386 JSON merge patch: objects merge, null deletes, everything else (lists too) replaces. */
function mergePatch(target: Json, patch: Json): Json {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const result: { [key: string]: Json } = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key] ?? null, value);
  }
  return result;
}
