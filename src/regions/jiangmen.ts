/** `resident-pension/regions/jiangmen`: the jiangmen policy config alone. */
export { jiangmen } from "../policy/regions/jiangmen";
