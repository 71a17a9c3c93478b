/**
 * `kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file`
 * (k8s.io/kubectl/pkg/cmd/create/create_secret_tls.go). The pair is checked as crypto/tls.X509KeyPair
 * checks it, using node:crypto for the parsing.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { GeneratorError, nameFromArgs, type Generator, type GeneratorContext } from './generator';
import { appendHashSuffix } from './hash-suffix';
import { SecretData, secretObject } from './secret-data';

const COMMAND_PATH = 'kubectl create secret tls';

export const secretTlsGenerator: Generator = {
  names: ['tls'],
  parent: 'secret',
  commandPath: COMMAND_PATH,
  usage: 'kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]',
  flags: { cert: { kind: 'string' }, key: { kind: 'string' }, 'append-hash': { kind: 'bool' } },
  build(args, flags, ctx) {
    const { name } = nameFromArgs(COMMAND_PATH, args);
    const [certPath, keyPath] = [flags.string('cert') ?? '', flags.string('key') ?? ''];
    if (!certPath || !keyPath) throw new GeneratorError('key and cert must be specified');
    const cert = readTlsFile(ctx, certPath);
    const key = readTlsFile(ctx, keyPath);
    checkKeyPair(cert, key);
    const secret = new SecretData();
    secret.add('tls.crt', cert);
    secret.add('tls.key', key);
    const obj = secretObject(name, ctx, 'kubernetes.io/tls', secret.data);
    return flags.bool('append-hash') ? appendHashSuffix(obj) : obj;
  },
};

function readTlsFile(ctx: GeneratorContext, path: string): string {
  const content = ctx.readFile(path);
  if (content === undefined) throw new GeneratorError(`Cannot read file ${path}, open ${path}: no such file or directory`);
  return content;
}

interface PemBlock {
  type: string;
  text: string;
}

function pemBlocks(input: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const m of input.matchAll(/-----BEGIN ([^-\n]+)-----[\s\S]*?-----END \1-----/g)) blocks.push({ type: m[1]!, text: m[0] });
  return blocks;
}

/** tls.X509KeyPair's checks and messages, in its order. */
export function checkKeyPair(certPem: string, keyPem: string): void {
  const certBlocks = pemBlocks(certPem);
  const cert = certBlocks.find((b) => b.type === 'CERTIFICATE');
  if (!cert) throw new GeneratorError(missingCertMessage(certBlocks.map((b) => b.type)));
  const keyBlocks = pemBlocks(keyPem);
  const keyAt = keyBlocks.findIndex((b) => b.type === 'PRIVATE KEY' || b.type.endsWith(' PRIVATE KEY'));
  if (keyAt < 0) throw new GeneratorError(missingKeyMessage(keyBlocks.map((b) => b.type)));
  const certificate = parseOr(() => new X509Certificate(cert.text), 'x509: malformed certificate');
  const key = parseOr(() => createPrivateKey(keyBlocks[keyAt]!.text), 'tls: failed to parse private key');
  if (certificate.publicKey.asymmetricKeyType !== key.asymmetricKeyType) {
    throw new GeneratorError('tls: private key type does not match public key type');
  }
  if (!certificate.checkPrivateKey(key)) throw new GeneratorError('tls: private key does not match public key');
}

/** A parse failure becomes Go's error text; node's own message is not what kubectl prints. */
function parseOr<T>(parse: () => T, message: string): T {
  try {
    return parse();
  } catch {
    throw new GeneratorError(message);
  }
}

function missingCertMessage(skipped: string[]): string {
  if (skipped.length === 0) return 'tls: failed to find any PEM data in certificate input';
  if (skipped.length === 1 && skipped[0]!.endsWith('PRIVATE KEY')) {
    return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
  }
  return `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [${skipped.join(' ')}]`;
}

function missingKeyMessage(skipped: string[]): string {
  if (skipped.length === 0) return 'tls: failed to find any PEM data in key input';
  if (skipped.length === 1 && skipped[0] === 'CERTIFICATE') return 'tls: found a certificate rather than a key in the PEM for the private key';
  return `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [${skipped.join(' ')}]`;
}
