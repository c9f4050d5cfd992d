import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Ends the run with the reasons for skipped tests and one plain line
 * ("e2e: N passed, N failed, N skipped") that CI can read.
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private readonly skipReasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') {
      this.skipped++;
      const project = test.parent.project()?.name ?? '';
      const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description || 'no reason given';
      const key = `[${project}] ${reason}`;
      this.skipReasons.set(key, (this.skipReasons.get(key) ?? 0) + 1);
    } else this.failed++;
  }

  onEnd(_result: FullResult): void {
    for (const [reason, count] of this.skipReasons) console.log(`skipped ${count}: ${reason}`);
    console.log(`\ne2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
