import { describe, expect, it } from "vitest";
import { evaluateCase, evaluateMany, type EvaluateManyItem } from "../../src";
import { example } from "./helpers";

const good = [example("qiannan"), example("cixi"), example("ningxia")];
const badMoney = { ...example("qiannan"), payments: [{ year: 2011, date: "2011-09-01", amount: "1.234" }] };
const inputs: unknown[] = [good[0], badMoney, good[1], "not a case", good[2]];

async function collect(items: AsyncIterable<EvaluateManyItem>): Promise<EvaluateManyItem[]> {
  const out: EvaluateManyItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function check(items: EvaluateManyItem[]): void {
  expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4]);
  expect(items[0]!.result).toEqual(evaluateCase(good[0]));
  expect(items[2]!.result).toEqual(evaluateCase(good[1]));
  expect(items[4]!.result).toEqual(evaluateCase(good[2]));
  expect(items[1]!.result).toBeUndefined();
  expect(items[1]!.error).toMatchObject({ code: "invalid-money", path: ["payments", 0, "amount"] });
  expect(items[1]!.error!.message).toContain("1.234");
  expect(items[3]!.error).toMatchObject({ code: "invalid-input", path: [] });
  // The error's JSON, details and issues included: plain JSON.
  expect(Object.keys(items[1]!.error!)).toEqual(["code", "path", "message", "received", "details", "issues"]);
  expect(items[1]!.error!.issues).toEqual([
    { code: "invalid-money", path: ["payments", 0, "amount"], message: items[1]!.error!.message, received: '"1.234"' },
  ]);
}

describe("evaluateMany", () => {
  it("streams an array: input order, errors kept as items, the results of evaluateCase", async () => {
    check(await collect(evaluateMany(inputs)));
  });

  it("streams an async generator the same way", async () => {
    async function* source(): AsyncGenerator<unknown> {
      for (const c of inputs) {
        await new Promise((r) => setTimeout(r, 1));
        yield c;
      }
    }
    check(await collect(evaluateMany(source())));
  });

  it("reads the input only as items are consumed", async () => {
    let read = 0;
    function* source(): Generator<unknown> {
      for (const c of inputs) {
        read++;
        yield c;
      }
    }
    const it = evaluateMany(source())[Symbol.asyncIterator]();
    await it.next();
    expect(read).toBe(1);
    await it.next();
    expect(read).toBe(2);
    await it.return?.(undefined);
  });

  it("yields nothing for no cases", async () => {
    expect(await collect(evaluateMany([]))).toEqual([]);
  });
});
