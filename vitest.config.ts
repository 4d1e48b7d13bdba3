import {defineConfig} from 'vitest/config'

/**
 * Tier one, `pnpm test`: self-contained. Runs on a fresh clone with nothing
 * beside the repository, on fixtures the project owns. Tests that read
 * `../shared` (real corpus, peer suites, evaluations, stress runs) live in
 * `*.corpus.test.ts` files and run in tier two (`vitest.corpus.config.ts`).
 */
export default defineConfig({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source']}},
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'rules/*/test/**/*.test.ts',
      'test/**/*.test.ts'
    ],
    exclude: ['**/node_modules/**', '**/*.corpus.test.ts'],
    // The machine has 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    // Test files share a worker's module cache instead of each evaluating every package again
    // (the gazetteer, jieba's tables, the preset): 88 s -> 50 s here. Tests leave no global state
    // behind (environment variables and injected taggers/extractors are restored); checked by runs
    // with the files shuffled (`--sequence.shuffle.files`).
    isolate: false,
    // Type-level tests (`*.test-d.ts`) are checked by tsc as part of the run.
    typecheck: {enabled: true, include: ['packages/*/test/**/*.test-d.ts'], tsconfig: 'tsconfig.typecheck.json'},
    // Generous: no test relies on a timeout to pass; this only stops a hang.
    testTimeout: 120_000
  }
})
