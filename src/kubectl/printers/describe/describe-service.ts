/** `describeService` and `formatEndpointSlices` (k8s.io/kubectl/pkg/describe/describe.go, v1.32). */
import { type KubeObject } from '../../../api/object';
import { formatLabels } from '../labels';
import { arr, num, obj, path, str, strs, type Json } from '../object-fields';
import { annotationsSection, labelsSection } from './common-sections';
import { type DescribeContext } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';

export function describeService(svc: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(svc.spec);
  const slices = ctx.list('EndpointSlice', svc.metadata.namespace).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
  w.write(0, `Name:\t${str(svc.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(svc.metadata.namespace)}\n`);
  labelsSection(w, 'Labels', svc.metadata.labels);
  annotationsSection(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${str(spec.type)}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${str(spec.ipFamilyPolicy)}\n`);
  w.write(0, `IP Families:\t${strs(spec.ipFamilies).join(',') || '<none>'}\n`);
  w.write(0, `IP:\t${str(spec.clusterIP)}\n`);
  w.write(0, `IPs:\t${strs(spec.clusterIPs).join(',') || '<none>'}\n`);
  if (strs(spec.externalIPs).length > 0) w.write(0, `External IPs:\t${strs(spec.externalIPs).join(',')}\n`);
  if (str(spec.loadBalancerIP)) w.write(0, `Desired LoadBalancer IP:\t${str(spec.loadBalancerIP)}\n`);
  if (str(spec.externalName)) w.write(0, `External Name:\t${str(spec.externalName)}\n`);
  const ingress = arr(path(svc, 'status.loadBalancer.ingress'));
  if (ingress.length > 0) w.write(0, `LoadBalancer Ingress:\t${ingress.map(ingressText).join(', ')}\n`);
  for (const port of arr(spec.ports)) portLines(w, port, slices);
  w.write(0, `Session Affinity:\t${str(spec.sessionAffinity)}\n`);
  if (str(spec.externalTrafficPolicy)) w.write(0, `External Traffic Policy:\t${str(spec.externalTrafficPolicy)}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${str(spec.internalTrafficPolicy)}\n`);
  if (num(spec.healthCheckNodePort) !== 0) w.write(0, `HealthCheck NodePort:\t${num(spec.healthCheckNodePort)}\n`);
  if (strs(spec.loadBalancerSourceRanges).length > 0) w.write(0, `LoadBalancer Source Ranges:\t${strs(spec.loadBalancerSourceRanges).join(',')}\n`);
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

function ingressText(i: Json): string {
  if (str(i.ip)) return i.ipMode ? `${str(i.ip)} (${str(i.ipMode)})` : str(i.ip);
  return str(i.hostname);
}

function portLines(w: DescribeWriter, port: Json, slices: readonly KubeObject[]): void {
  const name = str(port.name) || '<unset>';
  const protocol = str(port.protocol);
  w.write(0, `Port:\t${name}\t${num(port.port)}/${protocol}\n`);
  w.write(0, `TargetPort:\t${port.targetPort === undefined ? num(port.port) : str(port.targetPort)}/${protocol}\n`);
  if (num(port.nodePort) !== 0) w.write(0, `NodePort:\t${name}\t${num(port.nodePort)}/${protocol}\n`);
  w.write(0, `Endpoints:\t${formatEndpointSlices(slices, str(port.name))}\n`);
}

/** Ready endpoint addresses (`ip:port`) of the named port, at most three, then ` + N more...`. */
export function formatEndpointSlices(slices: readonly KubeObject[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  const visit = (endpoint: Json, port: number | undefined) => {
    if (list.length === 3) more = true;
    const ready = path(endpoint, 'conditions.ready');
    if (ready === false) return;
    if (!more) {
      const address = strs(endpoint.addresses)[0] ?? '';
      list.push(port === undefined ? address : address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`);
    }
    count++;
  };
  for (const slice of slices) {
    const ports = arr(obj(slice).ports);
    const endpoints = arr(obj(slice).endpoints);
    if (ports.length === 0) endpoints.forEach((e) => visit(e, undefined));
    for (const p of ports) if (str(p.name) === portName) endpoints.forEach((e) => visit(e, num(p.port)));
  }
  return more ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}
