// Pages:
// https://learn.microsoft.com/kusto/query/geo-distance-2points-function
// https://learn.microsoft.com/kusto/query/geo-info-from-ip-address-function
import { describe, expect, test } from "vitest";
import type { GeoLocation } from "../../../src/kql/api.js";
import { compileQuery } from "../../../src/kql/compile-query.js";
import { createGeoIpLocator } from "../../../src/kql/geo-ip.js";
import type { KustoType, Value } from "../../../src/kql/types.js";
import { call, compileScalar, NOW } from "./call.js";

const REALS: KustoType[] = ["real", "real", "real", "real"];

/** Half the circumference of the engine's sphere, whose radius is 6371010 m. */
const HALF_CIRCLE = 20015118.21194711;

describe("geo_distance_2points", () => {
  test("Seattle to Los Angeles", () => {
    const meters = call("geo_distance_2points", REALS, [-122.407628, 47.578557, -118.275287, 34.019056], "real");

    // The page prints 15 significant digits.
    expect(Number((meters as number).toPrecision(15))).toBe(1546754.35197381);
  });

  const rows: [string, Value[], Value][] = [
    ["same point", [10, 20, 10, 20], 0],
    ["quarter meridian", [0, 0, 0, 90], 10007559.105973553],
    ["half equator", [0, 0, 180, 0], HALF_CIRCLE],
    ["long arguments", [0n, 0n, 0n, 90n], 10007559.105973553],
    ["longitude 300", [300, 1, 1, 1], null],
    ["latitude above 90", [0, 90.5, 0, 0], null],
    ["longitude below -180", [0, 0, -180.01, 0], null],
    ["pole to pole", [-180, -90, 180, 90], HALF_CIRCLE],
    ["null coordinate", [null, 1, 1, 1], null],
    ["NaN coordinate", [0, Number.NaN, 1, 1], null],
    ["infinite coordinate", [0, 0, Number.POSITIVE_INFINITY, 0], null],
  ];
  test.each(rows)("%s", (_name, args, expected) => {
    expect(call("geo_distance_2points", REALS, args, "real")).toBe(expected);
  });

  test("use_spheroid false is the sphere", () => {
    const args = [-122.407628, 47.578557, -118.275287, 34.019056, false];
    const compiled = compileScalar("geo_distance_2points", [...REALS, "bool"], [undefined, undefined, undefined, undefined, false], "real");

    expect(compiled(args)).toBe(1546754.3519738095);
  });

  test("use_spheroid true is unsupported", () => {
    const compile = () =>
      compileScalar("geo_distance_2points", [...REALS, "bool"], [undefined, undefined, undefined, undefined, true], "real");

    expect(compile).toThrow("geo_distance_2points(): use_spheroid other than a constant false is not supported");
  });
});

const SYDNEY: GeoLocation = {
  country: "Australia",
  state: "New South Wales",
  city: "Sydney",
  latitude: -33.8715,
  longitude: 151.2006,
};
const BOCA_RATON: GeoLocation = {
  country: "United States",
  state: "Florida",
  city: "Boca Raton",
  latitude: 26.3594,
  longitude: -80.0771,
};

/** Evaluates `print ip_location = geo_info_from_ip_address(address)` with the given locations. */
function locate(address: string, entries?: Record<string, GeoLocation>): Value {
  const literal = JSON.stringify(address);
  const query = compileQuery(`print ip_location = geo_info_from_ip_address(${literal})`, { tables: {} });
  const locateIp = entries ? createGeoIpLocator(entries) : undefined;
  return query.evaluate({ tables: {}, now: NOW, locateIp }).rows[0][0];
}

describe("geo_info_from_ip_address", () => {
  test("page example, IPv4", () => {
    const bag = locate("20.53.203.50", { "20.53.203.50": SYDNEY });

    expect(bag).toEqual(SYDNEY);
    expect(Object.keys(bag as object)).toEqual(["country", "state", "city", "latitude", "longitude"]);
  });

  test("page example, IPv6", () => {
    const bag = locate("2a03:2880:f12c:83:face:b00c::25de", { "2a03:2880::/29": BOCA_RATON });

    expect(bag).toEqual(BOCA_RATON);
  });

  test("bag keys follow the page order", () => {
    const location = { longitude: 1.5, city: "C", latitude: -2.25, country: "X", state: "S" };
    const bag = locate("10.0.0.1", { "10.0.0.1": location });

    expect(Object.keys(bag as object)).toEqual(["country", "state", "city", "latitude", "longitude"]);
  });

  test("fields not given are left out", () => {
    expect(locate("10.0.0.1", { "10.0.0.0/8": { country: "Iran" } })).toEqual({ country: "Iran" });
  });

  test("longest prefix wins", () => {
    const entries = { "10.0.0.0/8": { country: "Wide" }, "10.1.0.0/16": { country: "Narrow" } };

    expect(locate("10.1.2.3", entries)).toEqual({ country: "Narrow" });
    expect(locate("10.2.2.3", entries)).toEqual({ country: "Wide" });
  });

  const unlocated: [string, Value][] = [
    ["20.53.203.51", {}],
    ["2001:db8::1", {}],
    ["not an ip", null],
    ["", null],
    ["20.53.203.0/24", null],
    ["256.1.1.1", null],
  ];
  test.each(unlocated)("unmapped %j", (address, expected) => {
    expect(locate(address, { "20.53.203.50": SYDNEY })).toEqual(expected);
  });

  test("no locator locates nothing", () => {
    expect(locate("20.53.203.50")).toEqual({});
  });

  test("member access on the bag", () => {
    const query = compileQuery(
      "datatable(ip:string)['20.53.203.50', '1.1.1.1'] | extend geo = geo_info_from_ip_address(ip) | project country = tostring(geo.country), lat = todouble(geo.latitude)",
      { tables: {} },
    );
    const locateIp = createGeoIpLocator({ "20.53.203.50": SYDNEY });

    expect(query.evaluate({ tables: {}, now: NOW, locateIp }).rows).toEqual([
      ["Australia", -33.8715],
      ["", null],
    ]);
  });
});

describe("createGeoIpLocator", () => {
  test("IPv4 range matches mapped IPv6", () => {
    const locateIp = createGeoIpLocator({ "198.51.100.0/24": { city: "A" } });

    expect(locateIp("::ffff:198.51.100.9")).toEqual({ city: "A" });
    expect(locateIp("198.51.101.9")).toBeUndefined();
  });

  test("invalid key raises", () => {
    expect(() => createGeoIpLocator({ "10.0.0.0/40": {} })).toThrow("'10.0.0.0/40' is not an IP address or a CIDR range");
  });
});
