/** `resident-pension/regions/qiannan`: the qiannan policy config alone. */
export { qiannan } from "../policy/regions/qiannan";
