/** What a case needs: moved to the bottom layer (src/vocabulary/need.ts), re-exported here. */
export { shapes, type Need, type NeedsReport } from "../vocabulary/need";
