/**
 * /etc/resolv.conf as the kubelet writes it for ClusterFirst pods (pkg/kubelet/network/dns/dns.go):
 *
 *   search default.svc.cluster.local svc.cluster.local cluster.local
 *   nameserver 10.96.0.10
 *   options ndots:5
 *
 * The shell's nslookup, wget and curl read it from the container's filesystem, as libc does.
 */
import { BoundedMemo } from '../api/bounded-memo';

export interface ResolvConf {
  nameservers: readonly string[];
  searches: readonly string[];
  ndots: number;
  /** The whole `options` line when the pod's dnsConfig shaped it (`ndots:2 edns0`); empty writes no line. */
  options?: readonly string[];
}

/** glibc's default when resolv.conf has no `options ndots`. */
const DEFAULT_NDOTS = 1;

/**
 * Rendered texts, each kept once: the pods of a namespace get the same resolv.conf, and every container keeps
 * its file's text for its life. Emptied should it ever hold a thousand.
 */
const RENDERED = new BoundedMemo<string, string>(1000);

/** Texts by frozen configuration: the network hands every pod of a namespace the same one. */
const RENDERED_FOR = new WeakMap<ResolvConf, string>();

export function renderResolvConf(conf: ResolvConf): string {
  if (!Object.isFrozen(conf)) return render(conf);
  let text = RENDERED_FOR.get(conf);
  if (text === undefined) RENDERED_FOR.set(conf, (text = render(conf)));
  return text;
}

function render(conf: ResolvConf): string {
  const lines: string[] = [];
  if (conf.searches.length > 0) lines.push(`search ${conf.searches.join(' ')}`);
  for (const server of conf.nameservers) lines.push(`nameserver ${server}`);
  const options = conf.options ?? [`ndots:${conf.ndots}`];
  if (options.length > 0) lines.push(`options ${options.join(' ')}`);
  const text = `${lines.join('\n')}\n`;
  return RENDERED.get(text) ?? RENDERED.set(text, text);
}

export function parseResolvConf(text: string): ResolvConf {
  const nameservers: string[] = [];
  let searches: string[] = [];
  let ndots = DEFAULT_NDOTS;
  for (const line of text.split('\n')) {
    const [keyword, ...values] = line.trim().split(/\s+/);
    if (keyword === 'nameserver' && values[0]) nameservers.push(values[0]);
    else if (keyword === 'search' || keyword === 'domain') searches = values;
    else if (keyword === 'options') {
      const option = values.find((value) => value.startsWith('ndots:'));
      if (option) ndots = Number(option.slice('ndots:'.length));
    }
  }
  return { nameservers, searches, ndots };
}
