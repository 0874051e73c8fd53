import { describe, expect, it } from "vitest";
import { findThresholds, thresholdReport } from "../../src/fuzz/threshold.js";
import { corpusQuery, repositorySchemas } from "./corpus.js";

// Each row is a real rule of test/fixtures/corpus/sentinel/ with a different
// query shape, and the `threshold` entry its report must carry.
const DALONSO = "noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules/Community/Dalonso";
const NOODLE = "noodlemctwoodle-Sentinel-As-Code/Content/AnalyticalRules";
const WINDOWS = "Azure-Sentinel/Solutions/Windows Security Events/Analytic Rules";

const FOUND: { shape: string; file: string; report: Record<string, unknown> }[] = [
  {
    shape: "let-bound, array length of make_set through extend",
    file: "Azure-Sentinel/Detections/ZoomLogs/SupiciousLinkSharing.yaml",
    report: {
      column: "ChannelCount",
      operator: ">",
      value: 3,
      aggregate: "make_set",
      counts: "Channel",
      groupBy: ["Message", "User", "UserId"],
      offset: 427,
      expression: "arraylength(Channels)",
      measure: "distinct",
      others: 0,
    },
  },
  {
    shape: "named count() with a literal",
    file: `${DALONSO}/CommonSecurityLog/08-CSL-PaloAlto-ThreatLogs.yaml`,
    report: {
      column: "HitCount",
      operator: ">",
      value: 5,
      aggregate: "count",
      counts: null,
      groupBy: ["Activity", "DeviceEventClassID"],
      offset: 708,
      expression: "count()",
      measure: "rows",
      others: 0,
    },
  },
  {
    shape: "dcount with a literal",
    file: `${DALONSO}/CommonSecurityLog/06-CSL-LateralMovement-InternalPortSweep.yaml`,
    report: {
      column: "UniqueTargets",
      operator: ">",
      value: 5,
      aggregate: "dcount",
      counts: "DestinationIP",
      groupBy: ["SourceIP", "DeviceVendor"],
      offset: 750,
      expression: "dcount(DestinationIP)",
      measure: "distinct",
      others: 0,
    },
  },
  {
    shape: "two let-bound thresholds joined by and",
    file: `${DALONSO}/SigninLogs/01-SIGNIN-PasswordSpray.yaml`,
    report: {
      column: "UniqueUsers",
      operator: ">=",
      value: 10,
      aggregate: "dcount",
      counts: "UserPrincipalName",
      groupBy: ["IPAddress"],
      offset: 500,
      expression: "dcount(UserPrincipalName)",
      measure: "distinct",
      others: 1,
    },
  },
  {
    shape: "countif with a condition",
    file: `${DALONSO}/DNSEvents/12-DNS-NXDOMAIN-DGA-Flood.yaml`,
    report: {
      column: "NxdomainCount",
      operator: ">",
      value: 200,
      aggregate: "countif",
      counts: null,
      groupBy: ["SrcIpAddr", "SrcHostname"],
      offset: 467,
      expression: 'countif(DnsResponseCodeName =~ "NXDOMAIN" or DnsResponseCode == 3)',
      measure: "rows",
      others: 1,
    },
  },
  {
    shape: "sumif bound by let",
    file: `${WINDOWS}/MultipleFailedFollowedBySuccess.yaml`,
    report: {
      column: "FailureCountBeforeSuccess",
      operator: ">=",
      value: 5,
      aggregate: "sumif",
      counts: "OutcomeCount",
      groupBy: ["SessionStartedUtc", "Account"],
      offset: 1544,
      expression: 'sumif(OutcomeCount, Outcome == "Failure")',
      measure: "sum",
      others: 0,
    },
  },
  {
    shape: "unnamed count_ in each leg of a union",
    file: `${NOODLE}/AzureWAF/AzureFirewallMultipleDenyActionsDetectionRule.yaml`,
    report: {
      column: "count_",
      operator: ">=",
      value: 10,
      aggregate: "count",
      counts: null,
      groupBy: ["SourceIp", "Fqdn", "Action", "Protocol"],
      offset: 188,
      expression: "count()",
      measure: "rows",
      others: 2,
    },
  },
  {
    shape: "count() equal to zero with no keys",
    file: `${DALONSO}/CommonSecurityLog/30-CSL-Zscaler-VisibilityLoss-NoTraffic.yaml`,
    report: {
      column: "EventCount",
      operator: "==",
      value: 0,
      aggregate: "count",
      counts: null,
      groupBy: [],
      offset: 136,
      expression: "count()",
      measure: "rows",
      others: 0,
    },
  },
  {
    shape: "sum converted to megabytes by extend",
    file: `${DALONSO}/CommonSecurityLog/02-CSL-DataExfiltration-OutboundVolume.yaml`,
    report: {
      column: "TotalMBSent",
      operator: ">",
      value: 500,
      aggregate: "sum",
      counts: "SentBytes",
      groupBy: ["SourceIP"],
      offset: 791,
      expression: "round(toreal(TotalBytesSent) / 1048576, 2)",
      measure: null,
      others: 0,
    },
  },
  {
    shape: "count() inside arithmetic in summarize",
    file: `${DALONSO}/CommonSecurityLog/37-CSL-ZIA-ControlEvasion-VisibilityDegradation.yaml`,
    report: {
      column: "BaselineRequestsPerDay",
      operator: ">=",
      value: 10,
      aggregate: "count",
      counts: null,
      groupBy: ["SourceIP"],
      offset: 547,
      expression: "round(toreal(count()) / (baselineWindow / 1d), 1)",
      measure: null,
      others: 0,
    },
  },
  {
    shape: "dcount of an expression after mv-expand",
    file: `${NOODLE}/CloudAppEvents/CopilotMassSensitiveResourceAccessDetectionRule.yaml`,
    report: {
      column: "LabelledResourceCount",
      operator: ">",
      value: 15,
      aggregate: "dcount",
      counts: "tostring(Resource.Id)",
      groupBy: ["AccountObjectId", "AccountDisplayName"],
      offset: 550,
      expression: "dcount(tostring(Resource.Id))",
      measure: "distinct",
      others: 0,
    },
  },
];

const NOT_FOUND: { shape: string; file: string; reason: string }[] = [
  {
    shape: "no aggregation at all",
    file: "Azure-Sentinel/Detections/ZoomLogs/E2EEDisbaled.yaml",
    reason: "no filter after 'summarize' compares an aggregate with a constant",
  },
  {
    shape: "anomaly score from make-series",
    file: `${WINDOWS}/TimeSeriesAnomaly-ProcessExecutions.yaml`,
    reason: "anomalies: cannot trace a column through 'make-series'",
  },
];

describe("findThresholds", () => {
  const options = { tables: repositorySchemas() };

  it.each(FOUND)("finds $shape", ({ file, report }) => {
    const search = findThresholds(corpusQuery(file), options);

    expect(thresholdReport(search)).toEqual({ found: true, ...report });
  });

  it.each(NOT_FOUND)("reports $shape", ({ file, reason }) => {
    const search = findThresholds(corpusQuery(file), options);

    expect(thresholdReport(search)).toEqual({ found: false, reason });
  });

  it("locates the let literal", () => {
    const query = corpusQuery(`${DALONSO}/SigninLogs/01-SIGNIN-PasswordSpray.yaml`);
    const [users, failures] = findThresholds(query, options).thresholds;

    expect(users.letName).toBe("userThreshold");
    expect(query.slice(users.valueOffset, users.valueOffset + users.valueLength)).toBe("10");
    expect(failures.letName).toBe("failureThreshold");
    expect(query.slice(failures.offset, failures.offset + 2)).toBe(">=");
  });

  it("notes an anti join downstream", () => {
    const file =
      "microsoft-sentinel-as-code/Sentinel/mitre-use-cases/AzureActiveDirectory/AnalyticsRules/Suspiciousgrantingofpermissionstoanaccount.analytics.rule.yaml";
    const [threshold] = findThresholds(corpusQuery(file), options).thresholds;

    expect(threshold.column).toBe("count_");
    expect(threshold.antiJoinAfter).toBe("rightanti");
  });

  it("notes no join in a plain pipeline", () => {
    const query = "T | summarize n = count() by User | where n > 3 | join kind=inner (U) on User";
    const [threshold] = findThresholds(query).thresholds;

    expect(threshold.antiJoinAfter).toBeNull();
  });

  it("mirrors a constant on the left", () => {
    const query = "T | summarize n = count() by User | where 3 < n";
    const [threshold] = findThresholds(query).thresholds;

    expect(threshold.operator).toBe(">");
    expect(threshold.operatorText).toBe("<");
    expect(threshold.value).toBe(3);
  });

  it("skips comparisons under or", () => {
    const query = "T | summarize n = count() by User | where n > 3 or User == 'a'";

    expect(findThresholds(query).thresholds).toEqual([]);
  });

  it("rejects max()", () => {
    const query = "T | summarize m = max(Size) by User | where m > 3";

    expect(thresholdReport(findThresholds(query))).toEqual({
      found: false,
      reason: "m: 'max' is not a count or a sum",
    });
  });
});
