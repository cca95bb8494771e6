import { describe, expect, it } from "vitest";
import { getRegion, regionIds, withOverrides, withParameterPack, type ParameterPack } from "../../src";
import type { RegionOnDate } from "../../src/node/cli/commands/regions";
import { cli } from "./helpers";

interface RegionsJson {
  readonly date: string;
  readonly regions: readonly RegionOnDate[];
}

async function regionsOn(date: string): Promise<RegionsJson> {
  const r = await cli(["regions", "--json", "--date", date]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as RegionsJson;
}

const parameter = (json: RegionsJson, region: string, field: string) =>
  json.regions.find((r) => r.id === region)!.parameters.find((p) => p.field === field)!;

describe("resident-pension regions", () => {
  it("lists the five regions with their names and sources in the human table", async () => {
    const r = await cli(["regions", "--date", "2013-06-30"]);
    expect(r.code).toBe(0);
    for (const id of regionIds) expect(r.stdout).toMatch(new RegExp(`^${id} — `, "m"));
    expect(r.stdout).toContain("黔南州");
    expect(r.stdout).toContain("QN-BEN-BASIC");
  });

  it("--json for 2012-01-01 shows Qiannan's basic pension 55 with its citation", async () => {
    const json = await regionsOn("2012-01-01");
    expect(json.date).toBe("2012-01-01");
    expect(json.regions.map((r) => r.id)).toEqual([...regionIds]);
    const basic = parameter(json, "qiannan", "basic");
    expect(basic).toMatchObject({
      id: "QN-BEN-BASIC",
      status: "known",
      value: "55",
      from: "2011-07-01",
      until: "2014-06-30",
    });
    expect(basic.citation).toContain("黔南府办发〔2011〕110号 第二十条");
  });

  it('says "unknown" in an unknown segment and "not in force" before the first value', async () => {
    const json = await regionsOn("2012-01-01");
    expect(parameter(json, "jiangmen", "basic")).toMatchObject({ status: "unknown", value: null });
    expect(parameter(json, "ningxia", "tiers")).toMatchObject({ status: "not in force", value: null, citation: null });
    expect(parameter(json, "beibei", "topUps[0]")).toMatchObject({ id: "BB-BEN-ONECHILD", status: "known" });
  });

  it("lists facts and features with their rule and citation", async () => {
    const json = await regionsOn("2012-01-01");
    const qn = json.regions.find((r) => r.id === "qiannan")!;
    expect(qn.facts.find((f) => f.name === "schemeStart")).toMatchObject({
      value: "2011-07-01",
      rule: "QN-SCHEME-START",
    });
    expect(qn.features.find((f) => f.name === "interestRate")).toMatchObject({
      value: "highest-in-year",
      rule: "QN-INT",
    });
  });

  it("defaults the date to today (the CLI's clock, not the library's)", async () => {
    const r = await cli(["regions", "--json"], { today: "2023-03-01" });
    const json = JSON.parse(r.stdout) as RegionsJson;
    expect(json.date).toBe("2023-03-01");
    expect(parameter(json, "qiannan", "basic").value).toBe("128");
  });

  it("prints every known value in the JSON a pack takes, and an example pack per region that loads", async () => {
    const r = await cli(["regions", "--date", "2013-06-30"]);
    // NX-ELIG (国发〔2014〕8号: 60 for both) as JSON, not "male: 60, female: 60"
    expect(r.stdout).toMatch(/^NX-ELIG\s+\{"male":60,"female":60\}/m);
    expect(r.stdout).toMatch(/^QN-BEN-BASIC\s+"55"/m);
    const examples = r.stdout.split("\n").filter((l) => l.startsWith('{"format":"resident-pension/parameter-pack@1"'));
    expect(examples).toHaveLength(regionIds.length);
    for (const line of examples) {
      const pack = JSON.parse(line) as ParameterPack;
      expect(() => withParameterPack(getRegion(pack.region), pack)).not.toThrow();
    }
    const json = await regionsOn("2013-06-30");
    for (const region of json.regions) {
      expect(() => withParameterPack(getRegion(region.id), region.packExample)).not.toThrow();
      // Each known value, as printed, is a value withOverrides takes for its parameter.
      for (const p of region.parameters.filter((q) => q.status === "known")) {
        expect(() =>
          withOverrides(getRegion(region.id), {
            [p.id]: [{ from: p.from!, value: p.value, citation: "copied from regions --json" }],
          }),
        ).not.toThrow();
      }
    }
  });

  it("is a usage error (exit 2) for a date that is not YYYY-MM-DD or an unknown option", async () => {
    expect((await cli(["regions", "--date", "2013-02-30"])).code).toBe(2);
    expect((await cli(["regions", "--date", "yesterday"])).code).toBe(2);
    expect((await cli(["regions", "--verbose"])).code).toBe(2);
  });
});
