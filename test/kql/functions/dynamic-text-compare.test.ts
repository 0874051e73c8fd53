// `=~` and `!~` compare text ignoring case
// (https://learn.microsoft.com/azure/data-explorer/kusto/query/equals-operator).
// A dynamic operand that contains a string is read as that string
// directly, and any other dynamic value as its text, as `tostring` gives
// it. Both paths must agree with comparing `tostring(value)`.
import { describe, expect, test } from "vitest";
import { evaluateQuery } from "../../../src/kql/evaluate-query.js";

/** Evaluates `print` over the given expressions and returns its one row. */
function printRow(...expressions: string[]): unknown[] {
  const query = `print ${expressions.map((e, i) => `c${i} = ${e}`).join(", ")}`;
  return evaluateQuery(query).rows[0];
}

describe("=~ on dynamic", () => {
  const cases: [string, boolean, boolean, boolean][] = [
    // value, =~ "chat_message.sent", =~ "1", =~ ""
    ['dynamic("Chat_Message.Sent")', true, false, false],
    ['dynamic("chat_message.sent")', true, false, false],
    ["dynamic(1)", false, true, false],
    ["dynamic(1.5)", false, false, false],
    ["dynamic(true)", false, false, false],
    ["dynamic(null)", false, false, true],
    ['dynamic({"a":1})', false, false, false],
    ['dynamic([1,"x"])', false, false, false],
  ];

  test.each(cases)("%s", (value, sent, one, empty) => {
    const row = printRow(
      `${value} =~ "chat_message.sent"`,
      `${value} =~ "1"`,
      `${value} =~ ""`,
      `${value} !~ "1"`,
    );

    expect(row).toEqual([sent, one, empty, !one]);
  });

  test.each(cases)("agrees with tostring: %s", (value) => {
    const texts = ['"CHAT_MESSAGE.SENT"', '"1"', '""', '"true"', `'{"a":1}'`];
    const direct = texts.map((text) => `${value} =~ ${text}`);
    const viaText = texts.map((text) => `tostring(${value}) =~ ${text}`);

    expect(printRow(...direct)).toEqual(printRow(...viaText));
  });

  test("reads a dynamic column", () => {
    const tables = {
      T: {
        columns: [{ name: "Event", type: "dynamic" }],
        rows: [["Chat_Message.Sent"], [7], [null], [{ a: 1 }]],
      },
    };
    const query = 'T | extend Same = Event =~ "chat_message.sent", Seven = Event =~ "7"';

    expect(evaluateQuery(query, tables).rows).toEqual([
      ["Chat_Message.Sent", true, false],
      [7, false, true],
      [null, false, false],
      [{ a: 1 }, false, false],
    ]);
  });
});
