/**
 * Client-side object generators of kubectl v1.32: `kubectl create <what>` and `kubectl run` turned into
 * the exact objects kubectl sends, the text `--dry-run=client -o yaml|json` prints (typed Go marshalling,
 * struct order, sigs.k8s.io/yaml output) and the `kind.group/name` of the `created` line.
 */
export {
  CREATE_COMMON_FLAGS,
  GeneratorError,
  checkRequiredFlags,
  nameFromArgs,
  runGenerator,
  type CommandArgs,
  type Generator,
  type GeneratorContext,
} from './generator';
export { createCommandPath, createGenerators, resolveCreateGenerator } from './create-generators';
export { runPodGenerator } from './run-pod';
export { jobFromCronJob, jobSourceOf } from './job';
export { printDryRun, typedObjectNode, type DryRunFormat } from './print-dry-run';
export { describeCreated } from './describe-created';
export { withLastAppliedConfiguration, LAST_APPLIED_ANNOTATION } from './last-applied';
export { apiResourceMapper, BUILTIN_API_RESOURCES, type ApiResource, type ApiResourceMapper } from './api-discovery';
export { marshalGoYaml } from './typed/go-yaml';
export { marshalIndent } from './typed/go-json';
