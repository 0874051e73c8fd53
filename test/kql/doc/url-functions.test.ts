// Examples from https://learn.microsoft.com/kusto/query/parse-url-function,
// https://learn.microsoft.com/kusto/query/parse-url-query-function,
// https://learn.microsoft.com/kusto/query/url-decode-function and
// https://learn.microsoft.com/kusto/query/url-encode-function.
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

const URL = '"scheme://username:password@host:1234/this/is/a/path?k1=v1&k2=v2#fragment"';

// The parse_url page prints the path without its leading slash and the
// query parameters as quoted text, which reads as a rendering slip, so the
// parts are checked one by one and the path is left out.
describe("parse_url", () => {
  runScalarCases([
    ["scheme", `tostring(parse_url(${URL}).Scheme)`, "string", "scheme"],
    ["host", `tostring(parse_url(${URL}).Host)`, "string", "host"],
    ["port is text", `parse_url(${URL}).Port`, "dynamic", "1234"],
    ["user name", `tostring(parse_url(${URL}).Username)`, "string", "username"],
    ["password", `tostring(parse_url(${URL}).Password)`, "string", "password"],
    ["query parameters", `parse_url(${URL})["Query Parameters"]`, "dynamic", { k1: "v1", k2: "v2" }],
    ["fragment", `tostring(parse_url(${URL}).Fragment)`, "string", "fragment"],
    ["parseurl alias", 'tostring(parseurl("https://bing.com").Host)', "string", "bing.com"],
  ]);
});

describe("parse_urlquery", () => {
  runScalarCases([
    ["three parameters", 'parse_urlquery("k1=v1&k2=v2&k3=v3")', "dynamic", { "Query Parameters": { k1: "v1", k2: "v2", k3: "v3" } }],
  ]);
  runCases([
    {
      name: "parameter name in brackets",
      query:
        "let getQueryParamValue = (querystring: string, param: string) { tostring(parse_urlquery(querystring)[\"Query Parameters\"][param]) }; print UrlQuery = 'view=vs-2019&preserve-view=true' | extend view = getQueryParamValue(UrlQuery, 'view') | extend preserve = getQueryParamValue(UrlQuery, 'preserve-view')",
      columns: ["UrlQuery:string", "view:string", "preserve:string"],
      rows: [["view=vs-2019&preserve-view=true", "vs-2019", "true"]],
    },
  ]);
});

// The page's function keeps the parsed query in a `let` inside the
// function body and reads the member named by a parameter with `.[param]`.
describe("parse_urlquery in a function", () => {
  runCases([
    {
      name: "page function with let",
      query:
        "let getQueryParamValue = (querystring: string, param: string) { let params = parse_urlquery(querystring); tostring(params[\"Query Parameters\"].[param]) }; print UrlQuery = 'view=vs-2019&preserve-view=true' | extend view = getQueryParamValue(UrlQuery, 'view') | extend preserve = getQueryParamValue(UrlQuery, 'preserve-view')",
      rows: [["view=vs-2019&preserve-view=true", "vs-2019", "true"]],
    },
    {
      name: "dot bracket reads the parameter",
      query:
        "let f = (querystring: string, param: string) { tostring(parse_urlquery(querystring)[\"Query Parameters\"].[param]) }; print UrlQuery = 'view=vs-2019' | extend view = f(UrlQuery, 'view')",
      rows: [["view=vs-2019", "vs-2019"]],
    },
    {
      name: "dot bracket reads a column",
      query: "print q = dynamic({'k1': 'v1'}), name = 'k1' | project v = tostring(q.[name])",
      rows: [["v1"]],
    },
    {
      name: "dot bracket name is a member",
      query: "print q = dynamic({'k 1': 'v1'}) | project v = tostring(q.['k 1'])",
      rows: [["v1"]],
    },
  ]);
});

describe("url_decode and url_encode", () => {
  runCases([
    {
      name: "decode page example",
      query: "let url = @'https%3a%2f%2fwww.bing.com%2f'; print original = url, decoded = url_decode(url)",
      rows: [["https%3a%2f%2fwww.bing.com%2f", "https://www.bing.com/"]],
    },
    {
      name: "encode page example",
      query: "let url = @'https://www.bing.com/hello world'; print original = url, encoded = url_encode(url)",
      rows: [["https://www.bing.com/hello world", "https%3a%2f%2fwww.bing.com%2fhello+world"]],
    },
  ]);
  runScalarCases([
    ["component encodes space as %20", "url_encode_component('hello world')", "string", "hello%20world"],
    ["round trip", "url_decode(url_encode('a b/c?d=e'))", "string", "a b/c?d=e"],
  ]);
});
