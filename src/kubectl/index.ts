/**
 * The kubectl emulator: parses a command line as a shell would, runs the verb against the simulated
 * cluster's API with the caller's identity, and prints exactly what kubectl v1.32 prints.
 */
export { Kubectl } from './kubectl';
export type { CommandResult, KubectlEnvironment } from './context';
export { SandboxedFiles, FileAccessError, MAX_FILE_BYTES, type FileAccess } from './files';
export { parseManifests, MANIFEST_LIMITS } from './manifests';
export { tokenize } from './argv';
export { parseObjectRef, findObject, type ObjectRef } from './object-ref';
export { findMismatches, type Mismatch } from './partial-match';
export { KubectlError } from './errors';
export { podRow, podOrUndefined, isPodReady, podRestarts, containerStartedAt, containerFinishedAt } from './queries';
export { authorizeSubresource, commandUser } from './identity';
