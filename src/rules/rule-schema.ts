import { ENTITY_TYPES, ENTITY_TYPE_NAMES } from "./entity-types.js";
import { AGGREGATION_KINDS, SEVERITIES, TACTICS } from "./rule-dialects.js";

/**
 * The JSON Schema of a rule, after its keys are renamed to the template
 * names (see rule-dialects.ts). The limits are Sentinel's, from the
 * Azure-Sentinel template validation models and the service limits page
 * (learn.microsoft.com/azure/sentinel/sentinel-service-limits).
 *
 * Two formats are custom, registered in rule-validation.ts:
 * `sentinel-duration` (`1h` or `PT1H`, ordered by length so that
 * `formatMinimum` compares durations) and `alert-details-format` (at most
 * three `{{Column}}` placeholders). The `x-rule` annotation names the rule
 * a subschema checks, so that its error gets a message of its own.
 */
export const TRIGGER_OPERATORS = [
  "gt",
  "lt",
  "eq",
  "ne",
  "GreaterThan",
  "LessThan",
  "Equal",
  "NotEqual",
];

export const ALERT_PROPERTIES = [
  "AlertLink",
  "ConfidenceLevel",
  "ConfidenceScore",
  "ExtendedLinks",
  "ProductComponentName",
  "ProductName",
  "ProviderName",
  "RemediationSteps",
  "Techniques",
];

const DURATION = "sentinel-duration";
const COLUMN_NAME = {
  type: "string",
  maxLength: 500,
  pattern: "^[a-zA-Z_]\\w*$",
};

const scheduleDuration = {
  type: "string",
  format: DURATION,
  "x-rule": "duration-range",
  formatMinimum: "5m",
  formatMaximum: "14d",
};

const queryPeriod = {
  allOf: [
    scheduleDuration,
    {
      format: DURATION,
      "x-rule": "period-after-frequency",
      formatMinimum: { $data: "1/queryFrequency" },
    },
  ],
};

/** Requires a queryFrequency of 1h or more when queryPeriod is 2d or more. */
const longPeriodNeedsHourlyRuns = {
  if: {
    required: ["queryPeriod"],
    properties: { queryPeriod: { format: DURATION, formatMinimum: "2d" } },
  },
  then: {
    properties: {
      queryFrequency: {
        format: DURATION,
        "x-rule": "long-period",
        formatMinimum: "1h",
      },
    },
  },
};

const SCHEDULE_FIELDS = [
  "queryFrequency",
  "queryPeriod",
  "triggerOperator",
  "triggerThreshold",
];

const scheduledNeedsSchedule = {
  if: { required: ["kind"], properties: { kind: { const: "Scheduled" } } },
  then: { required: SCHEDULE_FIELDS },
};

const nrtHasNoSchedule = {
  if: { required: ["kind"], properties: { kind: { const: "NRT" } } },
  then: {
    properties: Object.fromEntries(
      SCHEDULE_FIELDS.map((field) => [field, false]),
    ),
  },
};

function identifiersOf(entityType: string) {
  const spec = ENTITY_TYPES[entityType];
  const requiredSets = spec.requiredSets.map((set) => ({
    allOf: set.map((identifier) => ({
      contains: { properties: { identifier: { const: identifier } } },
    })),
  }));
  return {
    if: {
      required: ["entityType"],
      properties: { entityType: { const: entityType } },
    },
    then: {
      properties: {
        fieldMappings: {
          "x-rule": "required-identifiers",
          anyOf: requiredSets,
          items: {
            properties: {
              identifier: { "x-rule": "identifier", enum: spec.identifiers },
            },
          },
        },
      },
    },
  };
}

const fieldMapping = {
  type: "object",
  required: ["identifier", "columnName"],
  properties: { identifier: { type: "string" }, columnName: COLUMN_NAME },
};

const entityMapping = {
  type: "object",
  required: ["entityType", "fieldMappings"],
  properties: {
    entityType: { enum: ENTITY_TYPE_NAMES },
    fieldMappings: {
      type: "array",
      minItems: 1,
      maxItems: 3,
      items: fieldMapping,
    },
  },
  allOf: ENTITY_TYPE_NAMES.map(identifiersOf),
};

const detailsFormat = (maxLength: number) => ({
  type: "string",
  minLength: 1,
  maxLength,
  format: "alert-details-format",
});

const alertDetailsOverride = {
  type: "object",
  properties: {
    alertDisplayNameFormat: detailsFormat(256),
    alertDescriptionFormat: detailsFormat(5000),
    alertTacticsColumnName: COLUMN_NAME,
    alertSeverityColumnName: COLUMN_NAME,
    alertDynamicProperties: {
      type: "array",
      items: {
        type: "object",
        required: ["alertProperty", "value"],
        properties: {
          alertProperty: { enum: ALERT_PROPERTIES },
          value: COLUMN_NAME,
        },
      },
    },
  },
};

const customDetails = {
  type: "object",
  maxProperties: 20,
  propertyNames: { maxLength: 20, pattern: "^[a-zA-Z]\\w*$" },
  additionalProperties: COLUMN_NAME,
};

const requiredDataConnectors = {
  type: "array",
  items: {
    type: "object",
    required: ["connectorId", "dataTypes"],
    properties: {
      connectorId: { type: "string" },
      dataTypes: { type: "array", items: { type: "string" } },
    },
  },
};

export const RULE_SCHEMA = {
  $id: "https://kql-rule-test.local/schemas/rule.json",
  type: "object",
  required: ["id", "name", "description", "kind", "severity", "query"],
  properties: {
    id: { type: "string", minLength: 1 },
    name: { type: "string", minLength: 1, maxLength: 256 },
    description: { type: "string", maxLength: 5000 },
    kind: { enum: ["Scheduled", "NRT"] },
    severity: { enum: SEVERITIES },
    query: { type: "string", minLength: 1, maxLength: 10000 },
    queryFrequency: scheduleDuration,
    queryPeriod,
    triggerOperator: { enum: TRIGGER_OPERATORS },
    triggerThreshold: { type: "integer", minimum: 0, maximum: 10000 },
    tactics: { type: "array", items: { enum: TACTICS } },
    relevantTechniques: {
      type: "array",
      items: { type: "string", pattern: "^T\\d{4}(\\.\\d{3})?$" },
    },
    entityMappings: {
      type: "array",
      minItems: 1,
      maxItems: 10,
      items: entityMapping,
    },
    customDetails,
    alertDetailsOverride,
    eventGroupingSettings: {
      type: "object",
      required: ["aggregationKind"],
      properties: { aggregationKind: { enum: AGGREGATION_KINDS } },
    },
    version: { type: "string", maxLength: 20, pattern: "^\\d+\\.\\d+\\.\\d+$" },
    requiredDataConnectors,
    suppressionEnabled: { type: "boolean" },
    suppressionDuration: { type: "string", format: DURATION },
  },
  allOf: [scheduledNeedsSchedule, nrtHasNoSchedule, longPeriodNeedsHourlyRuns],
} as const;
