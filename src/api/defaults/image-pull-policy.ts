/**
 * The imagePullPolicy the apiserver defaults from an image reference (pkg/apis/core/v1/defaults.go
 * SetDefaults_Container, via pkg/util/parsers ParseImageName): `Always` when the tag is `latest` or when
 * there is neither tag nor digest, `IfNotPresent` otherwise, including for references that do not parse.
 */
export function defaultImagePullPolicy(image: string): 'Always' | 'IfNotPresent' {
  return imageTag(image) === 'latest' ? 'Always' : 'IfNotPresent';
}

/** The tag ParseImageName reports: `latest` when neither tag nor digest is given, `` when unparseable. */
function imageTag(image: string): string {
  const [name = '', digest] = image.split('@');
  if (!isValidReferenceName(name)) return '';
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  const tag = colon >= 0 ? name.slice(colon + 1) : '';
  if (tag === '' && digest === undefined) return 'latest';
  return tag;
}

/**
 * docker/reference's grammar, loosely: repository path components are lowercase; the first component may
 * be a registry host with a port; a tag is `[\w][\w.-]{0,127}`.
 */
function isValidReferenceName(name: string): boolean {
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  const path = colon >= 0 ? name.slice(0, colon) : name;
  const tag = colon >= 0 ? name.slice(colon + 1) : undefined;
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) return false;
  const [first = '', ...rest] = path.split('/');
  const component = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
  const isHost = rest.length > 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (isHost) return /^[A-Za-z0-9.-]+(:\d+)?$/.test(first) && rest.every((c) => component.test(c));
  return [first, ...rest].every((c) => component.test(c));
}
