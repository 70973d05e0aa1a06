// The proxy a request goes through, as curl and most tools read it from the environment:
// HTTPS_PROXY for https URLs, HTTP_PROXY for http ones (lower-case names too, which win, as curl
// reads them), and NO_PROXY: a comma list of hosts that are reached directly, each matching the
// host itself and its subdomains (`example.com`, `.example.com`), optionally with a port, or `*`.

export type Environment = Readonly<Record<string, string | undefined>>;

/** The proxy for `url`, or undefined to connect directly. */
export function proxyFor(url: URL, env: Environment = process.env): URL | undefined {
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  const setting = env[`${scheme}_proxy`] ?? env[`${scheme.toUpperCase()}_PROXY`];
  if (setting === undefined || setting.trim() === '') return undefined;
  if (bypasses(url, env.no_proxy ?? env.NO_PROXY ?? '')) return undefined;
  // `proxy:3128` without a scheme is an http proxy, as curl reads it.
  const text = setting.includes('://') ? setting.trim() : `http://${setting.trim()}`;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function bypasses(url: URL, noProxy: string): boolean {
  const host = bare(url.hostname);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const [name, entryPort] = splitPort(entry);
    if (entryPort !== undefined && entryPort !== port) continue;
    const domain = bare(name.replace(/^\*?\./, ''));
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}

/** `host:port` → [host, port]; `[::1]:8080` → ['[::1]', '8080']; a bare IPv6 address has no port. */
function splitPort(entry: string): [string, string | undefined] {
  const match = /^(\[[^\]]*\]|[^:]*):(\d+)$/.exec(entry);
  return match ? [match[1] as string, match[2]] : [entry, undefined];
}

const bare = (host: string) => host.toLowerCase().replace(/^\[|\]$/g, '');
