// Rules and examples from
// https://learn.microsoft.com/kusto/query/ipv4-lookup-plugin and
// https://learn.microsoft.com/kusto/query/ipv6-lookup-plugin.
import { describe, expect, it } from "vitest";
import { NetworkIndex, parseIpv4, type Network } from "../../src/kql/operators/ip-network-index.js";
import { runCases } from "./engine-cases.js";

const geoTable = `datatable(network:string, continent_code:string, continent_name:string, country_iso_code:string, country_name:string)
[
  "111.68.128.0/17","AS","Asia","JP","Japan",
  "5.8.0.0/19","EU","Europe","RU","Russia",
  "223.255.254.0/24","AS","Asia","SG","Singapore",
  "46.36.200.51/32","OC","Oceania","CK","Cook Islands",
  "2.20.183.0/24","EU","Europe","GB","United Kingdom",
]`;
const addresses = "datatable(ip:string)['2.20.183.12', '5.8.1.2', '192.165.12.17']";
const geoColumns = [
  "ip:string",
  "network:string",
  "continent_code:string",
  "continent_name:string",
  "country_iso_code:string",
  "country_name:string",
];

describe("ipv4_lookup, page examples", () => {
  runCases([
    {
      name: "matching rows only",
      query: `let IP_Data = ${geoTable}; ${addresses} | evaluate ipv4_lookup(IP_Data, ip, network)`,
      columns: geoColumns,
      rows: [
        ["2.20.183.12", "2.20.183.0/24", "EU", "Europe", "GB", "United Kingdom"],
        ["5.8.1.2", "5.8.0.0/19", "EU", "Europe", "RU", "Russia"],
      ],
    },
    {
      name: "unmatched rows kept",
      query: `let IP_Data = ${geoTable}; ${addresses} | evaluate ipv4_lookup(IP_Data, ip, network, return_unmatched = true)`,
      columns: geoColumns,
      rows: [
        ["2.20.183.12", "2.20.183.0/24", "EU", "Europe", "GB", "United Kingdom"],
        ["5.8.1.2", "5.8.0.0/19", "EU", "Europe", "RU", "Russia"],
        ["192.165.12.17", "", "", "", "", ""],
      ],
    },
    {
      name: "extra keys must be equal",
      query: `let IP_Data = datatable(network:string, geoname_id:long, continent_name:string, country_iso_code:string, is_anonymous_proxy:bool)
        ["2.20.183.0/24", 2635167, "Europe", "GB", false,
         "5.8.0.0/19", 2017370, "Europe", "RU", false,
         "192.165.8.0/21", 2661886, "Europe", "SE", false];
        datatable(ip:string, continent_name:string, country_iso_code:string)
        ['2.20.183.12', 'Europe', 'GB', '5.8.1.2', 'Europe', 'RU', '192.165.12.17', 'Europe', '']
        | evaluate ipv4_lookup(IP_Data, ip, network, continent_name, country_iso_code)`,
      columns: [
        "ip:string",
        "continent_name:string",
        "country_iso_code:string",
        "network:string",
        "geoname_id:long",
        "is_anonymous_proxy:bool",
      ],
      rows: [
        ["2.20.183.12", "Europe", "GB", "2.20.183.0/24", 2635167, false],
        ["5.8.1.2", "Europe", "RU", "5.8.0.0/19", 2017370, false],
      ],
    },
  ]);
});

const ranges = (rows: string) => `datatable(network:string, label:string)[${rows}]`;

describe("ipv4_lookup, stated rules", () => {
  runCases([
    {
      name: "single address matches itself",
      query: `let L = ${ranges('"46.36.200.51/32","cook", "10.0.0.1","plain"')};
        datatable(ip:string)['46.36.200.51', '46.36.200.52', '10.0.0.1'] | evaluate ipv4_lookup(L, ip, network)`,
      rows: [
        ["46.36.200.51", "46.36.200.51/32", "cook"],
        ["10.0.0.1", "10.0.0.1", "plain"],
      ],
    },
    {
      name: "every matching range gives a row",
      query: `let L = ${ranges('"10.0.0.0/8","wide", "10.1.0.0/16","narrow", "0.0.0.0/0","all"')};
        datatable(ip:string)['10.1.2.3'] | evaluate ipv4_lookup(L, ip, network)`,
      rows: [
        ["10.1.2.3", "10.0.0.0/8", "wide"],
        ["10.1.2.3", "10.1.0.0/16", "narrow"],
        ["10.1.2.3", "0.0.0.0/0", "all"],
      ],
    },
    {
      name: "source prefix masks the address",
      query: `let L = ${ranges('"192.168.2.0/24","net"')};
        datatable(ip:string)['192.168.2.77/24', '192.168.0.0/16', '192.168.3.1/24'] | evaluate ipv4_lookup(L, ip, network)`,
      rows: [
        ["192.168.2.77/24", "192.168.2.0/24", "net"],
        ["192.168.0.0/16", "192.168.2.0/24", "net"],
      ],
    },
    {
      name: "invalid addresses match nothing",
      query: `let L = ${ranges('"0.0.0.0/0","all", "not an ip","bad", "300.1.1.0/24","bad"')};
        datatable(ip:string)['1.2.3.4', 'x', '', '1.2.3.4/33', '2001:db8::1']
        | evaluate ipv4_lookup(L, ip, network, return_unmatched = true)`,
      rows: [
        ["1.2.3.4", "0.0.0.0/0", "all"],
        ["x", "", ""],
        ["", "", ""],
        ["1.2.3.4/33", "", ""],
        ["2001:db8::1", "", ""],
      ],
    },
    {
      name: "unmatched non-string columns are null",
      query: `let L = datatable(network:string, id:long, seen:datetime)["1.0.0.0/8", 7, datetime(2026-01-01)];
        datatable(ip:string)['9.9.9.9'] | evaluate ipv4_lookup(L, ip, network, true)`,
      columns: ["ip:string", "network:string", "id:long", "seen:datetime"],
      rows: [["9.9.9.9", "", null, null]],
    },
    {
      name: "null extra key matches nothing",
      query: `let L = datatable(network:string, k:long, v:string)["1.0.0.0/8", long(null), "a", "1.0.0.0/8", 1, "b"];
        datatable(ip:string, k:long)['1.2.3.4', 1, '1.2.3.5', long(null)] | evaluate ipv4_lookup(L, ip, network, k)`,
      rows: [["1.2.3.4", 1, "1.0.0.0/8", "b"]],
    },
    {
      name: "clashing lookup column renamed",
      query: `let L = datatable(network:string, ip:string)["1.0.0.0/8","from lookup"];
        datatable(ip:string, n:long)['1.2.3.4', 1] | evaluate ipv4_lookup(L, ip, network)`,
      columns: ["ip:string", "n:long", "network:string", "ip1:string"],
      rows: [["1.2.3.4", 1, "1.0.0.0/8", "from lookup"]],
    },
    {
      name: "lookup table from a tabular expression",
      query: `datatable(ip:string)['5.8.1.2']
        | evaluate ipv4_lookup((${geoTable} | where country_iso_code == "RU" | project network, country_name), ip, network)`,
      rows: [["5.8.1.2", "5.8.0.0/19", "Russia"]],
    },
    {
      name: "later operators see the columns",
      query: `let IP_Data = ${geoTable}; ${addresses}
        | evaluate ipv4_lookup(IP_Data, ip, network, return_unmatched = true)
        | where isempty(network) | project ip`,
      rows: [["192.165.12.17"]],
    },
    {
      name: "return_unmatched not literal",
      query: `let L = ${ranges('"1.0.0.0/8","a"')};
        datatable(ip:string, flag:bool)['1.2.3.4', true] | evaluate ipv4_lookup(L, ip, network, return_unmatched = flag)`,
      error: {
        kind: "semantic",
        message: "the expression must be a literal",
      },
    },
  ]);
});

const ipv6Table = `datatable(network:string, continent_code:string, continent_name:string, country_iso_code:string, country_name:string)
[
  "2001:0db8:85a3::/48","NA","North America","US","United States",
  "2404:6800:4001::/48","AS","Asia","JP","Japan",
  "2a00:1450:4001::/48","EU","Europe","DE","Germany",
  "2a02:26f0:4001::/48","EU","Europe","FR","France",
]`;
const ipv6Addresses = `datatable(ip:string)[
  "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
  "2404:6800:4001:0001:0000:8a2e:0370:7334",
  "2a02:26f0:4001:0006:0000:8a2e:0370:7334",
  "a5e:f127:8a9d:146d:e102:b5d3:c755:abcd",
]`;

describe("ipv6_lookup", () => {
  // The page's example tables list the lookup columns first. Kusto.Language,
  // whose schema the engine keeps, puts the input's columns first.
  runCases([
    {
      name: "matching rows only",
      query: `let IP_Data = ${ipv6Table}; ${ipv6Addresses} | evaluate ipv6_lookup(IP_Data, ip, network)`,
      columns: geoColumns,
      rows: [
        ["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3::/48", "NA", "North America", "US", "United States"],
        ["2404:6800:4001:0001:0000:8a2e:0370:7334", "2404:6800:4001::/48", "AS", "Asia", "JP", "Japan"],
        ["2a02:26f0:4001:0006:0000:8a2e:0370:7334", "2a02:26f0:4001::/48", "EU", "Europe", "FR", "France"],
      ],
    },
    {
      name: "unmatched rows kept",
      query: `let IP_Data = ${ipv6Table}; ${ipv6Addresses} | evaluate ipv6_lookup(IP_Data, ip, network, true) | project ip, country_name`,
      rows: [
        ["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "United States"],
        ["2404:6800:4001:0001:0000:8a2e:0370:7334", "Japan"],
        ["2a02:26f0:4001:0006:0000:8a2e:0370:7334", "France"],
        ["a5e:f127:8a9d:146d:e102:b5d3:c755:abcd", ""],
      ],
    },
    {
      name: "IPv4 matches as mapped address",
      query: `let L = datatable(network:string, label:string)["::ffff:10.0.0.0/104","v4 in v6"];
        datatable(ip:string)['10.1.2.3', '11.1.2.3'] | evaluate ipv6_lookup(L, ip, network)`,
      rows: [["10.1.2.3", "::ffff:10.0.0.0/104", "v4 in v6"]],
    },
  ]);
});

describe("NetworkIndex", () => {
  const network = (text: string): Network => {
    const parsed = parseIpv4(text);
    if (!parsed) throw new Error(`bad network in test: ${text}`);
    return parsed;
  };
  const index = new NetworkIndex<string>(32);
  for (const text of ["10.1.0.0/16", "0.0.0.0/0", "10.0.0.0/8", "10.1.2.3", "11.0.0.0/8"]) {
    index.add(network(text), text);
  }

  it("address finds every containing network", () => {
    expect(index.matches(network("10.1.2.3"))).toEqual(["10.1.0.0/16", "0.0.0.0/0", "10.0.0.0/8", "10.1.2.3"]);
  });

  it("address outside all but one", () => {
    expect(index.matches(network("12.0.0.1"))).toEqual(["0.0.0.0/0"]);
  });

  it("masked address uses the shorter prefix", () => {
    expect(index.matches(network("10.1.9.9/16"))).toEqual(["10.1.0.0/16", "0.0.0.0/0", "10.0.0.0/8", "10.1.2.3"]);
    expect(index.matches(network("10.2.0.0/16"))).toEqual(["0.0.0.0/0", "10.0.0.0/8"]);
  });

  it("large table stays fast", () => {
    const large = new NetworkIndex<number>(32);
    for (let i = 0; i < 200_000; i++) large.add({ address: BigInt(i) << 8n, prefix: 24 }, i);
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < 20_000; i++) found += large.matches({ address: (BigInt(i) << 8n) + 7n, prefix: 32 }).length;

    expect(found).toBe(20_000);
    // A scan of the table per address would make 4 billion comparisons here.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
