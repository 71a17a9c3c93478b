/** The files of the base layers the built-in images sit on (busybox, Alpine, Debian, Ubuntu 16.04). */

const BUSYBOX_PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

const BUSYBOX_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nogroup:x:65534:
`;

const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
disk:x:6:root
wheel:x:10:root
floppy:x:11:root
dialout:x:20:root
tape:x:26:root
video:x:27:root
nogroup:x:65533:
nobody:x:65534:
`;

const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
www-data:x:33:
users:x:100:
nogroup:x:65534:
`;

export const BUSYBOX_FILES: Readonly<Record<string, string>> = {
  'etc/passwd': BUSYBOX_PASSWD,
  'etc/group': BUSYBOX_GROUP,
  'root/': '',
  'var/www/': '',
};

export const ALPINE_FILES: Readonly<Record<string, string>> = {
  'etc/passwd': ALPINE_PASSWD,
  'etc/group': ALPINE_GROUP,
  'etc/alpine-release': '3.21.0\n',
  'etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.0\nPRETTY_NAME="Alpine Linux v3.21"\n',
  'root/': '',
  'run/': '',
};

export const DEBIAN_FILES: Readonly<Record<string, string>> = {
  'etc/passwd': DEBIAN_PASSWD,
  'etc/group': DEBIAN_GROUP,
  'etc/debian_version': '12.8\n',
  'etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
  'root/': '',
  'run/': '',
};

/**
 * Ubuntu 16.04 as kubernetes/ingress-nginx's ubuntu-slim 0.13/0.14 left it (`FROM ubuntu:16.04`, then
 * dist-upgrade, July 2017, before 16.04.3): the base of nginx-slim 0.21–0.27.
 */
export const UBUNTU_XENIAL_FILES: Readonly<Record<string, string>> = {
  'etc/passwd': DEBIAN_PASSWD,
  'etc/group': DEBIAN_GROUP,
  'etc/debian_version': 'stretch/sid\n',
  'etc/lsb-release': 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=16.04\nDISTRIB_CODENAME=xenial\nDISTRIB_DESCRIPTION="Ubuntu 16.04.2 LTS"\n',
  'etc/os-release': 'NAME="Ubuntu"\nVERSION="16.04.2 LTS (Xenial Xerus)"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 16.04.2 LTS"\nVERSION_ID="16.04"\n',
  'root/': '',
  'run/': '',
};

/** Executable names that run the POSIX shell in busybox-based and Debian-based images. */
export const BUSYBOX_SHELLS: readonly string[] = ['sh', 'ash'];
export const DEBIAN_SHELLS: readonly string[] = ['sh', 'dash', 'bash'];

/** Debian and Alpine link /var/run to /run, so the service-account mount lands in /run/secrets. */
export const RUN_SYMLINKS: Readonly<Record<string, string>> = { 'var/run': '/run' };

export const STANDARD_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
