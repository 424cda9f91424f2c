import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.ts';

function boltLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

/**
 * Bolt's and the Web API client's own messages, written through Briefbot's logger so they are
 * structured, leveled by LOG_LEVEL and scrubbed of secrets like every other line.
 */
export function createBoltLogger(log: Logger): BoltLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      const err = parts.find((part) => part instanceof Error);
      const text = parts
        .filter((part) => part !== err)
        .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
        .join(' ');
      if (err) log[level]({ err }, text || err.message);
      else log[level](text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // The level comes from LOG_LEVEL through Briefbot's logger; Bolt only asks for it.
    setLevel: () => {},
    getLevel: () => boltLevel(log.level),
    setName: () => {},
  };
}

/** The Bolt level matching Briefbot's logger, so Bolt does not try to change it. */
export function boltLogLevel(log: Logger): LogLevel {
  return boltLevel(log.level);
}
