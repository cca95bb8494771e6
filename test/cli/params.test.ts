import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CaseResult, CostReport } from "../../src";
import { cli, jsonl, root, tempFile } from "../batch/helpers";

/**
 * `--params FILE` (docs/packs.md). NX-BEN-BASIC is unknown from 2023-07-01 (rules.md); the packs
 * here supply test figures, labelled as such, never policy.
 */
const FORMAT = "resident-pension/parameter-pack@1";
const example = join(root, "examples", "packs", "ningxia-illustrative.json");
/** Born 1940: old cohort whatever the scheme start; 84 in 2024, so NX-BEN-AGE +8 a month. */
const oldPerson = { region: "ningxia", asOf: "2024-06-30", person: { birthDate: "1940-01-01" }, payments: [] };
const caseFile = (c: unknown = oldPerson): string => tempFile("case.json", JSON.stringify(c));
const packFile = (value: unknown, name = "pack.json", from = "2023-07-01"): string =>
  tempFile(
    name,
    JSON.stringify({
      format: FORMAT,
      region: "ningxia",
      title: name,
      values: { "NX-BEN-BASIC": [{ from, value, citation: "test figure, not a source" }] },
    }),
  );
const basicLine = (stdout: string): unknown => (JSON.parse(stdout) as CaseResult).pension.monthly?.lines[0];

interface ErrorJson {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly details: Record<string, string>;
}

describe("--params FILE", () => {
  it("evaluate: without a pack the case is parameter-unknown; with the example pack, 180 (illustrative) + 8 = 188.00", async () => {
    const without = await cli(["evaluate", caseFile()]);
    expect(without.code).toBe(2);
    expect((JSON.parse(without.stderr) as ErrorJson).code).toBe("parameter-unknown");
    const r = await cli(["evaluate", caseFile(), "--params", example]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as CaseResult;
    expect(result.pension.monthly?.total).toBe("188.00");
    expect(result.trace.find((s) => s.rule === "NX-BEN-BASIC")?.citation).toMatch(
      /^supplied \(parameter pack "ILLUSTRATIVE EXAMPLE, not policy: NX-BEN-BASIC from 2023-07-01"\): ILLUSTRATIVE, not a source/,
    );
  });

  it("repeated --params apply in order: the later pack wins", async () => {
    const a = packFile("190", "a.json");
    const b = packFile(200, "b.json");
    expect(basicLine((await cli(["evaluate", caseFile(), "--params", a, "--params", b])).stdout)).toEqual({
      rule: "NX-BEN-BASIC",
      amount: "200.00",
    });
    expect(basicLine((await cli(["evaluate", caseFile(), "--params", b, "--params", a])).stdout)).toEqual({
      rule: "NX-BEN-BASIC",
      amount: "190.00",
    });
    // b from 2024-06-01 only: a holds before it
    const late = packFile(200, "late.json", "2024-06-01");
    expect(
      basicLine(
        (await cli(["evaluate", caseFile({ ...oldPerson, asOf: "2024-05-31" }), "--params", a, "--params", late]))
          .stdout,
      ),
    ).toEqual({ rule: "NX-BEN-BASIC", amount: "190.00" });
  });

  it("the case's own options.parameters win over every pack", async () => {
    const own = {
      ...oldPerson,
      options: { parameters: { "NX-BEN-BASIC": [{ from: "2024-01-01", value: 210, citation: "the case's own" }] } },
    };
    const r = await cli(["evaluate", caseFile(own), "--params", packFile("190")]);
    expect(r.code).toBe(0);
    expect(basicLine(r.stdout)).toEqual({ rule: "NX-BEN-BASIC", amount: "210.00" });
  });

  it("the case's own options.schemeStart wins over a pack's NX-SCHEME-START", async () => {
    const start = tempFile(
      "start.json",
      JSON.stringify({
        format: FORMAT,
        region: "ningxia",
        facts: { "NX-SCHEME-START": { value: "2011-01-01", citation: "test figure, not a source" } },
        values: {},
      }),
    );
    const old = { region: "ningxia", asOf: "2013-06-30", person: { birthDate: "1940-01-01" } };
    const first = async (c: unknown): Promise<unknown> =>
      (JSON.parse((await cli(["evaluate", caseFile(c), "--params", start])).stdout) as CaseResult).pension.firstMonth;
    expect(await first(old)).toBe("2011-01");
    expect(await first({ ...old, options: { schemeStart: "2012-03-15" } })).toBe("2012-03");
  });

  it("explain shows the supplied value's citation", async () => {
    const r = await cli(["explain", caseFile(), "--params", example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("supplied (parameter pack");
  });

  describe("a bad pack: exit 2, the typed error JSON naming the file on stderr, never a crash", () => {
    const valid = {
      format: FORMAT,
      region: "ningxia",
      values: { "NX-BEN-BASIC": [{ from: "2023-07-01", value: "190", citation: "test" }] },
    };
    const kinds: readonly (readonly [string, string, string, readonly (string | number)[]])[] = [
      ["not JSON", "{ not json", "invalid-pack", []],
      ["wrong format", JSON.stringify({ ...valid, format: "parameter-pack" }), "invalid-pack", ["format"]],
      ["another region", JSON.stringify({ ...valid, region: "qiannan", values: {} }), "invalid-pack", ["region"]],
      [
        "a missing citation",
        JSON.stringify({ ...valid, values: { "NX-BEN-BASIC": [{ from: "2023-07-01", value: "190" }] } }),
        "invalid-pack",
        ["values", "NX-BEN-BASIC", 0, "citation"],
      ],
      [
        "a fact without a citation",
        JSON.stringify({ ...valid, facts: { "NX-SCHEME-START": { value: "2011-01-01" } } }),
        "invalid-pack",
        ["facts", "NX-SCHEME-START", "citation"],
      ],
      [
        "overlapping segments",
        JSON.stringify({
          ...valid,
          values: {
            "NX-BEN-BASIC": [
              { from: "2023-07-01", value: "190", citation: "t" },
              { from: "2024-01-01", value: "200", citation: "t" },
            ],
          },
        }),
        "invalid-pack",
        ["values", "NX-BEN-BASIC", 1, "from"],
      ],
      ["a pack that is a list", "[]", "invalid-pack", []],
      [
        "values of the wrong shape",
        JSON.stringify({ ...valid, values: { "NX-BEN-BASIC": { from: "2023-07-01" } } }),
        "invalid-pack",
        ["values", "NX-BEN-BASIC"],
      ],
      [
        "a value of the wrong shape",
        JSON.stringify({ ...valid, values: { "NX-PAY-TIERS": [{ from: "2024-01-01", value: "100", citation: "t" }] } }),
        "invalid-policy",
        ["values", "NX-PAY-TIERS", 0, "value"],
      ],
      [
        "money with three decimals",
        JSON.stringify({
          ...valid,
          values: { "NX-BEN-BASIC": [{ from: "2023-07-01", value: 190.125, citation: "t" }] },
        }),
        "invalid-money",
        ["values", "NX-BEN-BASIC", 0, "value"],
      ],
      [
        "an unknown parameter",
        JSON.stringify({ ...valid, values: { "NX-BEN-XYZ": [{ from: "2023-07-01", value: "1", citation: "t" }] } }),
        "unknown-parameter",
        ["values", "NX-BEN-XYZ"],
      ],
      [
        "a bad date",
        JSON.stringify({ ...valid, values: { "NX-BEN-BASIC": [{ from: "2023-7-1", value: "1", citation: "t" }] } }),
        "invalid-date",
        ["values", "NX-BEN-BASIC", 0, "from"],
      ],
    ];
    for (const command of ["evaluate", "explain", "check", "batch", "cost"] as const) {
      // batch and check evaluate cases of any region: each case uses the packs of its own region,
      // so a Qiannan pack is not an error there (see "batch … of their region" below).
      const mine =
        command === "batch" || command === "check" ? kinds.filter(([name]) => name !== "another region") : kinds;
      it.each(mine)(`${command}: %s`, async (_name, text, code, path) => {
        const file = tempFile("bad-pack.json", text);
        const target =
          command === "batch" || command === "cost"
            ? jsonl([oldPerson])
            : caseFile({ ...oldPerson, expect: { region: "ningxia" } });
        const extra =
          command === "cost"
            ? ["--region", "ningxia", "--from", "2024", "--to", "2024", "--workers", "0"]
            : command === "batch"
              ? ["--workers", "0"]
              : [];
        const r = await cli([command, target, ...extra, "--params", example, "--params", file]);
        expect(r.code).toBe(2);
        expect(r.stdout + r.out).toBe("");
        const error = JSON.parse(r.stderr) as ErrorJson;
        expect({ code: error.code, path: error.path, file: error.details["file"] }).toEqual({ code, path, file });
        expect(error.message.startsWith(`${file}: `)).toBe(true);
      });
    }

    it("a pack file that does not exist is invalid-pack", async () => {
      const r = await cli(["evaluate", caseFile(), "--params", "/nonexistent/pack.json"]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stderr)).toMatchObject({
        code: "invalid-pack",
        path: [],
        details: { file: "/nonexistent/pack.json" },
      });
    });
  });

  it("check: cases with an expect block are checked with the packs of their region", async () => {
    const c = caseFile({ ...oldPerson, expect: { pension: { monthly: { total: "188.00" } } } });
    expect((await cli(["check", c])).code).toBe(1); // parameter-unknown without the pack
    const r = await cli(["check", c, "--params", example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 passed, 0 failed/);
  });

  it.each(["0", "2"])(
    "batch --workers %s: the packs apply to every line of their region, checked once",
    async (workers) => {
      const qiannan = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1948-03-02" } };
      // A Qiannan pack restating the catalogue's own 55 (no change) applies to the Qiannan line only.
      const qn = tempFile(
        "qn.json",
        JSON.stringify({
          format: FORMAT,
          region: "qiannan",
          title: "QN",
          values: {
            "QN-BEN-BASIC": [
              {
                from: "2013-01-01",
                until: "2013-12-31",
                value: 55,
                citation: "restates 黔南府办发〔2011〕110号 第二十条",
              },
            ],
          },
        }),
      );
      const r = await cli([
        "batch",
        jsonl([oldPerson, qiannan, { ...oldPerson, asOf: "2024-01-31" }]),
        "--workers",
        workers,
        "--params",
        example,
        "--params",
        qn,
      ]);
      expect(r.code).toBe(0);
      const lines = r.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { line: number; result?: CaseResult });
      // 180 (illustrative) + NX-BEN-AGE 8 = 188; Qiannan's 55 (黔南府办发〔2011〕110号 第二十条), no pack for it
      expect(lines.map((l) => l.result?.pension.monthly?.total)).toEqual(["188.00", "55.00", "188.00"]);
      expect(lines[1]?.result?.trace.find((s) => s.rule === "QN-BEN-BASIC")?.citation).toBe(
        'supplied (parameter pack "QN"): restates 黔南府办发〔2011〕110号 第二十条',
      );
      expect(r.stderr).toContain("batch: 3 ok, 0 failed");
    },
  );

  it("cost: the packs apply under both policies; a pack of another region than --region is invalid-pack", async () => {
    const file = jsonl([oldPerson]);
    const args = ["cost", file, "--region", "ningxia", "--from", "2024", "--to", "2024", "--json", "--workers", "0"];
    const r = await cli([...args, "--params", example]);
    expect(r.code).toBe(0);
    // 12 months × (180 illustrative + 8 NX-BEN-AGE) = 2256.00
    expect((JSON.parse(r.stdout) as CostReport).base["2024"]?.basic).toBe("2256.00");
    const qn = tempFile("qn.json", JSON.stringify({ format: FORMAT, region: "qiannan", values: {} }));
    const bad = await cli([...args, "--params", qn]);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr)).toMatchObject({ code: "invalid-pack", path: ["region"], details: { file: qn } });
  });
});
