/** `resident-pension/regions/ningxia`: the ningxia policy config alone. */
export { ningxia } from "../policy/regions/ningxia";
