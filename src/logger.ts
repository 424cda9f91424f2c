import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/**
 * A structured logger (JSON lines on stderr). Every secret value is scrubbed from each line before
 * it is written, whatever field or error message carries it, so a token can never reach a log.
 */
export function createLogger(options: {
  level: string;
  secrets?: readonly string[];
  destination?: DestinationStream;
}): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const scrub = (line: string) =>
    secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line);
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
    options.destination ?? pino.destination(2),
  );
}
