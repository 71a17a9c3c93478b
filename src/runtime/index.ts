/**
 * The simulated container runtime: a container is a coroutine process (a POSIX shell or an
 * image's own program) in a virtual filesystem, driven by the kubelet on virtual time through
 * `Process.resume()`/`signal()`. Servers register in the pod's ListenerTable, which probes and
 * kube-proxy query; DNS and Services come in through the NetworkStack the cluster provides.
 */
export { spawnProcess, MAX_STEPS_WITHOUT_SLEEP, RUNAWAY_EXIT_CODE, RUNAWAY_MESSAGE } from './spawn-process';
export type { Process, ProcessContext, ProcessState, SpawnResult } from './process';
export type { Effect, Wake, Program, ProgramIO, ProgramBody, Identity, System, SignalHandler, ExecutableLookup } from './program';
export { STEP_COST_MS } from './program';
export { findExecutable } from './executables';
export { ListenerTable, type Listener, type HttpHandler, type HttpServerRequest, type Protocol } from './listeners';
export { ISOLATED_NETWORK, type NetworkStack, type ResolveResult, type HttpRequest, type HttpResponse, type HttpResult } from './network-stack';
export { exitCodeForSignal, parseSignal, SIGNAL_NUMBERS, type Signal } from './signals';
export { expandKubeletVars } from './expansion';
export { EnvironmentTemplate } from './shared-environment';
export { RecentValues } from './recent-values';
export { MemoryCgroup } from './memory-cgroup';
export { renderResolvConf, parseResolvConf, type ResolvConf } from './resolv-conf';
export { statusText } from './http-status';
export * from './vfs';
export * from './images';
export { parseScript, ShellSyntaxError, DNS_QUERY_MS, RESOLVER_TIMEOUT_MS, NSLOOKUP_TIMEOUT_MS, TCP_CONNECT_TIMEOUT_MS } from './shell';
