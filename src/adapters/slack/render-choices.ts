import type { types } from '@slack/bolt';
import { type Choice, formatInvocation, type Invocation, type Reply } from '../../core/reply.ts';
import {
  ACTION_PREFIX,
  BUTTON_VALUE_MAX,
  encodeInvocation,
  OPTION_VALUE_MAX,
} from './action-value.ts';
import { blockSize, contextBlock, plainText, type SlackBlock, section } from './block-kit.ts';
import { escapeMrkdwn, escapeText, fitText } from './slack-text.ts';

/** Slack's cap on a button's label. */
export const BUTTON_TEXT_MAX = 75;
/** Slack's cap on the elements of one actions block. */
export const ACTIONS_ELEMENTS_MAX = 25;
/** Slack's cap on a select option's label. */
export const OPTION_TEXT_MAX = 75;
/** Slack's cap on the options of one select menu. */
export const SELECT_OPTIONS_MAX = 100;
/** A few choices read best as buttons; more become a select menu, which stays one line high. */
export const BUTTONS_BEFORE_MENU = 5;
/**
 * Briefbot's own cap on one actions block or menu, so that a message of them stays well under
 * Slack's total (see MESSAGE_SIZE_MAX in render-slack.ts).
 */
export const CONTROLS_SIZE_MAX = 6000;

/** The section text for a prompt: Slack allows 3000, a prompt needs far less. */
const PROMPT_MAX = 1000;

/** A choice's label, or the command it runs when the label is blank. */
function labelOf(choice: Choice): string {
  return choice.label.trim() || formatInvocation(choice.invocation);
}

function button(label: string, actionId: string, value: string): types.Button {
  return {
    type: 'button',
    text: plainText(fitText(label, BUTTON_TEXT_MAX, escapeText)),
    action_id: actionId,
    value,
  };
}

/** Splits elements into runs whose blocks stay within the element count and size caps. */
function runs<T>(
  items: T[],
  max: number,
  build: (run: T[], index: number) => SlackBlock,
): SlackBlock[] {
  const done: T[][] = [];
  let run: T[] = [];
  // A block's JSON is its JSON with no elements, plus each element's and a comma between two.
  let size = blockSize(build([], 0));
  for (const item of items) {
    const itemSize = JSON.stringify(item).length;
    if (run.length > 0 && (run.length === max || size + itemSize + 1 > CONTROLS_SIZE_MAX)) {
      done.push(run);
      run = [];
      size = blockSize(build([], done.length));
    }
    size += itemSize + (run.length > 0 ? 1 : 0);
    run.push(item);
  }
  if (run.length > 0) done.push(run);
  return done.map((items, index) => build(items, index));
}

function buttons(choices: Choice[]): SlackBlock[] {
  const elements = choices.flatMap((choice, index) => {
    const value = encodeInvocation(choice.invocation, choice.ask);
    // Every invocation Briefbot builds is far shorter; one that is not cannot be offered.
    if (value.length > BUTTON_VALUE_MAX) return [];
    const kind = choice.ask ? 'ask' : 'choice';
    return [button(labelOf(choice), `${ACTION_PREFIX}${kind}-${index}`, value)];
  });
  return runs(elements, ACTIONS_ELEMENTS_MAX, (run) => ({ type: 'actions', elements: run }));
}

function menus(prompt: string, choices: Choice[]): SlackBlock[] {
  const options = choices.slice(0, SELECT_OPTIONS_MAX).map((choice) => ({
    text: plainText(fitText(labelOf(choice), OPTION_TEXT_MAX, escapeText)),
    value: encodeInvocation(choice.invocation),
  }));
  return runs(options, SELECT_OPTIONS_MAX, (run, index) => ({
    ...section(index === 0 ? prompt : 'More:'),
    accessory: {
      type: 'static_select',
      action_id: `${ACTION_PREFIX}menu-${index}`,
      placeholder: plainText('Choose…'),
      options: run,
    },
  }));
}

/**
 * A list of choices: buttons when there are a few, else a select menu. Each carries the
 * invocation it runs in its value, so one action handler can answer any of them.
 */
export function choiceBlocks(promptText: string, choices: Choice[]): SlackBlock[] {
  const prompt = fitText(promptText.trim(), PROMPT_MAX, escapeMrkdwn);
  if (choices.length === 0) return prompt === '' ? [] : [section(prompt)];
  const fitsMenu = choices.every(
    (choice) => encodeInvocation(choice.invocation).length <= OPTION_VALUE_MAX,
  );
  if (choices.length > BUTTONS_BEFORE_MENU && fitsMenu) {
    // A mrkdwn section needs text; an empty prompt still needs something beside the menu.
    return menus(prompt === '' ? 'Choose:' : prompt, choices);
  }
  return [...(prompt === '' ? [] : [section(prompt)]), ...buttons(choices)];
}

function pageButton(label: string, direction: string, invocation: Invocation): types.Button {
  return button(label, `${ACTION_PREFIX}page-${direction}`, encodeInvocation(invocation));
}

/** "Page 2 of 3" with previous and next buttons, for the end of a paged answer. */
export function pageBlocks(page: NonNullable<Reply['page']>): SlackBlock[] {
  const controls = [
    ...(page.previous ? [pageButton('◀ Previous', 'previous', page.previous)] : []),
    ...(page.next ? [pageButton('Next ▶', 'next', page.next)] : []),
  ].filter((control) => (control.value ?? '').length <= BUTTON_VALUE_MAX);
  const blocks: SlackBlock[] = [contextBlock(`Page ${page.number} of ${page.count}`)];
  if (controls.length > 0) blocks.push({ type: 'actions', elements: controls });
  return blocks;
}
