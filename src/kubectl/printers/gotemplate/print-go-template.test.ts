import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GoTemplateError, printGoTemplate } from './print-go-template';

// Expected texts were printed by kubectl v1.32 (`kubectl create deployment x --image=nginx --dry-run=client -o go-template=…`).
const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'x', creationTimestamp: null, labels: { app: 'x' } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'x' } },
    template: { metadata: { creationTimestamp: null, labels: { app: 'x' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', resources: {} }] } },
    strategy: {},
  },
  status: {},
};

const run = (template: string, object: unknown = deployment) => printGoTemplate([object], template);

/** The stderr message, and the stdout kubectl printed before it. */
function failure(template: string, object: unknown = deployment): { message: string; printed: string } {
  try {
    run(template, object);
  } catch (error) {
    if (error instanceof GoTemplateError) return { message: error.message, printed: error.printed };
    throw error;
  }
  throw new Error(`${template} did not fail`);
}

test('text and field chains; numbers print as Go prints int64, missing keys as <no value>, containers with %v', () => {
  assert.equal(run('name={{.metadata.name}}'), 'name=x');
  assert.equal(run('{{.spec.replicas}} {{.spec.nope}} {{.metadata.labels}} {{.spec.template.spec.containers}}'), '1 <no value> map[app:x] [map[image:nginx name:nginx resources:map[]]]');
  assert.equal(run('{{.metadata.creationTimestamp}} {{.metadata.labels.nope.x}}'), '<no value> <no value>');
  assert.equal(run('{{.}}'), 'map[apiVersion:apps/v1 kind:Deployment metadata:map[creationTimestamp:<nil> labels:map[app:x] name:x] spec:map[replicas:1 selector:map[matchLabels:map[app:x]] strategy:map[] template:map[metadata:map[creationTimestamp:<nil> labels:map[app:x]] spec:map[containers:[map[image:nginx name:nginx resources:map[]]]]]] status:map[]]');
  assert.equal(run('{{.x}}', { x: 0.5, y: 1e6 }), '0.5');
});

test('literals follow Go: escapes, raw strings, characters, and ints versus floats', () => {
  assert.equal(run('{{"\\u00e9\\x41\\101\\t" | printf "%q"}}'), '"éAA\\t"');
  assert.equal(run('{{ 1.0 }} {{ 0x1F }} {{ 1_000 }} {{ \'a\' }} {{-1}} {{+2}} {{.5}} {{1e6}}'), '1 31 1000 97 -1 2 0.5 1e+06');
  assert.equal(run('{{`raw\\n`}}'), 'raw\\n');
});

test('$ is the root and variables declare, assign and scope', () => {
  assert.equal(run('{{$x := 1}}{{$x = 2}}{{$x}} {{$.kind}}'), '2 Deployment');
  assert.equal(run('{{with $x := 1}}{{$x}}{{end}}'), '1');
  assert.equal(failure('{{with $y := 1}}{{end}}{{$y}}').message, 'error parsing template {{with $y := 1}}{{end}}{{$y}}, template: output:1: undefined variable "$y"');
});

test('range over lists and maps (sorted keys), with $i, $e, else, break and continue', () => {
  const object = { items: [{ name: 'a' }, { name: 'b' }, { name: 'c' }], data: { z: '1', a: '2' } };
  assert.equal(run('{{range .items}}{{.name}}{{end}}', object), 'abc');
  assert.equal(run('{{range $i, $e := .items}}{{$i}}={{$e.name}} {{end}}', object), '0=a 1=b 2=c ');
  assert.equal(run('{{range $e := .items}}{{$e.name}}{{end}}', object), 'abc');
  assert.equal(run('{{range $k, $v := .data}}{{$k}}:{{$v}};{{end}}', object), 'a:2;z:1;');
  assert.equal(run('{{range .nope}}x{{else}}empty{{end}}', object), 'empty');
  assert.equal(run('{{range .items}}{{if eq .name "b"}}{{continue}}{{end}}{{if eq .name "c"}}{{break}}{{end}}{{.name}}{{end}}', object), 'a');
});

test('if / else if / else and with / else with', () => {
  assert.equal(run('{{if eq .kind "Deployment"}}yes{{else if eq .kind "Pod"}}pod{{else}}no{{end}}'), 'yes');
  assert.equal(run('{{if .nope}}a{{else if .status}}b{{else}}c{{end}}'), 'c');
  assert.equal(run('{{with .nope}}a{{else with .metadata}}b{{.name}}{{end}}'), 'bx');
});

test('pipelines pass the value as the last argument', () => {
  assert.equal(run('{{.metadata.name | printf "%s-%s" "pre"}}'), 'pre-x');
  assert.equal(run('{{.metadata.name | len}}'), '1');
  assert.equal(run('{{.spec.replicas | printf "%d-%s" "a"}}'), '%!d(string=a)-%!s(int64=1)');
});

test('index, len, and kubectl\'s exists and base64decode', () => {
  assert.equal(run('{{index .spec.template.spec.containers 0 "image"}} {{(index .spec.template.spec.containers 0).name}}'), 'nginx nginx');
  assert.equal(run('{{index .metadata.labels "nope"}} {{len .metadata.labels}}'), '<no value> 1');
  assert.equal(run('{{exists . "spec" "replicas"}} {{exists . "nope"}}'), 'true false');
  assert.equal(run('{{.data.token | base64decode}}', { data: { token: 'c2VjcmV0' } }), 'secret');
});

test('print, println and printf with Go\'s verbs and mistakes', () => {
  assert.equal(run('{{print "a" 1 2 "b" .spec.replicas}} {{println "a" 1}}'), 'a1 2b1 a 1\n');
  assert.equal(run('{{printf "%s %d %v %q %x %5.2f|%-4s|%t %e %!" .metadata.name .spec.replicas .metadata.labels "q\\"" "hi" 3.14159 "ab" true 12345.678}}'), 'x 1 map[app:x] "q\\"" 6869  3.14|ab  |true 1.234568e+04 %!!(MISSING)');
  assert.equal(run('{{printf "%d %s" "a"}} {{printf "%s" "a" 1 "b"}}'), '%!d(string=a) %!s(MISSING) a%!(EXTRA int=1, string=b)');
  assert.equal(run('{{printf "%05.1f|%+d|%x|%X|%o|%b|%c|%8s|%-8d|" 3.14159 5 255 255 8 5 65 "r" 42}}'), '003.1|+5|ff|FF|10|101|A|       r|42      |');
});

test('comparisons and logic: eq with several operands, missing values, and short-circuit and/or', () => {
  assert.equal(run('{{lt "a" "b"}} {{gt 2 1}} {{le 1 1}} {{ge 1 2}} {{ne 1 2}} {{eq 1 3 1}} {{eq .nope "x"}}'), 'true true true false true true false');
  assert.equal(run('{{and 1 0 2}} {{or 0 "" "z"}} {{not 0}} {{or 1 (index .nope 0)}}'), '0 z true 1');
});

test('define, template and block: named templates run with their own dot and $', () => {
  assert.equal(run('{{define "x"}}[{{.}}]{{end}}{{template "x" .metadata.name}}{{template "x"}}'), '[x][<no value>]');
  assert.equal(run('{{block "b" .kind}}<{{.}}>{{end}}'), '<Deployment>');
  const inDefine = failure('{{define "r"}}{{.name}}{{.name.x}}{{end}}{{range .spec.template.spec.containers}}{{template "r" .}}{{end}}');
  assert.equal(inDefine.message.split(': template: ')[1], 'output:1:30: executing "r" at <.name.x>: can\'t evaluate field x in type interface {}');
  assert.ok(inDefine.printed.startsWith('nginxError executing template: '));
});

test('trim markers eat whitespace beside them; comments print nothing', () => {
  assert.equal(run('{{- /* c */ -}}  a  {{- " b " -}}  c'), 'a b c');
  assert.equal(run('x\n  {{- .metadata.name }}\n{{/* note */}}y'), 'xx\ny');
});

test('parse errors name the line, as kubectl prints them', () => {
  const parse = (template: string) => failure(template).message.replace(`error parsing template ${template}, `, '');
  assert.equal(parse('{{.metadata.name'), 'template: output:1: unclosed action');
  assert.equal(parse('{{foo 1}}'), 'template: output:1: function "foo" not defined');
  assert.equal(parse('{{range .x}}'), 'template: output:1: unexpected EOF');
  assert.equal(parse('{{end}}'), 'template: output:1: unexpected {{end}}');
  assert.equal(parse('{{if}}{{end}}'), 'template: output:1: missing value for if');
  assert.equal(parse('{{"a\\q"}}'), 'template: output:1: invalid syntax');
  assert.equal(parse('{{break}}'), 'template: output:1: {{break}} outside {{range}}');
  assert.equal(parse('{{(1}}'), 'template: output:1: unclosed left paren');
  assert.equal(parse('{{@}}'), 'template: output:1: unexpected "@" in command');
  assert.equal(parse('{{.kind}} {{.apiVersion}'), "template: output:1: bad character U+007D '}'");
  assert.equal(parse('{{range $a, $b, $c := .x}}{{end}}'), 'template: output:1: too many declarations in range');
  assert.equal(parse('a\nb {{.x.y'), 'template: output:2: unclosed action');
  assert.equal(parse('{{if 1}}{{define "x"}}{{end}}{{end}}'), 'template: output:1: unexpected <define> in command');
  assert.equal(parse('{{template 1}}'), 'template: output:1: unexpected "1" in template clause');
});

test('execution errors name line, column and node; what was printed stays, followed by kubectl\'s debugging block', () => {
  const { message, printed } = failure('{{.metadata.name}}{{.spec.replicas.x}}');
  assert.equal(message, 'error executing template "{{.metadata.name}}{{.spec.replicas.x}}": template: output:1:25: executing "output" at <.spec.replicas.x>: can\'t evaluate field x in type interface {}');
  assert.ok(printed.startsWith('xError executing template: template: output:1:25: executing "output" at <.spec.replicas.x>: can\'t evaluate field x in type interface {}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{{.metadata.name}}{{.spec.replicas.x}}\n\traw data was:\n\t\t{"apiVersion":"apps/v1",'));
  assert.ok(printed.endsWith('\tobject given to template engine was:\n\t\tmap[apiVersion:apps/v1 kind:Deployment metadata:map[creationTimestamp:<nil> labels:map[app:x] name:x] spec:map[replicas:1 selector:map[matchLabels:map[app:x]] strategy:map[] template:map[metadata:map[creationTimestamp:<nil> labels:map[app:x]] spec:map[containers:[map[image:nginx name:nginx resources:map[]]]]]] status:map[]]\n\n'));
  const reason = (template: string) => failure(template).message.replace(/^error executing template "(?:[^"\\]|\\.)*": template: output:/, '');
  assert.equal(reason('{{.metadata.creationTimestamp.x}}'), '1:11: executing "output" at <.metadata.creationTimestamp.x>: nil pointer evaluating interface {}.x');
  assert.equal(reason('{{index .spec.template.spec.containers 5}}'), '1:2: executing "output" at <index .spec.template.spec.containers 5>: error calling index: index out of range: 5');
  assert.equal(reason('{{index .nope "a"}}'), '1:2: executing "output" at <index .nope "a">: error calling index: index of untyped nil');
  assert.equal(reason('{{len 3}}'), '1:2: executing "output" at <len 3>: error calling len: len of type int');
  assert.equal(reason('{{base64decode "!!"}}'), '1:2: executing "output" at <base64decode "!!">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0');
  assert.equal(reason('{{base64decode .spec.replicas}}'), '1:20: executing "output" at <.spec.replicas>: wrong type for value; expected string; got int64');
  assert.equal(reason('{{printf}}'), '1:2: executing "output" at <printf>: wrong number of args for printf: want at least 1 got 0');
  assert.equal(reason('{{eq .spec.replicas "a"}}'), '1:2: executing "output" at <eq .spec.replicas "a">: error calling eq: incompatible types for comparison');
  assert.equal(reason('{{lt .metadata.labels 1}}'), '1:2: executing "output" at <lt .metadata.labels 1>: error calling lt: invalid type for comparison');
  assert.equal(reason('{{1 2}}'), '1:2: executing "output" at <1>: can\'t give argument to non-function 1');
  assert.equal(reason('{{nil}}'), '1:2: executing "output" at <nil>: nil is not a command');
  assert.equal(reason('{{range .metadata.name}}{{.}}{{end}}'), '1:17: executing "output" at <.metadata.name>: range can\'t iterate over x');
  assert.equal(reason('{{range 3}}{{.}}{{end}}'), '1:8: executing "output" at <3>: range can\'t iterate over 3');
  assert.equal(reason('{{.metadata.name | .spec.replicas}}'), '1:24: executing "output" at <.spec.replicas>: replicas is not a method but has arguments');
  assert.equal(reason('{{printf "%v|%6.2v|%s|%d" 1.5 3.14159 .spec 1.0}}{{.metadata.creationTimestamp.z}}'), '1:60: executing "output" at <.metadata.creationTimestamp.z>: nil pointer evaluating interface {}.z');
  assert.equal(reason('{{template "x"}}'), '1:11: executing "output" at <{{template "x"}}>: template "x" not defined');
});

test('--allow-missing-template-keys=false makes a missing key an error', () => {
  assert.throws(() => printGoTemplate([deployment], '{{.spec.nope}}', { allowMissingKeys: false }), /executing "output" at <.spec.nope>: map has no entry for key "nope"/);
});

test('any template either prints or fails with a template error, never a crash', () => {
  const pieces = ['{{', '}}', '{{-', ' -}}', ' ', '.', '.metadata', '.name', '.spec.replicas', '$', '$x', ':=', '=', ',', '|', '(', ')', '"a"', '`r`', "'c'", '1', '1.5', '-2', 'nil', 'true',
    'if', 'else', 'end', 'range', 'with', 'break', 'continue', 'define', 'template', 'block', 'index', 'len', 'printf', '"%d %s %v"', 'print', 'eq', 'lt', 'and', 'or', 'not', 'base64decode', 'exists', '/*', '*/', '\n', 'x'];
  const template = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(template, (text) => {
      try {
        assert.equal(typeof run(text), 'string');
      } catch (error) {
        if (!(error instanceof GoTemplateError)) throw error;
      }
    }),
    { numRuns: 3000 },
  );
});
