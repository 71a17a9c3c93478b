/**
 * The command lines whose real kubectl v1.32 output is kept in this folder (`<name>.yaml`, `<name>.json`,
 * `<name>.stderr`). `capture-goldens.ts` records them from the real binary; `../golden.test.ts` replays
 * them through the generators. `files` are created in the working directory of the command.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../argv';

export interface GoldenCase {
  name: string;
  /** The kubectl arguments; `--dry-run=client -o yaml|json` are added before any `--`. */
  command: string;
  files?: Readonly<Record<string, string>>;
  /** The command fails: only `<name>.stderr` is recorded. */
  fails?: boolean;
}

const tls = (file: string) => readFileSync(join(__dirname, 'tls', file), 'utf8');

const APP_FILES = {
  'app.properties': 'color=blue\nsize=large\n',
  'nginx.conf': 'server {\n    listen 80;\n\n    location / {\n        root /usr/share/nginx/html;\n    }\n}\n',
  'config/a.txt': 'alpha',
  'config/b.txt': 'beta\n',
  'config/sub/c.txt': 'skipped: a directory entry',
  'app.env': '# comment\nDB_HOST=db.local\n  DB_PORT=5432\n\nEMPTY=\nSPACED=  keep trailing  \n',
  'bad.env': 'GOOD=1\n1BAD=2\n',
  'tricky.txt': 'tabs\there and trailing space \n',
  'long.txt':
    'This is a long line of text that goes well beyond eighty columns so that the YAML emitter has to fold it somewhere',
  'unicode.txt': 'héllo wörld ✓ 😀',
  'docker.json': '{"auths":{"reg.example.com":{"auth":"dTpw"}}}',
};

const BLOCK_FILES = {
  'lead-space.txt': '  indented\nline\n',
  'keep.txt': 'a\n\n',
  'newline.txt': '\n',
  'no-final-newline.txt': 'a\nb',
  'space-before-break.txt': 'a \nb\n',
  'crlf.txt': 'a\r\nb\r\n',
  'long-quoted.txt': '@mention with a rather long sentence after it that needs folding at the eighty column limit ok',
  'long-double.txt': 'tab\tthen a rather long sentence after it that needs folding at the eighty column limit  ok',
  'colon.txt': 'key: value\n# not a comment\n',
};

export const GOLDEN_CASES: readonly GoldenCase[] = [
  { name: 'deployment-basic', command: 'create deployment web --image=nginx' },
  { name: 'deployment-replicas-port', command: 'create deployment web --image=nginx --replicas=3 --port=80' },
  { name: 'deployment-namespace', command: 'create deployment web --image=nginx:1.27 -n shop' },
  { name: 'deployment-command', command: 'create deployment sleeper --image=busybox:1.36 -- sleep 3600' },
  { name: 'deployment-multi-image', command: 'create deployment web --image=nginx --image=docker.io/library/redis:7 --port=8080 -r 2' },
  { name: 'deployment-zero-replicas', command: 'create deploy web --image=nginx --replicas=0 --port=0' },
  { name: 'deployment-no-name', command: 'create deployment --image=nginx', fails: true },
  { name: 'deployment-two-names', command: 'create deployment a b --image=nginx', fails: true },
  { name: 'deployment-images-and-command', command: 'create deployment web --image=nginx --image=redis -- sleep 1', fails: true },

  { name: 'job-basic', command: "create job pi --image=perl:5.34 -- perl -Mbignum=bpi -wle 'print bpi(20)'" },
  { name: 'job-namespace', command: 'create job once --image=busybox -n batch' },
  { name: 'job-neither', command: 'create job j', fails: true },
  { name: 'job-both', command: 'create job j --image=busybox --from=cronjob/x', fails: true },

  { name: 'cronjob-basic', command: "create cronjob hello --image=busybox --schedule='*/1 * * * *' -- echo hello" },
  { name: 'cronjob-restart', command: "create cj nightly --image=busybox --schedule='0 3 * * *' --restart=Never -n ops" },

  { name: 'service-clusterip', command: 'create service clusterip web --tcp=80:8080' },
  { name: 'service-clusterip-multi', command: 'create svc clusterip web --tcp=80:8080,443:https --tcp=9090' },
  { name: 'service-headless', command: 'create service clusterip db --clusterip=None' },
  { name: 'service-nodeport', command: 'create service nodeport web --tcp=80:8080 --node-port=30080 -n shop' },
  { name: 'service-loadbalancer', command: 'create service loadbalancer lb --tcp=5678:8080' },
  { name: 'service-externalname', command: 'create service externalname ext --external-name=db.example.com' },
  { name: 'service-no-tcp', command: 'create service clusterip web', fails: true },
  { name: 'service-bad-target', command: 'create service nodeport web --tcp=80:abc_d', fails: true },
  { name: 'service-out-of-range', command: 'create service clusterip web --tcp=99999', fails: true },
  { name: 'service-bad-port', command: 'create service clusterip web --tcp=http:80', fails: true },
  { name: 'service-target-zero', command: 'create service clusterip web --tcp=80:0', fails: true },
  { name: 'service-bad-external-name', command: 'create service externalname web --external-name=Bad_Name', fails: true },

  { name: 'namespace-basic', command: 'create namespace shop' },
  { name: 'namespace-ignores-n', command: 'create ns shop -n other' },
  { name: 'namespace-no-name', command: 'create namespace', fails: true },
  { name: 'serviceaccount-basic', command: 'create serviceaccount builder' },
  { name: 'serviceaccount-namespace', command: 'create sa builder -n ci' },

  {
    name: 'configmap-literals',
    command: "create configmap app --from-literal=color=blue --from-literal=greeting='hello world' --from-literal=port=8080 --from-literal=enabled=true --from-literal=empty= --from-literal=date=2025-01-01 --from-literal=ratio=1.5 --from-literal=octal=0755 --from-literal=star='*' --from-literal=colon='a: b' --from-literal=hash='#x' --from-literal=eq=a=b",
  },
  { name: 'configmap-files', command: 'create configmap app --from-file=app.properties --from-file=server.conf=nginx.conf', files: APP_FILES },
  { name: 'configmap-directory', command: 'create cm app --from-file=config -n shop', files: APP_FILES },
  { name: 'configmap-env-file', command: 'create configmap app --from-env-file=app.env', files: APP_FILES },
  { name: 'configmap-tricky-text', command: 'create configmap app --from-file=tricky.txt --from-file=long.txt --from-file=unicode.txt', files: APP_FILES },
  {
    name: 'configmap-yaml-words',
    command: "create configmap words --from-literal=a=yes --from-literal=b=No --from-literal=c=null --from-literal=d=~ --from-literal=e=0x1F --from-literal=f=1:30 --from-literal=g=' lead' --from-literal=h=- --from-literal=i='- x' --from-literal=j=.5 --from-literal=k=+1 --from-literal=l=1e3 --from-literal=m=@x --from-literal=10=ten --from-literal=9=nine --from-literal=A=upper --from-literal=_u=under",
  },
  { name: 'configmap-block-scalars', command: 'create configmap blocks --from-file=blocks', files: Object.fromEntries(Object.entries(BLOCK_FILES).map(([k, v]) => [`blocks/${k}`, v])) },
  { name: 'configmap-long-key', command: `create configmap keys --from-literal=${'k'.repeat(129)}=long --from-literal=${'k'.repeat(128)}=fits` },
  {
    name: 'configmap-key-order',
    command: `create configmap order ${['b', 'a10', 'a9', 'A', '_x', '10', '9', 'a-b', 'ab', 'a.b', 'a09', 'a009', 'Z', '-x', '9a', '09'].map((k) => `--from-literal=${k}=0`).join(' ')}`,
  },
  { name: 'configmap-append-hash', command: 'create configmap app --from-literal=a=1 --append-hash' },
  { name: 'configmap-bad-literal', command: 'create configmap c --from-literal=bad', fails: true },
  { name: 'configmap-duplicate', command: 'create configmap c --from-literal=a=1 --from-literal=a=2', fails: true },
  { name: 'configmap-bad-key', command: 'create configmap c --from-literal=a.b/c=1', fails: true },
  { name: 'configmap-missing-file', command: 'create configmap c --from-file=missing.txt', fails: true },
  { name: 'configmap-env-and-literal', command: 'create configmap c --from-env-file=app.env --from-literal=a=1', files: APP_FILES, fails: true },
  { name: 'configmap-directory-key', command: 'create configmap c --from-file=k=config', files: APP_FILES, fails: true },
  { name: 'configmap-bad-env-key', command: 'create configmap c --from-env-file=bad.env', files: APP_FILES, fails: true },
  { name: 'configmap-env-directory', command: 'create configmap c --from-env-file=config', files: APP_FILES, fails: true },

  { name: 'secret-generic-literals', command: 'create secret generic db --from-literal=username=admin --from-literal=password=s3cr3t!' },
  { name: 'secret-generic-files', command: 'create secret generic app --from-file=app.properties --from-file=conf=nginx.conf --type=Opaque -n shop', files: APP_FILES },
  { name: 'secret-generic-env-file', command: 'create secret generic app --from-env-file=app.env', files: APP_FILES },
  { name: 'secret-generic-append-hash', command: 'create secret generic db --from-literal=a=1 --append-hash' },
  { name: 'secret-generic-duplicate', command: 'create secret generic s --from-literal=a=1 --from-literal=a=2', fails: true },
  { name: 'secret-generic-bad-key', command: 'create secret generic s --from-literal=a/b=1', fails: true },
  { name: 'secret-generic-no-name', command: 'create secret generic', fails: true },
  {
    name: 'secret-docker-registry',
    command: 'create secret docker-registry regcred --docker-server=registry.example.com --docker-username=alice --docker-password=p@ss --docker-email=alice@example.com',
  },
  { name: 'secret-docker-registry-default-server', command: 'create secret docker-registry regcred --docker-username=bob --docker-password=pw' },
  { name: 'secret-docker-registry-from-file', command: 'create secret docker-registry regcred --from-file=docker.json', files: APP_FILES },
  { name: 'secret-docker-registry-missing', command: 'create secret docker-registry regcred --docker-username=bob', fails: true },
  { name: 'secret-tls', command: 'create secret tls web-tls --cert=tls.crt --key=tls.key', files: { 'tls.crt': tls('tls.crt'), 'tls.key': tls('tls.key') } },
  { name: 'secret-tls-missing-flags', command: 'create secret tls web-tls --cert=tls.crt', fails: true },
  { name: 'secret-tls-missing-file', command: 'create secret tls web-tls --cert=nope.crt --key=nope.key', fails: true },
  {
    name: 'secret-tls-mismatch',
    command: 'create secret tls web-tls --cert=tls.crt --key=other.key',
    files: { 'tls.crt': tls('tls.crt'), 'other.key': tls('other.key') },
    fails: true,
  },
  {
    name: 'secret-tls-key-type',
    command: 'create secret tls web-tls --cert=tls.crt --key=other-ec.key',
    files: { 'tls.crt': tls('tls.crt'), 'other-ec.key': tls('other-ec.key') },
    fails: true,
  },
  {
    name: 'secret-tls-swapped',
    command: 'create secret tls web-tls --cert=tls.key --key=tls.crt',
    files: { 'tls.crt': tls('tls.crt'), 'tls.key': tls('tls.key') },
    fails: true,
  },

  { name: 'role-basic', command: 'create role pod-reader --verb=get --verb=list --verb=watch --resource=pods' },
  { name: 'role-resource-names', command: 'create role pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod -n dev' },
  { name: 'role-groups', command: 'create role foo --verb=get,list,watch --resource=rs.apps,deployments.apps,pods,pods/status,po/log,jobs,events' },
  { name: 'role-star', command: "create role admin --verb='*' --verb=get --resource=pods --resource='*'" },
  { name: 'role-nonstandard-verb', command: 'create role odd --verb=frob --resource=configmaps' },
  { name: 'role-unknown-resource', command: 'create role r --verb=get --resource=widgets', fails: true },
  { name: 'role-bad-group', command: 'create role r --verb=get --resource=deployments.batch', fails: true },
  { name: 'role-special-verb', command: 'create role r --verb=bind --resource=pods', fails: true },
  { name: 'role-impersonate', command: 'create role r --verb=impersonate --resource=users,serviceaccounts' },
  { name: 'role-no-verb', command: 'create role r --resource=pods', fails: true },
  { name: 'role-no-resource', command: 'create role r --verb=get', fails: true },
  { name: 'role-empty-resource', command: 'create role r --verb=get --resource=.apps', fails: true },

  { name: 'clusterrole-basic', command: 'create clusterrole pod-reader --verb=get,list --resource=pods,nodes,storageclasses' },
  { name: 'clusterrole-non-resource', command: 'create clusterrole health --verb=get --non-resource-url=/healthz --non-resource-url=/logs/*' },
  { name: 'clusterrole-mixed', command: 'create clusterrole mixed --verb=get --resource=secrets --non-resource-url=/metrics' },
  { name: 'clusterrole-aggregation', command: 'create clusterrole monitoring --aggregation-rule=rbac.example.com/aggregate-to-monitoring=true' },
  { name: 'clusterrole-aggregation-and-verb', command: 'create clusterrole m --aggregation-rule=a=b --verb=get', fails: true },
  { name: 'clusterrole-no-resource', command: 'create clusterrole cr --verb=get', fails: true },
  { name: 'clusterrole-bad-url-verb', command: 'create clusterrole cr --verb=list --non-resource-url=/healthz', fails: true },
  { name: 'clusterrole-bad-url', command: 'create clusterrole cr --verb=get --non-resource-url=healthz', fails: true },
  { name: 'clusterrole-bad-wildcard', command: 'create clusterrole cr --verb=get --non-resource-url=/a*/b', fails: true },

  { name: 'rolebinding-role', command: 'create rolebinding read-pods --role=pod-reader --user=jane --user=joe -n dev' },
  { name: 'rolebinding-clusterrole', command: 'create rolebinding admins --clusterrole=admin --group=ops --serviceaccount=dev:builder --user=amy' },
  { name: 'rolebinding-no-role', command: 'create rolebinding rb', fails: true },
  { name: 'rolebinding-both', command: 'create rolebinding rb --role=r --clusterrole=c', fails: true },
  { name: 'rolebinding-bad-sa', command: 'create rolebinding rb --role=r --serviceaccount=foo', fails: true },
  { name: 'clusterrolebinding-basic', command: 'create clusterrolebinding root --clusterrole=cluster-admin --user=root --group=system:masters' },
  { name: 'clusterrolebinding-no-subjects', command: 'create clusterrolebinding empty --clusterrole=view' },

  { name: 'run-basic', command: 'run web --image=nginx' },
  { name: 'run-port-labels-env', command: 'run web --image=nginx:1.27 --port=80 --labels=app=web,tier=front --env=MODE=prod --env=EMPTY=' },
  { name: 'run-args', command: "run bb --image=busybox --restart=Never -- sh -c 'echo hi; sleep 5'" },
  { name: 'run-command', command: 'run bb --image=busybox --restart=OnFailure --command -- sleep 3600' },
  { name: 'run-namespace-options', command: 'run web --image=nginx -n shop --image-pull-policy=IfNotPresent --privileged --annotations=team=web --annotations=note=a=b' },
  { name: 'run-args-without-dash', command: 'run bb --image=busybox sleep 10' },
  { name: 'run-no-name', command: 'run --image=nginx', fails: true },
  { name: 'run-tty-without-stdin', command: 'run web --image=nginx -t', fails: true },
  { name: 'run-bad-restart', command: 'run web --image=nginx --restart=Sometimes', fails: true },
  { name: 'run-bad-image', command: 'run web --image=NGINX', fails: true },
  { name: 'run-bad-env', command: 'run web --image=nginx --env=1A=b', fails: true },
  { name: 'run-bad-labels', command: 'run web --image=nginx --labels=app', fails: true },
  { name: 'run-bad-port', command: 'run web --image=nginx --port=http', fails: true },
  { name: 'run-bad-annotation', command: 'run web --image=nginx --annotations=x --annotations==y', fails: true },
  { name: 'run-bad-pull-policy', command: 'run web --image=nginx --image-pull-policy=Sometimes', fails: true },
  { name: 'run-rm-without-attach', command: 'run web --image=nginx --rm', fails: true },
  { name: 'run-stdin-dry-run', command: 'run web --image=busybox -i', fails: true },
];

/** The case's words with the dry-run and output flags placed before any `--`. */
export function commandWords(testCase: GoldenCase, format: 'yaml' | 'json'): string[] {
  const words = tokenize(testCase.command).words;
  const dash = words.indexOf('--');
  const extra = ['--dry-run=client', '-o', format];
  return dash < 0 ? [...words, ...extra] : [...words.slice(0, dash), ...extra, ...words.slice(dash)];
}

