// The sample HTTP request and response of a metadata page: the verb and path ServiceStack picks,
// its headers, and the DTO samples in JSV (or JSON).

import type { MetadataModel, Operation } from '../model/types.js';
import { formatJsv, toJsv } from './jsv.js';
import { toJson } from './json-sample.js';
import { SampleBuilder } from './sample.js';

export type SampleFormat = 'jsv' | 'json';

export interface HttpSamples {
  format: SampleFormat;
  /** `HTTP + JSV` */
  title: string;
  /** The line that tells how to ask for this format. */
  overrideHint: string;
  /** JSON pages also tell how to wrap the response for JSONP. */
  jsonpHint: string | null;
  requestLines: string[];
  requestBody: string | null;
  responseLines: string[] | null;
  responseBody: string | null;
  /** The whole request and response, as one block each (HTML pages). */
  requestText: string;
  responseText: string | null;
}

const BODY_VERBS = ['POST', 'PUT', 'PATCH'];
const VERB_PREFERENCE = ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'];
const MIME: Record<SampleFormat, string> = { jsv: 'text/jsv', json: 'application/json' };

export function httpSamples(model: MetadataModel, op: Operation, format: SampleFormat): HttpSamples {
  const builder = new SampleBuilder(model);
  const verb = chooseVerb(op);
  const path = choosePath(op, verb, format);
  const mime = MIME[format];
  const render = (ref: Parameters<SampleBuilder['ofType']>[0]) => {
    const sample = builder.ofType(ref);
    if (!sample) return null;
    return format === 'jsv' ? formatJsv(toJsv(sample)) : toJson(sample);
  };
  const hasBody = BODY_VERBS.includes(verb);
  const requestBody = hasBody ? render({ kind: 'named', id: op.request, args: [] }) : null;
  const responseBody = op.response ? render(op.response) : null;
  // The trailing spaces after the request line and Host are ServiceStack's.
  const requestLines = [`${verb} ${path} HTTP/1.1 `, `Host: ${host(model.service.baseUrl)} `, `Accept: ${mime}`];
  if (hasBody) requestLines.push(`Content-Type: ${mime}`, 'Content-Length: length');
  const responseLines = responseBody === null ? null : ['HTTP/1.1 200 OK', `Content-Type: ${mime}`, 'Content-Length: length'];
  return {
    format,
    title: `HTTP + ${format.toUpperCase()}`,
    overrideHint: `To override the Content-type in your clients, use the HTTP Accept Header, append the .${format} suffix or ?format=${format}`,
    jsonpHint: format === 'json' ? 'To embed the response in a jsonp callback, append ?callback=myCallback' : null,
    requestLines,
    requestBody,
    responseLines,
    responseBody,
    requestText: [...requestLines, ...(requestBody === null ? [] : ['', requestBody])].join('\n'),
    responseText: responseLines && [...responseLines, '', responseBody].join('\n'),
  };
}

/** POST, then PUT, PATCH, GET, DELETE: the first the operation allows. */
function chooseVerb(op: Operation): string {
  const allowed = allowedVerbs(op);
  return VERB_PREFERENCE.find((v) => allowed === 'all' || allowed.has(v)) ?? 'POST';
}

function allowedVerbs(op: Operation): 'all' | Set<string> {
  if (op.routes.length > 0) {
    if (op.routes.some((r) => r.verbs.length === 0)) return 'all';
    return new Set(op.routes.flatMap((r) => r.verbs));
  }
  if (op.actions.length === 0 || op.actions.includes('ANY')) return 'all';
  return new Set(op.actions);
}

/**
 * The first route that allows the verb, else the first route, else the pre-defined route: `reply`
 * for an operation with a response, `oneway` for one without (ServiceStack's OperationControl).
 */
function choosePath(op: Operation, verb: string, format: SampleFormat): string {
  const route = op.routes.find((r) => r.verbs.length === 0 || r.verbs.includes(verb)) ?? op.routes[0];
  if (!route) return `/${format}/${op.response ? 'reply' : 'oneway'}/${op.name}`;
  return route.path.startsWith('/') ? route.path : `/${route.path}`;
}

function host(baseUrl: string | undefined): string {
  if (!baseUrl) return 'localhost';
  try {
    return new URL(baseUrl).host;
  } catch {
    return 'localhost';
  }
}
