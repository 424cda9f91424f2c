import type { z } from 'zod';

/**
 * What is wrong with one argument, in Briefbot's own words: "the words option is too long (at most 300
 * characters)" rather than the validator's "Too big: expected string to have <=300 characters".
 * Messages written for a check in a command's own schema are kept as they are.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.length > 0 ? `the ${issue.path.join('.')} option` : 'that';
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `${name} is too long (at most ${issue.maximum} characters)`
        : `${name} must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? `${name} is missing`
          : `${name} is too short (at least ${issue.minimum} characters)`;
      }
      return `${name} must be at least ${issue.minimum}`;
    case 'invalid_type':
      // Typed text is always a string, so a wrong type is a number that is not one, or nothing.
      return issue.expected === 'number' || issue.expected === 'int'
        ? `${name} must be a whole number`
        : `${name} is missing`;
    case 'invalid_value':
      return `${name} must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `“${key}”`).join(', ')}`;
    default:
      return `${name}: ${issue.message}`;
  }
}
