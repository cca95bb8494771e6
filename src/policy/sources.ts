import { extraText } from "../i18n/extra";
import { PensionInputError } from "../errors";
import { deepFreeze } from "../freeze";

/**
 * How far a source can be trusted: `official` is the issuing body's own text (or its seed copy);
 * `secondary` is a reliable reprint or news report of it (docs/rules.md "verified secondary").
 */
export type SourceConfidence = "official" | "secondary";

/**
 * One document the region configs cite (来源文件): the sources table, rendered as docs/sources.md.
 * Citations in the configs name a document by one of its `keys`; a test checks that every
 * citation names at least one document of this table.
 */
export interface Source {
  /** Stable short id, e.g. `qn-2011-110`. */
  readonly id: string;
  /** The document's title (Chinese where it has one). */
  readonly title: string;
  /** Who issued or published it. */
  readonly issuer: string;
  /** Date of the document (YYYY-MM-DD), or null where the source gives none. */
  readonly date: string | null;
  /** Where a reader can find it: a seed file of the corpus, a site, a document number. */
  readonly where: string;
  readonly confidence: SourceConfidence;
  /** The strings by which a citation names this document (document number, seed file name, …). */
  readonly keys: readonly string[];
  /** What the configs take from it. */
  readonly used: string;
}

/**
 * Every document the configs cite, once (answers.md §5). The seed texts are cited by document
 * title and article; their corpus file name is a secondary key only (seed 001 holds two
 * documents, so its file name alone names neither).
 *
 * @example
 * sources.find((s) => s.id === "qn-2011-110")?.title //=> "黔南州城乡居民社会养老保险试点管理办法 (黔南府办发〔2011〕110号)"
 */
export const sources: readonly Source[] = deepFreeze([
  {
    id: "qn-2011-110",
    title: "黔南州城乡居民社会养老保险试点管理办法 (黔南府办发〔2011〕110号)",
    issuer: "黔南州人民政府办公室",
    date: "2011-09-02",
    where: "seed corpus 001_8ca5a2fb09c02a5f.txt, part 1 (articles 1–37)",
    confidence: "official",
    keys: ["黔南府办发〔2011〕110号"],
    used: "Qiannan: enrolment, tiers 2011–2013, deadline, subsidy, proxy, interest, benefits, suspension, settlement",
  },
  {
    id: "bb-pilot",
    title: "北碚区城乡居民社会养老保险试点工作方案",
    issuer: "重庆市北碚区人民政府 (the text anonymises its years and names)",
    date: null,
    where: "seed corpus 001_8ca5a2fb09c02a5f.txt, part 3",
    confidence: "official",
    keys: ["《北碚区城乡居民社会养老保险试点工作方案》", "北碚区城乡居民社会养老保险试点工作方案"],
    used: "Beibei: tiers to 2019, lump sum, family binding, subsidy, interest, benefits, death benefit, transfer",
  },
  {
    id: "jm-2023",
    title: "2023年江门市城乡居民基本养老保险参保工作方案",
    issuer: "江门市人力资源和社会保障局, 国家税务总局江门市税务局",
    date: "2023-09-28",
    where: "seed corpus 003_41f80119f5ac4351.txt",
    confidence: "official",
    keys: [
      "《2023年江门市城乡居民基本养老保险参保工作方案》",
      "江门市城乡居民基本养老保险参保工作方案",
      "003_41f80119f5ac4351.txt",
    ],
    used: "Jiangmen: tiers, proxy payment, subsidy, collective cap, no back-payment, basic pension",
  },
  {
    id: "kaiping-2024",
    title: "开平市 2024年城乡居民养老保险缴费档次 notice",
    issuer: "开平市社会保险基金管理局",
    date: "2024-04-12",
    where: "kaiping.gov.cn",
    confidence: "official",
    keys: ["开平市社会保险基金管理局"],
    used: "Jiangmen: tiers and subsidy unchanged for 2024",
  },
  {
    id: "nx-2023-report",
    title: "以学促干:自治区人力资源社会保障厅加快推动城乡居民养老保险事业高质量发展",
    issuer: "宁夏回族自治区人力资源和社会保障厅",
    date: "2023-06-09",
    where: "seed corpus 000_76d320eb54af5b8d.txt",
    confidence: "official",
    keys: [
      "宁夏回族自治区人力资源和社会保障厅《以学促干:加快推动城乡居民养老保险事业高质量发展》(2023-06-09)",
      "《以学促干》(宁夏人社厅 2023-06-09)",
      "以学促干",
      "000_76d320eb54af5b8d.txt",
    ],
    used: "Ningxia: six tiers, 3000 → 320 subsidy, long-contribution top-up, proxy for hardship groups, special subsidies, multiple payments, interest floor, basic pension 180",
  },
  {
    id: "nx-gov-2018",
    title: "宁夏城乡居民养老保险缴费档次和补贴标准调整 (gov.cn report)",
    issuer: "中国政府网 (reporting 宁夏回族自治区人民政府)",
    date: "2018-12-27",
    where: "gov.cn, 2018-12-27",
    confidence: "secondary",
    keys: ["gov.cn 2018-12-27"],
    used: "Ningxia: tiers and subsidies from 2019, long-contribution and age top-ups",
  },
  {
    id: "nx-2021",
    title: "宁夏 2021年城乡居民养老保险缴费档次调整 notice",
    issuer: "宁夏回族自治区人力资源和社会保障厅",
    date: "2021-01-01",
    where: "Ningxia 2021 notice (docs/rules.md NX-PAY-TIERS, verified)",
    confidence: "official",
    keys: ["Ningxia 2021 notice"],
    used: "Ningxia: the 200 minimum tier and its 40 subsidy from 2021",
  },
  {
    id: "nx-gov-2013",
    title: "宁夏 2013年城乡居民基础养老金 report",
    issuer: "中国政府网",
    date: "2013-03-02",
    where: "gov.cn, 2013-03-02",
    confidence: "secondary",
    keys: ["gov.cn 2013-03-02"],
    used: "Ningxia: basic pension 85 from 2013",
  },
  {
    id: "nx-2017-2018",
    title: "宁夏 2017 and 2018 basic pension reports",
    issuer: "宁夏回族自治区人力资源和社会保障厅 (reported)",
    date: null,
    where: "Ningxia 2017 report; Ningxia 2018 report (docs/rules.md NX-BEN-BASIC, verified)",
    confidence: "secondary",
    keys: ["Ningxia 2017 report", "Ningxia 2018 report"],
    used: "Ningxia: basic pension 120 (2017) and 143 (2018)",
  },
  {
    id: "chinanews-2023",
    title: "宁夏城乡居民基础养老金自2023年1月起增至180元 (中新网)",
    issuer: "中国新闻网",
    date: "2023-02-15",
    where: "中新网 2023-02-15",
    confidence: "secondary",
    keys: ["中新网 2023-02-15"],
    used: "Ningxia: the date of the 180 basic pension (from 2023-01)",
  },
  {
    id: "nx-2017-163",
    title: "宁人社发〔2017〕163号 (summary)",
    issuer: "宁夏回族自治区人力资源和社会保障厅",
    date: null,
    where: "a summary of 宁人社发〔2017〕163号 (docs/rules.md NX-PROXY)",
    confidence: "secondary",
    keys: ["宁人社发〔2017〕163号"],
    used: "Ningxia: the hardship groups of the proxy payment",
  },
  {
    id: "nxrb-2024",
    title: "宁夏日报: 2024年村干部、独生子女户城乡居民养老保险缴费补贴标准",
    issuer: "宁夏日报 (naming the joint notice of 自治区党委组织部、人社厅、财政厅、卫健委)",
    date: "2024-05-16",
    where: "宁夏日报 2024-05-16",
    confidence: "secondary",
    keys: ["宁夏日报 2024-05-16", "宁夏日报"],
    used: "Ningxia: published special subsidies for village cadres and one-child households",
  },
  {
    id: "cx-article",
    title: "宁波慈溪市社会保障制度实现全覆盖",
    issuer: "向日葵保险网 (reprint)",
    date: null,
    where: "seed corpus 004_ac8aad76ecb85705.txt",
    confidence: "secondary",
    keys: ["《宁波慈溪市社会保障制度实现全覆盖》", "004_ac8aad76ecb85705.txt"],
    used: "Cixi: basic pension 140, +20 for contributors, legacy grades 120–420 and +30",
  },
  {
    id: "cx-2010-3",
    title: "慈政发〔2010〕3号 (慈溪市城乡居民社会养老保险)",
    issuer: "慈溪市人民政府",
    date: "2010-01-01",
    where: "慈政发〔2010〕3号, the official text (docs/rules.md, verified)",
    confidence: "official",
    keys: ["慈政发〔2010〕3号"],
    used: "Cixi: scheme start 2010-01-01, tiers, subsidy, basic pension 80, funeral grant",
  },
  {
    id: "nb-2012-106",
    title: "甬人社发〔2012〕106号",
    issuer: "宁波市人力资源和社会保障局",
    date: "2012-01-01",
    where: "甬人社发〔2012〕106号 (docs/rules.md CX-BEN-BASIC)",
    confidence: "official",
    keys: ["甬人社发〔2012〕106号"],
    used: "Cixi: dates the 2012 raise (the seed's 今年1月1日)",
  },
  {
    id: "gz-2014",
    title: "贵州省城乡居民基本养老保险实施办法 (2014)",
    issuer: "贵州省人民政府",
    date: "2014-01-01",
    where: "第十条, as reprinted (docs/rules.md QN-PAY-TIERS, verified secondary)",
    confidence: "secondary",
    keys: ["贵州省城乡居民基本养老保险实施办法", "贵州 实施办法"],
    used: "Qiannan: 13 tiers, subsidy 30/60/90 and proxy 100 from contribution year 2014",
  },
  {
    id: "gz-2021",
    title: "贵州省 2021年起城乡居民养老保险缴费档次和补贴调整 (光明网 report)",
    issuer: "光明网 (reporting the Guizhou notice of 2020)",
    date: "2020-10-17",
    where: "光明网 2020-10-17",
    confidence: "secondary",
    keys: ["光明网", "贵州 2021"],
    used: "Qiannan: tiers, the hardship 100 tier and the 10% subsidy from contribution year 2021",
  },
  {
    id: "gz-basic",
    title: "贵州省人力资源和社会保障厅 basic pension notices (2014, 2018)",
    issuer: "贵州省人力资源和社会保障厅",
    date: null,
    where: "docs/rules.md QN-BEN-BASIC (verified)",
    confidence: "official",
    keys: ["贵州人社厅"],
    used: "Qiannan: basic pension 70 (2014-07), 88 (2018-01), 93 (2018-10)",
  },
  {
    id: "gz-2022-6",
    title: "黔人社发〔2022〕6号",
    issuer: "贵州省人力资源和社会保障厅",
    date: "2022-01-01",
    where: "黔人社发〔2022〕6号 (docs/rules.md QN-BEN-BASIC, verified)",
    confidence: "official",
    keys: ["黔人社发〔2022〕6号"],
    used: "Qiannan: basic pension 113 from 2022-01-01",
  },
  {
    id: "gz-2023-4",
    title: "黔人社发〔2023〕4号",
    issuer: "贵州省人力资源和社会保障厅",
    date: "2023-01-01",
    where: "黔人社发〔2023〕4号 (docs/rules.md QN-BEN-BASIC, verified)",
    confidence: "official",
    keys: ["黔人社发〔2023〕4号"],
    used: "Qiannan: basic pension 128 from 2023-01-01",
  },
  {
    id: "cq-2022-1",
    title: "关于调整城乡居民基本养老保险缴费档次的通知 (渝人社发〔2022〕1号)",
    issuer: "重庆市人力资源和社会保障局, 重庆市财政局",
    date: "2022-01-01",
    where: "渝人社发〔2022〕1号, the official text (docs/rules.md BB-CQ-2022, verified)",
    confidence: "official",
    keys: ["渝人社发〔2022〕1号"],
    used: "Beibei: Chongqing's tiers and subsidies from contribution year 2022",
  },
  {
    id: "gf-2009-32",
    title: "国务院关于开展新型农村社会养老保险试点的指导意见 (国发〔2009〕32号)",
    issuer: "国务院",
    date: "2009-09-01",
    where: "国发〔2009〕32号 (gov.cn)",
    confidence: "official",
    keys: ["国发〔2009〕32号"],
    used: "national: pilot start, cohorts, inheritance before 2014, minimum basic pension 55",
  },
  {
    id: "gf-2011-18",
    title: "国务院关于开展城镇居民社会养老保险试点的指导意见 (国发〔2011〕18号)",
    issuer: "国务院",
    date: "2011-06-07",
    where: "国发〔2011〕18号 (gov.cn)",
    confidence: "official",
    keys: ["国发〔2011〕18号"],
    used: "national: inheritance before 2014 (urban pilot)",
  },
  {
    id: "gf-2014-8",
    title: "国务院关于建立统一的城乡居民基本养老保险制度的意见 (国发〔2014〕8号)",
    issuer: "国务院",
    date: "2014-02-21",
    where: "国发〔2014〕8号 (gov.cn)",
    confidence: "official",
    keys: ["国发〔2014〕8号"],
    used: "national: eligibility, 15 years, transfer, the whole balance inheritable from 2014-02-21",
  },
  {
    id: "gf-2005-38",
    title: "国务院关于完善企业职工基本养老保险制度的决定 (国发〔2005〕38号), 附件 计发月数表",
    issuer: "国务院",
    date: "2005-12-03",
    where: "国发〔2005〕38号 attachment (gov.cn)",
    confidence: "official",
    keys: ["国发〔2005〕38号"],
    used: "national: the account pension divisor (计发月数) by age",
  },
  {
    id: "mohrss-min-basic",
    title: "全国城乡居民基本养老保险基础养老金最低标准 notices",
    issuer: "人力资源社会保障部, 财政部",
    date: null,
    where: "人社部发〔2015〕5号; 人社部规〔2018〕3号; 人社部发〔2020〕67号; 人社部发〔2022〕36号; 人社部发〔2023〕42号",
    confidence: "official",
    keys: [
      "人社部发〔2015〕5号",
      "人社部规〔2018〕3号",
      "人社部发〔2020〕67号",
      "人社部发〔2022〕36号",
      "人社部发〔2023〕42号",
    ],
    used: "national: the minimum basic pension 70, 88, 93, 98, 103; a national raise may not offset local increases",
  },
  {
    id: "mohrss-2024",
    title: "人力资源社会保障部 财政部关于2024年提高城乡居民基本养老保险全国基础养老金最低标准的通知",
    issuer: "人力资源社会保障部, 财政部 (as implemented by 新疆生产建设兵团人社局)",
    date: "2024-11-04",
    where: "rsj.xjbt.gov.cn, 2024-11-04",
    confidence: "official",
    keys: ["2024年提高城乡居民基本养老保险全国基础养老金最低标准", "新疆生产建设兵团"],
    used: "national: the minimum basic pension 123 from 2024-07-01",
  },
  {
    id: "pboc",
    title: "中国人民银行 金融机构人民币一年期存款基准利率 announcements",
    issuer: "中国人民银行",
    date: null,
    where: "PBoC announcements, 2007-12-21 to 2015-10-24",
    confidence: "official",
    keys: ["PBoC announcements"],
    used: "national: the one-year deposit benchmark rate (interest)",
  },
  {
    id: "catalogue",
    title: "resident-pension rule catalogue (docs/rules.md)",
    issuer: "this project",
    date: null,
    where: "docs/rules.md: ids, values, interpretations and the sources behind each",
    confidence: "secondary",
    keys: ["rules.md"],
    used: "interpretations where a text is silent or ambiguous, and unknown periods",
  },
] as const satisfies readonly Source[]);

/**
 * The documents a citation names (by their keys), in table order; empty when it names none.
 *
 * @example
 * citedSources("001_8ca5a2fb09c02a5f.txt, 黔南府办发〔2011〕110号 第二十条").map((s) => s.id) //=> ["qn-2011-110"]
 */
export function citedSources(citation: string): readonly Source[] {
  if (typeof citation !== "string") {
    throw new PensionInputError("invalid-input", ["citation"], extraText("citation.type", { type: typeof citation }));
  }
  return sources.filter((s) => s.keys.some((k) => citation.includes(k)));
}
