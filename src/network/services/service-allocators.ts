/**
 * The service registry's allocators (pkg/registry/core/service/storage/alloc.go): ClusterIPs from the
 * service CIDR and NodePorts from the node-port range, on create and on update. Every allocation
 * returns with an undo, run when a later stage rejects the request, so a rejected Service leaks
 * nothing; releases of values an update dropped happen only once the update is stored (`releaseChanged`).
 */
import { ApiError, fieldError } from '../../api';
import type { ServicePort, ServiceSpec } from '../../api/schemas';
import type { NodePortAllocator } from '../ip/node-port-allocator';
import type { ServiceIPAllocator } from '../ip/service-ip-allocator';
import { validateClusterIPFields } from './cluster-ip-fields';
import { allocatedClusterIPs, allocatedNodePorts, isHeadless, needsClusterIP, needsNodePort, shouldAllocateNodePorts } from './service-fields';

export type Undo = () => void;

/** NodePorts this request may keep without allocating them again. */
interface Reserved {
  readonly held: Set<number>;
  readonly trackRepeats: boolean;
}

export class ServiceAllocators {
  constructor(
    readonly ips: ServiceIPAllocator,
    readonly nodePorts: NodePortAllocator,
  ) {}

  /** allocateCreate: fills spec.clusterIP(s) and nodePorts in place; throws Kubernetes' errors. */
  allocateCreate(name: string, spec: ServiceSpec, undos: Undo[]): void {
    this.preValidate(name, spec);
    this.allocClusterIPs(name, spec, undos);
    // On create a nodePort repeated in the request fails as already allocated (the second Allocate sees the first).
    if (needsNodePort(spec)) this.initNodePorts(name, spec, { held: new Set(), trackRepeats: false }, undos);
  }

  /** allocateUpdate: an ExternalName turning into another type gets a ClusterIP; new NodePorts are reserved. */
  allocateUpdate(name: string, spec: ServiceSpec, old: ServiceSpec, undos: Undo[]): void {
    this.preValidate(name, spec);
    if (!needsClusterIP(old) && needsClusterIP(spec)) this.allocClusterIPs(name, spec, undos);
    // updateNodePorts reserves each new value once (portAllocated) and keeps those the old version held.
    const held = new Set(needsNodePort(old) ? allocatedNodePorts(old) : []);
    if (needsNodePort(spec)) this.initNodePorts(name, spec, { held, trackRepeats: true }, undos);
  }

  /** After a stored update: gives back what the old version held and the new one does not. */
  releaseChanged(old: ServiceSpec, spec: ServiceSpec): void {
    const keptIPs = new Set(allocatedClusterIPs(spec));
    for (const ip of allocatedClusterIPs(old)) if (!keptIPs.has(ip)) this.ips.release(ip);
    const keptPorts = new Set(allocatedNodePorts(spec));
    for (const port of allocatedNodePorts(old)) if (!keptPorts.has(port)) this.nodePorts.release(port);
  }

  releaseAll(spec: ServiceSpec): void {
    for (const ip of allocatedClusterIPs(spec)) this.ips.release(ip);
    for (const port of allocatedNodePorts(spec)) this.nodePorts.release(port);
  }

  private preValidate(name: string, spec: ServiceSpec): void {
    const errors = validateClusterIPFields(spec);
    if (errors.length > 0) throw ApiError.invalid('Service', name, errors);
  }

  private allocClusterIPs(name: string, spec: ServiceSpec, undos: Undo[]): void {
    if (!needsClusterIP(spec) || isHeadless(spec)) return;
    const requested = spec.clusterIPs?.[0];
    const result = requested ? this.ips.allocate(requested) : this.ips.allocateNext();
    if (!result.ok && requested) {
      throw ApiError.invalid('Service', name, [fieldError.invalid('spec.clusterIPs', spec.clusterIPs, `failed to allocate IP ${requested}: ${result.error}`)]);
    }
    if (!result.ok) throw new ApiError('InternalError', `Internal error occurred: failed to allocate a serviceIP: ${result.error}`);
    undos.push(() => this.ips.release(result.ip));
    spec.clusterIP = result.ip;
    spec.clusterIPs = [result.ip];
  }

  /**
   * initNodePorts/updateNodePorts: ports sharing a port number (TCP and UDP 53) share one nodePort; a
   * requested nodePort is reserved unless the old version already held it.
   */
  private initNodePorts(name: string, spec: ServiceSpec, reserved: Reserved, undos: Undo[]): void {
    const byServicePort = new Map<number, number>();
    (spec.ports ?? []).forEach((port: ServicePort, i) => {
      if (!port.nodePort && !shouldAllocateNodePorts(spec)) return;
      const shared = byServicePort.get(port.port ?? 0);
      if (shared !== undefined && (!port.nodePort || port.nodePort === shared)) {
        port.nodePort = shared;
        return;
      }
      const requested = port.nodePort || (shared === undefined ? requestedNodePort(port.port ?? 0, spec.ports ?? []) : 0);
      port.nodePort = requested ? this.reservePort(name, i, requested, reserved, undos) : this.nextPort(undos);
      if (shared === undefined) byServicePort.set(port.port ?? 0, port.nodePort);
    });
  }

  private reservePort(name: string, index: number, port: number, reserved: Reserved, undos: Undo[]): number {
    if (reserved.held.has(port)) return port;
    const result = this.nodePorts.allocate(port);
    if (!result.ok) throw ApiError.invalid('Service', name, [fieldError.invalid(`spec.ports[${index}].nodePort`, port, result.error)]);
    undos.push(() => this.nodePorts.release(port));
    if (reserved.trackRepeats) reserved.held.add(port);
    return port;
  }

  private nextPort(undos: Undo[]): number {
    const result = this.nodePorts.allocateNext();
    if (!result.ok) throw new ApiError('InternalError', `Internal error occurred: failed to allocate a nodePort: ${result.error}`);
    undos.push(() => this.nodePorts.release(result.port));
    return result.port;
  }
}

/** findRequestedNodePort: a nodePort the user wrote on any entry with this service port number. */
function requestedNodePort(port: number, ports: readonly ServicePort[]): number {
  return ports.find((p) => p.port === port && p.nodePort)?.nodePort ?? 0;
}
