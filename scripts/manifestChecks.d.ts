/** Types of scripts/manifestChecks.js, for the TypeScript tests. */
export declare const DEV_BASE_URL: 'https://localhost:3000';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

export interface ManifestCheck {
  name: string;
  ok: boolean;
  detail: string;
  level: 'error' | 'warning';
}

export interface ManifestIcon {
  what: string;
  url: string | undefined;
  size: number;
  resid?: string;
}

export interface ManifestInfo {
  id: string | undefined;
  displayName: string | undefined;
  providerName: string | undefined;
  permissions: string | undefined;
  hasAppDomains: boolean;
  requirementSets: { name: string; minVersion: string | undefined }[];
  hostChildOrder: string[];
  runtimes: { resid: string | undefined; lifetime: string | undefined }[];
  runtimeResid: string | undefined;
  scriptResid: string | undefined;
  pageResid: string | undefined;
  metadataResid: string | undefined;
  namespaceResid: string | undefined;
  namespace: string | undefined;
  functionFileResid: string | undefined;
  taskpaneButtonResids: (string | undefined)[];
  resources: Map<string, { kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'; value: string | undefined }>;
  duplicateIds: string[];
  urls: {
    script: string | undefined;
    page: string | undefined;
    metadata: string | undefined;
    runtime: string | undefined;
    functionFile: string | undefined;
    defaultSource: string | undefined;
    iconUrl: string | undefined;
    highResolutionIconUrl: string | undefined;
    supportUrl: string | undefined;
  };
  residUses: { resid: string; element: string; size: string | undefined; where: string }[];
  icons: ManifestIcon[];
  allUrls: { url: string; where: string }[];
}

export interface ManifestCheckOptions {
  /** Every URL must start with this followed by "/" (no trailing slash). Default https://localhost:3000. */
  baseUrl?: string;
  /** Fail if "localhost" appears anywhere (production manifests). */
  forbidLocalhost?: boolean;
  /** Maps a URL path such as "/functions.js" to a local file to check, or null to skip it. */
  resolveFile?: (urlPath: string) => string | null;
  /** Expected custom functions namespace. Default "RRP". */
  namespace?: string;
}

export interface ManifestCheckResult {
  ok: boolean;
  checks: ManifestCheck[];
  /** Undefined when the XML could not be parsed. */
  info: ManifestInfo | undefined;
}

export declare function checkManifest(xmlText: string, options?: ManifestCheckOptions): ManifestCheckResult;
export declare function formatReport(label: string, result: ManifestCheckResult): string;
export declare function parseXml(text: string): XmlNode;
export declare function readPngSize(buffer: Buffer): { width: number; height: number };
export declare function pathBelow(url: string | undefined, baseUrl: string): string | undefined;
