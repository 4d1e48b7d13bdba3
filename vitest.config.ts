import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source']}},
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: [
      'packages/*/test/**/*.test.ts',
      'rules/*/test/**/*.test.ts',
      'test/**/*.test.ts'
    ],
    // Property tests and corpus runs are CPU-bound; the machine has 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000
  }
})
