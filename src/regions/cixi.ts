/** `resident-pension/regions/cixi`: the cixi policy config alone. */
export { cixi } from "../policy/regions/cixi";
