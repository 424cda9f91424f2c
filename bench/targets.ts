import type { QueryRow } from './core-queries.ts';
import type { E2eResult } from './e2e-result.ts';
import type { FanoutResult } from './fanout.ts';
import type { StartupRow } from './startup.ts';

/** Everything one run measured. */
export interface Figures {
  core: QueryRow[];
  e2e: E2eResult[];
  fanout: FanoutResult[];
  startup: StartupRow[];
}

/** One of the targets, the figure it is judged on, and whether this run met it. */
export interface TargetCheck {
  target: string;
  /** The worst figure among those the target covers. */
  value: number;
  unit: string;
  met: boolean;
}

type Check = [
  target: string,
  unit: string,
  values: number[],
  ok: (worst: number) => boolean,
  worst: 'max' | 'min',
];

/**
 * The targets, judged on the worst figure each covers (the slowest query, the less efficient
 * platform). These are aims the bench reports against, never assertions: timings on a shared
 * machine are not a test.
 */
export function checkTargets(figures: Figures): TargetCheck[] {
  const core = (size: number) => figures.core.filter((row) => row.size === size);
  const startup = figures.startup.find((row) => row.size === 10_000);
  const checks: Check[] = [
    [
      'Core p99 under 1 ms at 1 briefing',
      'ms',
      core(1).map((r) => r.briefbot.p99Ms),
      (v) => v < 1,
      'max',
    ],
    [
      'Core p99 under 10 ms at 10,000',
      'ms',
      core(10_000).map((r) => r.briefbot.p99Ms),
      (v) => v < 10,
      'max',
    ],
    [
      'Core at least 10x the naive baseline at 10,000 (median)',
      'x',
      core(10_000).map((r) => r.speedup),
      (v) => v >= 10,
      'min',
    ],
    ...figures.e2e.map(
      (r): Check => [
        `${r.platform}: at most 20% over the bare library (median)`,
        'x',
        [r.overhead],
        (v) => v <= 1.2,
        'max',
      ],
    ),
    ...figures.fanout.flatMap((r): Check[] => [
      [
        `${r.platform} fan-out: efficiency at least 0.9`,
        '',
        [r.efficiency],
        (v) => v >= 0.9,
        'min',
      ],
      [
        `${r.platform} fan-out: 0 lost, 0 duplicated`,
        'messages',
        [r.lost + r.duplicated],
        (v) => v === 0,
        'max',
      ],
    ]),
    ...(startup
      ? ([
          ['Ready in under 3 s at 10,000', 'ms', [startup.readyMs], (v) => v < 3000, 'max'],
          ['Under 300 MB resident at 10,000', 'MB', [startup.rssMb], (v) => v < 300, 'max'],
          [
            'One changed file picked up in under 200 ms at 10,000',
            'ms',
            [startup.reloadMs],
            (v) => v < 200,
            'max',
          ],
        ] satisfies Check[])
      : []),
  ];
  return checks
    .filter(([, , values]) => values.length > 0)
    .map(([target, unit, values, ok, worst]) => {
      const value = worst === 'max' ? Math.max(...values) : Math.min(...values);
      return { target, value, unit, met: ok(value) };
    });
}
