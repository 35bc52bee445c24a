// @ts-check
/*
 * Offline checks of the add-in manifest (manifest.xml, or the built dist/manifest.xml): the things
 * Office would reject or that would silently break the shared runtime, checked without Microsoft's
 * validation service. Used by scripts/validate-offline.js and tests/built/manifest.test.ts.
 *
 * checkManifest(xmlText, options) returns { ok, checks, info }: every check with its outcome, and
 * what was read from the manifest (runtime resid, URLs, icons...) for callers to assert on.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const xml2js = require('xml2js');

/**
 * @typedef {object} XmlNode
 * @property {string} name
 * @property {Record<string, string>} attrs
 * @property {XmlNode[]} children
 * @property {string} text
 */
/**
 * @typedef {object} ManifestCheck
 * @property {string} name
 * @property {boolean} ok
 * @property {string} detail
 * @property {'error' | 'warning'} level
 */
/** @typedef {'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'} ResourceKind */
/**
 * @typedef {object} ManifestIcon
 * @property {string} what
 * @property {string | undefined} url
 * @property {number} size
 * @property {string} [resid]
 */
/**
 * @typedef {object} ManifestInfo
 * @property {string | undefined} id
 * @property {string | undefined} displayName
 * @property {string | undefined} providerName
 * @property {string | undefined} permissions
 * @property {boolean} hasAppDomains
 * @property {{ name: string, minVersion: string | undefined }[]} requirementSets
 * @property {string[]} hostChildOrder
 * @property {{ resid: string | undefined, lifetime: string | undefined }[]} runtimes
 * @property {string | undefined} runtimeResid
 * @property {string | undefined} scriptResid
 * @property {string | undefined} pageResid
 * @property {string | undefined} metadataResid
 * @property {string | undefined} namespaceResid
 * @property {string | undefined} namespace
 * @property {string | undefined} functionFileResid
 * @property {(string | undefined)[]} taskpaneButtonResids
 * @property {Map<string, { kind: ResourceKind, value: string | undefined }>} resources
 * @property {string[]} duplicateIds
 * @property {ManifestUrls} urls
 * @property {{ resid: string, element: string, size: string | undefined, where: string }[]} residUses
 * @property {ManifestIcon[]} icons
 * @property {{ url: string, where: string }[]} allUrls
 */
/**
 * @typedef {object} ManifestUrls
 * @property {string | undefined} script
 * @property {string | undefined} page
 * @property {string | undefined} metadata
 * @property {string | undefined} runtime
 * @property {string | undefined} functionFile
 * @property {string | undefined} defaultSource
 * @property {string | undefined} iconUrl
 * @property {string | undefined} highResolutionIconUrl
 * @property {string | undefined} supportUrl
 */
/**
 * @typedef {object} ManifestCheckOptions
 * @property {string} [baseUrl] Every URL must start with this followed by "/" (no trailing slash). Default https://localhost:3000.
 * @property {boolean} [forbidLocalhost] Fail if "localhost" appears anywhere (production manifests).
 * @property {(urlPath: string) => string | null} [resolveFile] Maps a URL path such as "/functions.js" to a local file to check, or null to skip it.
 * @property {string} [namespace] Expected custom functions namespace. Default "RRP".
 */
/**
 * @typedef {object} ManifestCheckResult
 * @property {boolean} ok
 * @property {ManifestCheck[]} checks
 * @property {ManifestInfo | undefined} info Undefined when the XML could not be parsed.
 */

const DEV_BASE_URL = /** @type {const} */ ('https://localhost:3000');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What the code needs: CustomFunctions.ErrorCode (1.3), one runtime for pane and functions, Table.resize for rows appended below a table (ExcelApi 1.13), the document's add-in settings (Settings 1.1). */
const REQUIRED_SETS = [
  { name: 'SharedRuntime', minVersion: '1.1' },
  { name: 'CustomFunctionsRuntime', minVersion: '1.3' },
  { name: 'ExcelApi', minVersion: '1.13' },
  { name: 'Settings', minVersion: '1.1' },
];
/**
 * Resource kinds (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings) by the element that refers to them.
 * @type {Readonly<Record<string, ResourceKind | undefined>>}
 */
const RESOURCE_KIND_OF_USE = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Runtime: 'Urls',
  LearnMoreUrl: 'Urls',
  Namespace: 'ShortStrings',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

// ---- XML ------------------------------------------------------------------------------------

/**
 * An element as xml2js gives it with the options below: attributes in `$`, child elements in
 * document order in `$$` (each with its name in `#name`), text in `_`; or only its text.
 * @typedef {string | { $?: Record<string, string>, $$?: (RawElement & { '#name': string })[], _?: unknown }} RawElement
 */

/**
 * Parses XML into { name, attrs, children, text } nodes (namespace prefixes dropped from element names). Throws on malformed XML.
 * @param {string} text
 * @returns {XmlNode}
 */
function parseXml(text) {
  /** @type {Record<string, RawElement> | null | undefined} */
  let result;
  /** @type {Error | null | undefined} */
  let failure;
  const parser = new xml2js.Parser({
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitArray: true,
    tagNameProcessors: [xml2js.processors.stripPrefix],
    strict: true,
    async: false,
  });
  parser.parseString(text, (error, parsed) => {
    failure = error;
    result = /** @type {Record<string, RawElement> | null} */ (parsed);
  });
  if (failure)
    throw new Error(
      `Not well-formed XML: ${String(failure.message || failure)
        .split('\n')
        .join(' ')}`,
    );
  if (!result) throw new Error('The XML parser returned nothing');
  const [rootName] = Object.keys(result);
  /**
   * @param {string} name
   * @param {RawElement} node
   * @returns {XmlNode}
   */
  const convert = (name, node) => {
    if (typeof node === 'string') return { name, attrs: {}, children: [], text: node.trim() };
    return {
      name,
      attrs: node.$ || {},
      children: (node.$$ || []).map((child) => convert(child['#name'], child)),
      text: typeof node._ === 'string' ? node._.trim() : '',
    };
  };
  return convert(rootName, result[rootName]);
}

/**
 * @param {XmlNode | undefined} node
 * @param {string} name
 */
const childrenNamed = (node, name) => (node ? node.children.filter((c) => c.name === name) : []);
/**
 * @param {XmlNode | undefined} node
 * @param {string} name
 * @returns {XmlNode | undefined}
 */
const child = (node, name) => childrenNamed(node, name)[0];
/**
 * The first node at the end of a path of element names below `node`.
 * @param {XmlNode | undefined} node
 * @param {...string} names
 */
const at = (node, ...names) => names.reduce((n, name) => child(n, name), node);
/**
 * Every descendant (and the node itself) for which `test` holds, with the path of element names to it.
 * @param {XmlNode} node
 * @param {(node: XmlNode) => boolean} test
 * @param {string[]} [trail]
 * @returns {{ node: XmlNode, trail: string[] }[]}
 */
function findAll(node, test, trail = []) {
  const here = [...trail, node.name];
  const found = test(node) ? [{ node, trail: here }] : [];
  for (const c of node.children) found.push(...findAll(c, test, here));
  return found;
}

// ---- PNG ------------------------------------------------------------------------------------

/**
 * Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG.
 * @param {Buffer} buffer
 * @returns {{ width: number, height: number }}
 */
function readPngSize(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
  if (buffer.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG without an IHDR chunk first');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

// ---- Reading the manifest ---------------------------------------------------------------------

/**
 * What the manifest says, in plain values.
 * @param {XmlNode} root
 * @returns {ManifestInfo}
 */
function readManifest(root) {
  /** @type {ManifestInfo['resources']} */
  const resources = new Map();
  /** @type {string[]} */
  const duplicateIds = [];
  const resourcesNode = at(root, 'VersionOverrides', 'Resources');
  for (const kind of /** @type {const} */ (['Images', 'Urls', 'ShortStrings', 'LongStrings'])) {
    const kindNode = at(resourcesNode, kind);
    for (const entry of kindNode ? kindNode.children : []) {
      const id = entry.attrs.id;
      if (resources.has(id)) duplicateIds.push(id);
      resources.set(id, { kind, value: entry.attrs.DefaultValue });
    }
  }
  const host = at(root, 'VersionOverrides', 'Hosts', 'Host');
  const customFunctions = childrenNamed(at(host, 'AllFormFactors'), 'ExtensionPoint').find(
    (e) => e.attrs['xsi:type'] === 'CustomFunctions',
  );
  const desktop = at(host, 'DesktopFormFactor');
  const resid = (/** @type {XmlNode | undefined} */ node) => (node ? node.attrs.resid : undefined);
  const resourceValue = (/** @type {string | undefined} */ id) =>
    id === undefined ? undefined : resources.get(id)?.value;
  const showTaskpane = desktop
    ? findAll(desktop, (n) => n.name === 'Action' && n.attrs['xsi:type'] === 'ShowTaskpane')
    : [];
  const runtimes = childrenNamed(at(host, 'Runtimes'), 'Runtime').map((r) => ({
    resid: r.attrs.resid,
    lifetime: r.attrs.lifetime,
  }));
  const runtimeResid = runtimes.length > 0 ? runtimes[0].resid : undefined;
  const sets = at(root, 'Requirements', 'Sets');
  const scriptResid = resid(at(customFunctions, 'Script', 'SourceLocation'));
  const pageResid = resid(at(customFunctions, 'Page', 'SourceLocation'));
  const metadataResid = resid(at(customFunctions, 'Metadata', 'SourceLocation'));
  const namespaceResid = resid(at(customFunctions, 'Namespace'));
  const functionFileResid = resid(at(desktop, 'FunctionFile'));
  const urls = {
    script: resourceValue(scriptResid),
    page: resourceValue(pageResid),
    metadata: resourceValue(metadataResid),
    runtime: resourceValue(runtimeResid),
    functionFile: resourceValue(functionFileResid),
    defaultSource: at(root, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue,
    iconUrl: at(root, 'IconUrl')?.attrs.DefaultValue,
    highResolutionIconUrl: at(root, 'HighResolutionIconUrl')?.attrs.DefaultValue,
    supportUrl: at(root, 'SupportUrl')?.attrs.DefaultValue,
  };
  // Every resid used anywhere, with where it is used.
  const residUses = findAll(root, (n) => n.attrs.resid !== undefined).map(({ node, trail }) => ({
    resid: node.attrs.resid,
    element: node.name,
    size: node.attrs.size,
    where: trail.join('/'),
  }));
  // Icons and the size each is stated to be: ribbon images by their size attribute, IconUrl 32, HighResolutionIconUrl 64.
  /** @type {ManifestIcon[]} */
  const icons = [];
  if (urls.iconUrl) icons.push({ what: 'IconUrl', url: urls.iconUrl, size: 32 });
  if (urls.highResolutionIconUrl)
    icons.push({ what: 'HighResolutionIconUrl', url: urls.highResolutionIconUrl, size: 64 });
  for (const use of residUses.filter((u) => u.element === 'Image')) {
    if (icons.some((i) => i.resid === use.resid && i.size === Number(use.size))) continue; // the group and the button share images
    icons.push({
      what: `image ${use.resid} (size="${use.size}")`,
      url: resourceValue(use.resid),
      size: Number(use.size),
      resid: use.resid,
    });
  }
  // Every URL the manifest states: attributes named DefaultValue that hold a URL, and URL resources.
  const allUrls = findAll(
    root,
    (n) => typeof n.attrs.DefaultValue === 'string' && /^[a-z]+:\/\//i.test(n.attrs.DefaultValue),
  ).map(({ node, trail }) => ({
    url: node.attrs.DefaultValue,
    where: trail.join('/') + (node.attrs.id ? `[${node.attrs.id}]` : ''),
  }));
  return {
    id: at(root, 'Id')?.text,
    displayName: at(root, 'DisplayName')?.attrs.DefaultValue,
    providerName: at(root, 'ProviderName')?.text,
    permissions: at(root, 'Permissions')?.text,
    hasAppDomains: Boolean(at(root, 'AppDomains')),
    requirementSets: childrenNamed(sets, 'Set').map((s) => ({
      name: s.attrs.Name,
      minVersion: s.attrs.MinVersion || sets?.attrs.DefaultMinVersion,
    })),
    hostChildOrder: host ? host.children.map((c) => c.name) : [],
    runtimes,
    runtimeResid,
    scriptResid,
    pageResid,
    metadataResid,
    namespaceResid,
    namespace: resourceValue(namespaceResid),
    functionFileResid,
    taskpaneButtonResids: showTaskpane.map(({ node }) => resid(at(node, 'SourceLocation'))),
    resources,
    duplicateIds,
    urls,
    residUses,
    icons,
    allUrls,
  };
}

// ---- Checks ---------------------------------------------------------------------------------

/**
 * The path of `url` below `baseUrl` ("/assets/icon-16.png"), or undefined when it is not below it.
 * @param {string | undefined} url
 * @param {string} baseUrl
 * @returns {string | undefined}
 */
function pathBelow(url, baseUrl) {
  if (typeof url !== 'string' || !url.startsWith(`${baseUrl}/`)) return undefined;
  return url.slice(baseUrl.length).split(/[?#]/)[0];
}

/**
 * Every check of the manifest, with what was read from it.
 * @param {string} xmlText
 * @param {ManifestCheckOptions} [options]
 * @returns {ManifestCheckResult}
 */
function checkManifest(xmlText, options = {}) {
  const { baseUrl = DEV_BASE_URL, forbidLocalhost = false, resolveFile = () => null, namespace = 'RRP' } = options;
  /** @type {ManifestCheck[]} */
  const checks = [];
  /**
   * @param {string} name
   * @param {boolean} ok
   * @param {string} [detail]
   * @param {ManifestCheck['level']} [level]
   */
  const check = (name, ok, detail = '', level = 'error') => checks.push({ name, ok: Boolean(ok), detail, level });
  /** @param {ManifestInfo | undefined} info */
  const done = (info) => ({ ok: checks.every((c) => c.ok || c.level !== 'error'), checks, info });

  let root;
  try {
    root = parseXml(xmlText);
    check('well-formed XML', true);
  } catch (error) {
    check('well-formed XML', false, error instanceof Error ? error.message : String(error));
    return done(undefined);
  }
  check(
    'root is <OfficeApp xsi:type="TaskPaneApp">',
    root.name === 'OfficeApp' && root.attrs['xsi:type'] === 'TaskPaneApp',
    `found <${root.name} xsi:type="${root.attrs['xsi:type']}">`,
  );
  const info = readManifest(root);

  check('Id is a GUID', GUID.test(info.id || ''), `Id: ${info.id}`);
  check(
    'DisplayName and ProviderName are set',
    Boolean(info.displayName) && Boolean(info.providerName),
    `DisplayName "${info.displayName}", ProviderName "${info.providerName}"`,
  );

  // Resources
  check(
    'resource ids are unique',
    info.duplicateIds.length === 0,
    info.duplicateIds.length ? `duplicated: ${info.duplicateIds.join(', ')}` : `${info.resources.size} resources`,
  );
  const undefinedUses = info.residUses.filter((u) => !info.resources.has(u.resid));
  check(
    'every resid is defined in Resources',
    undefinedUses.length === 0,
    undefinedUses.map((u) => `${u.resid} (used by ${u.where})`).join('; ') || `${info.residUses.length} references`,
  );
  const wrongKind = info.residUses.filter(
    (u) =>
      info.resources.has(u.resid) &&
      RESOURCE_KIND_OF_USE[u.element] &&
      RESOURCE_KIND_OF_USE[u.element] !== info.resources.get(u.resid)?.kind,
  );
  check(
    'every resid refers to the right kind of resource',
    wrongKind.length === 0,
    wrongKind
      .map(
        (u) =>
          `${u.where} uses ${u.resid}, a ${info.resources.get(u.resid)?.kind} resource; expected ${RESOURCE_KIND_OF_USE[u.element]}`,
      )
      .join('; '),
  );
  const used = new Set(info.residUses.map((u) => u.resid));
  const unused = [...info.resources.keys()].filter((id) => !used.has(id));
  check('every resource is used', unused.length === 0, unused.length ? `unused: ${unused.join(', ')}` : '', 'warning');

  // Custom functions and the shared runtime
  check(
    `custom functions namespace is ${namespace}`,
    info.namespace === namespace,
    `Namespace resid ${info.namespaceResid} = "${info.namespace}"`,
  );
  check(
    'custom functions Script, Page and Metadata are set',
    Boolean(info.urls.script && info.urls.page && info.urls.metadata),
    `Script ${info.urls.script}, Page ${info.urls.page}, Metadata ${info.urls.metadata}`,
  );
  check(
    'one <Runtime> with lifetime="long"',
    info.runtimes.length === 1 && info.runtimes[0].lifetime === 'long',
    JSON.stringify(info.runtimes),
  );
  check(
    '<Runtimes> comes first in <Host>',
    info.hostChildOrder[0] === 'Runtimes',
    `Host children: ${info.hostChildOrder.join(', ')}`,
  );
  /** @type {[string, string | undefined][]} */
  const sharers = [
    ['CustomFunctions Page', info.pageResid],
    ['FunctionFile', info.functionFileResid],
    ...info.taskpaneButtonResids.map(
      (r, i) => /** @satisfies {[string, string | undefined]} */ ([`ShowTaskpane action ${i + 1}`, r]),
    ),
  ];
  const unshared = sharers.filter(([, r]) => r !== info.runtimeResid);
  check(
    'Runtime, Page, FunctionFile and the task pane button share one resid',
    info.runtimeResid !== undefined && info.taskpaneButtonResids.length > 0 && unshared.length === 0,
    unshared.length
      ? unshared.map(([what, r]) => `${what} uses ${r}, the runtime is ${info.runtimeResid}`).join('; ')
      : `all use ${info.runtimeResid}`,
  );
  check(
    'DefaultSettings SourceLocation is the runtime page',
    info.urls.defaultSource === info.urls.runtime,
    `${info.urls.defaultSource} vs ${info.urls.runtime}`,
  );
  const sets = info.requirementSets;
  const missingSets = REQUIRED_SETS.filter(
    (r) => !sets.some((s) => s.name === r.name && s.minVersion === r.minVersion),
  );
  check(
    `requirement sets ${REQUIRED_SETS.map((r) => `${r.name} ${r.minVersion}`).join(', ')}`,
    missingSets.length === 0,
    sets.map((s) => `${s.name} ${s.minVersion}`).join(', '),
  );
  check(
    'Permissions is ReadWriteDocument',
    info.permissions === 'ReadWriteDocument',
    `Permissions: ${info.permissions}`,
  );
  check('no AppDomains', !info.hasAppDomains);

  // URLs
  const notHttps = info.allUrls.filter((u) => !u.url.startsWith('https://'));
  check('every URL is https', notHttps.length === 0, notHttps.map((u) => `${u.where}: ${u.url}`).join('; '));
  const outside = info.allUrls.filter((u) => pathBelow(u.url, baseUrl) === undefined);
  check(
    `every URL starts with ${baseUrl}/`,
    outside.length === 0,
    outside.map((u) => `${u.where}: ${u.url}`).join('; ') || `${info.allUrls.length} URLs`,
  );
  if (forbidLocalhost) {
    check(
      'no "localhost" anywhere',
      !/localhost/i.test(xmlText),
      'a production manifest must not point at the dev server',
    );
  }

  // Files behind the URLs
  /** @type {[string, string | undefined][]} */
  const wanted = [
    ['Script', info.urls.script],
    ['Page / runtime', info.urls.page],
    ['Metadata', info.urls.metadata],
    ['SupportUrl', info.urls.supportUrl],
    ...info.allUrls.map((u) => /** @satisfies {[string, string]} */ ([u.where, u.url])),
  ];
  const seen = new Set();
  for (const [what, url] of wanted) {
    const urlPath = pathBelow(url, baseUrl);
    if (urlPath === undefined || seen.has(urlPath)) continue;
    seen.add(urlPath);
    const file = resolveFile(urlPath);
    if (!file) continue;
    check(`${urlPath} exists (${what})`, fs.existsSync(file), path.relative(process.cwd(), file));
  }

  // Icons
  for (const icon of info.icons) {
    const urlPath = pathBelow(icon.url, baseUrl);
    const file = urlPath === undefined ? null : resolveFile(urlPath);
    if (!file) {
      check(`${icon.what} is a local PNG`, false, `cannot map ${icon.url} to a file`);
      continue;
    }
    let detail;
    let ok = false;
    try {
      const { width, height } = readPngSize(fs.readFileSync(file));
      ok = width === icon.size && height === icon.size;
      detail = `${path.relative(process.cwd(), file)} is ${width}x${height}`;
    } catch (error) {
      // readFileSync's errors carry a code; readPngSize's do not.
      const failure = /** @type {NodeJS.ErrnoException} */ (error);
      detail = `${path.relative(process.cwd(), file)}: ${failure.code === 'ENOENT' ? 'missing' : failure.message}`;
    }
    check(`${icon.what} is ${icon.size}x${icon.size}`, ok, detail);
  }
  return done(info);
}

/**
 * A readable report of a checkManifest result, one line per check.
 * @param {string} label
 * @param {ManifestCheckResult} result
 */
function formatReport(label, result) {
  const lines = [`${label}:`];
  for (const c of result.checks) {
    const mark = c.ok ? 'ok  ' : c.level === 'error' ? 'FAIL' : 'warn';
    lines.push(`  ${mark} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  }
  return lines.join('\n');
}

module.exports = { DEV_BASE_URL, checkManifest, formatReport, parseXml, readPngSize, pathBelow };
