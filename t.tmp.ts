import { evaluateCase } from "./src/index";
const c = { region: "qiannan", asOf: "2013-06-30", person: { birthDate: "1952-11-20" }, payments: [{ year: 2012, date: "2012-05-01", amount: "150" }] };
const r = evaluateCase(c, { locale: "zh-CN" });
console.log(JSON.stringify(r.payments[0].refusals), JSON.stringify(r.pension.refusals));
const r2 = evaluateCase(c);
console.log(JSON.stringify(r2.payments[0].refusals));
try { evaluateCase({ ...c, asOf: "2013-02-30" }, { locale: "zh-CN" }); } catch (e) { console.log(JSON.stringify(e)); }
try { evaluateCase({ ...c, asOf: 5, region: "x" }, { locale: "zh-CN" }); } catch (e) { console.log(JSON.stringify(e)); }
