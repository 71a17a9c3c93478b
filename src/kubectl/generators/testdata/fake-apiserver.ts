/**
 * Just enough of an apiserver for real kubectl to run `create role|clusterrole` and `run` client-side:
 * legacy discovery (/api, /apis, /api/v1, /apis/<group>/<version>) serving BUILTIN_API_RESOURCES.
 * Used only by capture-goldens.ts.
 */
import { createServer, type Server } from 'node:http';
import { BUILTIN_API_RESOURCES, type ApiResource } from '../api-discovery';

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function groupVersions(): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const r of BUILTIN_API_RESOURCES) seen.set(`${r.group}/${r.version}`, { group: r.group, version: r.version });
  return [...seen.values()];
}

function resourceList(groupVersion: string, resources: ApiResource[]) {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources: resources.map((r) => ({
      name: r.resource, singularName: r.kind.toLowerCase(), namespaced: r.namespaced, kind: r.kind, verbs: VERBS,
      ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
    })),
  };
}

function respond(path: string): unknown {
  if (path === '/api') return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] };
  if (path === '/apis') {
    const groups = groupVersions().filter((gv) => gv.group !== '').map(({ group, version }) => {
      const gv = { groupVersion: `${group}/${version}`, version };
      return { name: group, versions: [gv], preferredVersion: gv };
    });
    return { kind: 'APIGroupList', apiVersion: 'v1', groups };
  }
  const match = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(path);
  if (!match) return undefined;
  const [group, version] = match[1] ? ['', 'v1'] : [match[2]!, match[3]!];
  const resources = BUILTIN_API_RESOURCES.filter((r) => r.group === group && r.version === version);
  return resources.length ? resourceList(group ? `${group}/${version}` : version, resources) : undefined;
}

export function startFakeApiserver(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const body = respond((req.url ?? '').split('?')[0]!);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body ?? { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404 }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}
