/**
 * Credentials for the fake platforms, shaped like real ones (a Discord token as long as real
 * ones, Slack tokens with their prefixes) so that the logger's redaction is tested on the real
 * shape. Shared by tests, the bench and the soak.
 */

/** A Discord bot token; the logger must never print it. */
export const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests-only';

export const BOT_TOKEN = 'xoxb-test-bot-token-123456';
export const SIGNING_SECRET = 'test-signing-secret-abcdef';
export const APP_TOKEN = 'xapp-test-app-token-123456';
