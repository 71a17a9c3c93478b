import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubectlSession } from '../../testing/kubectl-session';

interface Claims {
  aud: string[];
  exp: number;
  iat: number;
  iss: string;
  nbf: number;
  sub: string;
  'kubernetes.io': {
    namespace: string;
    serviceaccount: { name: string; uid: string };
    pod?: { name: string; uid: string };
    node?: { name: string; uid?: string };
    secret?: { name: string; uid: string };
    warnafter?: number;
  };
}

function claimsOf(token: string): Claims {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Claims;
}

function uidOf(session: ReturnType<typeof kubectlSession>, line: string): string {
  return session.run(`${line} -o jsonpath={.metadata.uid}`).stdout;
}

test('kubectl create token prints only the token, whose claims name the ServiceAccount for the API server for an hour', () => {
  const session = kubectlSession();
  session.run('kubectl create serviceaccount build-robot');
  const uid = uidOf(session, 'kubectl get serviceaccount build-robot');
  const now = Math.floor(session.cluster.clock.now() / 1000);
  const result = session.run('kubectl create token build-robot');
  assert.equal(result.exitCode, 0, result.stderr);
  assert.match(result.stdout, /^[\w-]+\.[\w-]+\.[\w-]+$/, 'no newline: the scenario kubectl writes to no terminal');
  const claims = claimsOf(result.stdout);
  assert.equal(claims.iss, 'https://kubernetes.default.svc.cluster.local');
  assert.deepEqual(claims.aud, ['https://kubernetes.default.svc.cluster.local']);
  assert.equal(claims.sub, 'system:serviceaccount:default:build-robot');
  assert.equal(claims.iat, now);
  assert.equal(claims.nbf, now);
  assert.equal(claims.exp, now + 3600);
  assert.deepEqual(claims['kubernetes.io'], { namespace: 'default', serviceaccount: { name: 'build-robot', uid } });
});

test('--duration, --audience and -n reach the token; -o yaml prints the TokenRequest with the virtual clock stamps', () => {
  const session = kubectlSession();
  session.run('kubectl create namespace ci');
  session.run('kubectl create serviceaccount deployer -n ci');
  session.cluster.clock.advance(90_000);
  const now = session.cluster.clock.now();
  const token = session.run('kubectl create token deployer -n ci --duration=48h --audience=https://vault.example.com --audience=api').stdout;
  const claims = claimsOf(token);
  assert.equal(claims.sub, 'system:serviceaccount:ci:deployer');
  assert.deepEqual(claims.aud, ['https://vault.example.com', 'api']);
  assert.equal(claims.exp, Math.floor(now / 1000) + 48 * 3600);

  const yaml = session.run('kubectl create token deployer -n ci -o yaml').stdout;
  const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const expected = [
    'apiVersion: authentication.k8s.io/v1',
    'kind: TokenRequest',
    'metadata:',
    `  creationTimestamp: "${stamp(now)}"`,
    '  name: deployer',
    '  namespace: ci',
    'spec:',
    '  audiences:',
    '  - https://kubernetes.default.svc.cluster.local',
    '  boundObjectRef: null',
    '  expirationSeconds: 3600',
    'status:',
    `  expirationTimestamp: "${stamp(now + 3600_000)}"`,
  ].join('\n');
  assert.ok(yaml.startsWith(`${expected}\n  token: `), yaml);
});

test('a Pod-bound token names the pod and its node; a Secret-bound one the secret', () => {
  const session = kubectlSession();
  session.run('kubectl create serviceaccount build-robot');
  session.cluster.api.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'builder', namespace: 'default' },
    spec: { serviceAccountName: 'build-robot', containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }] },
  } as never);
  session.cluster.settle();
  const podUid = uidOf(session, 'kubectl get pod builder');
  const nodeName = session.run('kubectl get pod builder -o jsonpath={.spec.nodeName}').stdout;
  const nodeUid = uidOf(session, `kubectl get node ${nodeName}`);
  const bound = claimsOf(session.run('kubectl create token build-robot --bound-object-kind=Pod --bound-object-name=builder').stdout)['kubernetes.io'];
  assert.deepEqual(bound.pod, { name: 'builder', uid: podUid });
  assert.deepEqual(bound.node, { name: nodeName, uid: nodeUid });

  session.run('kubectl create secret generic robot-secret --from-literal=a=b');
  const secretUid = uidOf(session, 'kubectl get secret robot-secret');
  const bySecret = claimsOf(session.run('kubectl create token build-robot --bound-object-kind Secret --bound-object-name robot-secret').stdout)['kubernetes.io'];
  assert.deepEqual(bySecret.secret, { name: 'robot-secret', uid: secretUid });
  assert.equal(bySecret.pod, undefined);

  const wrongUid = session.run('kubectl create token build-robot --bound-object-kind=Secret --bound-object-name=robot-secret --bound-object-uid=0d4691ed');
  assert.equal(
    wrongUid.stderr,
    'error: failed to create token: Operation cannot be fulfilled on Secret "robot-secret": the UID in the bound object reference (0d4691ed) does not match the UID in record. The object might have been deleted and then recreated\n',
  );
  session.run('kubectl create serviceaccount other');
  const otherAccount = session.run('kubectl create token other --bound-object-kind=Pod --bound-object-name=builder');
  assert.equal(otherAccount.stderr, 'error: failed to create token: cannot bind token for serviceaccount "other" to pod running with different serviceaccount name.\n');
});

test('the client-side validation messages are kubectl v1.32 own', () => {
  const session = kubectlSession();
  const cases: Array<[string, string]> = [
    ['kubectl create token', "error: exactly one NAME is required, got 0\nSee 'kubectl create token -h' for help and examples\n"],
    ['kubectl create token a b', "error: exactly one NAME is required, got 2\nSee 'kubectl create token -h' for help and examples\n"],
    ['kubectl create token x --duration=-1s', 'error: --duration must be greater than or equal to 0\n'],
    ['kubectl create token x --duration=1.5s', 'error: --duration cannot be expressed in units less than seconds\n'],
    ['kubectl create token x --audience=a --audience=', 'error: --audience must not be an empty string\n'],
    ['kubectl create token x --bound-object-kind=Foo', 'error: supported --bound-object-kind values are Node, Pod, Secret\n'],
    ['kubectl create token x --bound-object-name=foo', 'error: --bound-object-name can only be set if --bound-object-kind is provided\n'],
    ['kubectl create token x --bound-object-uid=abc', 'error: --bound-object-uid can only be set if --bound-object-kind is provided\n'],
    ['kubectl create token x --bound-object-kind=Pod', 'error: --bound-object-name is required if --bound-object-kind is provided\n'],
    [
      'kubectl create token x -o wide',
      'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    ],
  ];
  for (const [line, stderr] of cases) {
    const result = session.run(line);
    assert.equal(result.stderr, stderr, line);
    assert.equal(result.exitCode, 1, line);
  }
  const badDuration = session.run('kubectl create token x --duration=abc');
  // pflag's own parse error; cobra's usage line that follows is the dispatcher's (it names `kubectl create`).
  assert.match(badDuration.stderr, /^Error: invalid argument "abc" for "--duration" flag: time: invalid duration "abc"\n/);
});

test('the apiserver refuses a missing ServiceAccount, a lifetime under ten minutes and a caller without create on serviceaccounts/token', () => {
  const session = kubectlSession();
  assert.equal(session.run('kubectl create token build-robot').stderr, 'error: failed to create token: serviceaccounts "build-robot" not found\n');
  session.run('kubectl create serviceaccount build-robot');
  assert.equal(
    session.run('kubectl create token build-robot --duration=5m').stderr,
    'error: failed to create token: TokenRequest.authentication.k8s.io "" is invalid: spec.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes\n',
  );
  assert.equal(session.run('kubectl create token build-robot --duration=10m').exitCode, 0);
  const forbidden = session.run('kubectl create token build-robot --as=system:serviceaccount:default:build-robot');
  assert.equal(
    forbidden.stderr,
    'error: failed to create token: serviceaccounts "build-robot" is forbidden: User "system:serviceaccount:default:build-robot" cannot create resource "serviceaccounts/token" in API group "" in the namespace "default"\n',
  );
});
