/**
 * kubectl command lines from a grammar of the verbs kubespec implements (src/kubectl/commands/): mostly
 * well-formed lines over a small pool of names, so commands meet the objects earlier commands created,
 * plus malformed ones (unknown flags, bad values, stray quotes). Blocking verbs get short timeouts most
 * of the time, as a person at a terminal would use them.
 */
import fc from 'fast-check';
import { dnsLabel, image, labelKey, labelValue } from './leaf-values';

const resource = fc.constantFrom('pods', 'po', 'deployments', 'deploy', 'rs', 'sts', 'ds', 'jobs', 'cronjobs', 'svc', 'cm', 'secrets', 'pvc', 'pv', 'nodes', 'ns', 'sa', 'roles', 'rolebindings', 'events', 'endpoints', 'all', 'widgets', 'deployments.apps', 'storageclasses');
const workloadRef = fc.tuple(fc.constantFrom('deployment', 'deploy', 'statefulset', 'daemonset', 'rs', 'job', 'pod'), dnsLabel).map(([r, n]) => `${r}/${n}`);
const nodeName = fc.constantFrom('node-1', 'node-2', 'node-3', 'node-9');
const namespaceFlag = fc.constantFrom('', '', '', ' -n default', ' -n kube-system', ' -n shop', ' -A', ' --namespace=default');
const output = fc.constantFrom('', '', ' -o wide', ' -o yaml', ' -o json', ' -o name', " -o jsonpath='{.items[*].metadata.name}'", ' -o jsonpath={.spec', ' -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName', ' -o go-template={{.x}}', ' -o bogus');
const selector = fc.oneof(
  fc.constant(''),
  fc.tuple(labelKey, labelValue).map(([k, v]) => ` -l ${k}=${v}`),
  fc.constantFrom(' -l app!=web', " -l 'tier in (a,b)'", ' -l =bad', ' --field-selector status.phase=Running', ' --field-selector spec.nodeName=node-1', ' --field-selector bogus=1'),
);
const timeout = fc.constantFrom(' --timeout=5s', ' --timeout=30s', ' --timeout=2m', '', ' --timeout=-1s', ' --timeout=soon');
const replicas = fc.oneof(fc.integer({ min: 0, max: 6 }).map(String), fc.constantFrom('-1', 'abc', '1000'));
const jsonPatch = fc.constantFrom(`'{"spec":{"replicas":2}}'`, `'{"metadata":{"labels":{"x":"y"}}}'`, `'[{"op":"replace","path":"/spec/replicas","value":1}]' --type=json`, `'{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:2"}]}}}}'`, `'{bad json'`, `'{"spec":{"replicas":"two"}}' --type=merge`);

const lines: fc.Arbitrary<string>[] = [
  fc.tuple(resource, fc.option(dnsLabel, { nil: '' }), namespaceFlag, output, selector, fc.constantFrom('', ' --show-labels', ' --sort-by=.metadata.name', ' --no-headers')).map(([r, n, ns, o, l, x]) => `kubectl get ${r}${n ? ` ${n}` : ''}${ns}${o}${l}${x}`),
  fc.tuple(resource, fc.option(dnsLabel, { nil: '' }), namespaceFlag, selector).map(([r, n, ns, l]) => `kubectl describe ${r}${n ? ` ${n}` : ''}${ns}${l}`),
  fc.tuple(resource, fc.oneof(dnsLabel, fc.constant('--all')), timeout, fc.constantFrom('', ' --wait=false', ' --grace-period=0 --force', ' --cascade=orphan', ' --cascade=foreground', ' --now')).map(([r, n, t, x]) => `kubectl delete ${r} ${n}${t}${x}`),
  fc.tuple(dnsLabel, image, fc.option(replicas, { nil: undefined })).map(([n, i, r]) => `kubectl create deployment ${n} --image=${i}${r === undefined ? '' : ` --replicas=${r}`}`),
  fc.tuple(dnsLabel, image, fc.constantFrom('', ' --restart=Never', ' --restart=OnFailure', ' --labels=app=web', ' --port=80', ' -- sh -c "exit 3"')).map(([n, i, x]) => `kubectl run ${n} --image=${i}${x}`),
  fc.tuple(fc.constantFrom('namespace shop', 'configmap cfg --from-literal=a=b', 'secret generic creds --from-literal=p=q', 'service clusterip web --tcp=80:8080', 'job once --image=busybox', "cronjob tick --image=busybox --schedule='*/1 * * * *'", 'serviceaccount builder', 'role r --verb=get --resource=pods', 'rolebinding rb --role=r --user=ann', 'widget x')).map(([x]) => `kubectl create ${x}`),
  fc.tuple(workloadRef, fc.constantFrom('--port=80', '--port=80 --type=NodePort', '--port=80 --target-port=8080 --name=web-svc', '')).map(([w, x]) => `kubectl expose ${w} ${x}`),
  fc.tuple(workloadRef, replicas).map(([w, r]) => `kubectl scale ${w} --replicas=${r}`),
  fc.tuple(fc.constantFrom('label', 'annotate'), resource, dnsLabel, labelKey, labelValue, fc.constantFrom('', ' --overwrite')).map(([v, r, n, k, val, o]) => `kubectl ${v} ${r} ${n} ${k}=${val}${o}`),
  fc.tuple(workloadRef, jsonPatch).map(([w, p]) => `kubectl patch ${w} -p ${p}`),
  fc.tuple(fc.constantFrom('status', 'history', 'undo', 'restart', 'pause', 'resume'), workloadRef, timeout).map(([s, w, t]) => `kubectl rollout ${s} ${w}${s === 'status' ? t : ''}`),
  fc.tuple(workloadRef, dnsLabel, image).map(([w, c, i]) => `kubectl set image ${w} ${c}=${i}`),
  fc.tuple(nodeName, labelKey, fc.constantFrom('NoSchedule', 'NoExecute', 'PreferNoSchedule', 'Bogus'), fc.boolean()).map(([n, k, e, remove]) => `kubectl taint nodes ${n} ${k}=x:${e}${remove ? '-' : ''}`),
  fc.tuple(fc.constantFrom('cordon', 'uncordon'), nodeName).map(([v, n]) => `kubectl ${v} ${n}`),
  fc.tuple(nodeName, timeout, fc.constantFrom('', ' --ignore-daemonsets', ' --force --ignore-daemonsets --delete-emptydir-data')).map(([n, t, x]) => `kubectl drain ${n}${t}${x}`),
  fc.tuple(fc.constantFrom('condition=Ready', 'delete', 'condition=Available', 'jsonpath={.status.phase}=Running', 'bogus'), workloadRef, timeout).map(([f, w, t]) => `kubectl wait --for=${f} ${w}${t}`),
  fc.tuple(fc.constantFrom('get', 'list', 'create', 'delete', '*'), resource, fc.constantFrom('', ' --as=ann', ' --as=system:serviceaccount:default:default', ' -n shop')).map(([v, r, a]) => `kubectl auth can-i ${v} ${r}${a}`),
  fc.constantFrom('kubectl api-resources', 'kubectl version', 'kubectl', 'kubectl frobnicate', 'kubectl get', "kubectl get pods 'unterminated", 'kubectl get pods --bogus-flag', 'kubectl -n', 'kubectl get pods -o', 'kubectl rollout', 'kubectl set', 'kubectl create', 'kubectl apply', 'kubectl delete', 'kubectl scale --replicas=2'),
];

/** One kubectl command line (without stdin). */
export const kubectlLine: fc.Arbitrary<string> = fc.oneof(...lines);
