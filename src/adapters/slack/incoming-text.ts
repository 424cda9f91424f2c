/**
 * What a person typed, from Slack's message text: Slack sends mentions, channels and links as
 * `<…>` tokens and escapes `&`, `<` and `>`, which the parser must not see.
 */
export function typedText(slackText: string): string {
  return slackText
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<![^>|]+(?:\|([^>]*))?>/g, (_, label: string | undefined) => label ?? '')
    .replace(
      /<([^>|]+)(?:\|([^>]*))?>/g,
      (_, target: string, label: string | undefined) => label ?? target,
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
