import type { Choice } from './reply.ts';

/** Stable codes for the mistakes a user can make; tests and renderers rely on these, not prose. */
export type UserErrorCode =
  | 'unknown_command'
  | 'bad_argument'
  | 'unknown_option'
  | 'unknown_topic'
  | 'ambiguous_topic'
  | 'unknown_person'
  | 'ambiguous_person'
  | 'no_statements'
  | 'no_results'
  | 'not_understood'
  | 'too_long'
  | 'not_allowed'
  | 'not_editor'
  | 'not_found'
  | 'unavailable';

/**
 * An expected failure: the user asked for something that does not exist or is ambiguous. It
 * carries a friendly message and choices that would answer what they probably meant.
 */
export class UserError extends Error {
  readonly code: UserErrorCode;
  readonly choices: Choice[];
  readonly hint: string | undefined;

  constructor(
    code: UserErrorCode,
    message: string,
    options: { choices?: Choice[]; hint?: string } = {},
  ) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.choices = options.choices ?? [];
    this.hint = options.hint;
  }
}
