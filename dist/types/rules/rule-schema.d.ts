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
export declare const TRIGGER_OPERATORS: string[];
export declare const ALERT_PROPERTIES: string[];
export declare const RULE_SCHEMA: {
    readonly $id: "https://kql-rule-test.local/schemas/rule.json";
    readonly type: "object";
    readonly required: readonly ["id", "name", "description", "kind", "severity", "query"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly name: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 256;
        };
        readonly description: {
            readonly type: "string";
            readonly maxLength: 5000;
        };
        readonly kind: {
            readonly enum: readonly ["Scheduled", "NRT"];
        };
        readonly severity: {
            readonly enum: string[];
        };
        readonly query: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 10000;
        };
        readonly queryFrequency: {
            type: string;
            format: string;
            "x-rule": string;
            formatMinimum: string;
            formatMaximum: string;
        };
        readonly queryPeriod: {
            allOf: ({
                type: string;
                format: string;
                "x-rule": string;
                formatMinimum: string;
                formatMaximum: string;
            } | {
                format: string;
                "x-rule": string;
                formatMinimum: {
                    $data: string;
                };
            })[];
        };
        readonly triggerOperator: {
            readonly enum: string[];
        };
        readonly triggerThreshold: {
            readonly type: "integer";
            readonly minimum: 0;
            readonly maximum: 10000;
        };
        readonly tactics: {
            readonly type: "array";
            readonly items: {
                readonly enum: string[];
            };
        };
        readonly relevantTechniques: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly pattern: "^T\\d{4}(\\.\\d{3})?$";
            };
        };
        readonly entityMappings: {
            readonly type: "array";
            readonly minItems: 1;
            readonly maxItems: 10;
            readonly items: {
                type: string;
                required: string[];
                properties: {
                    entityType: {
                        enum: string[];
                    };
                    fieldMappings: {
                        type: string;
                        minItems: number;
                        maxItems: number;
                        items: {
                            type: string;
                            required: string[];
                            properties: {
                                identifier: {
                                    type: string;
                                };
                                columnName: {
                                    type: string;
                                    maxLength: number;
                                    pattern: string;
                                };
                            };
                        };
                    };
                };
                allOf: {
                    if: {
                        required: string[];
                        properties: {
                            entityType: {
                                const: string;
                            };
                        };
                    };
                    then: {
                        properties: {
                            fieldMappings: {
                                "x-rule": string;
                                anyOf: {
                                    allOf: {
                                        contains: {
                                            properties: {
                                                identifier: {
                                                    const: string;
                                                };
                                            };
                                        };
                                    }[];
                                }[];
                                items: {
                                    properties: {
                                        identifier: {
                                            "x-rule": string;
                                            enum: readonly string[];
                                        };
                                    };
                                };
                            };
                        };
                    };
                }[];
            };
        };
        readonly customDetails: {
            type: string;
            maxProperties: number;
            propertyNames: {
                maxLength: number;
                pattern: string;
            };
            additionalProperties: {
                type: string;
                maxLength: number;
                pattern: string;
            };
        };
        readonly alertDetailsOverride: {
            type: string;
            properties: {
                alertDisplayNameFormat: {
                    type: string;
                    minLength: number;
                    maxLength: number;
                    format: string;
                };
                alertDescriptionFormat: {
                    type: string;
                    minLength: number;
                    maxLength: number;
                    format: string;
                };
                alertTacticsColumnName: {
                    type: string;
                    maxLength: number;
                    pattern: string;
                };
                alertSeverityColumnName: {
                    type: string;
                    maxLength: number;
                    pattern: string;
                };
                alertDynamicProperties: {
                    type: string;
                    items: {
                        type: string;
                        required: string[];
                        properties: {
                            alertProperty: {
                                enum: string[];
                            };
                            value: {
                                type: string;
                                maxLength: number;
                                pattern: string;
                            };
                        };
                    };
                };
            };
        };
        readonly eventGroupingSettings: {
            readonly type: "object";
            readonly required: readonly ["aggregationKind"];
            readonly properties: {
                readonly aggregationKind: {
                    readonly enum: string[];
                };
            };
        };
        readonly version: {
            readonly type: "string";
            readonly maxLength: 20;
            readonly pattern: "^\\d+\\.\\d+\\.\\d+$";
        };
        readonly requiredDataConnectors: {
            type: string;
            items: {
                type: string;
                required: string[];
                properties: {
                    connectorId: {
                        type: string;
                    };
                    dataTypes: {
                        type: string;
                        items: {
                            type: string;
                        };
                    };
                };
            };
        };
        readonly suppressionEnabled: {
            readonly type: "boolean";
        };
        readonly suppressionDuration: {
            readonly type: "string";
            readonly format: "sentinel-duration";
        };
    };
    readonly allOf: readonly [{
        if: {
            required: string[];
            properties: {
                kind: {
                    const: string;
                };
            };
        };
        then: {
            required: string[];
        };
    }, {
        if: {
            required: string[];
            properties: {
                kind: {
                    const: string;
                };
            };
        };
        then: {
            properties: {
                [k: string]: boolean;
            };
        };
    }, {
        if: {
            required: string[];
            properties: {
                queryPeriod: {
                    format: string;
                    formatMinimum: string;
                };
            };
        };
        then: {
            properties: {
                queryFrequency: {
                    format: string;
                    "x-rule": string;
                    formatMinimum: string;
                };
            };
        };
    }];
};
