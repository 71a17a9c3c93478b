/**
 * Images the kubernetes.io examples of the course topics use beyond the everyday ones in catalog.ts: the Job's
 * perl, the StatefulSet tutorial's nginx-slim, the Service tasks' sample applications, the gRPC probe's etcd,
 * the memory-limit task's stress and the DNS-debugging task's jessie-dnsutils. Each entry says where its facts
 * came from.
 */
import { etcd } from './programs/etcd';
import { helloApp } from './programs/hello-app';
import { helloGoGke } from './programs/hello-go-gke';
import { BOOTCAMP_SERVER, bootcampServerJs, kubernetesBootcamp } from './programs/kubernetes-bootcamp';
import { nginx, nginxBuiltWithPrefix, NGINX_HTML_ROOT } from './programs/nginx';
import { NODE_HELLO_SERVER, nodeHello } from './programs/node-hello';
import { perl } from './programs/perl';
import { stress } from './programs/stress';
import { ALPINE_FILES, BUSYBOX_SHELLS, DEBIAN_FILES, DEBIAN_SHELLS, RUN_SYMLINKS, STANDARD_PATH, UBUNTU_XENIAL_FILES } from './base-files';
import type { ImageEntry } from './image-spec';
import { NGINX_50X_PAGE, NGINX_SOURCE_CONF, nginxWelcomePage } from './web-content';

export const DOCS_SAMPLE_IMAGES: readonly ImageEntry[] = [
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
    binSh: 'dash',
    tools: ['curl'],
    programs: { perl },
    files: () => ({ ...DEBIAN_FILES, 'usr/src/app/': '' }),
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
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
    binSh: 'dash',
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
    binSh: 'dash',
    tools: ['curl', 'wget'],
    programs: { node: nodeHello },
    files: () => ({ ...DEBIAN_FILES, ...DEBIAN_JESSIE_RELEASE, [NODE_HELLO_SERVER.slice(1)]: NODE_HELLO_SERVER_JS }),
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [8080],
  },
  {
    // The Kubernetes Basics tutorial's app (see programs/kubernetes-bootcamp.ts): node:6.3.1 on Debian jessie,
    // server.js in /, shell-form `CMD node server.js`, EXPOSE 8080. The tutorial deploys
    // gcr.io/google-samples/kubernetes-bootcamp:v1, updates to docker.io/jocatalin/kubernetes-bootcamp:v2 and
    // then to the missing :v10, whose pull fails as not found; the tag's number is the server's v=. Node 6.3.1
    // came out in July 2016, after Debian 8.5 (June 2016), so its buildpack-deps:jessie base was 8.5.
    name: 'kubernetes-bootcamp',
    repositories: ['gcr.io/google-samples/kubernetes-bootcamp', 'docker.io/jocatalin/kubernetes-bootcamp'],
    defaultVersion: '1',
    tags: ['v1', 'v2'],
    entrypoint: [],
    cmd: ['/bin/sh', '-c', 'node server.js'],
    env: { PATH: STANDARD_PATH, NPM_CONFIG_LOGLEVEL: 'info', NODE_VERSION: '6.3.1' },
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    binSh: 'dash',
    tools: ['curl', 'wget'],
    programs: { node: kubernetesBootcamp },
    files: (version) => ({ ...DEBIAN_FILES, ...DEBIAN_JESSIE_RELEASE, 'etc/debian_version': '8.5\n', [BOOTCAMP_SERVER.slice(1)]: bootcampServerJs(version) }),
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
    // The GKE quickstart's hello-app (see programs/hello-app.ts): Alpine with the Go binary at /hello-app, so
    // the docs' `kubectl exec envar-demo -- printenv` finds busybox's printenv and shows PORT=8080.
    name: 'hello-app',
    repositories: ['gcr.io/google-samples/hello-app', 'us-docker.pkg.dev/google-samples/containers/gke/hello-app'],
    defaultVersion: '1.0',
    tagVersions: { '1.0': '1.0.0', '2.0': '2.0.0' },
    entrypoint: [],
    cmd: ['./hello-app'],
    env: { PATH: STANDARD_PATH, PORT: '8080' },
    workingDir: '/',
    shells: BUSYBOX_SHELLS,
    tools: ['wget', 'nslookup', 'nc'],
    programs: { 'hello-app': helloApp },
    files: () => ALPINE_FILES,
    symlinks: RUN_SYMLINKS,
    stopSignal: 'SIGTERM',
    exposedPorts: [],
  },
  {
    // The same task's frontend: kubernetes.io examples/service/access/Dockerfile as the image was built (2016),
    // `FROM nginx:1.9.14`, `RUN rm /etc/nginx/conf.d/default.conf`, `COPY frontend.conf /etc/nginx/conf.d`.
    // nginx:1.9.14 is Debian jessie with the nginx.org package: ENV NGINX_VERSION 1.9.14-1~jessie, the
    // package's nginx.conf of then (one worker, error_log at `warn`), the logs linked to stdout/stderr,
    // EXPOSE 80 443, no entrypoint script and no STOPSIGNAL (both came with 1.19). frontend.conf is the
    // docs' service/access/frontend.conf of that time: it proxies everything to the `hello` Service.
    name: 'hello-frontend',
    repositories: ['gcr.io/google-samples/hello-frontend'],
    defaultVersion: '1.0',
    tagVersions: { '1.0': '1.9.14' },
    entrypoint: [],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: { PATH: STANDARD_PATH, NGINX_VERSION: '1.9.14-1~jessie' },
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    tools: [],
    programs: { nginx },
    files: (version) => ({
      ...DEBIAN_FILES,
      ...DEBIAN_JESSIE_RELEASE,
      'etc/nginx/nginx.conf': NGINX_1_9_CONF,
      'etc/nginx/conf.d/frontend.conf': HELLO_FRONTEND_CONF,
      [`${NGINX_HTML_ROOT.slice(1)}/index.html`]: nginxWelcomePage(version),
      [`${NGINX_HTML_ROOT.slice(1)}/50x.html`]: NGINX_50X_PAGE,
    }),
    symlinks: { ...RUN_SYMLINKS, 'var/log/nginx/access.log': '/dev/stdout', 'var/log/nginx/error.log': '/dev/stderr' },
    stopSignal: 'SIGTERM',
    exposedPorts: [80, 443],
  },
  {
    // The DNS-debugging task's dnsutils pod: kubernetes test/images/jessie-dnsutils, `FROM debian:jessie`
    // (8.11, jessie's last point release, by 1.3's time) plus `apt-get install -y dnsutils` (BIND 9.9's
    // nslookup), no ENTRYPOINT or CMD of its own, so debian's `bash`. The pod runs `sleep infinity`.
    name: 'jessie-dnsutils',
    repositories: ['registry.k8s.io/e2e-test-images/jessie-dnsutils', 'k8s.gcr.io/e2e-test-images/jessie-dnsutils', 'gcr.io/kubernetes-e2e-test-images/dnsutils'],
    defaultVersion: '1.3',
    entrypoint: [],
    cmd: ['bash'],
    env: { PATH: STANDARD_PATH },
    workingDir: '/',
    shells: DEBIAN_SHELLS,
    binSh: 'dash',
    tools: ['nslookup'],
    nslookup: () => 'bind',
    programs: {},
    files: () => ({ ...DEBIAN_FILES, ...DEBIAN_JESSIE_RELEASE, 'etc/debian_version': '8.11\n' }),
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
    binSh: 'bash',
    userland: false,
    tools: [],
    programs: { etcd },
    files: () => ({}),
    stopSignal: 'SIGTERM',
    exposedPorts: [2379, 2380, 4001, 7001],
  },
];

/** node:4's base, buildpack-deps:jessie: Debian 8.4 from April 2016, when Node 4.4.2 was the node:4 tag. */
const DEBIAN_JESSIE_RELEASE: Readonly<Record<string, string>> = {
  'etc/debian_version': '8.4\n',
  'etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\nVERSION="8 (jessie)"\nID=debian\n',
};

/** The nginx.org package's /etc/nginx/nginx.conf of the 1.9 releases. */
const NGINX_1_9_CONF = `
user  nginx;
worker_processes  1;

error_log  /var/log/nginx/error.log warn;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

/** kubernetes.io examples/service/access/frontend.conf, as the frontend image was built with it. */
const HELLO_FRONTEND_CONF = `upstream hello {
    server hello;
}

server {
    listen 80;

    location / {
        proxy_pass http://hello;
    }
}
`;

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
