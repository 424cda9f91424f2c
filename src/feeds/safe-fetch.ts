import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPermitted } from './address-policy.ts';

/** Why a fetch failed, as `/feeds list` and the logs say it. */
export class FetchError extends Error {
  override name = 'FetchError';
}

export interface FetchLimits {
  /** Abandons the request (connection and body) after this long. */
  timeoutMs: number;
  /** Abandons a body longer than this. */
  maxBytes: number;
  /**
   * Lets URLs reach private, loopback and link-local addresses: all of them (`true`), or only
   * these (a newsroom's intranet server, the tests' own server).
   */
  allowPrivate: boolean | readonly string[];
  /** Redirects followed at most; each one is checked like the first URL. */
  maxRedirects?: number;
}

export interface Fetched {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The URL the body came from, after redirects. */
  url: string;
}

const USER_AGENT = 'Briefbot feed reader (+https://github.com/briefbot)';

/**
 * A lookup that refuses non-public addresses. It runs for the connection itself, so the address
 * checked is the address connected to: a name that resolves to a public address when checked and
 * a private one when connecting (DNS rebinding) cannot get through.
 */
function guardedLookup(allowPrivate: FetchLimits['allowPrivate']): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const allowed = addresses.filter((a) => isPermitted(a.address, allowPrivate));
      if (allowed.length === 0) {
        const refused = new FetchError(`${hostname} resolves to a private or local address`);
        return callback(refused as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, allowed);
      const [first] = allowed;
      callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

function checkUrl(url: URL, allowPrivate: FetchLimits['allowPrivate']): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(`only http and https URLs can be fetched, not ${url.protocol}`);
  if (url.username || url.password)
    throw new FetchError('URLs with a user name or password are refused');
  // A literal address is connected to without a lookup, so it is checked here.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !isPermitted(host, allowPrivate))
    throw new FetchError(`${host} is a private or local address`);
}

function once(url: URL, headers: Record<string, string>, limits: FetchLimits) {
  return new Promise<Fetched>((resolve, reject) => {
    const options: RequestOptions = {
      method: 'GET',
      headers: { 'user-agent': USER_AGENT, accept: '*/*', ...headers },
      lookup: guardedLookup(limits.allowPrivate),
      timeout: limits.timeoutMs,
    };
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options);
    // `timeout` covers idle sockets; this bounds the whole exchange, a slow trickle included.
    const deadline = setTimeout(
      () => request.destroy(new FetchError(`no complete answer within ${limits.timeoutMs} ms`)),
      limits.timeoutMs,
    );
    request.on('timeout', () =>
      request.destroy(new FetchError(`no answer within ${limits.timeoutMs} ms`)),
    );
    request.on('error', (error) => {
      clearTimeout(deadline);
      reject(error instanceof FetchError ? error : new FetchError(error.message));
    });
    request.on('response', (response) => {
      const declared = Number(response.headers['content-length']);
      if (declared > limits.maxBytes) {
        request.destroy(new FetchError(`larger than ${limits.maxBytes} bytes`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          request.destroy(new FetchError(`larger than ${limits.maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => {
        clearTimeout(deadline);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          url: url.toString(),
        });
      });
      response.on('error', (error) => request.destroy(error));
    });
    request.end();
  });
}

/**
 * GETs a URL from the open web on a feed's behalf. Written on node:http rather than fetch because
 * the address check has to sit in the connection's own DNS lookup, and redirects have to be
 * followed one by one so that each hop is checked; fetch offers neither hook on Node 20.
 */
export async function safeFetch(
  target: string,
  headers: Record<string, string>,
  limits: FetchLimits,
): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new FetchError('not a valid URL');
  }
  for (let hop = 0; ; hop++) {
    checkUrl(url, limits.allowPrivate);
    const fetched = await once(url, headers, limits);
    const location = fetched.headers.location;
    if (fetched.status < 300 || fetched.status >= 400 || fetched.status === 304 || !location)
      return fetched;
    if (hop >= (limits.maxRedirects ?? 5)) throw new FetchError('too many redirects');
    url = new URL(location, url);
  }
}
