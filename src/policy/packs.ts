import { extraText } from "../i18n/extra";
import { PensionInputError } from "../errors";
import { getRegion } from "./index";
import { checkPack, withParameterPack, type ParameterPack } from "./pack";
import type { RegionPolicy } from "./schema";

/** A checked pack and the file it came from (for errors). */
export interface LoadedPack {
  readonly pack: ParameterPack;
  readonly file?: string | undefined;
}

/**
 * Check a parameter pack completely, against its own region's policy: `json` is the pack's text
 * (a string is parsed as JSON) or the parsed value. Returns the pack; throws the errors of
 * {@link withParameterPack} (`invalid-pack` for text that is not JSON), `details.file` = `file`.
 *
 * @example
 * parseParameterPack('{"format":"resident-pension/parameter-pack@1","region":"qiannan","values":{}}', "qn.json").region //=> "qiannan"
 */
export function parseParameterPack(json: unknown, file?: string): ParameterPack {
  if (file !== undefined && typeof file !== "string")
    throw new PensionInputError("invalid-input", ["file"], extraText("pack.file-name", { where: "$.file" }));
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json) as unknown;
    } catch (e) {
      const name = file ?? "parameter pack";
      throw new PensionInputError(
        "invalid-pack",
        [],
        extraText("pack.not-json", { name, reason: e instanceof Error ? e.message : String(e) }),
        file === undefined ? {} : { file },
      );
    }
  }
  const pack = checkPack(value, file);
  withParameterPack(getRegion(pack.region), pack, { file });
  return pack;
}

/**
 * How commands find a region's policy with packs: the built-in policy with every pack of that
 * region applied in order (a later pack wins). With `oneRegion`, a pack for another region than
 * the case's is an `invalid-pack` error naming the file (the commands that evaluate one case);
 * without, each case uses the packs of its own region (batch, check).
 */
export function policiesWithPacks(
  packs: readonly LoadedPack[],
  options: { readonly oneRegion?: boolean } = {},
): (id: string) => RegionPolicy {
  if (!Array.isArray(packs)) throw new PensionInputError("invalid-input", ["packs"], extraText("packs.list", {}));
  const loaded = packs.map((p: unknown, i) => {
    if (typeof p !== "object" || p === null)
      throw new PensionInputError("invalid-input", ["packs", i], extraText("packs.entry", { where: `$.packs[${i}]` }));
    const file = (p as { file?: unknown }).file;
    if (file !== undefined && typeof file !== "string")
      throw new PensionInputError(
        "invalid-input",
        ["packs", i, "file"],
        extraText("value.string", { where: `$.packs[${i}].file` }),
      );
    return { pack: checkPack((p as { pack?: unknown }).pack, file), file };
  });
  const built = new Map<string, RegionPolicy>();
  return (id) => {
    const done = built.get(id);
    if (done) return done;
    let policy = getRegion(id);
    for (const { pack, file } of loaded) {
      if (pack.region !== id) {
        if (options.oneRegion) {
          throw new PensionInputError(
            "invalid-pack",
            ["region"],
            extraText("pack.other-region", { file: file ?? "parameter pack", packRegion: pack.region, region: id }),
            file === undefined ? {} : { file },
          );
        }
        continue;
      }
      policy = withParameterPack(policy, pack, { file });
    }
    built.set(id, policy);
    return policy;
  };
}
