import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A compiled copy of the bot and of the naive start-up, in a temporary folder. */
export interface CompiledBot {
  /** The bot as a deployment runs it after `npm run build`. */
  main: string;
  /** The naive start-up, compiled the same way, so that neither side pays the TypeScript loader. */
  naive: string;
  remove(): void;
}

/**
 * Compiles the bot with the build's own settings (`tsconfig.build.json`), and the naive start-up
 * with it, into a temporary folder. Its `node_modules` is a link to the project's, where Node
 * looks for packages from the compiled files. Compiling takes about a second, once per run: `tsc`
 * with its type checks left out, as `npm test` makes them.
 */
export function compileBot(root = process.cwd()): CompiledBot {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-compiled-'));
  try {
    const config = join(dir, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: resolve(root, 'tsconfig.build.json'),
        compilerOptions: {
          rootDir: root,
          outDir: join(dir, 'out'),
          sourceMap: false,
          // Types are looked for beside the config, which is here; and `npm test` checks them.
          typeRoots: [resolve(root, 'node_modules/@types')],
          noCheck: true,
        },
        include: [resolve(root, 'src'), resolve(root, 'bench/naive-start.ts')],
      }),
    );
    const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', config], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
      throw new Error(`compiling the bot failed: ${output.slice(0, 2000)}`);
    }
    symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    main: join(dir, 'out/src/main.js'),
    naive: join(dir, 'out/bench/naive-start.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
