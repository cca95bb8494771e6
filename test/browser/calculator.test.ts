/**
 * End-to-end test of the calculator page (docs/calculator/) in headless Chromium, run by
 * `npm run test:browser` (not by `npm test`: vitest.config.ts leaves test/browser out unless
 * `--mode browser`). Needs Debian's `chromium` at /usr/bin/chromium (or CHROMIUM_PATH).
 *
 * It exercises the COMMITTED page itself (docs/calculator/index.html and calculator.js), served by
 * a loopback-only static server and opened from the file system; test/docs/calculator-build.test.ts
 * (in `npm test`) checks that the committed script is a fresh build of the sources. Every figure
 * shown is compared with `evaluateCase` of the same case, written here independently of the page.
 * Screenshots of each state go to test-output/ at 390 × 844 (a phone) and 1280 × 900.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { evaluateCase, isPensionInputError, type CaseResult } from "../../src/index";
import { serveStatic, type StaticServer } from "./static-server";

const root = resolve(import.meta.dirname, "..", "..");
const pageDir = join(root, "docs", "calculator");
const shots = join(root, "test-output");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  mkdirSync(shots, { recursive: true });
  server = await serveStatic(pageDir);
  // chromium.launch runs the browser on a fresh temporary profile (user-data-dir) it deletes on close.
  browser = await chromium.launch({ executablePath, args, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  offsite: string[];
  pageErrors: string[];
}

const opened: Opened[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.context.close();
    expect(o.offsite, "requests off the loopback server").toEqual([]);
    expect(o.pageErrors, "script errors on the page").toEqual([]);
  }
});

/** The page at `width` × `height`, over HTTP or from the file system. */
async function open(width: number, height: number, via: "http" | "file" = "http"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: "zh-CN" });
  const page = await context.newPage();
  const o: Opened = { context, page, offsite: [], pageErrors: [] };
  opened.push(o);
  page.on("pageerror", (e) => o.pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") o.pageErrors.push(m.text());
  });
  if (via === "http") {
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.origin === server.origin) return route.continue();
      o.offsite.push(url.href);
      return route.abort();
    });
    await page.goto(`${server.origin}/index.html`);
  } else {
    await page.goto(pathToFileURL(join(pageDir, "index.html")).href);
  }
  await page.waitForSelector("body[data-state=ready]");
  return page;
}

interface FormCase {
  region: string;
  birthDate: string;
  sex: "male" | "female";
  tier: string;
  payDay: string;
  firstYear: number;
  years: number;
  statuses?: string[];
  legacyGrade?: number;
  lumpSum?: { date: string; standard: string };
  asOf?: string;
}

/** The case the form describes, written independently of the page's code. */
function caseOf(f: FormCase, asOf: string): Record<string, unknown> {
  const person: Record<string, unknown> = { birthDate: f.birthDate, sex: f.sex };
  if (f.statuses?.length) person["statuses"] = f.statuses.map((kind) => ({ kind, from: f.birthDate }));
  if (f.legacyGrade !== undefined) person["legacyGrade"] = f.legacyGrade;
  const c: Record<string, unknown> = { region: f.region, asOf, person };
  if (f.years > 0)
    c["payments"] = Array.from({ length: f.years }, (_, i) => ({
      year: f.firstYear + i,
      date: `${f.firstYear + i}-${f.payDay}`,
      amount: f.tier,
    }));
  if (f.lumpSum) c["lumpSum"] = { date: f.lumpSum.date, monthlyStandard: f.lumpSum.standard };
  return c;
}

async function fillForm(page: Page, f: FormCase): Promise<void> {
  await page.selectOption("#region", f.region);
  await page.fill("#birthDate", f.birthDate);
  await page.selectOption("#sex", f.sex);
  await page.fill("#firstYear", String(f.firstYear));
  await page.fill("#payDay", f.payDay);
  await page.fill("#years", String(f.years));
  if (f.years > 0) await page.selectOption("#tier", f.tier);
  for (const s of f.statuses ?? []) await page.check(`#status-${s}`);
  if (f.legacyGrade !== undefined) await page.selectOption("#legacyGrade", String(f.legacyGrade));
  if (f.lumpSum) {
    await page.check("#lumpSum");
    await page.fill("#lumpDate", f.lumpSum.date);
    await page.selectOption("#lumpStandard", f.lumpSum.standard);
  }
  if (f.asOf) await page.fill("#asOf", f.asOf);
}

type State = "done" | "missing" | "error";
async function submit(page: Page, button: "#calculate" | "#calculate-json" = "#calculate"): Promise<State> {
  await page.evaluate("document.body.removeAttribute('data-state')");
  await page.click(button);
  await page.waitForSelector("body[data-state=done], body[data-state=missing], body[data-state=error]");
  return (await page.getAttribute("body", "data-state")) as State;
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? "").trim();
}

async function shownLines(page: Page): Promise<{ rule: string; amount: string }[]> {
  const out: { rule: string; amount: string }[] = [];
  for (const row of await page.locator("#lines li[data-rule]").all()) {
    const rule = (await row.getAttribute("data-rule")) ?? "";
    if (rule !== "total") out.push({ rule, amount: ((await row.locator(".amount").textContent()) ?? "").trim() });
  }
  return out;
}

/** The page's figures agree with the library's result of the same case. */
async function expectShows(page: Page, r: CaseResult): Promise<void> {
  const m = r.pension.monthly;
  expect(await text(page, "#monthly-total .amount")).toBe(m ? m.total : "—");
  expect(await text(page, "#basic .amount")).toBe(m ? m.basic : "—");
  expect(await text(page, "#account-pension .amount")).toBe(r.pension.accountPension ?? "—");
  expect(await shownLines(page)).toEqual(m ? m.lines.map((l) => ({ rule: l.rule, amount: l.amount })) : []);
  expect(await text(page, "#balance")).toBe(r.account.balance);
  expect(await text(page, "#first-month")).toBe(r.pension.firstMonth ?? "—");
  expect(await text(page, "#contribution-years")).toBe(String(r.contributionYears));
  expect(await page.locator("#trace-table tbody tr").count()).toBe(r.trace.length);
  const citations = await page.locator("#trace-table tbody td.citation").allTextContents();
  expect(citations).toEqual(r.trace.map((t) => t.citation));
}

/** The main result fits the width (no sideways scrolling) and is scrolled into view. */
async function expectReadable(page: Page, section: string, width: number): Promise<void> {
  expect(await page.evaluate<number>("document.documentElement.scrollWidth"), "page width").toBeLessThanOrEqual(width);
  const box = await page.locator(section).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${section} shown`).not.toBeNull();
  expect(box!.y, `${section} scrolled into view`).toBeGreaterThanOrEqual(-1);
  // Its heading is on screen (at the top, or as high as the page's length lets it go).
  expect(box!.y).toBeLessThan(viewport.height - 120);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

/** What the reader sees (the viewport), and with `full` the whole page too. */
async function shot(page: Page, name: string, full = false): Promise<void> {
  await page.screenshot({ path: join(shots, `calculator-${name}.png`) });
  if (full) await page.screenshot({ path: join(shots, `calculator-${name}-full.png`), fullPage: true });
}

/** One case per region, each a pension month the sources give every value for. */
const regionCases: FormCase[] = [
  // Transition cohort, 3 years at 500: basic 55 + account 1648.45 / 139 = 11.87 (QN-BEN-*).
  {
    region: "qiannan",
    birthDate: "1953-11-10",
    sex: "male",
    tier: "500",
    payDay: "09-01",
    firstYear: 2011,
    years: 3,
    asOf: "2014-06-30",
  },
  // Old cohort, 78 in June 2023: basic 180 + age top-up 6 (NX-BEN-AGE, 75–79).
  {
    region: "ningxia",
    birthDate: "1945-03-01",
    sex: "male",
    tier: "500",
    payDay: "06-15",
    firstYear: 2019,
    years: 0,
    statuses: ["dibao"],
    asOf: "2023-06-30",
  },
  // Old cohort in December 2023: the minimum standard 200 (JM-BEN-BASIC from 2023-09-28).
  {
    region: "jiangmen",
    birthDate: "1945-03-01",
    sex: "female",
    tier: "180",
    payDay: "05-10",
    firstYear: 2023,
    years: 0,
    statuses: ["tekun"],
    asOf: "2023-12-31",
  },
  // Old-system pensioner grade 3: 220 + increase 30 (CX-LEGACY).
  {
    region: "cixi",
    birthDate: "1944-08-15",
    sex: "female",
    tier: "100",
    payDay: "09-01",
    firstYear: 2010,
    years: 0,
    legacyGrade: 3,
    asOf: "2014-06-30",
  },
  // Lump sum at 60 元/month standard: basic 80 + one-child 10 + account 60 (BB-LUMP, BB-BEN-*).
  {
    region: "beibei",
    birthDate: "1948-02-10",
    sex: "male",
    tier: "100",
    payDay: "09-01",
    firstYear: 2010,
    years: 0,
    statuses: ["one-child-parent"],
    lumpSum: { date: "2009-11-15", standard: "60" },
    asOf: "2013-07-31",
  },
];
const expectedTotals: Record<string, string> = {
  qiannan: "66.87",
  ningxia: "186.00",
  jiangmen: "200.00",
  cixi: "250.00",
  beibei: "150.00",
};

/** Today's missing-value case: a Qiannan pensioner; the 2023-07 and later basic pension is not in the sources. */
const qiannanToday: FormCase = {
  region: "qiannan",
  birthDate: "1953-11-10",
  sex: "male",
  tier: "500",
  payDay: "09-01",
  firstYear: 2011,
  years: 3,
};

/** The library's lower bound for the case, when this library version has `estimate: "floor"`. */
function floorOf(c: unknown): CaseResult | null {
  try {
    const r = evaluateCase(c, { estimate: "floor" });
    return r.pension.monthly?.estimate === "at-least" ? r : null;
  } catch {
    return null;
  }
}

for (const [width, height] of [
  [390, 844],
  [1280, 900],
] as const) {
  describe(`calculator page at ${width} × ${height}`, () => {
    it("asks only what each region asks, derived from its policy", async () => {
      const page = await open(width, height);
      expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
      expect(await text(page, "#calculate")).toBe("计算");
      // Qiannan: its tiers, its two proxy statuses, no grade, no lump sum.
      expect(await page.locator("#tier option").allTextContents()).toEqual([
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
      expect(
        await page
          .locator("#statuses input")
          .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value).sort()),
      ).toEqual(["dibao", "poverty-relapse-risk", "severe-disability", "tekun"]);
      expect(await page.isVisible("#legacy-block")).toBe(false);
      expect(await page.isVisible("#lump-block")).toBe(false);
      await page.selectOption("#region", "cixi");
      expect(await page.isVisible("#legacy-block")).toBe(true);
      expect(await page.locator("#legacyGrade option").count()).toBe(8); // none + grades 1–7
      await page.selectOption("#region", "beibei");
      expect(await page.isVisible("#lump-block")).toBe(true);
      expect(await page.isVisible("#children-block")).toBe(true);
      expect(await page.isVisible("#legacy-block")).toBe(false);
      await page.selectOption("#region", "jiangmen");
      await page.fill("#firstYear", "2024");
      expect(await page.locator("#tier option").allTextContents()).toEqual([
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
      await shot(page, `${width}-form-jiangmen`);
    });

    it.each(regionCases)("computes $region as evaluateCase does", async (f) => {
      const page = await open(width, height);
      await fillForm(page, f);
      expect(await submit(page)).toBe("done");
      const c = caseOf(f, f.asOf!);
      expect(JSON.parse(await page.inputValue("#case-json"))).toEqual(c);
      const r = evaluateCase(c);
      await expectShows(page, r);
      expect(await text(page, "#monthly-total .amount")).toBe(expectedTotals[f.region]);
      await expectReadable(page, "#result", width);
      // Announced to screen readers.
      await expect.poll(() => text(page, "#status")).toContain(r.pension.monthly!.total);
      // The rule id and citation of a line, one tap away.
      const first = page.locator("#lines li[data-rule]").first();
      expect(await first.locator(".source").isVisible()).toBe(false);
      await first.locator("summary").click();
      expect(await first.locator(".source code").textContent()).toBe(r.pension.monthly!.lines[0]!.rule);
      expect(await text(page, "#lines li[data-rule] >> nth=0 >> .citation")).toBe(
        r.trace.find((t) => t.rule === r.pension.monthly!.lines[0]!.rule)!.citation,
      );
      await shot(page, `${width}-result-${f.region}`, f.region === "beibei");
      if (f.region === "qiannan") {
        // The printed summary: the result and what it was computed for, without the form.
        await page.emulateMedia({ media: "print" });
        expect(await page.isVisible("#case-form")).toBe(false);
        expect(await page.isVisible("#monthly-total")).toBe(true);
        expect(await page.isVisible("#inputs-summary")).toBe(true);
        await page.screenshot({ path: join(shots, `calculator-${width}-print-qiannan.png`), fullPage: true });
      }
    });

    it("today, a Qiannan pension: says which value is missing and who publishes it, then computes the typed local figure", async () => {
      const page = await open(width, height);
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
      });
      expect(await page.inputValue("#asOf"), "defaults to today").toBe(today);
      await fillForm(page, qiannanToday);
      expect(await submit(page)).toBe("missing");
      const c = caseOf(qiannanToday, today);
      let err: unknown;
      try {
        evaluateCase(c);
      } catch (e) {
        err = e;
      }
      if (!isPensionInputError(err)) throw new Error("expected a PensionInputError");
      expect(err.code).toBe("parameter-unknown");
      expect(err.details["parameter"]).toBe("QN-BEN-BASIC");
      const item = page.locator("#missing .missing-item[data-parameter=QN-BEN-BASIC]");
      expect(await item.locator(".what").textContent()).toContain(
        `黔南州基础养老金标准（元/月）（2023-07-01 起至 ${today}）`,
      );
      expect(await item.locator(".who").textContent()).toContain("黔南州人力资源和社会保障部门");
      // The last value the sources give, with its document: 128 from 2023-01-01 (黔人社发〔2023〕4号).
      expect(await item.locator(".who").textContent()).toContain("128 元/月（2023-01-01 起，依据：黔人社发〔2023〕4号");
      const floor = floorOf(c);
      if (floor) {
        expect(await text(page, "#missing-bound")).toBe(`至少 ${floor.pension.monthly!.total} 元/月`);
        expect(await text(page, "#monthly-total .atleast")).toBe("至少");
      } else {
        // This library version has no lower bound: none is shown, nothing is invented.
        expect(await page.isVisible("#missing-bound-block")).toBe(false);
        expect(await page.isVisible("#missing-nobound")).toBe(true);
        expect(await page.isVisible("#result")).toBe(false);
      }
      await expectReadable(page, "#missing", width);
      await expect.poll(() => text(page, "#status")).toContain("黔南州基础养老金标准");
      await shot(page, `${width}-missing-qiannan-today`, true);

      // The local figure typed in becomes a supplied, cited value: the exact pension.
      await item.locator("input").fill("150");
      await page.evaluate("document.body.removeAttribute('data-state')");
      await item.locator("button.supply-apply").click();
      await page.waitForSelector("body[data-state=done], body[data-state=missing], body[data-state=error]");
      expect(await page.getAttribute("body", "data-state")).toBe("done");
      const supplied = {
        ...c,
        options: {
          // The period is the one the case lacks (needs: from the unknown segment to asOf).
          parameters: {
            "QN-BEN-BASIC": [{ from: "2023-07-01", until: today, value: "150", citation: "用户输入：本地公布标准" }],
          },
        },
      };
      expect(JSON.parse(await page.inputValue("#case-json"))).toEqual(supplied);
      const r = evaluateCase(supplied);
      await expectShows(page, r);
      // 150 typed + account 1648.45 / 139 = 11.87.
      expect(await text(page, "#monthly-total .amount")).toBe("161.87");
      expect(await page.locator("#monthly-total .atleast").count()).toBe(0);
      expect(await text(page, "#supplied-note")).toContain(
        "黔南州基础养老金标准（元/月）（QN-BEN-BASIC）2023-07-01 起：150",
      );
      await expectReadable(page, "#result", width);
      await shot(page, `${width}-supplied-qiannan-today`, true);
    });

    it("switches to English and back", async () => {
      const page = await open(width, height);
      await fillForm(page, regionCases[0]!);
      expect(await submit(page)).toBe("done");
      await page.click("#lang");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await text(page, "[data-t=total]")).toBe("Monthly pension in total");
      expect(await text(page, "#lines li[data-rule=QN-BEN-BASIC] .name")).toBe("Basic pension");
      expect(await text(page, "#calculate")).toBe("Calculate");
      expect(await text(page, "#monthly-total .amount")).toBe("66.87");
      await page.locator("#result").scrollIntoViewIfNeeded();
      await page.evaluate("document.getElementById('result').scrollIntoView()");
      await shot(page, `${width}-result-english`);
      await page.click("#lang");
      expect(await text(page, "#lines li[data-rule=QN-BEN-BASIC] .name")).toBe("基础养老金");
    });
  });
}

describe("calculator page opened from the file system (file://)", () => {
  it("computes, and shows today's missing Qiannan value, at 390 px", async () => {
    const page = await open(390, 844, "file");
    expect(await page.locator("#region option").count()).toBe(5);
    await fillForm(page, regionCases[0]!);
    expect(await submit(page)).toBe("done");
    await expectShows(page, evaluateCase(caseOf(regionCases[0]!, regionCases[0]!.asOf!)));
    await page.reload();
    await page.waitForSelector("body[data-state=ready]");
    await fillForm(page, qiannanToday);
    expect(await submit(page)).toBe("missing");
    expect(await page.locator("#missing .missing-item[data-parameter=QN-BEN-BASIC]").count()).toBe(1);
    await expectReadable(page, "#missing", 390);
    await shot(page, "390-file-missing-qiannan-today");
  });
});

describe("calculator page: case JSON and bad input (1280 × 900)", () => {
  const examples = readdirSync(join(root, "examples"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  it.each(examples)("computes the pasted case examples/%s as the library does", async (file) => {
    const page = await open(1280, 900);
    const source = readFileSync(join(root, "examples", file), "utf8");
    await page.click("#advanced summary");
    await page.fill("#case-json", source);
    expect(await submit(page, "#calculate-json")).toBe("done");
    const json = JSON.parse(source) as {
      expect?: { pension?: { monthly?: { total?: string } | null }; account?: { balance?: string } };
    };
    await expectShows(page, evaluateCase(json));
    const monthly = json.expect?.pension?.monthly;
    if (monthly?.total !== undefined) expect(await text(page, "#monthly-total .amount")).toBe(monthly.total);
    if (json.expect?.account?.balance !== undefined)
      expect(await text(page, "#balance")).toBe(json.expect.account.balance);
  });

  it("asks for a scheme start the sources lack (Ningxia) and writes it to options.schemeStart", async () => {
    const page = await open(1280, 900);
    const f: FormCase = {
      region: "ningxia",
      birthDate: "1962-05-01",
      sex: "female",
      tier: "500",
      payDay: "06-15",
      firstYear: 2019,
      years: 4,
      asOf: "2023-06-30",
    };
    await fillForm(page, f);
    expect(await submit(page)).toBe("missing");
    const item = page.locator("#missing .missing-item[data-parameter=NX-SCHEME-START]");
    expect(await item.locator(".what").textContent()).toContain("宁夏回族自治区城乡居民养老保险制度开始实施的日期");
    expect(await item.locator("input").getAttribute("type")).toBe("date");
    await item.locator("input").fill("2011-01-01");
    await page.evaluate("document.body.removeAttribute('data-state')");
    await item.locator("button.supply-apply").click();
    await page.waitForSelector("body[data-state=done], body[data-state=missing], body[data-state=error]");
    expect(await page.getAttribute("body", "data-state")).toBe("done");
    const c = { ...caseOf(f, f.asOf!), options: { schemeStart: "2011-01-01" } };
    expect(JSON.parse(await page.inputValue("#case-json"))).toEqual(c);
    await expectShows(page, evaluateCase(c));
    await shot(page, "1280-supplied-scheme-start", true);
  });

  it("shows invalid input with its JSON path", async () => {
    const page = await open(1280, 900);
    await fillForm(page, { ...regionCases[0]!, payDay: "02-30" });
    expect(await submit(page)).toBe("error");
    expect(await text(page, "#error-code")).toBe("invalid-date");
    expect(await text(page, "#error-path")).toBe("$.payments[0].date");
    // The page is Chinese: the library's message comes in Chinese too (answers.md §6).
    expect(await text(page, "#error-message")).toMatch(/[\u4e00-\u9fff]/);
    await page.click("#advanced summary");
    await page.fill("#case-json", "{ not json");
    expect(await submit(page, "#calculate-json")).toBe("error");
    expect(await text(page, "#error-code")).toBe("invalid-json");
    await shot(page, "1280-error");
  });
});
