import fc from 'fast-check';

/** How many cases each property runs: small in `npm test`, large in `npm run fuzz`. */
export const runs = Number(process.env.FUZZ_RUNS ?? 200);

/** For properties whose cases are slow (whole files): a few dozen in `npm test`, else `runs`. */
export const slowRuns = process.env.FUZZ_RUNS ? runs : 50;

/** Fragments that have broken chat bots: pings, markup, injection, direction and size tricks. */
export const hostileFragments = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '<!channel>',
  '<!here>',
  '<!subteam^S123>',
  '<@U0123ABCD>',
  '<https://evil.example|click me>',
  '[click](https://evil.example)',
  '**bold** __u__ ~~s~~ `code` ```block```',
  '> quote',
  '*mrkdwn* _it_ ~st~',
  '&amp; &lt; &gt; & < >',
  '\u202eevil\u202c',
  '\u200f\u200e',
  '\u0000\u0007\u001b[31m',
  '\r\n\t',
  "Robert'); DROP TABLE subscriptions;--",
  "' OR 1=1 --",
  '../../../etc/passwd',
  'C:\\Windows\\system32',
  '%s%n%x',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection look-alike, on purpose
  '${process.exit()}',
  '{{constructor.constructor("x")()}}',
  '__proto__',
  'constructor',
  'مرحبا بالعالم',
  'שלום',
  'Z̴̡̛a̸̛l̶g̵o̷',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301',
  '\uD800',
  'page:0',
  'page:-1',
  'page:99999999999999999999',
  'section:../../',
  'topic:"',
  '"',
  '“',
  '/',
  '//',
  ':',
];

/** Text a user might type, or an attacker might: ordinary words, hostile fragments and noise. */
export const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...hostileFragments),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...hostileFragments),
        fc.constantFrom(
          'putin',
          'blinken',
          'russia-dprk',
          'sanctions',
          'quote',
          'brief',
          'who',
          'digest',
          'subscribe',
        ),
        fc.string({ unit: 'grapheme', maxLength: 12 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(' ')),
  fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.nat({ max: 3_000 }).map((n) => 'word '.repeat(n)),
);
