/**
 * Fault injection through the cluster's public API: node outages, container crashes, pod deletions and
 * scheduler outages, one at a time and drawn from a seed, for chaos scenarios (`When random faults strike
 * for 5 minutes`) and for the property tests that check workload invariants under faults.
 */
export { injectRandomFaults, FaultInvariantError, type FaultRunOptions, type InjectedFault } from './random-faults';
export { describeFault, startFault, FAULT_KINDS, type Fault, type FaultKind } from './fault';
export { drawFault, readyPodCount, isReady } from './fault-targets';
export { keepsReadyPods } from './ready-pods-guard';
