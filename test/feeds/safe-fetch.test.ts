import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeFeeds, startFakeFeeds } from '../../fakes/fake-feeds.ts';
import { isPublicAddress } from '../../src/feeds/address-policy.ts';
import { checkFeedUrl } from '../../src/feeds/feed-service.ts';
import { safeFetch } from '../../src/feeds/safe-fetch.ts';

let fake: FakeFeeds;
beforeAll(async () => {
  fake = await startFakeFeeds();
});
afterAll(() => fake.close());

const open = { timeoutMs: 2000, maxBytes: 1024 * 1024, allowPrivate: true };
const closed = { ...open, allowPrivate: false };

describe('which addresses are public', () => {
  it('refuses private, loopback, link-local and other reserved addresses, in both families', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:10.0.0.1',
      '::ffff:127.0.0.1',
      'not an address',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ['93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });
});

describe('fetching on a feed’s behalf', () => {
  it('refuses loopback and link-local addresses unless allowed, after DNS resolution too', async () => {
    await expect(safeFetch(`${fake.url}/broken`, {}, closed)).rejects.toThrow(/private or local/);
    // `localhost` is a name: it is refused once resolved, by the connection's own lookup.
    const byName = fake.url.replace('127.0.0.1', 'localhost');
    await expect(safeFetch(`${byName}/broken`, {}, closed)).rejects.toThrow(/private or local/);
    await expect(safeFetch('http://[::1]/', {}, closed)).rejects.toThrow(/private or local/);
    await expect(checkFeedUrl(`${byName}/news.xml`, false)).rejects.toThrow(/private or local/);
    await expect(checkFeedUrl('http://169.254.169.254/latest', false)).rejects.toThrow(
      /private or local/,
    );
    expect(await checkFeedUrl(`${fake.url}/news.xml#top`, true)).toBe(`${fake.url}/news.xml`);
    expect(await checkFeedUrl(`${fake.url}/news.xml`, ['127.0.0.1'])).toBe(`${fake.url}/news.xml`);
    await expect(checkFeedUrl('http://127.0.0.2/news.xml', ['127.0.0.1'])).rejects.toThrow(
      /private/,
    );
    expect((await safeFetch(`${fake.url}/broken`, {}, open)).status).toBe(500);
  });

  it('checks every redirect: an allowed server cannot bounce the fetch elsewhere', async () => {
    const only = { ...open, allowPrivate: ['127.0.0.1'] };
    const port = new URL(fake.url).port;
    const hop = (to: string) => `${fake.url}/redirect?to=${encodeURIComponent(to)}`;
    const broken = () => fake.requests.filter((r) => r.path === '/broken').length;
    const before = broken();
    await expect(safeFetch(hop(`http://127.0.0.2:${port}/broken`), {}, only)).rejects.toThrow(
      /127.0.0.2 is a private or local address/,
    );
    await expect(safeFetch(hop(`http://localhost:${port}/broken`), {}, closed)).rejects.toThrow(
      /private or local/,
    );
    const followed = await safeFetch(hop(`http://127.0.0.1:${port}/broken`), {}, only);
    expect([followed.status, followed.url]).toEqual([500, `${fake.url}/broken`]);
    expect(broken() - before).toBe(1);
  });

  it('refuses other schemes, credentials and junk', async () => {
    await expect(safeFetch('file:///etc/passwd', {}, open)).rejects.toThrow(/only http and https/);
    await expect(safeFetch('http://user:pw@127.0.0.1/', {}, open)).rejects.toThrow(/password/);
    await expect(safeFetch('not a url', {}, open)).rejects.toThrow(/not a valid URL/);
    await expect(checkFeedUrl('ftp://example.com/feed', true)).rejects.toThrow(
      /only http and https/,
    );
  });

  it('gives up on an oversized body and on a slow answer', async () => {
    await expect(safeFetch(`${fake.url}/huge.xml`, {}, open)).rejects.toThrow(
      /larger than 1048576 bytes/,
    );
    fake.setSlowMs(5000);
    await expect(
      safeFetch(`${fake.url}/slow.xml`, {}, { ...open, timeoutMs: 200 }),
    ).rejects.toThrow(/within 200 ms/);
  });
});
