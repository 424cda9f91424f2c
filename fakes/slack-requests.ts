import { createHmac, randomBytes } from 'node:crypto';

let triggers = 0;
/** Like Slack's, unique to each command or click, so that no two requests are the same bytes. */
const triggerId = () => `${Date.now()}.${++triggers}.${randomBytes(4).toString('hex')}`;

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedOptions {
  /** Seconds since the epoch; now unless set. */
  timestamp?: number;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  /** Send this signature as it is. */
  signature?: string;
  /** Leave out the signature and timestamp headers. */
  unsigned?: boolean;
  headers?: Record<string, string>;
}

export interface SlackResponse {
  status: number;
  text: string;
  /** The body as JSON, when it is JSON. */
  json: unknown;
  /** Milliseconds from sending the request to the whole response. */
  ms: number;
}

/**
 * POSTs a body to Bolt's `/slack/events` the way Slack does: signed with the signing secret,
 * as a form (commands, interactions) or JSON (events).
 */
export async function postToSlackApp(
  url: string,
  secret: string,
  body: string,
  options: SignedOptions = {},
): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded',
    ...options.headers,
  };
  if (!options.unsigned) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] =
      options.signature ?? signature(options.secret ?? secret, timestamp, body);
  }
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, ms: performance.now() - started };
}

/** A slash command's form body, as Slack sends it. */
export function slashCommandBody(
  command: string,
  text: string,
  responseUrl: string,
  fields: Record<string, string> = {},
): string {
  return new URLSearchParams({
    token: 'verification-token',
    team_id: 'T0001',
    team_domain: 'example',
    channel_id: 'C0001',
    channel_name: 'general',
    user_id: 'U0001',
    user_name: 'ada',
    command,
    text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId(),
    ...fields,
  }).toString();
}

/** A `block_actions` interaction's form body (`payload=<json>`). */
export function blockActionsBody(
  action: Record<string, unknown>,
  responseUrl: string | undefined,
  extra: Record<string, unknown> = {},
): string {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'example' },
    user: { id: 'U0001', username: 'ada', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'verification-token',
    container: { type: 'message', message_ts: '1.000100', channel_id: 'C0001', is_ephemeral: true },
    trigger_id: triggerId(),
    channel: { id: 'C0001', name: 'general' },
    ...(responseUrl ? { response_url: responseUrl } : {}),
    actions: [{ block_id: 'b1', action_ts: '1.000200', ...action }],
    ...extra,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A `view_submission` interaction's form body, for the modal `view` as the bot opened it. */
export function viewSubmissionBody(
  view: { callback_id: string; private_metadata?: string },
  values: Record<string, Record<string, { type: string; value: string }>>,
  user = 'U0001',
): string {
  const payload = {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'example' },
    user: { id: user, username: 'someone', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'verification-token',
    trigger_id: triggerId(),
    view: {
      id: 'V0ASK',
      team_id: 'T0001',
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? '',
      state: { values },
      hash: '1.abc',
      app_id: 'A0001',
      bot_id: 'B0001',
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** An Events API `event_callback` body. */
export function eventBody(event: Record<string, unknown>, eventId = 'Ev0001'): string {
  return JSON.stringify({
    token: 'verification-token',
    team_id: 'T0001',
    api_app_id: 'A0001',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true }],
  });
}
