import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { summitDataset } from '../src/dataset/vite-plugin.ts';

// WxtVitest() sets up WXT's globals, aliases and fakeBrowser, but not the Vite plugins of
// wxt.config.ts, so Preact and the dataset plugin are added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact(), summitDataset()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/support/node-iterator.ts'],
          // The real dataset, built once per run for the files that read it (real-dataset.ts).
          globalSetup: ['tests/unit/support/dataset-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Real browsers on a loaded machine now and then miss a beat; a test failing twice
          // fails, and one passing on its retry is named by the flaky reporter in CI.
          retry: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
