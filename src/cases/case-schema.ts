import AjvModule, { type ErrorObject } from "ajv";

/** `{file: path}`: values read from a file beside the case file. */
const FILE_REFERENCE = {
  type: "object",
  required: ["file"],
  additionalProperties: false,
  properties: { file: { type: "string", minLength: 1 } },
} as const;

const ROWS = {
  type: "array",
  items: { type: "object" },
} as const;

const EXPECTED_ALERT = {
  type: "object",
  additionalProperties: false,
  properties: {
    columns: { type: "object" },
    entities: {
      type: "array",
      items: {
        type: "object",
        required: ["type"],
        properties: { type: { type: "string", minLength: 1 } },
      },
    },
    customDetails: { type: "object" },
    name: { type: "string" },
    description: { type: "string" },
    severity: { enum: ["Informational", "Low", "Medium", "High"] },
    tactics: { type: "array", items: { type: "string" } },
  },
} as const;

const SEARCH_KEY = { type: "string", minLength: 1 } as const;

/** A watchlist's items: a list, `{items, searchKey}` or `{file, searchKey}`. */
const WATCHLIST = {
  anyOf: [
    ROWS,
    {
      type: "object",
      required: ["items"],
      additionalProperties: false,
      properties: { items: ROWS, searchKey: SEARCH_KEY },
    },
    {
      type: "object",
      required: ["file"],
      additionalProperties: false,
      properties: { file: FILE_REFERENCE.properties.file, searchKey: SEARCH_KEY },
    },
  ],
} as const;

const ZOOM_WEBHOOK = {
  type: "object",
  required: ["received_at", "body"],
  additionalProperties: false,
  properties: {
    received_at: { type: "string", minLength: 1 },
    body: {
      type: "object",
      required: ["event"],
      properties: { event: { type: "string", minLength: 1 } },
    },
  },
} as const;

/**
 * The location of an IP address, as `geo_info_from_ip_address` returns
 * it. The case loader checks that each key is an address or a CIDR range.
 */
const GEO_LOCATION = {
  type: "object",
  additionalProperties: false,
  properties: {
    country: { type: "string" },
    state: { type: "string" },
    city: { type: "string" },
    latitude: { type: "number", minimum: -90, maximum: 90 },
    longitude: { type: "number", minimum: -180, maximum: 180 },
  },
} as const;

/** `geo_ip:`, IP address or CIDR range to location. */
export const GEO_IP_SCHEMA = {
  type: "object",
  additionalProperties: GEO_LOCATION,
} as const;

/**
 * The JSON Schema of one golden test case, as written in a case file. A file
 * contains one such object or a list of them.
 */
export const CASE_SCHEMA = {
  $id: "https://kql-rule-test/schemas/case.json",
  type: "object",
  required: ["rule", "expect"],
  additionalProperties: false,
  properties: {
    rule: { type: "string", minLength: 1 },
    name: { type: "string", minLength: 1 },
    description: { type: "string" },
    at: { type: "string", minLength: 1 },
    tables: {
      type: "object",
      additionalProperties: { anyOf: [ROWS, FILE_REFERENCE] },
    },
    zoom_webhooks: {
      anyOf: [{ type: "array", items: ZOOM_WEBHOOK }, FILE_REFERENCE],
    },
    expect: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        triggered: { type: "boolean" },
        alerts: { type: "array", items: EXPECTED_ALERT },
        rows: ROWS,
      },
    },
    watchlists: { type: "object", additionalProperties: WATCHLIST },
    externaldata: {
      type: "object",
      additionalProperties: { anyOf: [ROWS, FILE_REFERENCE] },
    },
    geo_ip: GEO_IP_SCHEMA,
    xfail: { type: "string", minLength: 1 },
  },
} as const;

/** The keys a case and a declared property share: all but `expect` and `xfail`. */
const { expect: _expect, xfail: _xfail, ...SHARED_KEYS } = CASE_SCHEMA.properties;

/**
 * The JSON Schema of a declared property's document: a case with
 * `property:` in place of `expect:`. The declared-property loader checks
 * what `property:` contains.
 */
export const PROPERTY_DOCUMENT_SCHEMA = {
  type: "object",
  required: ["rule", "property"],
  additionalProperties: false,
  properties: { ...SHARED_KEYS, property: { type: "object" } },
} as const;

/** The JSON Schema of one webhook record, for `zoom_webhooks: {file:}`. */
export const ZOOM_WEBHOOK_SCHEMA = ZOOM_WEBHOOK;

// ajv is CommonJS: its default export is the class itself under Node's ESM
// loader, and `.default` of it under bundlers.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
  AjvModule) as typeof AjvModule;
const ajv = new Ajv({ allErrors: true, strict: true });

const validateCase = ajv.compile(CASE_SCHEMA);
const validateWebhook = ajv.compile(ZOOM_WEBHOOK);
const validateGeoIp = ajv.compile(GEO_IP_SCHEMA);
const validatePropertyDocument = ajv.compile(PROPERTY_DOCUMENT_SCHEMA);

/** One schema violation, with the path of the offending value. */
export interface SchemaViolation {
  readonly path: (string | number)[];
  /** The offending key, for an unknown field; the place is then its key. */
  readonly key?: string;
  readonly message: string;
}

/** Validates one case object; returns its violations, most useful first. */
export function checkCase(value: unknown): SchemaViolation[] {
  return validateCase(value) ? [] : describeErrors(validateCase.errors ?? []);
}

/** Validates one webhook record; returns its violations. */
export function checkWebhook(value: unknown): SchemaViolation[] {
  return validateWebhook(value) ? [] : describeErrors(validateWebhook.errors ?? []);
}

/** Validates a `geo_ip` map, as the repository's geo_ip.yaml gives it. */
export function checkGeoIp(value: unknown): SchemaViolation[] {
  return validateGeoIp(value) ? [] : describeErrors(validateGeoIp.errors ?? []);
}

/** Validates a declared property's document; returns its violations. */
export function checkPropertyDocument(value: unknown): SchemaViolation[] {
  return validatePropertyDocument(value) ? [] : describeErrors(validatePropertyDocument.errors ?? []);
}

/**
 * Lists the keys the case schema allows in the object at `path` of a case,
 * or none where any key is allowed (a table name, a column name).
 */
export function knownCaseKeys(path: readonly (string | number)[]): string[] {
  let schema: unknown = CASE_SCHEMA;
  for (const segment of path) {
    schema = childSchema(schema, segment);
    if (schema === undefined) return [];
  }
  const properties = (schema as { properties?: Record<string, unknown> }).properties;
  return properties ? Object.keys(properties) : [];
}

function childSchema(schema: unknown, segment: string | number): unknown {
  const node = schema as {
    properties?: Record<string, unknown>;
    items?: unknown;
    anyOf?: unknown[];
  };
  if (typeof segment === "number") return node.items ?? node.anyOf?.find((item) => (item as { items?: unknown }).items);
  return node.properties?.[segment];
}

function describeErrors(errors: readonly ErrorObject[]): SchemaViolation[] {
  // anyOf failures repeat each branch's complaint: keep the plainest ones.
  const useful = errors.filter((error) => error.keyword !== "anyOf");
  const chosen = useful.length > 0 ? useful : [...errors];
  return chosen.map((error) => {
    const path = pathSegments(error.instancePath);
    const unknown = (error.params as { additionalProperty?: string }).additionalProperty;
    if (error.keyword === "additionalProperties" && unknown !== undefined) {
      return { path: [...path, unknown], key: unknown, message: describeError(error) };
    }
    return { path, message: describeError(error) };
  });
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath ? `'${pathSegments(error.instancePath).join("/")}'` : "the case";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `${where} is missing the required field '${String(params.missingProperty)}'`;
    case "additionalProperties":
      return `${where} has an unknown field '${String(params.additionalProperty)}'`;
    case "enum":
      return `${where} must be one of ${(params.allowedValues as unknown[]).join(", ")}`;
    case "minProperties":
      return `${where} must give at least one of triggered, alerts, rows`;
    default:
      return `${where} ${error.message ?? "is invalid"}`;
  }
}

function pathSegments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
