/**
 * Sentinel entity types: the identifiers each accepts, and the identifier
 * sets of which one must be fully mapped. Taken from the Azure-Sentinel
 * template validation (`.script/tests/detectionTemplateSchemaValidation/
 * Models/EntityMappingIdentifiers.cs` and `EntityType.cs`), which lists the
 * same 18 types as the `Microsoft.SecurityInsights/alertRules` ARM schema
 * plus IoTDevice.
 */
export interface EntityTypeSpec {
  readonly identifiers: readonly string[];
  /** Any one of these sets, fully present, is enough. */
  readonly requiredSets: readonly (readonly string[])[];
}

const one = (...names: string[]): string[][] => names.map((name) => [name]);

export const ENTITY_TYPES: Readonly<Record<string, EntityTypeSpec>> = {
  Account: {
    identifiers: [
      "Name",
      "FullName",
      "NTDomain",
      "DnsDomain",
      "UPNSuffix",
      "Sid",
      "AadTenantId",
      "AadUserId",
      "PUID",
      "IsDomainJoined",
      "DisplayName",
      "ObjectGuid",
    ],
    requiredSets: one(
      "FullName",
      "Sid",
      "Name",
      "AadUserId",
      "PUID",
      "ObjectGuid",
    ),
  },
  Host: {
    identifiers: [
      "DnsDomain",
      "NTDomain",
      "HostName",
      "FullName",
      "NetBiosName",
      "AzureID",
      "OMSAgentID",
      "OSFamily",
      "OSVersion",
      "IsDomainJoined",
    ],
    requiredSets: one(
      "FullName",
      "HostName",
      "NetBiosName",
      "AzureID",
      "OMSAgentID",
    ),
  },
  IP: { identifiers: ["Address"], requiredSets: one("Address") },
  URL: { identifiers: ["Url"], requiredSets: one("Url") },
  FileHash: {
    identifiers: ["Algorithm", "Value"],
    requiredSets: [["Algorithm", "Value"]],
  },
  File: { identifiers: ["Directory", "Name"], requiredSets: one("Name") },
  Process: {
    identifiers: [
      "ProcessId",
      "CommandLine",
      "ElevationToken",
      "CreationTimeUtc",
    ],
    requiredSets: one("CommandLine", "ProcessId"),
  },
  DNS: { identifiers: ["DomainName"], requiredSets: one("DomainName") },
  AzureResource: {
    identifiers: ["ResourceId"],
    requiredSets: one("ResourceId"),
  },
  CloudApplication: {
    identifiers: ["AppId", "Name", "InstanceName"],
    requiredSets: one("AppId", "Name"),
  },
  Malware: { identifiers: ["Name", "Category"], requiredSets: one("Name") },
  RegistryKey: {
    identifiers: ["Hive", "Key"],
    requiredSets: one("Key", "Hive"),
  },
  RegistryValue: {
    identifiers: ["Name", "Value", "ValueType"],
    requiredSets: one("Name"),
  },
  SecurityGroup: {
    identifiers: ["DistinguishedName", "SID", "ObjectGuid"],
    requiredSets: one("DistinguishedName", "SID", "ObjectGuid"),
  },
  Mailbox: {
    identifiers: [
      "MailboxPrimaryAddress",
      "DisplayName",
      "Upn",
      "ExternalDirectoryObjectId",
      "RiskLevel",
    ],
    requiredSets: one("MailboxPrimaryAddress"),
  },
  MailCluster: {
    identifiers: [
      "NetworkMessageIds",
      "CountByDeliveryStatus",
      "CountByThreatType",
      "CountByProtectionStatus",
      "Threats",
      "Query",
      "QueryTime",
      "MailCount",
      "IsVolumeAnomaly",
      "Source",
      "ClusterSourceIdentifier",
      "ClusterSourceType",
      "ClusterQueryStartTime",
      "ClusterQueryEndTime",
      "ClusterGroup",
    ],
    requiredSets: one("Query", "Source"),
  },
  MailMessage: {
    identifiers: [
      "Recipient",
      "Urls",
      "Threats",
      "Sender",
      "P1Sender",
      "P1SenderDisplayName",
      "P1SenderDomain",
      "SenderIP",
      "P2Sender",
      "P2SenderDisplayName",
      "P2SenderDomain",
      "ReceivedDate",
      "NetworkMessageId",
      "InternetMessageId",
      "Subject",
      "BodyFingerprintBin1",
      "BodyFingerprintBin2",
      "BodyFingerprintBin3",
      "BodyFingerprintBin4",
      "BodyFingerprintBin5",
      "AntispamDirection",
      "DeliveryAction",
      "DeliveryLocation",
      "Language",
      "ThreatDetectionMethods",
    ],
    requiredSets: one("NetworkMessageId", "Recipient"),
  },
  SubmissionMail: {
    identifiers: [
      "NetworkMessageId",
      "Timestamp",
      "Recipient",
      "Sender",
      "SenderIp",
      "Subject",
      "ReportType",
      "SubmissionId",
      "SubmissionDate",
      "Submitter",
    ],
    requiredSets: one(
      "SubmissionId",
      "NetworkMessageId",
      "Recipient",
      "Submitter",
    ),
  },
  IoTDevice: {
    identifiers: [
      "DeviceId",
      "DeviceName",
      "Manufacturer",
      "Model",
      "FirmwareVersion",
      "OperatingSystem",
      "MacAddress",
      "Protocols",
      "SerialNumber",
      "Source",
      "IoTSecurityAgentId",
      "DeviceType",
    ],
    requiredSets: one("DeviceId"),
  },
};

export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES);

/**
 * Describes the required sets in words, such as `FullName, Sid or Name`
 * or `Algorithm and Value`.
 */
export function describeRequiredSets(spec: EntityTypeSpec): string {
  const sets = spec.requiredSets.map((set) => joinWords(set, "and"));
  return joinWords(sets, "or");
}

/** Joins words as prose: `a`, `a or b`, `a, b or c`. */
export function joinWords(words: readonly string[], last: string): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}
