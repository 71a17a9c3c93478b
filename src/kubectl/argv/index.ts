export { tokenize, QuotingError, type CommandLine } from './tokenize';
export { parseFlags, Flags, FlagError, type FlagSpec, type FlagSpecs, type ParsedArgs, type FlagKind } from './parse-flags';
