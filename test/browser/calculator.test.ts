/**
 * End-to-end test of the calculator page (docs/calculator/) in headless Chromium, run by
 * `npm run test:browser` (not by `npm test`: vitest.config.ts leaves test/browser out unless
 * `--mode browser`). Needs Debian's `chromium` at /usr/bin/chromium (or CHROMIUM_PATH).
 *
 * The bundle is rebuilt from the sources into a temporary directory and served from there by a
 * loopback-only static server, so the test checks the page as the sources build it today (the
 * committed docs/calculator/calculator.js may differ byte-wise with another esbuild version). The
 * figures shown are compared with `evaluateCase` of the same case in this process.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCalculator } from "../../scripts/build-calculator";
import { evaluateCase, isPensionInputError, type CaseResult } from "../../src/index";
import { serveStatic, type StaticServer } from "./static-server";

const root = resolve(import.meta.dirname, "..", "..");
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

let outdir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Requests the page tried to make off the loopback server (blocked), and its script errors. */
let offsite: string[];
let pageErrors: string[];

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  outdir = mkdtempSync(join(tmpdir(), "rp-calculator-"));
  await buildCalculator(outdir);
  server = await serveStatic(outdir);
  // chromium.launch runs the browser on a fresh temporary profile (user-data-dir) it deletes on close.
  browser = await chromium.launch({ executablePath, args, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: "en-US" });
  page = await context.newPage();
  offsite = [];
  pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === server.origin) return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  await page.goto(`${server.origin}/index.html`);
  await page.waitForSelector("body[data-state=ready]");
});

afterEach(async () => {
  await context?.close();
  expect(offsite, "requests off the loopback server").toEqual([]);
  expect(pageErrors, "script errors on the page").toEqual([]);
});

interface FormCase {
  region: string;
  birthDate: string;
  sex: "male" | "female";
  tier: string;
  payDay: string;
  firstYear: number;
  years: number;
  asOf: string;
}

/** The case the form describes, written independently of the page's code. */
function caseOf(f: FormCase) {
  return {
    region: f.region,
    asOf: f.asOf,
    person: { birthDate: f.birthDate, sex: f.sex },
    payments: Array.from({ length: f.years }, (_, i) => ({
      year: f.firstYear + i,
      date: `${f.firstYear + i}-${f.payDay}`,
      amount: f.tier,
    })),
  };
}

async function fillForm(f: FormCase): Promise<void> {
  await page.selectOption("#region", f.region);
  await page.fill("#birthDate", f.birthDate);
  await page.selectOption("#sex", f.sex);
  await page.fill("#tier", f.tier);
  await page.fill("#payDay", f.payDay);
  await page.fill("#firstYear", String(f.firstYear));
  await page.fill("#years", String(f.years));
  await page.fill("#asOf", f.asOf);
}

/** Click a submit button and wait for the page to finish (result or error). */
async function submit(button: "#calculate" | "#calculate-json"): Promise<"done" | "error"> {
  await page.click(button);
  await page.waitForSelector("body[data-state=done], body[data-state=error]");
  return (await page.getAttribute("body", "data-state")) as "done" | "error";
}

async function text(selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? "").trim();
}

async function shownLines(): Promise<{ rule: string; amount: string }[]> {
  const rows = await page.locator("#monthly-lines tbody tr[data-rule]").all();
  const out: { rule: string; amount: string }[] = [];
  for (const row of rows) {
    const rule = (await row.getAttribute("data-rule")) ?? "";
    if (rule === "total") continue;
    out.push({ rule, amount: ((await row.locator(".num").textContent()) ?? "").trim() });
  }
  return out;
}

/** Year → [interest, balance at the end] as shown in the account table. */
async function shownYears(): Promise<Map<string, { interest: string; balance: string }>> {
  const out = new Map<string, { interest: string; balance: string }>();
  for (const row of await page.locator("#account-years tbody tr[data-year]").all()) {
    const year = (await row.getAttribute("data-year")) ?? "";
    if (year === "asOf") continue;
    out.set(year, {
      interest: ((await row.locator(".interest").textContent()) ?? "").trim(),
      balance: ((await row.locator(".balance").textContent()) ?? "").trim(),
    });
  }
  return out;
}

/** The page's figures agree with the library's result of the same case. */
async function expectShows(r: CaseResult): Promise<void> {
  const m = r.pension.monthly;
  expect(await text("#monthly-total")).toBe(m ? m.total : "—");
  expect(await shownLines()).toEqual(m ? m.lines : []);
  expect(await text("#balance")).toBe(r.account.balance);
  expect(await text("#eligible")).toBe(r.pension.eligible ? "yes 是" : "no 否");
  expect(await text("#first-month")).toBe(r.pension.firstMonth ?? "—");
  expect(await text("#contribution-years")).toBe(String(r.contributionYears));
  expect(await page.locator("#trace-table tbody tr").count()).toBe(r.trace.length);
  const citations = await page.locator("#trace-table tbody td.citation").allTextContents();
  expect(citations).toEqual(r.trace.map((t) => t.citation));
  const years = await shownYears();
  for (const [y, interest] of Object.entries(r.account.interestByYear))
    expect(years.get(y)?.interest, `interest ${y}`).toBe(interest);
}

describe("calculator page", () => {
  it("computes the form's case as the library does (Qiannan, transition cohort)", async () => {
    const f: FormCase = {
      region: "qiannan",
      birthDate: "1953-11-10",
      sex: "male",
      tier: "500",
      payDay: "09-01",
      firstYear: 2011,
      years: 3,
      asOf: "2014-06-30",
    };
    // The defaults of index.html are this case.
    for (const [id, value] of Object.entries({
      birthDate: f.birthDate,
      tier: f.tier,
      payDay: f.payDay,
      firstYear: "2011",
      years: "3",
      asOf: f.asOf,
    })) {
      expect(await page.inputValue(`#${id}`), `default #${id}`).toBe(value);
    }
    await fillForm(f);
    expect(await submit("#calculate")).toBe("done");

    const c = caseOf(f);
    expect(JSON.parse(await page.inputValue("#case-json"))).toEqual(c);
    const r = evaluateCase(c);
    await expectShows(r);
    // Known parameters: basic 55 (QN-BEN-BASIC to 2014-06-30) + account 1648.45 / 139.
    expect(r.pension.monthly?.lines).toEqual([
      { rule: "QN-BEN-BASIC", amount: "55.00" },
      { rule: "QN-BEN-ACCOUNT", amount: "11.87" },
    ]);
    expect(await text("#monthly-total")).toBe("66.87");

    // Balances at each year end, and the chart's bars, are the case evaluated on 31 December.
    const years = await shownYears();
    const expected = ["2011", "2012", "2013"].map(
      (y) => [y, evaluateCase({ ...c, asOf: `${y}-12-31` }).account.balance] as const,
    );
    for (const [y, balance] of expected) expect(years.get(y)?.balance, `balance end of ${y}`).toBe(balance);
    const bars = page.locator("#balance-chart rect.bar");
    expect(await bars.count()).toBe(4);
    const barBalances: string[] = [];
    for (const bar of await bars.all()) barBalances.push((await bar.getAttribute("data-balance")) ?? "");
    expect(barBalances).toEqual([...expected.map(([, b]) => b), r.account.balance]);

    // Chinese citations intact.
    expect(await page.locator("#trace-table").textContent()).toContain("黔南府办发〔2011〕110号");

    mkdirSync(join(root, "test-output"), { recursive: true });
    await page.screenshot({ path: join(root, "test-output", "calculator.png"), fullPage: true });
    // The page loaded the evaluator and the Qiannan chunk, no other region.
    const chunks = server.requests.filter((p) => p.startsWith("/chunks/"));
    expect(chunks.some((p) => p.startsWith("/chunks/qiannan-"))).toBe(true);
    expect(chunks.some((p) => /\/chunks\/(ningxia|jiangmen|cixi|beibei)-/.test(p))).toBe(false);
  });

  const examples = readdirSync(join(root, "examples"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  it.each(examples)("computes the pasted case examples/%s as the library does", async (file) => {
    const source = readFileSync(join(root, "examples", file), "utf8");
    await page.fill("#case-json", source);
    expect(await submit("#calculate-json")).toBe("done");
    const json = JSON.parse(source) as {
      expect?: { pension?: { monthly?: { total?: string } | null }; account?: { balance?: string } };
    };
    const r = evaluateCase(json);
    await expectShows(r);
    const monthly = json.expect?.pension?.monthly;
    if (monthly?.total !== undefined) expect(await text("#monthly-total")).toBe(monthly.total);
    if (json.expect?.account?.balance !== undefined) expect(await text("#balance")).toBe(json.expect.account.balance);
    if (file === "qiannan.json") {
      expect(await text("#monthly-total")).toBe("62.87");
      expect(await text("#balance")).toBe("1042.26");
    }
  });

  it("shows a parameter unknown in the sources with code, path, message and a template to supply it", async () => {
    const f: FormCase = {
      region: "qiannan",
      birthDate: "1953-11-10",
      sex: "male",
      tier: "500",
      payDay: "09-01",
      firstYear: 2011,
      years: 3,
      asOf: "2024-06-30",
    };
    await fillForm(f);
    expect(await submit("#calculate")).toBe("error");
    let err: unknown;
    try {
      evaluateCase(caseOf(f));
    } catch (e) {
      err = e;
    }
    if (!isPensionInputError(err)) throw new Error("expected a PensionInputError");
    expect(err.code).toBe("parameter-unknown");
    expect(await text("#error-code")).toBe("parameter-unknown");
    expect(await text("#error-path")).toBe(`$.options.parameters["${err.details["parameter"]}"]`);
    expect(await text("#error-message")).toBe(err.message);
    expect(await text("#error-headline")).toContain(
      `${err.details["parameter"]} on ${err.details["date"]} is not known from the sources`,
    );
    expect(await page.isVisible("#result")).toBe(false);

    // The template goes into the JSON; with a value filled in, the case computes.
    await page.click("#insert-template");
    const withTemplate = JSON.parse(await page.inputValue("#case-json")) as {
      options: { parameters: Record<string, { value: unknown; citation: string }[]> };
    };
    const segment = withTemplate.options.parameters[err.details["parameter"]!]![0]!;
    segment.value = "70";
    segment.citation = "browser test";
    await page.fill("#case-json", JSON.stringify(withTemplate));
    expect(await submit("#calculate-json")).toBe("done");
    const r = evaluateCase(withTemplate);
    await expectShows(r);
    expect(r.pension.monthly?.basic).toBe("70.00");
    expect(await shownLines()).toContainEqual({ rule: "QN-BEN-BASIC", amount: "70.00" });
  });

  it("shows invalid input with its JSON path", async () => {
    await fillForm({
      region: "qiannan",
      birthDate: "1953-11-10",
      sex: "male",
      tier: "500",
      payDay: "02-30",
      firstYear: 2011,
      years: 3,
      asOf: "2014-06-30",
    });
    expect(await submit("#calculate")).toBe("error");
    expect(await text("#error-code")).toBe("invalid-date");
    expect(await text("#error-path")).toBe("$.payments[0].date");

    await page.fill("#case-json", "{ not json");
    expect(await submit("#calculate-json")).toBe("error");
    expect(await text("#error-code")).toBe("invalid-json");
  });
});
