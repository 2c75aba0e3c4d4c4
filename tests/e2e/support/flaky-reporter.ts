import { appendFileSync } from 'node:fs';
import type { Reporter, TestCase } from 'vitest/node';

/**
 * Names every test that passed only on a retry (the e2e project retries a failed browser
 * test once): on stdout, and appended to the file in `SUMMIT_FLAKY_FILE` when set, so CI's
 * closing lines list them instead of hiding them.
 */
export default class FlakyReporter implements Reporter {
  onTestCaseResult(testCase: TestCase): void {
    const diagnostic = testCase.diagnostic();
    if (!diagnostic?.flaky) return;
    const line = `FLAKY (passed on retry ${diagnostic.retryCount}) ${testCase.module.relativeModuleId} > ${testCase.fullName}`;
    console.log(line);
    const file = process.env.SUMMIT_FLAKY_FILE;
    if (file) appendFileSync(file, line + '\n');
  }
}
