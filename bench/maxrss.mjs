// Loaded with `node --import` into the commands the benchmark times: reports the process's peak
// resident set size (all threads) on stderr when it exits.
import { writeSync } from "node:fs";

process.on("exit", () => {
  writeSync(2, `bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
