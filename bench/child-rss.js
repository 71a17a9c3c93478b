// Preloaded into a benchmark's child process: at exit, writes its CPU seconds and peak RSS to
// $KUBESPEC_BENCH_USAGE, so the parent can report what the child cost.
const { writeFileSync } = require('node:fs');

const file = process.env.KUBESPEC_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpu_s: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rss_mb: Math.round(usage.maxRSS / 1024) }));
  });
}
