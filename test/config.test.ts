import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, platformsOf } from '../src/config.ts';

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('has working defaults with nothing set: the console', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      BRIEFINGS_DIR: 'briefings',
      DATA_DIR: 'data',
      DEFAULT_TIMEZONE: 'UTC',
      PORT: 3000,
    });
    expect(platformsOf(config)).toEqual({ discord: false, slack: false });
  });

  it('treats empty values as unset', () => {
    expect(platformsOf(loadConfig({ DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '  ' }))).toEqual({
      discord: false,
      slack: false,
    });
  });

  it('names each bad variable and what is wrong, without echoing secret values', () => {
    const message = errorOf({
      SLACK_BOT_TOKEN: 'xoxp-user-token-secret-value',
      DISCORD_API_URL: 'not a url',
      PORT: 'eighty',
      DEFAULT_TIMEZONE: 'Mars/Olympus',
    });
    expect(message).toContain('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
    expect(message).toContain('DISCORD_API_URL: must be a full URL');
    expect(message).toContain('PORT:');
    expect(message).toContain('DEFAULT_TIMEZONE: must be an IANA time zone');
    expect(message).not.toContain('xoxp-user-token-secret-value');
  });

  it('requires a signing secret for Slack over HTTP but not in Socket Mode', () => {
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1-2-3' })).toContain(
      'SLACK_SIGNING_SECRET: is required for Slack in HTTP mode',
    );
    expect(
      platformsOf(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_APP_TOKEN: 'xapp-1-2' })).slack,
    ).toBe(true);
  });

  it("names a platform's missing token when only the rest of its settings are set", () => {
    expect(
      errorOf({ SLACK_SIGNING_SECRET: 'secret-value-1', SLACK_APP_TOKEN: 'xapp-secret-value' }),
    ).toContain(
      'SLACK_BOT_TOKEN: is required when SLACK_SIGNING_SECRET and SLACK_APP_TOKEN are set',
    );
    expect(errorOf({ DISCORD_APPLICATION_ID: '123456789012345678' })).toContain(
      'DISCORD_TOKEN: is required when DISCORD_APPLICATION_ID is set',
    );
  });
});

describe('digest settings', () => {
  it('reads Slack digest admins as a list of user ids and rejects anything else', () => {
    expect(loadConfig({ SLACK_DIGEST_ADMINS: 'U012AB, W34CD ,' }).SLACK_DIGEST_ADMINS).toEqual([
      'U012AB',
      'W34CD',
    ]);
    expect(errorOf({ SLACK_DIGEST_ADMINS: 'alice' })).toContain('SLACK_DIGEST_ADMINS');
    expect(loadConfig({}).DIGEST_CATCHUP_HOURS).toBe(6);
  });
});
