/** `resident-pension/regions/beibei`: the beibei policy config alone. */
export { beibei } from "../policy/regions/beibei";
