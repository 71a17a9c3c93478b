/**
 * What kubectl prints: `get` tables, `-o yaml|json|name|jsonpath|go-template|custom-columns`, and `describe`.
 * Pure functions of stored objects and a virtual `now`; see testdata/README.md for the golden files.
 */
export { printTable, printTables, noResourcesMessage, kindPrefix, type TableOptions } from './table';
export { formatObjects, listOf, UnknownOutputFormatError, type FormatOptions } from './format-objects';
export { describe, canDescribe, type DescribeContext } from './describe/describe';
export { resourceName, operationLine } from './name';
export { podColumns, type PodColumns } from './pod-status';
export { nodeStatus } from './columns/core-columns';
export { toYaml } from './yaml/to-yaml';
export { goJson } from './go-json';
export { printJsonPath, jsonPathFailure } from './jsonpath/print-jsonpath';
export { JsonPathSyntaxError } from './jsonpath/parse-template';
export { JsonPathError } from './jsonpath/nodes';
export { printCustomColumns, CustomColumnsError } from './custom-columns';
export { printGoTemplate, GoTemplateError } from './gotemplate/print-go-template';
export { alignTabs, TABLE_TABWRITER, DESCRIBE_TABWRITER } from './tabwriter';
