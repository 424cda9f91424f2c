/**
 * What a person typed, from Slack's message text: Slack sends mentions, channels and links as
 * `<…>` tokens and escapes `&`, `<` and `>`, which the parser must not see.
 *
 * A token's parts never hold `<` (Slack escapes it in text), so each pattern stops at the next
 * `<` as well as at `>`: an unclosed `<@U|<@U|…` is then read once, where `[^>]*` would rescan
 * the rest of the message from every `<` and cost the square of its length.
 */
export function typedText(slackText: string): string {
  return slackText
    .replace(/<@[A-Z0-9]+(?:\|[^<>]*)?>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^<>]*)>/g, '#$1')
    .replace(/<![^<>|]+(?:\|([^<>]*))?>/g, (_, label: string | undefined) => label ?? '')
    .replace(
      /<([^<>|]+)(?:\|([^<>]*))?>/g,
      (_, target: string, label: string | undefined) => label ?? target,
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
