// Preloaded into a measured child process: writes, where the bench asks, its peak resident memory
// (KiB) and the CPU time it used (µs, user + system, all threads), which a busy machine does not inflate.
process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.PHULUC_PEAK_FILE, JSON.stringify({ maxRss: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
});
