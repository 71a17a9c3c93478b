/**
 * What a kubelet needs to consume configuration: a container's environment (ConfigMap and Secret keys,
 * the Downward API, `$(VAR)` references), the files of configMap, secret, downwardAPI and projected volumes
 * (with the ServiceAccount token), the volume plugin that keeps those files current, and image pull
 * credentials. Pure functions over the object store; no clock reads (callers pass `now`).
 */
export * from './config-objects';
export * from './container-env';
export * from './downward-api';
export * from './expansion';
export * from './volume-projection';
export * from './service-account-token';
export * from './legacy-service-account-token';
export * from './registry-credentials';
export * from './config-volume-plugin';
export * from './token-request';
