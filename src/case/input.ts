/** Input snapshots: moved to the bottom layer (src/vocabulary/snapshot.ts), re-exported here. */
export { MAX_DEPTH, snapshot, tooMany } from "../vocabulary/snapshot";
