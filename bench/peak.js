// Preloaded into a measured child process: writes its peak resident memory (KiB) where the bench asks.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.PHULUC_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
