/**
 * Built-in images as data (style: "behaviour as data where it is data"). Each entry says what the
 * image runs, what files it has, which shells and network tools it ships, and how it stops.
 * Defaults are the images' tags as of 2025-01-01 (the virtual clock's epoch).
 */
import type { ProgramIO } from '../program';
import { agnhost, liveness, pauseForever } from './programs/agnhost';
import { execArguments, nginxDockerEntrypoint } from './programs/docker-entrypoint';
import { httpdForeground, HTTPD_HTML_ROOT } from './programs/httpd';
import { nginx, NGINX_HTML_ROOT } from './programs/nginx';
import { tcpServer } from './programs/tcp-server';
import { ALPINE_FILES, BUSYBOX_FILES, BUSYBOX_SHELLS, DEBIAN_FILES, DEBIAN_SHELLS, RUN_SYMLINKS, STANDARD_PATH } from './base-files';
import { DOCS_SAMPLE_IMAGES } from './docs-sample-images';
import { compareVersions } from './image-reference';
import type { ImageEntry } from './image-spec';
import { HTTPD_INDEX, NGINX_50X_PAGE, NGINX_CONF, NGINX_DEFAULT_CONF, nginxWelcomePage } from './web-content';

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
    tools: ['wget', 'nslookup', 'nc', 'ping'],
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
    tools: ['wget', 'nslookup', 'nc', 'curl', 'ping'],
    nslookup: () => 'busybox-legacy',
    programs: {},
    files: () => BUSYBOX_FILES,
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
    tools: ['wget', 'nslookup', 'nc', 'ping'],
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
    tools: ['curl', 'wget', 'nslookup', 'nc', 'ping'],
    programs: { 'entrypoint.sh': execArguments('curl') },
    files: () => ({ ...ALPINE_FILES, 'home/curl_user/': '' }),
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    // docker-library's bash (tianon/docker-bash) 5.2.37 on Alpine 3.21: bash built into /usr/local/bin beside
    // busybox's ash as /bin/sh. Its docker-entrypoint.sh runs `exec bash "$@"` when there are no arguments or
    // the first is an option, and `exec "$@"` otherwise; the docs' `command: ["echo"]` replaces it.
    name: 'bash',
    repositories: ['docker.io/library/bash'],
    defaultVersion: '5.2.37',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['bash'],
    env: { PATH: STANDARD_PATH, _BASH_VERSION: '5.2.37', _BASH_BASELINE: '5.2.37', _BASH_BASELINE_PATCH: '37', _BASH_LATEST_PATCH: '37' },
    workingDir: '/',
    shells: [...BUSYBOX_SHELLS, 'bash'],
    tools: ['wget', 'nslookup', 'nc', 'ping'],
    programs: { 'docker-entrypoint.sh': execArguments('bash') },
    files: () => ALPINE_FILES,
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
    binSh: 'dash',
    tools: [],
    programs: {},
    files: () => DEBIAN_FILES,
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  })),
  {
    name: 'nginx',
    repositories: ['docker.io/library/nginx', 'registry.k8s.io/e2e-test-images/nginx', 'k8s.gcr.io/nginx', 'gcr.io/google-containers/nginx'],
    defaultVersion: '1.27.3',
    namedTags: { stable: '1.26.2', mainline: '1.27.3' },
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: { PATH: STANDARD_PATH, PKG_RELEASE: '1~bookworm' },
    versionEnv: 'NGINX_VERSION',
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    binSh: 'dash',
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
    name: 'httpd',
    repositories: ['docker.io/library/httpd', 'registry.k8s.io/e2e-test-images/httpd'],
    defaultVersion: '2.4.62',
    entrypoint: [],
    cmd: ['httpd-foreground'],
    env: { PATH: `/usr/local/apache2/bin:${STANDARD_PATH}`, HTTPD_PREFIX: '/usr/local/apache2' },
    versionEnv: 'HTTPD_VERSION',
    workingDir: '/usr/local/apache2',
    shells: DEBIAN_SHELLS,
    binSh: 'dash',
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
    binSh: 'dash',
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
    binSh: 'bash',
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
    binSh: 'dash',
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
  ...DOCS_SAMPLE_IMAGES,
];

function redisTime(io: ProgramIO): string {
  const d = new Date(io.sys.now());
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')} ${month} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`;
}

const POSTGRES_NO_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;
