// Which proxy a URL goes through, read from the environment as curl reads it.

import { describe, expect, it } from 'vitest';
import { proxyFor } from '../src/loaders/http/proxy.js';

const proxy = (url: string, env: Record<string, string>) => proxyFor(new URL(url), env)?.href;

describe('proxyFor', () => {
  it('takes HTTPS_PROXY for https and HTTP_PROXY for http, lower-case names first', () => {
    const env = { HTTPS_PROXY: 'http://secure-proxy:3128', HTTP_PROXY: 'http://plain-proxy:8080' };
    expect(proxy('https://api.example.com', env)).toBe('http://secure-proxy:3128/');
    expect(proxy('http://api.example.com', env)).toBe('http://plain-proxy:8080/');
    expect(proxy('http://api.example.com', { ...env, http_proxy: 'http://lower:1' })).toBe('http://lower:1/');
    expect(proxy('http://api.example.com', { HTTPS_PROXY: 'http://secure-proxy:3128' })).toBeUndefined();
    expect(proxy('http://api.example.com', { HTTP_PROXY: 'proxy.corp:3128' })).toBe('http://proxy.corp:3128/');
    expect(proxy('http://api.example.com', { HTTP_PROXY: '' })).toBeUndefined();
  });

  it('NO_PROXY: hosts and their subdomains, leading dots and stars, ports, or *', () => {
    const via = (url: string, noProxy: string) => proxy(url, { HTTP_PROXY: 'http://p:1', HTTPS_PROXY: 'http://p:1', NO_PROXY: noProxy }) !== undefined;
    expect(via('http://api.example.com', 'example.com')).toBe(false);
    expect(via('http://example.com', '.example.com')).toBe(false);
    expect(via('http://deep.api.example.com', '*.example.com')).toBe(false);
    expect(via('http://notexample.com', 'example.com')).toBe(true);
    expect(via('http://localhost:8080', 'localhost:8080')).toBe(false);
    expect(via('http://localhost:9090', 'localhost:8080')).toBe(true);
    expect(via('https://example.com', 'example.com:443')).toBe(false);
    expect(via('http://[::1]:8080', '::1')).toBe(false);
    expect(via('http://anything', '*')).toBe(false);
    expect(via('http://api.example.com', 'other.com, example.com')).toBe(false);
    expect(via('http://api.example.com', '')).toBe(true);
  });
});
