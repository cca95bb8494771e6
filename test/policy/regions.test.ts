import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { nextDay, previousDay } from "../../src/dates";
import { beibei, cixi, jiangmen, ningxia, qiannan, regions } from "../../src/policy/index";
import { pbocOneYearRate } from "../../src/policy/national";
import { withOverrides } from "../../src/policy/overrides";
import { isKnownOn, isUnknownSegment, segmentOn, valueOn, type Parameter } from "../../src/policy/parameter";
import { regionPolicySchema, type RegionPolicy } from "../../src/policy/schema";
import { inputError } from "../helpers";
import { PensionInputError } from "../../src/errors";

/** Every parameter of a policy, the items of `topUps` included, in schema order. */
function allParameters(policy: RegionPolicy): Parameter<unknown>[] {
  const out: Parameter<unknown>[] = [];
  for (const p of Object.values(policy.parameters) as (
    Parameter<unknown> | readonly Parameter<unknown>[] | undefined
  )[]) {
    if (p === undefined) continue;
    if (Array.isArray(p)) out.push(...(p as readonly Parameter<unknown>[]));
    else out.push(p as Parameter<unknown>);
  }
  return out;
}

function expectDeepFrozen(value: unknown, path: string): void {
  if (value === null || typeof value !== "object") return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const [k, v] of Object.entries(value)) expectDeepFrozen(v, `${path}.${k}`);
}

const cases = regions.map((policy) => ({ id: policy.id, policy }));

describe.each(cases)("region $id", ({ policy }) => {
  const parameters = allParameters(policy);

  it("satisfies the RegionPolicy schema", () => {
    expect(regionPolicySchema.safeParse(policy).success).toBe(true);
  });

  it("has unique parameter ids", () => {
    const ids = parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has a non-empty citation on every fact and feature", () => {
    for (const [key, f] of [...Object.entries(policy.facts), ...Object.entries(policy.features)]) {
      if (f === undefined) continue; // optional features (QN-SEAL) absent in other regions
      expect(f.citation.trim(), key).not.toBe("");
      expect(f.rule.trim(), key).not.toBe("");
    }
  });

  describe.each(parameters.map((p) => ({ id: p.id, p })))("parameter $id", ({ p }) => {
    it("has a non-empty citation on every segment", () => {
      expect(p.segments.length).toBeGreaterThan(0);
      for (const s of p.segments) expect(s.citation.trim()).not.toBe("");
    });

    it("has segments in date order, without overlap or gap (an unknown period is an explicit segment)", () => {
      p.segments.forEach((s, i) => {
        if (s.until !== undefined) expect(s.until >= s.from, `${s.from} – ${s.until}`).toBe(true);
        const prev = p.segments[i - 1];
        if (prev) {
          expect(prev.until, `segment before ${s.from} must end`).toBeDefined();
          expect(nextDay(prev.until!), `segment ${i} starts the day after segment ${i - 1} ends`).toBe(s.from);
        }
      });
    });

    it("is parameter-unknown the day before its first value", () => {
      const day = previousDay(p.segments[0]!.from);
      const e = inputError(() => valueOn(p, day));
      expect(e.code).toBe("parameter-unknown");
      expect(e.details).toEqual({ parameter: p.id, date: day });
    });

    it("picks the new segment on a boundary date and the old one the day before", () => {
      p.segments.forEach((s, i) => {
        if (i === 0) return;
        expect(segmentOn(p, s.from)).toBe(s);
        expect(segmentOn(p, previousDay(s.from))).toBe(p.segments[i - 1]);
        if (isUnknownSegment(s)) {
          expect(inputError(() => valueOn(p, s.from)).code).toBe("parameter-unknown");
        } else {
          expect(valueOn(p, s.from)).toBe(s);
        }
      });
    });

    it("throws parameter-unknown inside every unknown segment", () => {
      for (const s of p.segments.filter(isUnknownSegment)) {
        const e = inputError(() => valueOn(p, s.until ?? s.from));
        expect(e.code).toBe("parameter-unknown");
        expect(e.details["parameter"]).toBe(p.id);
      }
    });
  });

  it("is deeply frozen", () => {
    expectDeepFrozen(policy, policy.id);
  });

  it("throws on assignment (strict mode)", () => {
    // Each assignment writes the value already there, so a missing freeze cannot corrupt the
    // shared config for the other tests: it only fails this one.
    const basic = policy.parameters.basic;
    const first = basic.segments[0]!;
    const tiers = policy.parameters.tiers.segments.find((s) => !isUnknownSegment(s)) as unknown as { value: string[] };
    const topUp = policy.parameters.topUps[0];
    expect(() => {
      (policy as { name: string }).name = policy.name;
    }).toThrow(TypeError);
    expect(() => {
      (basic.segments as unknown as unknown[])[0] = first;
    }).toThrow(TypeError);
    expect(() => {
      (first as { from: string }).from = first.from;
    }).toThrow(TypeError);
    expect(() => {
      tiers.value[0] = tiers.value[0]!;
    }).toThrow(TypeError);
    if (topUp) {
      expect(() => {
        (topUp as { id: string }).id = topUp.id;
      }).toThrow(TypeError);
    }
  });
});

describe("parameter ids (the names overrides use)", () => {
  // Pinned: renaming one breaks callers' overrides. NX-ENR, CX-ENR and JM-BEN-COUNTY are not rows
  // of rules.md (national enrolment rule; JM county top-ups "via override").
  const national = ["NAT-RATE-PBOC", "NAT-DIVISOR", "NAT-MIN-BASIC", "NAT-INHERIT"];
  it.each([
    [
      ningxia,
      [
        "NX-ENR",
        "NX-ELIG",
        "NX-PAY-TIERS",
        "PAY-VALIDITY",
        "NX-SUB",
        "NX-PROXY",
        "NX-SUB-SPECIAL",
        "NX-SUB-SPECIAL-INCOME",
        ...national,
        "NX-BEN-BASIC",
        "NX-BEN-LONG",
        "NX-BEN-AGE",
        "NX-BEN-LOCAL",
      ],
    ],
    [
      qiannan,
      [
        "QN-ENR",
        "QN-ELIG",
        "QN-PAY-TIERS",
        "QN-PAY-DEADLINE",
        "QN-SUB",
        "QN-PROXY",
        ...national,
        "QN-BEN-BASIC",
        "QN-BEN-COUNTY",
        "QN-DEATH",
        "QN-MISSING",
      ],
    ],
    [
      jiangmen,
      [
        "JM-ENR",
        "JM-ELIG",
        "JM-PAY-TIERS",
        "JM-PAY-LATE",
        "JM-SUB",
        "JM-PROXY",
        "JM-COLLECTIVE",
        ...national,
        "JM-BEN-BASIC",
        "JM-BEN-COUNTY",
      ],
    ],
    [
      cixi,
      [
        "CX-ENR",
        "CX-ELIG",
        "CX-PAY-TIERS",
        "PAY-VALIDITY",
        "CX-SUB",
        ...national,
        "CX-BEN-BASIC",
        "CX-BEN-CONTRIB",
        "CX-LEGACY",
        "CX-FUNERAL",
      ],
    ],
    [
      beibei,
      [
        "BB-ENR",
        "BB-ELIG",
        "BB-PAY-TIERS",
        "BB-PAY-LATE",
        "BB-SUB",
        "BB-LUMP",
        ...national,
        "BB-BEN-BASIC",
        "BB-BEN-ONECHILD",
        "BB-BEN-AGE70",
        "BB-DEATH-POST",
      ],
    ],
  ] as const)("%# %s", (policy, ids) => {
    expect(allParameters(policy).map((p) => p.id)).toEqual(ids);
  });

  it("lists the five regions in rules.md order", () => {
    expect(regions.map((r) => r.id)).toEqual(["ningxia", "qiannan", "jiangmen", "cixi", "beibei"]);
  });
});

describe("golden values", () => {
  it("Qiannan: basic 55 on 2012-01-01 and twelve tiers 100…1600", () => {
    // 黔南府办发〔2011〕110号 第二十条: 中央和省、州确定的基础养老金标准为每人每月55元.
    expect(valueOn(qiannan.parameters.basic, "2012-01-01").value).toBe("55");
    // 第七条: 100 200 … 1000 1200 1600 元/年, twelve tiers.
    expect(valueOn(qiannan.parameters.tiers, "2012-01-01").value).toEqual([
      "100",
      "200",
      "300",
      "400",
      "500",
      "600",
      "700",
      "800",
      "900",
      "1000",
      "1200",
      "1600",
    ]);
  });

  it("Jiangmen: nine tiers 180…4800 and basic 200 on 2023-10-01", () => {
    // 003 三(一): 180 240 360 600 900 1200 1800 3600 4800 元/年 (九个档次).
    expect(valueOn(jiangmen.parameters.tiers, "2023-10-01").value).toEqual([
      "180",
      "240",
      "360",
      "600",
      "900",
      "1200",
      "1800",
      "3600",
      "4800",
    ]);
    // 003 四: 基础养老金最低标准为每人每月200元, in force from the plan's date 2023-09-28.
    expect(valueOn(jiangmen.parameters.basic, "2023-10-01").value).toBe("200");
    // Before the plan's date and from the next national raise (2024-07-01) the sources give nothing
    // (docs/rules.md JM-BEN-BASIC, revision 2026-12: 200 holds to 2024-06-30).
    expect(isKnownOn(jiangmen.parameters.basic, "2023-09-27")).toBe(false);
    expect(valueOn(jiangmen.parameters.basic, "2024-06-30").value).toBe("200");
    expect(isKnownOn(jiangmen.parameters.basic, "2024-07-01")).toBe(false);
  });

  it("Beibei: five tiers and basic 80", () => {
    // 001 第三篇 六(一)1: 100 200 400 600 900 元 (5个档次); 八(二)1: 每人每月80元.
    expect(valueOn(beibei.parameters.tiers, "2010-01-01").value).toEqual(["100", "200", "400", "600", "900"]);
    expect(valueOn(beibei.parameters.basic, "2010-01-01").value).toBe("80");
    expect(valueOn(beibei.parameters.basic, "2009-10-01").value).toBe("80"); // 三(三) 从XX年10月1日起
    expect(isKnownOn(beibei.parameters.basic, "2009-09-30")).toBe(false);
  });

  it("Ningxia: basic 180 in 2023 (to the national raise of 2023-07-01)", () => {
    // 000 (2023-06-09): 基础养老金增至180元/月, dated from January 2023 (中新网 2023-02-15).
    expect(valueOn(ningxia.parameters.basic, "2023-03-01").value).toBe("180");
    expect(valueOn(ningxia.parameters.basic, "2023-06-30").value).toBe("180");
    expect(isKnownOn(ningxia.parameters.basic, "2023-07-01")).toBe(false);
  });

  it("Ningxia: basic on 2020-06-01 is parameter-unknown naming NX-BEN-BASIC", () => {
    // rules.md NX-BEN-BASIC: unknown 2019-01-01 to 2022-12-31 (+5 a year is not used to derive a value).
    const e = inputError(() => valueOn(ningxia.parameters.basic, "2020-06-01"));
    expect(e.code).toBe("parameter-unknown");
    expect(e.details).toEqual({ parameter: "NX-BEN-BASIC", date: "2020-06-01" });
    expect(e.path).toEqual(["options", "parameters", "NX-BEN-BASIC"]);
  });

  it("Ningxia: subsidy 320 on the 3000 tier, 40 on the 200 tier from 2021", () => {
    // 000 二是: 缴纳最高3000元财政对应补贴达320元; rules.md NX-SUB: from 2021-01-01 the 200 tier → 40.
    const brackets = valueOn(ningxia.parameters.subsidy, "2022-03-01").value.brackets;
    expect(brackets.find((b) => b.from === "3000")).toEqual({ from: "3000", amount: "320" });
    expect(brackets.find((b) => b.from === "200")).toEqual({ from: "200", amount: "40" });
    expect(valueOn(ningxia.parameters.subsidy, "2020-03-01").value.brackets.some((b) => b.from === "200")).toBe(false);
  });

  it("Cixi: basic 140 and the +20 contributor top-up in 2013", () => {
    // 004: 自今年1月1日起城乡居保基础养老金标准达到140元/月 … 缴费参保人员增发20元/月 (今年 = 2012, rules.md CX-BEN-BASIC).
    expect(valueOn(cixi.parameters.basic, "2013-06-01").value).toBe("140");
    const contrib = cixi.parameters.topUps.find((t) => t.id === "CX-BEN-CONTRIB")!;
    expect(valueOn(contrib, "2013-06-01").value).toEqual({ kind: "contributor", amount: "20" });
    // 慈政发〔2010〕3号: 80 in 2010–2011.
    expect(valueOn(cixi.parameters.basic, "2011-12-31").value).toBe("80");
  });
});

/** Every day from 2009-01-01 through 2030-12-31 where both values are known: the region's basic ≥ NAT-MIN-BASIC. */
function basicAtLeastNationalMinimum(policy: RegionPolicy, date: string): boolean {
  const { basic, minBasic } = policy.parameters;
  if (!isKnownOn(basic, date) || !isKnownOn(minBasic, date)) return true;
  return Number(valueOn(basic, date).value) >= Number(valueOn(minBasic, date).value);
}

describe("config check: no region's basic pension is below the national minimum (rules.md NAT-MIN-BASIC)", () => {
  const day = fc
    .date({ min: new Date(Date.UTC(2009, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  // Region ids, not policies, so a counterexample prints short.
  test.prop([fc.constantFrom(...regions.map((r) => r.id)), day], { seed: 20_091_001, numRuns: 2000 })(
    "basic ≥ NAT-MIN-BASIC on any date both are known",
    (id, date) => {
      const policy = regions.find((r) => r.id === id)!;
      expect(basicAtLeastNationalMinimum(policy, date), `${id} on ${date}`).toBe(true);
    },
  );

  it.each(cases)("$id: holds on every segment boundary of both parameters", ({ policy }) => {
    const dates = [...policy.parameters.basic.segments, ...policy.parameters.minBasic.segments].flatMap((s) =>
      s.until === undefined ? [s.from] : [s.from, s.until],
    );
    for (const d of dates) expect(basicAtLeastNationalMinimum(policy, d), `${policy.id} on ${d}`).toBe(true);
  });
});

describe("withOverrides", () => {
  const cite = "县人社局 2024年通知 (test)";

  it("overriding QN-BEN-BASIC from 2023-07-01 with 143 sets that date's value and leaves the original untouched", () => {
    const before = structuredClone(qiannan);
    const p = withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2023-07-01", value: "143", citation: cite }] });
    expect(valueOn(p.parameters.basic, "2023-07-01").value).toBe("143");
    expect(valueOn(p.parameters.basic, "2023-06-30").value).toBe("128"); // 黔人社发〔2023〕4号, kept
    expect(inputError(() => valueOn(qiannan.parameters.basic, "2023-07-01")).code).toBe("parameter-unknown");
    expect(qiannan).toStrictEqual(before);
    expect(p).not.toBe(qiannan);
    expectDeepFrozen(p, "overridden");
  });

  it("splits a segment when the override lies inside it (before and after keep their values)", () => {
    // QN-BEN-BASIC 70 from 2014-07-01 to 2017-12-31; override 2015 only.
    const p = withOverrides(qiannan, {
      "QN-BEN-BASIC": [{ from: "2015-01-01", until: "2015-12-31", value: "75", citation: cite }],
    });
    const basic = p.parameters.basic;
    expect(basic.segments).toHaveLength(qiannan.parameters.basic.segments.length + 2);
    expect(valueOn(basic, "2014-12-31").value).toBe("70");
    expect(valueOn(basic, "2015-01-01").value).toBe("75");
    expect(valueOn(basic, "2015-12-31").value).toBe("75");
    expect(valueOn(basic, "2016-01-01").value).toBe("70");
    expect(valueOn(basic, "2017-12-31").value).toBe("70");
    const after = valueOn(basic, "2016-01-01");
    expect(after.citation).toBe(valueOn(qiannan.parameters.basic, "2016-01-01").citation);
    expect(after.until).toBe("2017-12-31");
    expect(valueOn(basic, "2014-12-31").from).toBe("2014-07-01");
  });

  it("overrides a top-up by its id and a shared national parameter only in the policy it is applied to", () => {
    const p = withOverrides(qiannan, {
      "QN-BEN-COUNTY": [{ from: "2020-01-01", value: { kind: "flat", amount: "20" }, citation: cite }],
      "NAT-RATE-PBOC": [{ from: "2024-01-01", value: "0.0125", citation: cite }],
    });
    expect(valueOn(p.parameters.topUps[0]!, "2020-01-01").value).toEqual({ kind: "flat", amount: "20" });
    expect(valueOn(p.parameters.rate, "2024-01-01").value).toBe("0.0125");
    expect(valueOn(pbocOneYearRate, "2024-01-01").value).toBe("0.015");
    expect(valueOn(beibei.parameters.rate, "2024-01-01").value).toBe("0.015");
  });

  it("refuses an unknown parameter id with unknown-parameter", () => {
    const e = inputError(() =>
      withOverrides(qiannan, { "NX-BEN-BASIC": [{ from: "2023-07-01", value: "143", citation: cite }] }),
    );
    expect(e.code).toBe("unknown-parameter");
    expect(e.path).toEqual(["NX-BEN-BASIC"]);
  });

  it("refuses a segment without a citation with invalid-input", () => {
    const missing = inputError(() =>
      withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2023-07-01", value: "143" }] } as never),
    );
    expect(missing.code).toBe("invalid-input");
    const blank = inputError(() =>
      withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2023-07-01", value: "143", citation: "  " }] }),
    );
    expect(blank.code).toBe("invalid-input");
  });

  it("accepts money as a JSON number, stored as the config's string (answers.md §4)", () => {
    const p = withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2023-07-01", value: 143.5, citation: cite }] });
    expect(valueOn(p.parameters.basic, "2023-07-01").value).toBe("143.5");
    expect(
      withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2023-07-01", value: 143, citation: cite }] }),
    ).toStrictEqual(withOverrides(qiannan, { "QN-BEN-BASIC": [{ from: "2023-07-01", value: "143", citation: cite }] }));
  });

  it("refuses a bad amount with invalid-money at the amount's path", () => {
    const bad = (value: unknown): PensionInputError =>
      inputError(() =>
        withOverrides(ningxia, {
          "NX-BEN-LOCAL": [{ from: "2024-01-01", value: { kind: "flat", amount: value }, citation: cite }],
        }),
      );
    for (const v of [-5, "-5", 1.005, "1.005", Number.NaN, Number.POSITIVE_INFINITY, 0.1 + 0.2, 1e21, true]) {
      expect({ v, ...bad(v).toJSON() }).toMatchObject({
        v,
        code: "invalid-money",
        path: ["NX-BEN-LOCAL", 0, "value", "amount"],
      });
    }
  });

  it("refuses a value of the wrong shape with invalid-policy", () => {
    const tiers = inputError(() =>
      withOverrides(jiangmen, { "JM-PAY-TIERS": [{ from: "2024-01-01", value: "180", citation: cite }] }),
    );
    expect(tiers.code).toBe("invalid-policy");
    const topUp = inputError(() =>
      withOverrides(ningxia, {
        "NX-BEN-LOCAL": [{ from: "2024-01-01", value: { kind: "flat", amount: "5", extra: 1 }, citation: cite }],
      }),
    );
    expect(topUp.code).toBe("invalid-policy");
  });

  describe.each(cases)("$id: overriding with the policy's own segments", ({ policy }) => {
    // An override segment is { from, until?, value, citation, note? }: it cannot carry `published`
    // or mark a period unknown, so only known segments are replayed, and `published` is expected to go.
    it.each(allParameters(policy).map((p) => ({ id: p.id, p })))("$id changes nothing but `published`", ({ p }) => {
      const own = p.segments
        .filter((s) => !isUnknownSegment(s))
        .map((s) => {
          const { published: _published, ...rest } = s as typeof s & { published?: string };
          return rest;
        });
      if (own.length === 0) return; // NX-SUB-SPECIAL-INCOME: nothing known to replay
      const replayed = withOverrides(policy, { [p.id]: own });
      const strip = (q: RegionPolicy): unknown =>
        JSON.parse(
          JSON.stringify(q, (key, v: unknown) => (key === "published" && typeof v === "string" ? undefined : v)),
        );
      expect(strip(replayed)).toStrictEqual(strip(policy));
      const hasPublished = p.segments.some((s) => "published" in s);
      if (!hasPublished) expect(replayed).toStrictEqual(policy);
    });
  });
});
