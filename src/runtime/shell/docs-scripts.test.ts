/**
 * The scripts of the Kubernetes docs, run unchanged on the fake clock: stdout, exit codes and the
 * virtual instants their output appears at. Each builtin costs 1 ms (STEP_COST_MS).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeNetwork } from '../fake-network';
import { FakeContainer } from '../testing';
import { Directory, setOwner } from '../vfs';

test('liveness exec probe script: touch, sleep 30, rm, sleep 600', () => {
  const container = new FakeContainer();
  const process = container.spawn(['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600']);
  const early = container.run(process, { untilMs: 29_000 });
  assert.equal(early.exitCode, undefined);
  assert.equal(container.fs.exists('/tmp/healthy'), true);
  container.run(process, { untilMs: 31_000 });
  assert.equal(container.fs.exists('/tmp/healthy'), false);
  const done = container.run(process, { untilMs: 700_000 });
  assert.equal(done.exitCode, 0);
  assert.equal(container.elapsed, 630_004);
});

test('init container: until nslookup …; do echo waiting for myservice; sleep 2; done', () => {
  const records: Record<string, string> = {};
  const container = new FakeContainer({ image: 'busybox:1.28', network: fakeNetwork({ records }) });
  container.fs.mount('/var/run/secrets/kubernetes.io/serviceaccount', Directory.fromFiles({ namespace: 'default' }), { readOnly: true });
  const script = 'until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done';
  const process = container.spawn(['sh', '-c', script]);
  const waiting = container.run(process, { untilMs: 5_000 });
  assert.equal(waiting.exitCode, undefined);
  assert.equal(waiting.stdout.split('waiting for myservice\n').length - 1, 3);
  assert.match(waiting.stderr, /^nslookup: can't resolve 'myservice\.default\.svc\.cluster\.local'\n/);
  records['myservice.default.svc.cluster.local'] = '10.96.12.34';
  const found = container.run(process, { untilMs: 60_000 });
  assert.equal(found.exitCode, 0);
  assert.ok(found.stdout.endsWith('Name:      myservice.default.svc.cluster.local\nAddress 1: 10.96.12.34 myservice.default.svc.cluster.local\n'), found.stdout);
});

test('echo The app is running! && sleep 3600', () => {
  const run = new FakeContainer().runScript('echo The app is running! && sleep 3600', { untilMs: 4_000_000 });
  assert.equal(run.stdout, 'The app is running!\n');
  assert.equal(run.exitCode, 0);
  assert.equal(run.elapsedMs, 3_600_002);
});

test('postStart handler: echo Hello from the postStart handler > /usr/share/message', () => {
  const container = new FakeContainer({ image: 'nginx' });
  const run = container.run(container.spawn(['/bin/sh', '-c', 'echo Hello from the postStart handler > /usr/share/message']));
  assert.equal(run.exitCode, 0);
  assert.equal(container.fs.readFile('/usr/share/message'), 'Hello from the postStart handler\n');
});

test('for i in 1 2 3; do echo $i; done', () => {
  assert.equal(new FakeContainer().runScript('for i in 1 2 3; do echo $i; done').stdout, '1\n2\n3\n');
});

test('while true; do echo hello; sleep 10; done prints every ten seconds', () => {
  const run = new FakeContainer().runScript('while true; do echo hello; sleep 10; done', { untilMs: 35_000 });
  assert.deepEqual(run.output.map((line) => [line.text, Math.floor(line.at / 1000)]), [['hello\n', 0], ['hello\n', 10], ['hello\n', 20], ['hello\n', 30]]);
});

test('the counter pod prints the virtual date every second', () => {
  const run = new FakeContainer().runScript('i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done', { untilMs: 2_500 });
  assert.equal(run.stdout, '0: Wed Jan  1 00:00:00 UTC 2025\n1: Wed Jan  1 00:00:01 UTC 2025\n2: Wed Jan  1 00:00:02 UTC 2025\n');
});

test('cat /etc/config/* and ls /etc/config over a ConfigMap volume', () => {
  const container = new FakeContainer();
  const projection = new Directory();
  projection.writeFile('..2025_01_01_00_00_00.000000001/SPECIAL_LEVEL', 'very');
  projection.writeFile('..2025_01_01_00_00_00.000000001/SPECIAL_TYPE', 'charm');
  projection.symlink('..2025_01_01_00_00_00.000000001', '..data');
  projection.symlink('..data/SPECIAL_LEVEL', 'SPECIAL_LEVEL');
  projection.symlink('..data/SPECIAL_TYPE', 'SPECIAL_TYPE');
  container.fs.mount('/etc/config', projection, { readOnly: true });
  assert.equal(container.runScript('cat /etc/config/*').stdout, 'verycharm');
  assert.equal(container.runScript('ls /etc/config').stdout, 'SPECIAL_LEVEL\nSPECIAL_TYPE\n');
});

test('env and printenv VAR', () => {
  const container = new FakeContainer({ env: { GREETING: 'Warm greetings to', HONORIFIC: 'The Most Honorable' } });
  assert.match(container.runScript('env').stdout, /^PATH=\/usr\/local\/sbin.*\nHOSTNAME=test-pod\nGREETING=Warm greetings to\n/);
  const printed = container.runScript('printenv HONORIFIC; printenv NOPE');
  assert.equal(printed.stdout, 'The Most Honorable\n');
  assert.equal(printed.exitCode, 1);
});

test('wget -O- -q http://svc and wget --spider', () => {
  const network = fakeNetwork({ records: { 'web.default.svc.cluster.local': '10.96.0.5', 'down.default.svc.cluster.local': '10.96.0.6' }, http: { '10.96.0.5': 'hello from web\n' } });
  const container = new FakeContainer({ network });
  assert.equal(container.runScript('wget -O- -q http://web').stdout, 'hello from web\n');
  const spider = container.runScript('wget --spider http://web');
  assert.equal(spider.stderr, 'Connecting to web (10.96.0.5:80)\nremote file exists\n');
  const refused = container.runScript('wget -q -O- http://down');
  assert.equal(refused.stderr, "wget: can't connect to remote host (10.96.0.6): Connection refused\n");
  assert.equal(refused.exitCode, 1);
  assert.equal(container.runScript('wget -q -O- http://nosuch').stderr, "wget: bad address 'nosuch'\n");
});

test('curl -s http://x, and curl errors as curl 8 prints them', () => {
  const network = fakeNetwork({ records: { 'web.default.svc.cluster.local': '10.96.0.5', 'down.default.svc.cluster.local': '10.96.0.6' }, http: { '10.96.0.5': 'hi' } });
  const container = new FakeContainer({ image: 'curlimages/curl', network });
  assert.equal(container.runScript('curl -s http://web').stdout, 'hi');
  const unresolved = container.runScript('curl http://x');
  assert.equal(unresolved.stderr, 'curl: (6) Could not resolve host: x\n');
  assert.equal(unresolved.exitCode, 6);
  assert.equal(container.runScript('curl -s http://x').stderr, '');
  assert.equal(container.runScript('curl http://down:8080/').stderr, "curl: (7) Failed to connect to down port 8080 after 1 ms: Couldn't connect to server\n");
});

test('curl https://my-nginx --cacert FILE: the certificate file given after the URL is not taken for the URL', () => {
  const network = fakeNetwork({ records: { 'my-nginx.default.svc.cluster.local': '10.96.0.7' }, http: { '10.96.0.7': '<title>Welcome to nginx!</title>' } });
  const container = new FakeContainer({ image: 'curlimages/curl', network });
  const result = container.runScript('curl https://my-nginx --cacert /etc/nginx/ssl/tls.crt');
  assert.deepEqual([result.stdout, result.stderr], ['<title>Welcome to nginx!</title>', '']);
});

test('busybox has no curl; nginx has no wget', () => {
  const busybox = new FakeContainer().runScript('curl http://x');
  assert.equal(busybox.stderr, 'sh: curl: not found\n');
  assert.equal(busybox.exitCode, 127);
  assert.equal(new FakeContainer({ image: 'nginx' }).runScript('wget http://x').exitCode, 127);
});

test('exit 1, false, true', () => {
  const container = new FakeContainer();
  assert.equal(container.runScript('exit 1').exitCode, 1);
  assert.equal(container.runScript('false').exitCode, 1);
  assert.equal(container.runScript('true').exitCode, 0);
  assert.equal(container.runScript('exit 300').exitCode, 44);
});

test('test -f, [ -e ], string comparison and $?', () => {
  const run = new FakeContainer().runScript('a=b; [ "$a" = "b" ] && echo same; test -f /etc/passwd; echo $?; [ -e /nope ]; echo $?; [ -d /tmp ] && echo dir');
  assert.equal(run.stdout, 'same\n0\n1\ndir\n');
});

test('pipes and redirections: |, grep, head, wc -l, >, >>, 2>&1, < file', () => {
  const container = new FakeContainer();
  const run = container.runScript([
    'printf "a\\nb\\nab\\n" > /tmp/f',
    'echo c >> /tmp/f',
    'cat /tmp/f | grep a',
    'head -n 1 /tmp/f',
    'wc -l < /tmp/f',
    'cat /nope 2>&1 | wc -l',
    'ls /nope > /tmp/err 2>&1; cat /tmp/err',
  ].join('; '));
  assert.equal(run.stdout, 'a\nab\na\n4\n1\nls: /nope: No such file or directory\n');
});

test('$VAR, ${VAR}, $(cmd), backticks, $((arith)) and quoting', () => {
  const run = new FakeContainer().runScript(`X=world; echo "hello $X" '$X' \${X}s $(echo sub) \`echo tick\` $((2*3+1)) "a  b" a  b`);
  assert.equal(run.stdout, 'hello world $X worlds sub tick 7 a  b a b\n');
});

test('if/elif/else and case', () => {
  const run = new FakeContainer().runScript('for x in 1 2 3; do if [ $x -eq 1 ]; then echo one; elif [ $x = 2 ]; then echo two; else case $x in 3|4) echo three;; *) echo other;; esac; fi; done');
  assert.equal(run.stdout, 'one\ntwo\nthree\n');
});

test('sleep infinity and tail -f /dev/null block forever', () => {
  for (const script of ['sleep infinity', 'tail -f /dev/null']) {
    const run = new FakeContainer().runScript(script, { untilMs: 10_000_000 });
    assert.equal(run.finalState.state, 'blocked', script);
  }
});

test('a bare busybox container runs sh, which exits 0 at once', () => {
  const container = new FakeContainer({ image: 'busybox' });
  const run = container.run(container.spawn());
  assert.equal(run.exitCode, 0);
  assert.equal(run.elapsedMs, 0);
});

test('unsupported commands fail with 127 and syntax errors with 2', () => {
  const container = new FakeContainer();
  const missing = container.runScript('foo --bar');
  assert.deepEqual([missing.stderr, missing.exitCode], ['sh: foo: not found\n', 127]);
  const broken = container.runScript('if true; fi');
  assert.deepEqual([broken.stderr, broken.exitCode], ['sh: syntax error: unexpected "fi" (expecting "then")\n', 2]);
});

test('writes to a read-only mount fail with Read-only file system', () => {
  const container = new FakeContainer();
  container.fs.mount('/etc/config', Directory.fromFiles({ a: '1' }), { readOnly: true });
  const run = container.runScript('echo x > /etc/config/a; echo $?; touch /etc/config/b');
  assert.equal(run.stdout, '1\n');
  assert.equal(run.stderr, "sh: can't create /etc/config/a: Read-only file system\ntouch: /etc/config/b: Read-only file system\n");
  assert.equal(run.exitCode, 1);
});

test('hostname, id, pwd, cd, export, mkdir -p, cp, mv, rm -r', () => {
  const run = new FakeContainer().runScript('hostname; id; mkdir -p /data/a/b && cd /data/a && pwd; echo x > f; cp f g; mv g h; ls; rm -r /data; ls /data; export Y=1; sh -c "echo \\$Y"');
  assert.equal(run.stdout, 'test-pod\nuid=0(root) gid=0(root) groups=0(root),10(wheel)\n/data/a\nb\nf\nh\n1\n');
  assert.equal(run.stderr, 'ls: /data: No such file or directory\n');
});

test('id under a pod securityContext (runAsUser 1000, runAsGroup 3000, fsGroup 2000)', () => {
  const run = new FakeContainer({ identity: { uid: 1000, gid: 3000, supplementalGroups: [2000] } }).runScript('id');
  assert.equal(run.stdout, 'uid=1000 gid=3000 groups=2000,3000\n');
});

test('here-documents feed stdin', () => {
  const run = new FakeContainer({ env: { WHO: 'k8s' } }).runScript('cat <<EOF\nhello $WHO\nEOF');
  assert.equal(run.stdout, 'hello k8s\n');
});

test("ls -l names owners from the image's tables, by number without an entry, and shows the setgid and sticky bits", () => {
  const container = new FakeContainer({ identity: { uid: 1000, gid: 3000, supplementalGroups: [2000] } });
  const volume = new Directory();
  setOwner(volume.node, { uid: 0, gid: 2000 });
  volume.node.mode = 0o2777;
  container.fs.mount('/data/demo', volume);
  container.fs.creator = { uid: 1000, gid: 3000 };
  const run = container.runScript('cd /data; ls -l; cd demo; echo hello > testfile; ls -l; ls -ld /tmp');
  assert.equal(
    run.stdout,
    'total 4\ndrwxrwsrwx    2 root     2000          4096 Jan  1 00:00 demo\n' +
      'total 4\n-rw-r--r--    1 1000     2000             6 Jan  1 00:00 testfile\n' +
      'drwxrwxrwt    2 root     root          4096 Jan  1 00:00 /tmp\n',
  );
});
