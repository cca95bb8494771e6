/**
 * The calculator page (docs/calculator/index.html), no framework. Bundled by
 * scripts/build-calculator.ts into calculator.js plus one chunk per region: a region's policy is
 * loaded with import() the first time a case of that region is evaluated, so the page downloads
 * the evaluator and only the regions it uses.
 */
import {
  evaluateCaseWith,
  isPensionInputError,
  parseCase,
  type CaseResult,
  type PensionInputError,
  type RegionPolicy,
} from "../../src/core";
import { regionIds, type RegionId } from "../../src/kinds";
import {
  caseFromForm,
  FormError,
  jsonPath,
  overrideTemplate,
  withTemplate,
  yearEndBalances,
  type BalanceSeries,
  type FormValues,
} from "./model";

const loaders: Record<RegionId, () => Promise<RegionPolicy>> = {
  ningxia: () => import("../../src/regions/ningxia").then((m) => m.ningxia),
  qiannan: () => import("../../src/regions/qiannan").then((m) => m.qiannan),
  jiangmen: () => import("../../src/regions/jiangmen").then((m) => m.jiangmen),
  cixi: () => import("../../src/regions/cixi").then((m) => m.cixi),
  beibei: () => import("../../src/regions/beibei").then((m) => m.beibei),
};

const labels: Record<RegionId, string> = {
  ningxia: "Ningxia 宁夏回族自治区",
  qiannan: "Qiannan 黔南州",
  jiangmen: "Jiangmen 江门市",
  cixi: "Cixi 慈溪市",
  beibei: "Beibei 北碚区",
};

const loaded = new Map<RegionId, Promise<RegionPolicy>>();
function loadRegion(id: RegionId): Promise<RegionPolicy> {
  let p = loaded.get(id);
  if (!p) {
    p = loaders[id]();
    loaded.set(id, p);
    p.catch(() => loaded.delete(id));
  }
  return p;
}

// ---------------------------------------------------------------- DOM helpers

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`calculator: #${id} missing from index.html`);
  return el as T;
}

type Child = Node | string | number | null | undefined;

/** `h("td", { class: "num" }, "12.00")`: an element with attributes and text or element children. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}

function setText(id: string, text: string): void {
  $(id).textContent = text;
}

function fillBody(tableId: string, rows: HTMLElement[]): void {
  const body = $(tableId).querySelector("tbody");
  if (!body) throw new Error(`calculator: #${tableId} has no tbody`);
  body.replaceChildren(...rows);
}

function yesNo(b: boolean): HTMLElement {
  return h("span", { class: b ? "yes" : "no" }, b ? "yes 是" : "no 否");
}

// ---------------------------------------------------------------- rendering

function renderPension(r: CaseResult): void {
  const p = r.pension;
  const m = p.monthly;
  setText("monthly-total", m ? m.total : "—");
  setText("monthly-month", m ? `(${m.month}, 元/月)` : `(none in ${r.asOf.slice(0, 7)})`);
  $("eligible").replaceChildren(yesNo(p.eligible));
  setText("first-month", p.firstMonth ?? "—");
  setText("account-pension", p.accountPension ?? "—");
  setText("contribution-years", String(r.contributionYears));
  fillBody(
    "monthly-lines",
    m
      ? [
          ...m.lines.map((l) =>
            h("tr", { "data-rule": l.rule }, h("td", { class: "rule" }, l.rule), h("td", { class: "num" }, l.amount)),
          ),
          h("tr", { "data-rule": "total" }, h("th", {}, "total"), h("th", { class: "num" }, m.total)),
        ]
      : [h("tr", {}, h("td", { colspan: "2" }, `No pension is paid for ${r.asOf.slice(0, 7)}.`))],
  );
  const refusals = [
    ...r.enrollment.refusals.map((x) => ({ where: "enrolment", ...x })),
    ...p.refusals.map((x) => ({ where: "pension", ...x })),
    ...r.payments.flatMap((pay) => pay.refusals.map((x) => ({ where: `payment ${pay.year} (${pay.date})`, ...x }))),
  ];
  $("refusals-block").hidden = refusals.length === 0;
  $("refusals").replaceChildren(
    ...refusals.map((x) =>
      h("li", { "data-rule": x.rule }, h("strong", {}, x.where), " · ", h("code", {}, x.rule), ": ", x.message),
    ),
  );
  const makeUp = $("make-up");
  makeUp.hidden = p.makeUp === null;
  makeUp.textContent = p.makeUp ? `Make-up (补足) possible: ${p.makeUp.years} years, ${p.makeUp.amount} 元.` : "";
}

function renderAccount(r: CaseResult, series: BalanceSeries): void {
  const a = r.account;
  setText("balance", a.balance);
  setText("balance-date", r.asOf);
  setText("paid-out", a.paidOut);
  setText("fund-paid", a.fundPaid);
  const endOf = new Map(series.points.filter((pt) => !pt.asOf).map((pt) => [pt.date.slice(0, 4), pt.balance]));
  const years = [...new Set([...Object.keys(a.interestByYear), ...Object.keys(a.drawsByYear), ...endOf.keys()])].sort();
  const rows = years.map((y) =>
    h(
      "tr",
      { "data-year": y },
      h("td", {}, y),
      h("td", { class: "num interest" }, a.interestByYear[y] ?? "—"),
      h("td", { class: "num" }, a.drawsByYear[y]?.account ?? "—"),
      h("td", { class: "num" }, a.drawsByYear[y]?.fund ?? "—"),
      h("td", { class: "num balance" }, endOf.get(y) ?? "—"),
    ),
  );
  rows.push(
    h(
      "tr",
      { "data-year": "asOf" },
      h("th", {}, `on ${r.asOf}`),
      h("td", {}),
      h("td", {}),
      h("td", {}),
      h("th", { class: "num balance" }, a.balance),
    ),
  );
  fillBody("account-years", rows);
  fillBody(
    "components",
    Object.entries(a.components).map(([k, v]) =>
      h("tr", { "data-component": k }, h("td", {}, k), h("td", { class: "num" }, v)),
    ),
  );
  $("chart").replaceChildren(chart(series));
  setText(
    "chart-note",
    `Balance at the end of each year: the case evaluated again with asOf on 31 December of that year; the last bar is ${r.asOf}.` +
      (series.skipped.length > 0
        ? ` Not evaluated: ${series.skipped.map((s) => `${s.date} (${s.message})`).join("; ")}.`
        : ""),
  );
}

const SVG = "http://www.w3.org/2000/svg";
function s(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A round axis maximum ≥ v: 1, 2 or 5 × 10^n. */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].map((k) => k * p).find((x) => x >= v) ?? 10 * p) as number;
}

/** Bars of the balance at each year end (and on asOf), with a labelled axis. */
function chart(series: BalanceSeries): SVGElement {
  const W = 760;
  const H = 240;
  const left = 64;
  const right = 12;
  const top = 14;
  const bottom = 34;
  const pts = series.points;
  const max = niceMax(Math.max(...pts.map((p) => Number(p.balance))));
  const innerW = W - left - right;
  const innerH = H - top - bottom;
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    role: "img",
    "aria-label": "account balance by year",
    id: "balance-chart",
  });
  svg.append(s("title", {}, "Personal account balance (元) at each year end"));
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const y = top + innerH * (1 - f);
    svg.append(s("line", { x1: left, x2: W - right, y1: y, y2: y, stroke: "#e3e7ed" }));
    svg.append(s("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, (max * f).toLocaleString("en-US")));
  }
  const slot = innerW / pts.length;
  const barW = Math.max(2, Math.min(48, slot * 0.7));
  const every = Math.ceil(pts.length / 16);
  pts.forEach((p, i) => {
    const v = Number(p.balance);
    const bh = (innerH * v) / max;
    const x = left + slot * i + (slot - barW) / 2;
    const bar = s("rect", {
      class: p.asOf ? "bar asof" : "bar",
      x,
      y: top + innerH - bh,
      width: barW,
      height: bh,
      "data-date": p.date,
      "data-balance": p.balance,
    });
    bar.append(s("title", {}, `${p.date}: ${p.balance} 元`));
    svg.append(bar);
    if (i % every === 0 || p.asOf) {
      svg.append(
        s(
          "text",
          { x: left + slot * i + slot / 2, y: H - bottom + 16, "text-anchor": "middle" },
          p.asOf ? p.date : p.date.slice(0, 4),
        ),
      );
    }
  });
  svg.append(s("line", { x1: left, x2: W - right, y1: top + innerH, y2: top + innerH, stroke: "#8c96a3" }));
  return svg;
}

function renderPayments(r: CaseResult): void {
  fillBody(
    "payments-table",
    r.payments.map((p) =>
      h(
        "tr",
        { "data-year": String(p.year) },
        h("td", {}, p.year),
        h("td", {}, p.date),
        h("td", {}, p.kind),
        h("td", {}, yesNo(p.valid)),
        h("td", { class: "num" }, p.tier ?? "—"),
        h("td", { class: "num" }, p.personal),
        h("td", { class: "num" }, p.proxy),
        h("td", { class: "num" }, p.subsidy),
        h("td", { class: "num" }, p.collective),
        h("td", {}, p.refusals.map((x) => x.rule).join(", ")),
      ),
    ),
  );
}

function renderSettlement(r: CaseResult): void {
  const st = r.settlement;
  $("settlement").hidden = st === null;
  if (!st) return;
  setText(
    "settlement-summary",
    `${st.event} on ${st.date}; last pension month ${st.lastPensionMonth ?? "—"}; balance ${st.balance}, inheritable ${st.inheritable}, to the fund ${st.toFund}, transferred ${st.transferred}, death benefit ${st.deathBenefit}, overpayment outstanding ${st.overpaymentOutstanding}.`,
  );
  fillBody(
    "settlement-lines",
    st.lines.map((l) =>
      h("tr", {}, h("td", { class: "rule" }, l.rule), h("td", {}, l.label), h("td", { class: "num" }, l.amount)),
    ),
  );
}

function renderTrace(r: CaseResult): void {
  fillBody(
    "trace-table",
    r.trace.map((t, i) =>
      h(
        "tr",
        { "data-rule": t.rule },
        h("td", { class: "num" }, i + 1),
        h("td", { class: "rule" }, t.rule),
        h("td", { class: "citation" }, t.citation),
        h(
          "td",
          {},
          Object.entries(t.inputs)
            .map(([k, v]) => `${k}: ${v === null ? "null" : String(v)}`)
            .join("; "),
        ),
        h("td", {}, t.output),
        h("td", { class: "note" }, t.note ?? ""),
      ),
    ),
  );
}

// ---------------------------------------------------------------- state and errors

let lastInput: unknown = null;
let lastPolicy: RegionPolicy | undefined;
let lastTemplate: Record<string, unknown[]> | null = null;

function showStatus(text: string | null): void {
  const el = $("status");
  el.hidden = text === null;
  el.textContent = text ?? "";
}

function showError(
  code: string,
  path: string,
  message: string,
  headline: string,
  template: Record<string, unknown[]> | null,
): void {
  $("result").hidden = true;
  $("error").hidden = false;
  setText("error-headline", headline);
  setText("error-code", code);
  setText("error-path", path);
  setText("error-message", message);
  lastTemplate = template;
  $("error-fix").hidden = template === null;
  setText("error-template", template ? JSON.stringify({ options: { parameters: template } }, null, 2) : "");
  document.body.dataset["state"] = "error";
}

function showPensionError(e: PensionInputError): void {
  const id = e.details["parameter"];
  const date = e.details["date"];
  const headline =
    e.code === "parameter-unknown" && id && date
      ? `${id} on ${date} is not known from the sources this library was built from: supply it from your own source.`
      : "The case is not valid input:";
  showError(e.code, jsonPath(e.path), e.message, headline, overrideTemplate(lastPolicy, e));
}

function showAnyError(e: unknown): void {
  if (isPensionInputError(e)) showPensionError(e);
  else if (e instanceof FormError) showError("form", e.field, e.message, "Check the form:", null);
  else if (e instanceof SyntaxError) showError("invalid-json", "$", e.message, "The case JSON does not parse:", null);
  else
    showError(
      "internal",
      "$",
      e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      "Unexpected failure (please report it):",
      null,
    );
}

async function run(input: unknown): Promise<void> {
  lastInput = input;
  lastPolicy = undefined;
  document.body.dataset["state"] = "busy";
  showStatus("Computing…");
  try {
    const c = parseCase(input); // every error of the case's shape, with its path, before loading a region
    lastPolicy = await loadRegion(c.region);
    const result = evaluateCaseWith(lastPolicy, input);
    const series = yearEndBalances(lastPolicy, input, result);
    renderPension(result);
    renderAccount(result, series);
    renderPayments(result);
    renderSettlement(result);
    renderTrace(result);
    $("error").hidden = true;
    $("result").hidden = false;
    document.body.dataset["state"] = "done";
  } catch (e) {
    showAnyError(e);
  } finally {
    showStatus(null);
  }
}

function formValues(): FormValues {
  const v = (id: string): string => $<HTMLInputElement | HTMLSelectElement>(id).value;
  return {
    region: v("region"),
    asOf: v("asOf"),
    birthDate: v("birthDate"),
    sex: v("sex"),
    tier: v("tier"),
    payDay: v("payDay"),
    firstYear: v("firstYear"),
    years: v("years"),
  };
}

async function updateTiers(id: RegionId): Promise<void> {
  try {
    const policy = await loadRegion(id);
    const segs = policy.parameters.tiers.segments;
    const last = [...segs].reverse().find((x) => "value" in x);
    // A tier table is a list, or { tiers, reserved } with tiers kept for some statuses (QN, BB from 2021/2022).
    const value = last && "value" in last ? last.value : [];
    const list: readonly string[] =
      "reserved" in value ? [...value.tiers, ...value.reserved.map((r) => r.tier)] : value;
    $("tiers").replaceChildren(...list.map((t) => h("option", { value: t })));
  } catch {
    $("tiers").replaceChildren();
  }
}

function init(): void {
  const region = $<HTMLSelectElement>("region");
  region.replaceChildren(...regionIds.map((id) => h("option", { value: id }, labels[id])));
  region.value = "qiannan";
  region.addEventListener("change", () => void updateTiers(region.value as RegionId));
  void updateTiers("qiannan");

  const json = $<HTMLTextAreaElement>("case-json");
  $("case-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    let input: Record<string, unknown>;
    try {
      input = caseFromForm(formValues());
    } catch (e) {
      showAnyError(e);
      return;
    }
    json.value = JSON.stringify(input, null, 2);
    void run(input);
  });
  $("json-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    let input: unknown;
    try {
      input = JSON.parse(json.value);
    } catch (e) {
      showAnyError(e);
      return;
    }
    void run(input);
  });
  $("insert-template").addEventListener("click", () => {
    if (!lastTemplate || lastInput === null) return;
    json.value = JSON.stringify(withTemplate(lastInput, lastTemplate), null, 2);
    json.focus();
  });
  document.body.dataset["state"] = "ready";
}

init();
