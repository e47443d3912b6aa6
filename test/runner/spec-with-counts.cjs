// Mocha reporter: the usual spec output, plus the run's counts written as JSON to the file named by
// NEWS_ANNOTATOR_COUNTS_FILE (read by scripts/test.mjs for the closing `N passed, N failed` line).
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS reporter that mocha require()s */
'use strict';
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class SpecWithCounts extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const counts = { passed: 0, failed: 0, skipped: 0 };
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => counts.passed++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, () => counts.failed++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, () => counts.skipped++);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.NEWS_ANNOTATOR_COUNTS_FILE;
      if (file) writeFileSync(file, JSON.stringify(counts) + '\n');
    });
  }
}

module.exports = SpecWithCounts;
