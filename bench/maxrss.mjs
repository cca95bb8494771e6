// Loaded with `node --import` into the commands the benchmark times (and inherited by their worker
// processes): reports the process's peak resident set size (all threads) and its CPU time (user
// + system) on stderr when it exits.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const usage = process.resourceUsage();
  writeSync(2, `bench-maxrss-kb ${usage.maxRSS}\nbench-cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
