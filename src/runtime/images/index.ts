/**
 * Built-in images as a typed table: entrypoint/cmd, env, base files, shells and tools, servers
 * and stop behaviour. `lookupImage` maps any reference (registry prefix, tag, digest) to an entry;
 * unknown images get a generic "runs until stopped, listens on its declared ports" entry.
 */
export { IMAGE_CATALOG } from './catalog';
export { lookupImage, GENERIC_PROGRAM } from './lookup-image';
export { parseImageReference, versionOfTag, compareVersions, type ImageReference } from './image-reference';
export { resolveContainerConfig, type ContainerConfig } from './container-config';
export { createContainerRoot, type ContainerMount, type ContainerRootOptions, type Mountpoint } from './container-root';
export type { ImageEntry, ImageSpec, NslookupFlavour } from './image-spec';
export { LIVENESS_HEALTHY_MS } from './programs/agnhost';
export { NGINX_HTML_ROOT } from './programs/nginx';
export { HTTPD_HTML_ROOT } from './programs/httpd';
