// A Stryker ignorer: mutants inside a log call (`log.info(…)`, `deps.log.warn(…)`), a callback that
// only logs, or a logger adapter (a function named …Logger) are left out of
// the score. Log wording and fields are for people reading the logs; the promises the suite
// checks are what users and platforms receive. Tests that do read the logs (no secrets in them)
// read the whole text, which no single mutant here can add a secret to.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/** `log`, `deps.log`, `this.log`, or a child logger named `…log`. */
function isLogger(node) {
  if (node.type === 'Identifier') return /log$/i.test(node.name);
  if (node.type === 'MemberExpression' && node.property.type === 'Identifier') {
    return /log$/i.test(node.property.name);
  }
  return false;
}

function isLogCall(node) {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.property.type === 'Identifier' &&
    LEVELS.has(node.callee.property.name) &&
    isLogger(node.callee.object)
  );
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'logging', {
    shouldIgnore(path) {
      if (path.isExpressionStatement() && isLogCall(path.node.expression)) {
        return 'a log call: wording for people reading logs, not a product promise';
      }
      if (isLogCall(path.node)) {
        return 'a log call: wording for people reading logs, not a product promise';
      }
      if (path.isArrowFunctionExpression() && isLogCall(path.node.body)) {
        return 'a callback that only logs';
      }
      // Adapters that route a library's log lines into ours (`cronLogger`, `createBoltLogger`).
      if (path.isFunctionDeclaration() && /Logger$/.test(path.node.id?.name ?? '')) {
        return 'a logger adapter: it only routes log lines';
      }
      return undefined;
    },
  }),
];
