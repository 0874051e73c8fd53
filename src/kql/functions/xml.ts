/**
 * `parse_xml` (https://learn.microsoft.com/kusto/query/parse-xml-function):
 * XML text to a dynamic value. An element becomes a member named after it.
 * An element with only text becomes that text, and an empty one null.
 * Attributes become `@name` members, and text beside them `#text`.
 * Repeated child elements become an array. Declarations, comments and
 * processing instructions are skipped. Invalid XML, or text over 1 MB,
 * gives null.
 *
 * NOTE: the page's longer example shows numeric element text as JSON
 * numbers, while its mapping table shows text as strings; this engine keeps
 * element text as strings.
 */
import type { Value } from "../types.js";
import { scalar, stringArg } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

const MAX_LENGTH = 1_048_576;

interface XmlElement {
  readonly name: string;
  readonly attributes: [string, string][];
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== "#") return ENTITIES[body] ?? entity;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

const NAME = "[A-Za-z_:][\\w.:-]*";
const OPEN_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");

/** A small XML reader that throws a SyntaxError on malformed input. */
class XmlReader {
  private at = 0;

  constructor(private readonly text: string) {}

  readDocument(): XmlElement {
    this.skipMisc();
    const root = this.readElement();
    this.skipMisc();
    if (this.at < this.text.length) throw new SyntaxError("content after the root element");
    return root;
  }

  private skipMisc(): void {
    for (;;) {
      const rest = this.text.slice(this.at);
      const skipped = /^(\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/.exec(rest);
      if (!skipped) return;
      this.at += skipped[0].length;
    }
  }

  private readElement(): XmlElement {
    const match = OPEN_TAG.exec(this.text.slice(this.at));
    if (!match) throw new SyntaxError(`expected an element at ${this.at}`);
    this.at += match[0].length;

    const attributes: [string, string][] = [];
    for (const attribute of match[2].matchAll(ATTRIBUTE)) {
      attributes.push([attribute[1], decodeEntities(attribute[2] ?? attribute[3])]);
    }
    const element: XmlElement = { name: match[1], attributes, children: [], text: "" };
    if (match[3] !== "/") this.readContent(element);
    return element;
  }

  private readContent(element: XmlElement): void {
    for (;;) {
      const rest = this.text.slice(this.at);
      if (rest === "") throw new SyntaxError(`element <${element.name}> is not closed`);
      const special = /^(<!--[\s\S]*?-->|<\?[\s\S]*?\?>)/.exec(rest);
      const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>/.exec(rest);
      const close = /^<\/([^\s>]+)\s*>/.exec(rest);
      if (special) {
        this.at += special[0].length;
      } else if (cdata) {
        element.text += cdata[1];
        this.at += cdata[0].length;
      } else if (close) {
        if (close[1] !== element.name) throw new SyntaxError(`mismatched </${close[1]}>`);
        this.at += close[0].length;
        return;
      } else if (rest.startsWith("<")) {
        element.children.push(this.readElement());
      } else {
        const end = rest.indexOf("<");
        const chunk = end < 0 ? rest : rest.slice(0, end);
        element.text += decodeEntities(chunk);
        this.at += chunk.length;
      }
    }
  }
}

function elementValue(element: XmlElement): Value {
  const text = element.text.trim();
  if (element.attributes.length === 0 && element.children.length === 0) {
    return text === "" ? null : text;
  }
  const bag: Record<string, Value> = {};
  for (const [name, value] of element.attributes) bag[`@${name}`] = value;
  if (text !== "") bag["#text"] = text;
  for (const child of element.children) addMember(bag, child.name, elementValue(child));
  return bag;
}

function addMember(bag: Record<string, Value>, name: string, value: Value): void {
  if (!Object.hasOwn(bag, name)) {
    bag[name] = value;
    return;
  }
  const existing = bag[name];
  bag[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

/** Converts XML text to a dynamic value, or returns null when it is not valid XML. */
export function parseXml(text: string): Value {
  if (text.length > MAX_LENGTH) return null;
  try {
    const root = new XmlReader(text).readDocument();
    return { [root.name]: elementValue(root) };
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

function parseXmlFunction(site: CallSite): ScalarImpl {
  const text = stringArg(site, 0);
  return ([value]) => parseXml(text(value));
}

registerScalars(scalar("parse_xml", parseXmlFunction));
