// Page: https://learn.microsoft.com/kusto/query/parse-xml-function
import { describe, expect, test } from "vitest";
import type { Value } from "../../../src/kql/types.js";
import { call } from "./call.js";

describe("parse_xml mapping", () => {
  const rows: [string, Value][] = [
    ["<e/>", { e: null }],
    ["<e>text</e>", { e: "text" }],
    ['<e name="value" />', { e: { "@name": "value" } }],
    ['<e name="value">text</e>', { e: { "@name": "value", "#text": "text" } }],
    ["<e> <a>text</a> <b>text</b> </e>", { e: { a: "text", b: "text" } }],
    ["<e> <a>text</a> <a>text</a> </e>", { e: { a: ["text", "text"] } }],
    ["<e> text <a>text</a> </e>", { e: { "#text": "text", a: "text" } }],
  ];

  test.each(rows)("%s", (xml, expected) => {
    expect(call("parse_xml", ["string"], [xml])).toEqual(expected);
  });
});

describe("parse_xml documents", () => {
  test("declaration and nesting", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<duration>\n <value>118.0</value>\n <min>100.0</min>\n</duration>';
    expect(call("parse_xml", ["string"], [xml])).toEqual({ duration: { value: "118.0", min: "100.0" } });
  });

  test("Windows event data", () => {
    const xml =
      "<EventData><Data Name='SubjectUserName'>alice</Data><Data Name='LogonType'>3</Data></EventData>";
    expect(call("parse_xml", ["string"], [xml])).toEqual({
      EventData: {
        Data: [
          { "@Name": "SubjectUserName", "#text": "alice" },
          { "@Name": "LogonType", "#text": "3" },
        ],
      },
    });
  });

  test("entities, CDATA and comments", () => {
    const xml = "<a><!-- note --><b>x &amp; y &#65;</b><c><![CDATA[<raw>]]></c></a>";
    expect(call("parse_xml", ["string"], [xml])).toEqual({ a: { b: "x & y A", c: "<raw>" } });
  });

  const invalid = ["<a><b></a>", "<a>", "not xml", "<a/><b/>", ""];

  test.each(invalid)("invalid %j gives null", (xml) => {
    expect(call("parse_xml", ["string"], [xml])).toBe(null);
  });
});
