/**
 * `describeNamespace`, ConfigMapDescriber, `describeSecret` and `describeServiceAccount`
 * (k8s.io/kubectl/pkg/describe/describe.go, v1.32). Go prints data keys in map order, which is random;
 * kubespec prints them sorted.
 */
import { type KubeObject } from '../../../api/object';
import { compareGoStrings } from '../../../api/go-string-order';
import { arr, obj, path, str } from '../object-fields';
import { annotationsSection, labelsSection, rfc1123z } from './common-sections';
import { type DescribeContext } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';

export function describeNamespace(ns: KubeObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${str(ns.metadata.name)}\n`);
  labelsSection(w, 'Labels', ns.metadata.labels);
  annotationsSection(w, 'Annotations', ns.metadata.annotations);
  w.write(0, `Status:\t${str(path(ns, 'status.phase'))}\n`);
  const conditions = arr(path(ns, 'status.conditions'));
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t------------------\t------\t-------\n');
    for (const c of conditions) w.write(1, `${str(c.type)}\t${str(c.status)}\t${rfc1123z(c.lastTransitionTime)}\t${str(c.reason)}\t${str(c.message)}\n`);
  }
  // kubespec serves no ResourceQuota or LimitRange objects, so both lists are always empty.
  w.write(0, '\nNo resource quota.\n');
  w.write(0, '\nNo LimitRange resource.\n');
  return w.toString();
}

export function describeConfigMap(cm: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${str(cm.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(cm.metadata.namespace)}\n`);
  labelsSection(w, 'Labels', cm.metadata.labels);
  annotationsSection(w, 'Annotations', cm.metadata.annotations);
  w.write(0, '\nData\n====\n');
  const data = obj(obj(cm).data);
  for (const key of Object.keys(data).sort(compareGoStrings)) {
    w.write(0, `${key}:\n----\n`);
    w.write(0, `${str(data[key])}\n`);
    w.write(0, '\n');
  }
  w.write(0, '\nBinaryData\n====\n');
  const binary = obj(obj(cm).binaryData);
  for (const key of Object.keys(binary).sort(compareGoStrings)) w.write(0, `${key}: ${Buffer.from(str(binary[key]), 'base64').length} bytes\n`);
  w.write(0, '\n');
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

export function describeSecret(secret: KubeObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${str(secret.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(secret.metadata.namespace)}\n`);
  labelsSection(w, 'Labels', secret.metadata.labels);
  annotationsSection(w, 'Annotations', secret.metadata.annotations);
  const type = str(obj(secret).type);
  w.write(0, `\nType:\t${type}\n`);
  w.write(0, '\nData\n====\n');
  const data = obj(obj(secret).data);
  for (const key of Object.keys(data).sort(compareGoStrings)) {
    const bytes = Buffer.from(str(data[key]), 'base64');
    w.write(0, key === 'token' && type === 'kubernetes.io/service-account-token' ? `${key}:\t${bytes.toString('utf8')}\n` : `${key}:\t${bytes.length} bytes\n`);
  }
  return w.toString();
}

export function describeServiceAccount(sa: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${str(sa.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(sa.metadata.namespace)}\n`);
  labelsSection(w, 'Labels', sa.metadata.labels);
  annotationsSection(w, 'Annotations', sa.metadata.annotations);
  const secrets = ctx.list('Secret', sa.metadata.namespace);
  const existing = new Set(secrets.map((s) => str(s.metadata.name)));
  const tokens = secrets.filter(
    (s) => str(obj(s).type) === 'kubernetes.io/service-account-token' &&
      s.metadata.annotations?.['kubernetes.io/service-account.name'] === sa.metadata.name &&
      s.metadata.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata.uid,
  );
  const groups: [string, string[]][] = [
    ['Image pull secrets:', arr(obj(sa).imagePullSecrets).map((s) => str(s.name))],
    ['Mountable secrets: ', arr(obj(sa).secrets).map((s) => str(s.name))],
    ['Tokens:            ', tokens.map((s) => str(s.metadata.name))],
  ];
  for (const [header, names] of groups) {
    if (names.length === 0) w.write(0, `${header}\t<none>\n`);
    names.forEach((name, i) => w.write(0, `${i === 0 ? header : ' '.repeat(19)}\t${name}${existing.has(name) || header.startsWith('Tokens') ? '' : ' (not found)'}\n`));
  }
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}
