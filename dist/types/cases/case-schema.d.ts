/** `geo_ip:`, IP address or CIDR range to location. */
export declare const GEO_IP_SCHEMA: {
    readonly type: "object";
    readonly additionalProperties: {
        readonly type: "object";
        readonly additionalProperties: false;
        readonly properties: {
            readonly country: {
                readonly type: "string";
            };
            readonly state: {
                readonly type: "string";
            };
            readonly city: {
                readonly type: "string";
            };
            readonly latitude: {
                readonly type: "number";
                readonly minimum: -90;
                readonly maximum: 90;
            };
            readonly longitude: {
                readonly type: "number";
                readonly minimum: -180;
                readonly maximum: 180;
            };
        };
    };
};
/**
 * The JSON Schema of one golden test case, as written in a case file. A file
 * contains one such object or a list of them.
 */
export declare const CASE_SCHEMA: {
    readonly $id: "https://kql-rule-test/schemas/case.json";
    readonly type: "object";
    readonly required: readonly ["rule", "expect"];
    readonly additionalProperties: false;
    readonly properties: {
        readonly rule: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly name: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly description: {
            readonly type: "string";
        };
        readonly at: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly tables: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly anyOf: readonly [{
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                    };
                }, {
                    readonly type: "object";
                    readonly required: readonly ["file"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly file: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                }];
            };
        };
        readonly zoom_webhooks: {
            readonly anyOf: readonly [{
                readonly type: "array";
                readonly items: {
                    readonly type: "object";
                    readonly required: readonly ["received_at", "body"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly received_at: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                        readonly body: {
                            readonly type: "object";
                            readonly required: readonly ["event"];
                            readonly properties: {
                                readonly event: {
                                    readonly type: "string";
                                    readonly minLength: 1;
                                };
                            };
                        };
                    };
                };
            }, {
                readonly type: "object";
                readonly required: readonly ["file"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly file: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                };
            }];
        };
        readonly expect: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly minProperties: 1;
            readonly properties: {
                readonly triggered: {
                    readonly type: "boolean";
                };
                readonly alerts: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly properties: {
                            readonly columns: {
                                readonly type: "object";
                            };
                            readonly entities: {
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "object";
                                    readonly required: readonly ["type"];
                                    readonly properties: {
                                        readonly type: {
                                            readonly type: "string";
                                            readonly minLength: 1;
                                        };
                                    };
                                };
                            };
                            readonly customDetails: {
                                readonly type: "object";
                            };
                            readonly name: {
                                readonly type: "string";
                            };
                            readonly description: {
                                readonly type: "string";
                            };
                            readonly severity: {
                                readonly enum: readonly ["Informational", "Low", "Medium", "High"];
                            };
                            readonly tactics: {
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "string";
                                };
                            };
                        };
                    };
                };
                readonly rows: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                    };
                };
            };
        };
        readonly watchlists: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly anyOf: readonly [{
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                    };
                }, {
                    readonly type: "object";
                    readonly required: readonly ["items"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly items: {
                            readonly type: "array";
                            readonly items: {
                                readonly type: "object";
                            };
                        };
                        readonly searchKey: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                }, {
                    readonly type: "object";
                    readonly required: readonly ["file"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly file: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                        readonly searchKey: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                }];
            };
        };
        readonly externaldata: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly anyOf: readonly [{
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                    };
                }, {
                    readonly type: "object";
                    readonly required: readonly ["file"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly file: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                }];
            };
        };
        readonly geo_ip: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly properties: {
                    readonly country: {
                        readonly type: "string";
                    };
                    readonly state: {
                        readonly type: "string";
                    };
                    readonly city: {
                        readonly type: "string";
                    };
                    readonly latitude: {
                        readonly type: "number";
                        readonly minimum: -90;
                        readonly maximum: 90;
                    };
                    readonly longitude: {
                        readonly type: "number";
                        readonly minimum: -180;
                        readonly maximum: 180;
                    };
                };
            };
        };
        readonly xfail: {
            readonly type: "string";
            readonly minLength: 1;
        };
    };
};
/**
 * The JSON Schema of a declared property's document: a case with
 * `property:` in place of `expect:`. The declared-property loader checks
 * what `property:` contains.
 */
export declare const PROPERTY_DOCUMENT_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["rule", "property"];
    readonly additionalProperties: false;
    readonly properties: {
        readonly property: {
            readonly type: "object";
        };
        readonly rule: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly name: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly description: {
            readonly type: "string";
        };
        readonly at: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly tables: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly anyOf: readonly [{
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                    };
                }, {
                    readonly type: "object";
                    readonly required: readonly ["file"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly file: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                }];
            };
        };
        readonly zoom_webhooks: {
            readonly anyOf: readonly [{
                readonly type: "array";
                readonly items: {
                    readonly type: "object";
                    readonly required: readonly ["received_at", "body"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly received_at: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                        readonly body: {
                            readonly type: "object";
                            readonly required: readonly ["event"];
                            readonly properties: {
                                readonly event: {
                                    readonly type: "string";
                                    readonly minLength: 1;
                                };
                            };
                        };
                    };
                };
            }, {
                readonly type: "object";
                readonly required: readonly ["file"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly file: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                };
            }];
        };
        readonly watchlists: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly anyOf: readonly [{
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                    };
                }, {
                    readonly type: "object";
                    readonly required: readonly ["items"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly items: {
                            readonly type: "array";
                            readonly items: {
                                readonly type: "object";
                            };
                        };
                        readonly searchKey: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                }, {
                    readonly type: "object";
                    readonly required: readonly ["file"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly file: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                        readonly searchKey: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                }];
            };
        };
        readonly externaldata: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly anyOf: readonly [{
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                    };
                }, {
                    readonly type: "object";
                    readonly required: readonly ["file"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly file: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                }];
            };
        };
        readonly geo_ip: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly properties: {
                    readonly country: {
                        readonly type: "string";
                    };
                    readonly state: {
                        readonly type: "string";
                    };
                    readonly city: {
                        readonly type: "string";
                    };
                    readonly latitude: {
                        readonly type: "number";
                        readonly minimum: -90;
                        readonly maximum: 90;
                    };
                    readonly longitude: {
                        readonly type: "number";
                        readonly minimum: -180;
                        readonly maximum: 180;
                    };
                };
            };
        };
    };
};
/** The JSON Schema of one webhook record, for `zoom_webhooks: {file:}`. */
export declare const ZOOM_WEBHOOK_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["received_at", "body"];
    readonly additionalProperties: false;
    readonly properties: {
        readonly received_at: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly body: {
            readonly type: "object";
            readonly required: readonly ["event"];
            readonly properties: {
                readonly event: {
                    readonly type: "string";
                    readonly minLength: 1;
                };
            };
        };
    };
};
/** One schema violation, with the path of the offending value. */
export interface SchemaViolation {
    readonly path: (string | number)[];
    /** The offending key, for an unknown field; the place is then its key. */
    readonly key?: string;
    readonly message: string;
}
/** Validates one case object; returns its violations, most useful first. */
export declare function checkCase(value: unknown): SchemaViolation[];
/** Validates one webhook record; returns its violations. */
export declare function checkWebhook(value: unknown): SchemaViolation[];
/** Validates a `geo_ip` map, as the repository's geo_ip.yaml gives it. */
export declare function checkGeoIp(value: unknown): SchemaViolation[];
/** Validates a declared property's document; returns its violations. */
export declare function checkPropertyDocument(value: unknown): SchemaViolation[];
/**
 * Lists the keys the case schema allows in the object at `path` of a case,
 * or none where any key is allowed (a table name, a column name).
 */
export declare function knownCaseKeys(path: readonly (string | number)[]): string[];
