import { describe, expect, it } from 'vitest';
import { isDirectChannel } from '../../../src/adapters/slack/channel-rights.ts';

describe('telling a Slack DM from a channel', () => {
  it('takes a D… conversation, or a command from a DM by its channel name, as direct', () => {
    expect(isDirectChannel('D0001')).toBe(true);
    expect(isDirectChannel('D0001', 'directmessage')).toBe(true);
    // Slash commands in a DM can carry another id form; Slack names the channel "directmessage".
    expect(isDirectChannel('C0001', 'directmessage')).toBe(true);
  });

  it('takes a channel, a private channel or a group DM as not direct', () => {
    expect(isDirectChannel('C0001', 'general')).toBe(false);
    expect(isDirectChannel('G0001', 'privategroup')).toBe(false);
    expect(isDirectChannel('C0001', 'mpdm-ada--bob-1')).toBe(false);
    expect(isDirectChannel('C0001')).toBe(false);
  });
});
