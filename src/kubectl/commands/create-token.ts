/**
 * `kubectl create token SERVICE_ACCOUNT_NAME` (k8s.io/kubectl/pkg/cmd/create/create_token.go): validates its
 * flags client-side, POSTs a TokenRequest to the ServiceAccount's `token` subresource and prints the token,
 * or the whole TokenRequest when `-o` is given. The scenario's kubectl writes to no terminal, so the token is
 * printed without a newline, as kubectl does when its output is piped.
 */
import { ApiError } from '../../api';
import { requestToken, type TokenRequestSpec } from '../../storage/config';
import type { Flags, FlagSpecs, ParsedArgs } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import { GeneratorError, nameFromArgs } from '../generators';
import { formatObjects, UnknownOutputFormatError } from '../printers';
import { outputFormat } from './output-format';

const COMMAND_PATH = 'kubectl create token';

/** boundObjectKinds: kind → the apiVersion kubectl sends (Node since v1.32's ServiceAccountTokenNodeBinding beta). */
const BOUND_OBJECT_KINDS: Readonly<Record<string, string>> = { Node: 'v1', Pod: 'v1', Secret: 'v1' };

/** genericclioptions.PrintFlags without the table printer: JSON/YAML, name and the template formats. */
const PRINT_FORMATS: readonly string[] = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];

export const CREATE_TOKEN_FLAGS: FlagSpecs = {
  output: { kind: 'string', short: 'o' },
  template: { kind: 'string' },
  'allow-missing-template-keys': { kind: 'bool', default: true },
  'show-managed-fields': { kind: 'bool' },
  audience: { kind: 'stringArray' },
  duration: { kind: 'string', default: '0s' },
  'bound-object-kind': { kind: 'string' },
  'bound-object-name': { kind: 'string' },
  'bound-object-uid': { kind: 'string' },
};

/** `args.positional` still starts with the word `token`. */
export function runCreateToken(context: CommandContext, args: ParsedArgs, flags: Flags): void {
  // Complete: the NAME, then the printer (an unknown -o fails before any validation).
  const name = serviceAccountName({ ...args, positional: args.positional.slice(1) });
  const format = outputFormat(context, flags);
  if (format && !PRINT_FORMATS.includes(format.split('=')[0]!)) throw new UnknownOutputFormatError(flags.string('output') ?? format, PRINT_FORMATS.join(','));
  const spec = tokenRequestSpec(flags);
  let response;
  try {
    response = requestToken(context.cluster.api, context.namespace, name, spec, { user: context.user, now: context.cluster.clock.now() });
  } catch (error) {
    // kubectl wraps the server's error (%v of a StatusError is its message) rather than rendering it.
    if (error instanceof ApiError) throw usageError(`failed to create token: ${error.message}`);
    throw error;
  }
  if (format) context.output.raw(formatObjects([response], format, { asList: false, allowMissingKeys: flags.bool('allow-missing-template-keys') }));
  else context.output.raw(response.status.token);
}

function serviceAccountName(args: ParsedArgs): string {
  try {
    return nameFromArgs(COMMAND_PATH, args).name;
  } catch (error) {
    if (error instanceof GeneratorError) throw new KubectlError(error.stderr);
    throw error;
  }
}

/** TokenOptions.Validate, then the request Run builds: unset or zero duration and audiences leave the server's defaults. */
export function tokenRequestSpec(flags: Flags): TokenRequestSpec {
  const durationMs = flags.duration('duration') ?? 0;
  if (durationMs < 0) throw usageError('--duration must be greater than or equal to 0');
  if (durationMs % 1000 !== 0) throw usageError('--duration cannot be expressed in units less than seconds');
  const audiences = flags.strings('audience');
  if (audiences.some((a) => a === '')) throw usageError('--audience must not be an empty string');

  const kind = flags.string('bound-object-kind') ?? '';
  const boundName = flags.string('bound-object-name') ?? '';
  const uid = flags.string('bound-object-uid') ?? '';
  if (kind === '') {
    if (boundName !== '') throw usageError('--bound-object-name can only be set if --bound-object-kind is provided');
    if (uid !== '') throw usageError('--bound-object-uid can only be set if --bound-object-kind is provided');
  } else {
    const apiVersion = BOUND_OBJECT_KINDS[kind];
    if (apiVersion === undefined) throw usageError(`supported --bound-object-kind values are ${Object.keys(BOUND_OBJECT_KINDS).sort().join(', ')}`);
    if (boundName === '') throw usageError('--bound-object-name is required if --bound-object-kind is provided');
  }
  return {
    ...(audiences.length > 0 ? { audiences } : {}),
    ...(durationMs > 0 ? { expirationSeconds: durationMs / 1000 } : {}),
    ...(kind !== '' ? { boundObjectRef: { kind, apiVersion: BOUND_OBJECT_KINDS[kind]!, name: boundName, ...(uid ? { uid } : {}) } } : {}),
  };
}
