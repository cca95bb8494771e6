// Loaded with `node --import` into the commands the benchmark times (and inherited by their worker
// processes): reports the process's peak resident set size (all threads), its CPU time (user +
// system) and, on Linux, how its main thread spent its life (/proc/self/schedstat: on a CPU,
// runnable but waiting for one, the rest asleep) on stderr when it exits.
import { readFileSync, writeSync } from "node:fs";

process.on("exit", () => {
  const usage = process.resourceUsage();
  let sched = "";
  try {
    const [run, wait] = readFileSync("/proc/self/schedstat", "utf8").split(" ").map(Number);
    const role = process.send === undefined ? "main" : "worker";
    sched = `bench-sched ${role} ${run} ${wait} ${Math.round(process.uptime() * 1e9)}\n`;
  } catch {
    // not Linux
  }
  writeSync(2, `bench-maxrss-kb ${usage.maxRSS}\nbench-cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n${sched}`);
});
