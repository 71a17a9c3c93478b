/**
 * The kubelet's node heartbeats (`pkg/kubelet/kubelet_node_status.go` and `pkg/kubelet/nodelease`, v1.32):
 * the node's Lease in `kube-node-lease` is renewed every 10s (a quarter of its 40s duration), and the
 * Node status — conditions MemoryPressure, DiskPressure, PIDPressure (False) and Ready (True) — is posted
 * when the kubelet starts and then every 5 minutes (nodeStatusReportFrequency) or when it changes. The
 * node-lifecycle controller reads both; a kubelet that stops posts neither.
 * The Lease is served as coordination.k8s.io/v1 `leases` (`kubectl get lease -n kube-node-lease`) and, as
 * component-helpers' lease controller (`newLease`) makes it, is owned by its Node. Simplification: it is
 * written straight to the store rather than through the API's admission chain.
 */
import type { ApiServer, KubeObject, StoredObject } from '../api';
import type { Node, NodeCondition } from '../api/schemas';
import { withFields } from '../api/with-fields';
import { toRFC3339, type ScheduledEventId, type VirtualClock } from '../clock';

export const LEASE_RENEW_MS = 10_000;
export const LEASE_DURATION_SECONDS = 40;
export const NODE_STATUS_REPORT_MS = 5 * 60_000;
export const NODE_LEASE_NAMESPACE = 'kube-node-lease';

const CONDITIONS: readonly Omit<NodeCondition, 'lastHeartbeatTime' | 'lastTransitionTime'>[] = [
  { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
  { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
  { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
  { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
];

const NO_STATUS: NonNullable<Node['status']> = Object.freeze({});

export class NodeStatusReporter {
  private leaseTimer: ScheduledEventId | undefined;
  private statusTimer: ScheduledEventId | undefined;

  constructor(
    private readonly api: ApiServer,
    private readonly clock: VirtualClock,
    private readonly nodeName: string,
  ) {}

  start(): void {
    this.postStatus();
    this.renewLease();
  }

  stop(): void {
    this.clock.cancel(this.leaseTimer);
    this.clock.cancel(this.statusTimer);
    this.leaseTimer = undefined;
    this.statusTimer = undefined;
  }

  removeLease(): void {
    this.stop();
    this.api.store.remove('Lease', NODE_LEASE_NAMESPACE, this.nodeName);
  }

  private renewLease(): void {
    const now = this.clock.now();
    const existing = this.api.store.get('Lease', NODE_LEASE_NAMESPACE, this.nodeName);
    const lease: KubeObject = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { ...(existing?.metadata ?? this.newLeaseMetadata(now)), name: this.nodeName, namespace: NODE_LEASE_NAMESPACE },
      spec: { holderIdentity: this.nodeName, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: microTime(now) },
    };
    this.api.store.put(lease);
    this.leaseTimer = this.clock.schedule(LEASE_RENEW_MS, `kubelet ${this.nodeName} lease`, () => this.renewLease());
  }

  /** `newLease`: the Node owns its Lease (no controller flag), once the Node exists. */
  private newLeaseMetadata(now: number): KubeObject['metadata'] {
    const node = this.api.store.get('Node', undefined, this.nodeName);
    const ownerReferences = node?.metadata.uid ? [{ apiVersion: 'v1', kind: 'Node', name: this.nodeName, uid: node.metadata.uid }] : undefined;
    return { uid: `lease-${this.nodeName}`, creationTimestamp: toRFC3339(now), ...(ownerReferences && { ownerReferences }) };
  }

  private postStatus(): void {
    const node = this.api.store.get('Node', undefined, this.nodeName) as StoredObject<Node> | undefined;
    if (!node) return;
    const now = toRFC3339(this.clock.now());
    const old = node.status?.conditions ?? [];
    const conditions = CONDITIONS.map((c) => {
      const before = old.find((o) => o.type === c.type);
      const lastTransitionTime = before && before.status === c.status ? before.lastTransitionTime : now;
      // A whole literal, one shape for every Node: `{ ...c, lastHeartbeatTime, … }` over a non-frozen constant
      // made a hidden class per condition (V8 11.3), and the Nodes' readers megamorphic.
      return { type: c.type, status: c.status, reason: c.reason, message: c.message, lastHeartbeatTime: now, lastTransitionTime };
    });
    this.api.updateStatus(withFields(node, { status: withFields(node.status ?? NO_STATUS, { conditions }) }) as KubeObject);
    this.statusTimer = this.clock.schedule(NODE_STATUS_REPORT_MS, `kubelet ${this.nodeName} status`, () => this.postStatus());
  }
}

/** metav1.MicroTime: RFC 3339 with microseconds. */
function microTime(ms: number): string {
  return toRFC3339(ms).replace(/Z$/, `.${String(ms % 1000).padStart(3, '0')}000Z`);
}
