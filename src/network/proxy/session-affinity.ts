/**
 * ClientIP session affinity as kube-proxy programs it (iptables `recent` module, `--rcheck --seconds
 * <timeoutSeconds> --reap`): a client keeps reaching the endpoint it reached last, as long as that
 * endpoint is still usable and it came back within the timeout; every hit refreshes the timer.
 */
export class SessionAffinity {
  private readonly table = new Map<string, { endpoint: string; lastSeen: number }>();

  /** The remembered endpoint for this client, if still fresh and still among `candidates`. */
  lookup(servicePort: string, clientIP: string, candidates: readonly string[], now: number, timeoutMs: number): string | undefined {
    const entry = this.table.get(`${servicePort}|${clientIP}`);
    if (!entry || now - entry.lastSeen > timeoutMs || !candidates.includes(entry.endpoint)) return undefined;
    return entry.endpoint;
  }

  remember(servicePort: string, clientIP: string, endpoint: string, now: number): void {
    this.table.set(`${servicePort}|${clientIP}`, { endpoint, lastSeen: now });
  }
}
