import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

function stdout(image: string, argv: string[]): string {
  const container = new FakeContainer({ image });
  return container.run(container.spawn(argv)).stdout;
}

// The docs' envfrom-secret check: `kubectl exec envfrom-secret -- /bin/sh -c 'echo "username: $username\npassword: $password"'`
// prints two lines on nginx, whose sh is dash.
test("Debian's sh (dash) interprets escapes in echo without -e", () => {
  assert.equal(stdout('nginx', ['/bin/sh', '-c', 'u=my-app; echo "username: $u\\npassword: x"']), 'username: my-app\npassword: x\n');
  assert.equal(stdout('nginx', ['dash', '-c', 'echo "a\\tb"']), 'a\tb\n');
});

test('bash in the same image and busybox sh print the backslash as written', () => {
  assert.equal(stdout('nginx', ['bash', '-c', 'echo "a\\nb"']), 'a\\nb\n');
  assert.equal(stdout('busybox', ['sh', '-c', 'echo "a\\nb"']), 'a\\nb\n');
});

// Expected outputs are dash 0.5.12's (Debian bookworm, the nginx image's base), run on the same scripts.
test('dash knows only -n; -e is printed, \\c ends the output, octal escapes and unknown escapes', () => {
  assert.equal(stdout('nginx', ['sh', '-c', 'echo -e "x"; echo -n "no newline\\c more"; echo " \\0101\\102\\e"']), '-e x\nno newline AB\x1b\n');
  assert.equal(stdout('nginx', ['sh', '-c', 'echo "a\\0b|\\8|\\q|\\00101|\\1234|\\0x|\\\\\\\\|end\\\\"']), 'a\0b|\\8|\\q|\b1|S4|\0x|\\|end\\\n');
});
