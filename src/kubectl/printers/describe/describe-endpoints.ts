/** `describeEndpoints` and `describeEndpointSliceV1` (k8s.io/kubectl/pkg/describe/describe.go, v1.32). */
import { type KubeObject } from '../../../api/object';
import { arr, num, obj, str, strs, type Json } from '../object-fields';
import { annotationsSection, labelsSection } from './common-sections';
import { type DescribeContext } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';

export function describeEndpoints(ep: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  header(w, ep);
  w.write(0, 'Subsets:\n');
  for (const subset of arr(obj(ep).subsets)) {
    w.write(1, `Addresses:\t${ipList(subset.addresses)}\n`);
    w.write(1, `NotReadyAddresses:\t${ipList(subset.notReadyAddresses)}\n`);
    const ports = arr(subset.ports);
    if (ports.length > 0) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const port of ports) w.write(2, `${str(port.name) || '<unset>'}\t${num(port.port)}\t${str(port.protocol)}\n`);
    }
    w.write(0, '\n');
  }
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

export function describeEndpointSlice(slice: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const o = obj(slice);
  header(w, slice);
  w.write(0, `AddressType:\t${str(o.addressType)}\n`);
  const ports = arr(o.ports);
  if (ports.length === 0) {
    w.write(0, 'Ports: <unset>\n');
  } else {
    w.write(0, 'Ports:\n');
    w.write(1, 'Name\tPort\tProtocol\n');
    w.write(1, '----\t----\t--------\n');
    for (const port of ports) w.write(1, `${str(port.name) || '<unset>'}\t${unset(port.port)}\t${str(port.protocol)}\n`);
  }
  const endpoints = arr(o.endpoints);
  if (endpoints.length === 0) w.write(0, 'Endpoints: <none>\n');
  else {
    w.write(0, 'Endpoints:\n');
    for (const endpoint of endpoints) sliceEndpoint(w, endpoint);
  }
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

function header(w: DescribeWriter, object: KubeObject): void {
  w.write(0, `Name:\t${str(object.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(object.metadata.namespace)}\n`);
  labelsSection(w, 'Labels', object.metadata.labels);
  annotationsSection(w, 'Annotations', object.metadata.annotations);
}

function sliceEndpoint(w: DescribeWriter, endpoint: Json): void {
  w.write(1, `- Addresses:\t${strs(endpoint.addresses).join(', ') || '<none>'}\n`);
  w.write(2, 'Conditions:\n');
  w.write(3, `Ready:\t${unset(obj(endpoint.conditions).ready)}\n`);
  w.write(2, `Hostname:\t${unset(endpoint.hostname)}\n`);
  const ref = endpoint.targetRef === undefined ? undefined : obj(endpoint.targetRef);
  if (ref) w.write(2, `TargetRef:\t${str(ref.kind)}/${str(ref.name)}\n`);
  w.write(2, `NodeName:\t${unset(endpoint.nodeName)}\n`);
  w.write(2, `Zone:\t${unset(endpoint.zone)}\n`);
}

/** A pointer field: its value, or `<unset>` when nil. */
function unset(value: unknown): string {
  return value === undefined || value === null ? '<unset>' : String(value);
}

function ipList(addresses: unknown): string {
  return arr(addresses).map((a) => str(a.ip)).join(',') || '<none>';
}
