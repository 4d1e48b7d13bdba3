import {defineConfig} from 'vitest/config'

/**
 * Tier two, `pnpm test:corpus`: evaluations and stress runs over the real text
 * in `../shared` (not part of the repository). `.ci/run` runs it after tier one.
 */
export default defineConfig({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source']}},
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: [
      'packages/*/test/**/*.corpus.test.ts',
      'rules/*/test/**/*.corpus.test.ts',
      'test/**/*.corpus.test.ts'
    ],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 600_000
  }
})
