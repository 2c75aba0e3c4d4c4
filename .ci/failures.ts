// Prints, one line each, the tests that failed in the given reports (vitest JSON, or the
// real-page run's JSON), so the end of a CI log names them. Missing reports are skipped.
import { existsSync, readFileSync } from 'node:fs';

interface Report {
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
  pages?: { file: string; problems?: string[] }[];
}

const firstLine = (text: string) => text.split('\n')[0]!.slice(0, 300);

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  let report: Report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  } catch (error) {
    console.log(`FAILED ${file}: unreadable report (${(error as Error).message})`);
    continue;
  }
  for (const suite of report.testResults ?? []) {
    const name = suite.name.replace(process.cwd() + '/', '');
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failed) {
      console.log(
        `FAILED ${name} > ${test.fullName}: ${firstLine((test.failureMessages ?? []).join(' '))}`,
      );
    }
    if (failed.length === 0 && suite.status === 'failed') {
      console.log(`FAILED ${name}: ${firstLine(suite.message ?? '')}`);
    }
  }
  for (const page of report.pages ?? []) {
    if (page.problems?.length) console.log(`FAILED page ${page.file}: ${page.problems.join('; ')}`);
  }
}
