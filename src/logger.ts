import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, pino } from 'pino';
import type pinoPretty from 'pino-pretty';

const require = createRequire(import.meta.url);

export type { Logger };

/**
 * The per-request credentials inside reply URLs: a Discord interaction token (in interaction
 * callback and webhook paths) and the secret tail of a Slack `response_url`. Each lets anyone who
 * reads it post as the bot for a few minutes, so error lines that quote a URL keep only its shape.
 */
const REPLY_CREDENTIALS =
  /(\/(?:interactions|webhooks)\/\d+\/|hooks\.slack\.com\/(?:commands|actions)\/[A-Z0-9]+\/\d+\/)[\w.-]+/g;

/**
 * A structured logger (JSON lines on stderr). Every secret value is scrubbed from each line before
 * it is written, whatever field or error message carries it, so a token can never reach a log;
 * so are the short-lived credentials in Discord interaction and Slack response URLs.
 */
export function createLogger(options: {
  level: string;
  secrets?: readonly string[];
  destination?: DestinationStream;
  /**
   * `json` (the default) for machines; `pretty` for a person at a terminal: one short line per
   * entry (time, level, message, the fields that matter), coloured when `colour` is set.
   */
  format?: 'json' | 'pretty';
  colour?: boolean;
}): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const scrub = (line: string) =>
    secrets
      .reduce((text, secret) => text.split(secret).join('[redacted]'), line)
      .replace(REPLY_CREDENTIALS, '$1[redacted]');
  return pino(
    {
      level: options.level,
      base: { app: 'briefbot' },
      redact: {
        paths: [
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          '*.headers.authorization',
          'signingSecret',
        ],
        censor: '[redacted]',
      },
      hooks: { streamWrite: scrub },
    },
    options.format === 'pretty'
      ? // Loaded only for a person at a terminal: a service logging JSON never needs it (about
        // 60 ms of a start under the TypeScript loader). `require`, as this factory is synchronous.
        (require('pino-pretty') as typeof pinoPretty)({
          destination: options.destination ?? 2,
          sync: true,
          colorize: options.colour ?? false,
          translateTime: 'HH:MM:ss',
          ignore: 'pid,hostname,app',
          singleLine: true,
        })
      : (options.destination ?? pino.destination(2)),
  );
}
