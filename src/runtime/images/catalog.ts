/**
 * Built-in images as data (style: "behaviour as data where it is data"). Each entry says what the
 * image runs, what files it has, which shells and network tools it ships, and how it stops.
 * Defaults are the images' tags as of 2025-01-01 (the virtual clock's epoch).
 */
import type { ProgramIO } from '../program';
import { agnhost, liveness, pauseForever } from './programs/agnhost';
import { execArguments, nginxDockerEntrypoint } from './programs/docker-entrypoint';
import { httpdForeground, HTTPD_HTML_ROOT } from './programs/httpd';
import { etcd } from './programs/etcd';
import { helloGoGke } from './programs/hello-go-gke';
import { nginx, nginxBuiltWithPrefix, NGINX_HTML_ROOT } from './programs/nginx';
import { NODE_HELLO_SERVER, nodeHello } from './programs/node-hello';
import { perl } from './programs/perl';
import { stress } from './programs/stress';
import { tcpServer } from './programs/tcp-server';
import { ALPINE_FILES, BUSYBOX_FILES, DEBIAN_FILES, RUN_SYMLINKS, STANDARD_PATH, UBUNTU_XENIAL_FILES } from './base-files';
import { compareVersions } from './image-reference';
import type { ImageEntry } from './image-spec';
import { HTTPD_INDEX, NGINX_50X_PAGE, NGINX_CONF, NGINX_DEFAULT_CONF, NGINX_SOURCE_CONF, nginxWelcomePage } from './web-content';

const BUSYBOX_SHELLS = ['sh', 'ash'];
const DEBIAN_SHELLS = ['sh', 'dash', 'bash'];
const GO_SIGTERM = { SIGTERM: { exitCode: 2 }, SIGINT: { exitCode: 2 } };

function dockerLogTime(io: ProgramIO): string {
  return new Date(io.sys.now()).toISOString().replace(/\.\d{3}Z$/, '+00:00').replace('T', ' ');
}

export const IMAGE_CATALOG: readonly ImageEntry[] = [
  {
    name: 'busybox',
    repositories: ['docker.io/library/busybox', 'registry.k8s.io/busybox', 'k8s.gcr.io/busybox', 'gcr.io/google-containers/busybox', 'gcr.io/google_containers/busybox', 'registry.k8s.io/e2e-test-images/busybox'],
    defaultVersion: '1.37.0',
    entrypoint: [],
    cmd: ['sh'],
    env: { PATH: STANDARD_PATH },
    workingDir: '/',
    shells: BUSYBOX_SHELLS,
    tools: ['wget', 'nslookup', 'nc'],
    // busybox 1.29 replaced the libc-based nslookup with its own DNS client.
    nslookup: (version) => (compareVersions(version, '1.29') < 0 ? 'busybox-legacy' : 'busybox'),
    programs: {},
    files: () => BUSYBOX_FILES,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    // The docs' `kubectl run curl --image=radial/busyboxplus:curl`: an old busybox with curl added.
    name: 'busyboxplus',
    repositories: ['docker.io/radial/busyboxplus'],
    defaultVersion: '1.24',
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: { PATH: STANDARD_PATH },
    workingDir: '/',
    shells: BUSYBOX_SHELLS,
    tools: ['wget', 'nslookup', 'nc', 'curl'],
    nslookup: () => 'busybox-legacy',
    programs: {},
    files: () => BUSYBOX_FILES,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    // The docs' memory-demo pods (pods/resource/memory-request-limit*.yaml): stress 1.0.4 built from source on
    // Alpine (github.com/pozgo/docker-stress: FROM alpine:3.15.4, bash kept, g++/make/curl removed again), run
    // as `command: ["stress"]`; the image's own CMD runs it without options, which prints its usage and exits 0.
    name: 'polinux-stress',
    repositories: ['docker.io/polinux/stress'],
    defaultVersion: '1.0.4',
    entrypoint: [],
    cmd: ['/usr/local/bin/stress'],
    env: { PATH: STANDARD_PATH, RELEASE_VERSION: '1.0.4', SHELL: '/bin/bash' },
    workingDir: '/',
    shells: ['sh', 'ash', 'bash'],
    tools: ['wget', 'nslookup', 'nc'],
    programs: { stress },
    files: () => ALPINE_FILES,
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    name: 'alpine',
    repositories: ['docker.io/library/alpine'],
    defaultVersion: '3.21.0',
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: { PATH: STANDARD_PATH },
    workingDir: '/',
    shells: BUSYBOX_SHELLS,
    tools: ['wget', 'nslookup', 'nc'],
    programs: {},
    files: () => ALPINE_FILES,
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    name: 'curl',
    repositories: ['docker.io/curlimages/curl'],
    defaultVersion: '8.11.1',
    entrypoint: ['/entrypoint.sh'],
    cmd: ['curl'],
    env: { PATH: STANDARD_PATH, CURL_VERSION: '8.11.1' },
    workingDir: '/home/curl_user',
    shells: BUSYBOX_SHELLS,
    tools: ['curl', 'wget', 'nslookup', 'nc'],
    programs: { 'entrypoint.sh': execArguments('curl') },
    files: () => ({ ...ALPINE_FILES, 'home/curl_user/': '' }),
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  ...['ubuntu', 'debian'].map((name): ImageEntry => ({
    name,
    repositories: [`docker.io/library/${name}`],
    defaultVersion: name === 'ubuntu' ? '24.04' : '12.8',
    entrypoint: [],
    cmd: ['bash'],
    env: { PATH: STANDARD_PATH },
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    tools: [],
    programs: {},
    files: () => DEBIAN_FILES,
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  })),
  {
    // Perl/docker-perl on buildpack-deps:bookworm. Its CMD is `["perl5.40.0","-de0"]`, the versioned hard link
    // to /usr/local/bin/perl; kubespec's CMD names `perl` itself, as the catalog's commands do not vary by
    // tag. With no terminal the debugger reads EOF and the container exits 0 (see programs/perl.ts). The
    // image also has GNU wget, left out because kubespec's wget is busybox's.
    name: 'perl',
    repositories: ['docker.io/library/perl'],
    defaultVersion: '5.40.0',
    entrypoint: [],
    cmd: ['perl', '-de0'],
    env: { PATH: STANDARD_PATH },
    workingDir: '/usr/src/app',
    shells: DEBIAN_SHELLS,
    tools: ['curl'],
    programs: { perl },
    files: () => ({ ...DEBIAN_FILES, 'usr/src/app/': '' }),
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    name: 'nginx',
    repositories: ['docker.io/library/nginx', 'registry.k8s.io/e2e-test-images/nginx', 'k8s.gcr.io/nginx', 'gcr.io/google-containers/nginx'],
    defaultVersion: '1.27.3',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: { PATH: STANDARD_PATH, PKG_RELEASE: '1~bookworm' },
    versionEnv: 'NGINX_VERSION',
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    tools: ['curl'],
    programs: { 'docker-entrypoint.sh': nginxDockerEntrypoint, nginx, 'nginx-debug': nginx },
    files: (version) => ({
      ...DEBIAN_FILES,
      'etc/nginx/nginx.conf': NGINX_CONF,
      'etc/nginx/conf.d/default.conf': NGINX_DEFAULT_CONF,
      [`${NGINX_HTML_ROOT.slice(1)}/index.html`]: nginxWelcomePage(version),
      [`${NGINX_HTML_ROOT.slice(1)}/50x.html`]: NGINX_50X_PAGE,
      'docker-entrypoint.d/': '',
    }),
    symlinks: { ...RUN_SYMLINKS, 'var/log/nginx/access.log': '/dev/stdout', 'var/log/nginx/error.log': '/dev/stderr' },
    stopSignal: 'SIGQUIT',
    exposedPorts: [80],
  },
  {
    // The StatefulSet tutorial's image (kubernetes.io application/web/web.yaml and controllers/statefulset.yaml:
    // registry.k8s.io/nginx-slim 0.8 in older docs, 0.21 and 0.24 in newer ones).
    // Built by kubernetes/ingress-nginx images/nginx-slim (2017, until it became images/nginx at 0.29): nginx
    // compiled from source with --prefix=/usr/share/nginx on ubuntu-slim (Ubuntu 16.04), the stock
    // conf/nginx.conf, bash and curl kept, no entrypoint script, no ENV NGINX_VERSION, no STOPSIGNAL.
    // tagVersions is build.sh's NGINX_VERSION at each Makefile TAG of that history; 0.26 has no release
    // commit and 0.28 went to quay.io only. Tags before 0.13 were built in kubernetes/contrib, whose history
    // was not consulted: they get 0.13's nginx, whose version-dependent pages are the same pre-1.21 ones.
    name: 'nginx-slim',
    repositories: ['registry.k8s.io/nginx-slim', 'k8s.gcr.io/nginx-slim', 'gcr.io/google_containers/nginx-slim', 'gcr.io/google-containers/nginx-slim'],
    defaultVersion: '0.27',
    tagVersions: {
      '0.13': '1.11.9', '0.14': '1.11.10', '0.15': '1.11.12', '0.16': '1.11.12', '0.17': '1.13.0', '0.18': '1.13.1', '0.19': '1.13.1',
      '0.20': '1.13.2', '0.21': '1.13.3', '0.22': '1.13.3', '0.23': '1.13.4', '0.24': '1.13.5', '0.25': '1.13.5', '0.27': '1.13.6',
    },
    entrypoint: [],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: { PATH: STANDARD_PATH },
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    tools: ['curl'],
    programs: { nginx: nginxBuiltWithPrefix('/usr/share/nginx') },
    files: (version) => ({
      ...UBUNTU_XENIAL_FILES,
      'etc/nginx/nginx.conf': NGINX_SOURCE_CONF,
      [`${NGINX_HTML_ROOT.slice(1)}/index.html`]: nginxWelcomePage(version),
      [`${NGINX_HTML_ROOT.slice(1)}/50x.html`]: NGINX_50X_PAGE,
      'var/lib/nginx/body/': '',
    }),
    symlinks: { ...RUN_SYMLINKS, 'var/log/nginx/access.log': '/dev/stdout', 'var/log/nginx/error.log': '/dev/stderr' },
    stopSignal: 'SIGTERM',
    exposedPorts: [80, 443],
  },
  {
    name: 'httpd',
    repositories: ['docker.io/library/httpd', 'registry.k8s.io/e2e-test-images/httpd'],
    defaultVersion: '2.4.62',
    entrypoint: [],
    cmd: ['httpd-foreground'],
    env: { PATH: `/usr/local/apache2/bin:${STANDARD_PATH}`, HTTPD_PREFIX: '/usr/local/apache2' },
    versionEnv: 'HTTPD_VERSION',
    workingDir: '/usr/local/apache2',
    shells: DEBIAN_SHELLS,
    tools: [],
    programs: { 'httpd-foreground': httpdForeground },
    files: () => ({ ...DEBIAN_FILES, [`${HTTPD_HTML_ROOT.slice(1)}/index.html`]: HTTPD_INDEX }),
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGWINCH',
    exposedPorts: [80],
  },
  {
    name: 'redis',
    repositories: ['docker.io/library/redis', 'registry.k8s.io/redis'],
    defaultVersion: '7.4.1',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: { PATH: STANDARD_PATH },
    versionEnv: 'REDIS_VERSION',
    workingDir: '/data',
    shells: DEBIAN_SHELLS,
    tools: [],
    programs: {
      'docker-entrypoint.sh': execArguments(),
      'redis-server': tcpServer({
        ports: [6379],
        startupLog: (io) => `1:M ${redisTime(io)} * Ready to accept connections tcp\n`,
        signals: { SIGTERM: { exitCode: 0, log: (io) => `1:M ${redisTime(io)} # User requested shutdown...\n1:M ${redisTime(io)} # Redis is now ready to exit, bye bye...\n` }, SIGINT: { exitCode: 0 } },
      }),
    },
    files: () => ({ ...DEBIAN_FILES, 'data/': '' }),
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [6379],
  },
  {
    name: 'mysql',
    repositories: ['docker.io/library/mysql'],
    defaultVersion: '9.1.0',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    env: { PATH: STANDARD_PATH, MYSQL_MAJOR: 'innovation' },
    versionEnv: 'MYSQL_VERSION',
    workingDir: '/',
    shells: ['sh', 'bash'],
    tools: [],
    programs: {
      'docker-entrypoint.sh': execArguments(),
      mysqld: tcpServer({
        ports: [3306, 33060],
        // First-run initialisation before mysqld accepts connections (approximation).
        startupDelayMs: 10_000,
        requiredEnvAnyOf: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'],
        missingEnvMessage: (io) => `${dockerLogTime(io)} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n`,
        startupLog: (io) => `${dockerLogTime(io)} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${io.sys.image.version}-1.el9 started.\n`,
        signals: { SIGTERM: { exitCode: 0 } },
      }),
    },
    files: () => DEBIAN_FILES,
    stopSignal: 'SIGTERM',
    exposedPorts: [3306, 33060],
  },
  {
    name: 'postgres',
    repositories: ['docker.io/library/postgres'],
    defaultVersion: '17.2',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    env: { PATH: STANDARD_PATH, PGDATA: '/var/lib/postgresql/data' },
    versionEnv: 'PG_VERSION',
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    tools: [],
    programs: {
      'docker-entrypoint.sh': execArguments(),
      postgres: tcpServer({
        ports: [5432],
        startupDelayMs: 3_000,
        requiredEnvAnyOf: ['POSTGRES_PASSWORD', 'POSTGRES_HOST_AUTH_METHOD'],
        missingEnvMessage: () => POSTGRES_NO_PASSWORD,
        startupLog: () => 'PostgreSQL init process complete; ready for start up.\n',
        signals: { SIGINT: { exitCode: 0 }, SIGTERM: { exitCode: 0 } },
      }),
    },
    files: () => DEBIAN_FILES,
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGINT',
    exposedPorts: [5432],
  },
  {
    name: 'agnhost',
    repositories: ['registry.k8s.io/e2e-test-images/agnhost', 'k8s.gcr.io/e2e-test-images/agnhost', 'gcr.io/kubernetes-e2e-test-images/agnhost'],
    defaultVersion: '2.53',
    entrypoint: ['/agnhost'],
    cmd: ['pause'],
    env: { PATH: STANDARD_PATH },
    workingDir: '/',
    shells: BUSYBOX_SHELLS,
    tools: ['curl', 'nc', 'nslookup', 'wget'],
    programs: { agnhost },
    files: () => ALPINE_FILES,
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    name: 'liveness',
    repositories: ['registry.k8s.io/liveness', 'k8s.gcr.io/liveness', 'gcr.io/google_containers/liveness'],
    defaultVersion: '1.0',
    entrypoint: [],
    cmd: ['/server'],
    env: {},
    workingDir: '/',
    shells: [],
    tools: [],
    programs: { server: liveness },
    files: () => ({}),
    stopSignal: 'SIGTERM',
    exposedPorts: [8080],
  },
  {
    name: 'goproxy',
    repositories: ['registry.k8s.io/goproxy', 'k8s.gcr.io/goproxy'],
    defaultVersion: '0.1',
    entrypoint: [],
    cmd: ['/goproxy'],
    env: {},
    workingDir: '/',
    shells: [],
    tools: [],
    programs: { goproxy: tcpServer({ ports: [8080], signals: GO_SIGTERM }) },
    files: () => ({}),
    stopSignal: 'SIGTERM',
    exposedPorts: [8080],
  },
  {
    name: 'pause',
    repositories: ['registry.k8s.io/pause', 'k8s.gcr.io/pause', 'gcr.io/google_containers/pause'],
    defaultVersion: '3.10',
    entrypoint: ['/pause'],
    cmd: [],
    env: {},
    workingDir: '/',
    shells: [],
    tools: [],
    programs: { pause: pauseForever },
    files: () => ({}),
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    // GoogleCloudPlatform/nodejs-docs-samples containerengine/hello-world: `FROM node:4` (4.4.2, on Debian
    // jessie with curl and wget), `COPY server.js .`, shell-form `CMD node server.js`. The docs' envar-demo
    // printenv shows NODE_VERSION and NPM_CONFIG_LOGLEVEL; their security-context `ps aux` shows the sh as PID 1.
    name: 'node-hello',
    repositories: ['gcr.io/google-samples/node-hello'],
    defaultVersion: '1.0',
    entrypoint: [],
    cmd: ['/bin/sh', '-c', 'node server.js'],
    env: { PATH: STANDARD_PATH, NPM_CONFIG_LOGLEVEL: 'info', NODE_VERSION: '4.4.2' },
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    tools: ['curl', 'wget'],
    programs: { node: nodeHello },
    files: () => ({ ...DEBIAN_FILES, ...DEBIAN_JESSIE_RELEASE, [NODE_HELLO_SERVER.slice(1)]: NODE_HELLO_SERVER_JS }),
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [8080],
  },
  {
    // The docs' frontend/backend task's backend; see programs/hello-go-gke.ts for where its behaviour comes
    // from (kelseyhightower/app hello: `FROM alpine`, the binary at /usr/bin/hello, `ENTRYPOINT ["hello"]`).
    name: 'hello-go-gke',
    repositories: ['gcr.io/google-samples/hello-go-gke'],
    defaultVersion: '1.0',
    entrypoint: ['hello'],
    cmd: [],
    env: { PATH: STANDARD_PATH },
    workingDir: '/',
    shells: BUSYBOX_SHELLS,
    tools: ['wget', 'nslookup', 'nc'],
    programs: { hello: helloGoGke },
    files: () => ALPINE_FILES,
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    // kubernetes cluster/images/etcd: etcd and etcdctl on gcr.io/distroless/static, plus bash-static copied
    // to /bin/sh for migrate-if-needed.sh (since kubernetes#91171, 2020, so every 3.5.x-y tag): a shell
    // without a userland. No ENTRYPOINT or CMD: pods name /usr/local/bin/etcd. 3.5.16-0 is kubeadm 1.32's.
    name: 'etcd',
    repositories: ['registry.k8s.io/etcd', 'k8s.gcr.io/etcd', 'gcr.io/google_containers/etcd', 'gcr.io/google-containers/etcd'],
    defaultVersion: '3.5.16',
    entrypoint: [],
    cmd: [],
    env: { PATH: STANDARD_PATH, SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' },
    workingDir: '/',
    shells: ['sh'],
    userland: false,
    tools: [],
    programs: { etcd },
    files: () => ({}),
    stopSignal: 'SIGTERM',
    exposedPorts: [2379, 2380, 4001, 7001],
  },
];

function redisTime(io: ProgramIO): string {
  const d = new Date(io.sys.now());
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')} ${month} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`;
}

/** node:4's base, buildpack-deps:jessie: Debian 8.4 from April 2016, when Node 4.4.2 was the node:4 tag. */
const DEBIAN_JESSIE_RELEASE: Readonly<Record<string, string>> = {
  'etc/debian_version': '8.4\n',
  'etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\nVERSION="8 (jessie)"\nID=debian\n',
};

/** The sample's server, as `cat /server.js` shows it (without its licence header). */
const NODE_HELLO_SERVER_JS = `'use strict';

var http = require('http');
var handleRequest = function (req, res) {
  res.writeHead(200);
  res.end('Hello Kubernetes!');
};
var www = http.createServer(handleRequest);
www.listen(process.env.PORT || 8080);
`;

const POSTGRES_NO_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;
