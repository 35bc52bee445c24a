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

const DEV_BASE_URL = 'https://localhost:3000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What the code needs: CustomFunctions.ErrorCode (1.3), one runtime for pane and functions, data validation (ExcelApi 1.8). */
const REQUIRED_SETS = [
  { name: 'SharedRuntime', minVersion: '1.1' },
  { name: 'CustomFunctionsRuntime', minVersion: '1.3' },
  { name: 'ExcelApi', minVersion: '1.8' },
];
/** Resource kinds (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings) by the element that refers to them. */
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

/** Parses XML into { name, attrs, children, text } nodes (namespace prefixes dropped from element names). Throws on malformed XML. */
function parseXml(text) {
  let result;
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
    result = parsed;
  });
  if (failure) throw new Error(`Not well-formed XML: ${String(failure.message || failure).split('\n').join(' ')}`);
  if (!result) throw new Error('The XML parser returned nothing');
  const [rootName] = Object.keys(result);
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

const childrenNamed = (node, name) => (node ? node.children.filter((c) => c.name === name) : []);
const child = (node, name) => childrenNamed(node, name)[0];
/** The first node at the end of a path of element names below `node`. */
const at = (node, ...names) => names.reduce((n, name) => child(n, name), node);
/** Every descendant (and the node itself) for which `test` holds, with the path of element names to it. */
function findAll(node, test, trail = []) {
  const here = [...trail, node.name];
  const found = test(node) ? [{ node, trail: here }] : [];
  for (const c of node.children) found.push(...findAll(c, test, here));
  return found;
}

// ---- PNG ------------------------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function readPngSize(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
  if (buffer.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG without an IHDR chunk first');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

// ---- Reading the manifest ---------------------------------------------------------------------

/** What the manifest says, in plain values. */
function readManifest(root) {
  const resources = new Map();
  const duplicateIds = [];
  const resourcesNode = at(root, 'VersionOverrides', 'Resources');
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const entry of at(resourcesNode, kind) ? at(resourcesNode, kind).children : []) {
      const id = entry.attrs.id;
      if (resources.has(id)) duplicateIds.push(id);
      resources.set(id, { kind, value: entry.attrs.DefaultValue });
    }
  }
  const host = at(root, 'VersionOverrides', 'Hosts', 'Host');
  const customFunctions = childrenNamed(at(host, 'AllFormFactors'), 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions');
  const desktop = at(host, 'DesktopFormFactor');
  const resid = (node) => (node ? node.attrs.resid : undefined);
  const urlOf = (id) => (resources.get(id) || {}).value;
  const showTaskpane = findAll(desktop || { name: '', attrs: {}, children: [] }, (n) => n.name === 'Action' && n.attrs['xsi:type'] === 'ShowTaskpane');
  const runtimes = childrenNamed(at(host, 'Runtimes'), 'Runtime');

  const info = {
    id: (at(root, 'Id') || {}).text,
    displayName: (at(root, 'DisplayName') || { attrs: {} }).attrs.DefaultValue,
    providerName: (at(root, 'ProviderName') || {}).text,
    permissions: (at(root, 'Permissions') || {}).text,
    hasAppDomains: Boolean(at(root, 'AppDomains')),
    requirementSets: childrenNamed(at(root, 'Requirements', 'Sets'), 'Set').map((s) => ({
      name: s.attrs.Name,
      minVersion: s.attrs.MinVersion || (at(root, 'Requirements', 'Sets') || { attrs: {} }).attrs.DefaultMinVersion,
    })),
    hostChildOrder: host ? host.children.map((c) => c.name) : [],
    runtimes: runtimes.map((r) => ({ resid: r.attrs.resid, lifetime: r.attrs.lifetime })),
    scriptResid: resid(at(customFunctions, 'Script', 'SourceLocation')),
    pageResid: resid(at(customFunctions, 'Page', 'SourceLocation')),
    metadataResid: resid(at(customFunctions, 'Metadata', 'SourceLocation')),
    namespaceResid: resid(at(customFunctions, 'Namespace')),
    functionFileResid: resid(at(desktop, 'FunctionFile')),
    taskpaneButtonResids: showTaskpane.map(({ node }) => resid(at(node, 'SourceLocation'))),
    resources,
    duplicateIds,
  };
  info.runtimeResid = info.runtimes.length > 0 ? info.runtimes[0].resid : undefined;
  info.namespace = (resources.get(info.namespaceResid) || {}).value;
  info.urls = {
    script: urlOf(info.scriptResid),
    page: urlOf(info.pageResid),
    metadata: urlOf(info.metadataResid),
    runtime: urlOf(info.runtimeResid),
    functionFile: urlOf(info.functionFileResid),
    defaultSource: (at(root, 'DefaultSettings', 'SourceLocation') || { attrs: {} }).attrs.DefaultValue,
    iconUrl: (at(root, 'IconUrl') || { attrs: {} }).attrs.DefaultValue,
    highResolutionIconUrl: (at(root, 'HighResolutionIconUrl') || { attrs: {} }).attrs.DefaultValue,
    supportUrl: (at(root, 'SupportUrl') || { attrs: {} }).attrs.DefaultValue,
  };
  // Every resid used anywhere, with where it is used.
  info.residUses = findAll(root, (n) => n.attrs.resid !== undefined).map(({ node, trail }) => ({ resid: node.attrs.resid, element: node.name, size: node.attrs.size, where: trail.join('/') }));
  // Icons and the size each is stated to be: ribbon images by their size attribute, IconUrl 32, HighResolutionIconUrl 64.
  const icons = [];
  if (info.urls.iconUrl) icons.push({ what: 'IconUrl', url: info.urls.iconUrl, size: 32 });
  if (info.urls.highResolutionIconUrl) icons.push({ what: 'HighResolutionIconUrl', url: info.urls.highResolutionIconUrl, size: 64 });
  for (const use of info.residUses.filter((u) => u.element === 'Image')) {
    if (icons.some((i) => i.resid === use.resid && i.size === Number(use.size))) continue; // the group and the button share images
    icons.push({ what: `image ${use.resid} (size="${use.size}")`, url: urlOf(use.resid), size: Number(use.size), resid: use.resid });
  }
  info.icons = icons;
  // Every URL the manifest states: attributes named DefaultValue that hold a URL, and URL resources.
  info.allUrls = findAll(root, (n) => typeof n.attrs.DefaultValue === 'string' && /^[a-z]+:\/\//i.test(n.attrs.DefaultValue)).map(({ node, trail }) => ({
    url: node.attrs.DefaultValue,
    where: trail.join('/') + (node.attrs.id ? `[${node.attrs.id}]` : ''),
  }));
  return info;
}

// ---- Checks ---------------------------------------------------------------------------------

/** The path of `url` below `baseUrl` ("/assets/icon-16.png"), or undefined when it is not below it. */
function pathBelow(url, baseUrl) {
  if (typeof url !== 'string' || !url.startsWith(`${baseUrl}/`)) return undefined;
  return url.slice(baseUrl.length).split(/[?#]/)[0];
}

/**
 * options:
 *   baseUrl            the URL every URL must start with (no trailing slash), default https://localhost:3000
 *   forbidLocalhost    fail if "localhost" appears anywhere (production manifests)
 *   resolveFile(p)     maps a URL path such as "/functions.js" to a local file to check, or null to skip it
 *   namespace          the expected custom functions namespace, default "RRP"
 */
function checkManifest(xmlText, options = {}) {
  const { baseUrl = DEV_BASE_URL, forbidLocalhost = false, resolveFile = () => null, namespace = 'RRP' } = options;
  const checks = [];
  const check = (name, ok, detail = '', level = 'error') => checks.push({ name, ok: Boolean(ok), detail, level });
  const done = (info) => ({ ok: checks.every((c) => c.ok || c.level !== 'error'), checks, info });

  let root;
  try {
    root = parseXml(xmlText);
    check('well-formed XML', true);
  } catch (error) {
    check('well-formed XML', false, error.message);
    return done(undefined);
  }
  check('root is <OfficeApp xsi:type="TaskPaneApp">', root.name === 'OfficeApp' && root.attrs['xsi:type'] === 'TaskPaneApp', `found <${root.name} xsi:type="${root.attrs['xsi:type']}">`);
  const info = readManifest(root);

  check('Id is a GUID', GUID.test(info.id || ''), `Id: ${info.id}`);
  check('DisplayName and ProviderName are set', Boolean(info.displayName) && Boolean(info.providerName), `DisplayName "${info.displayName}", ProviderName "${info.providerName}"`);

  // Resources
  check('resource ids are unique', info.duplicateIds.length === 0, info.duplicateIds.length ? `duplicated: ${info.duplicateIds.join(', ')}` : `${info.resources.size} resources`);
  const undefinedUses = info.residUses.filter((u) => !info.resources.has(u.resid));
  check('every resid is defined in Resources', undefinedUses.length === 0, undefinedUses.map((u) => `${u.resid} (used by ${u.where})`).join('; ') || `${info.residUses.length} references`);
  const wrongKind = info.residUses.filter((u) => info.resources.has(u.resid) && RESOURCE_KIND_OF_USE[u.element] && RESOURCE_KIND_OF_USE[u.element] !== info.resources.get(u.resid).kind);
  check('every resid refers to the right kind of resource', wrongKind.length === 0, wrongKind.map((u) => `${u.where} uses ${u.resid}, a ${info.resources.get(u.resid).kind} resource; expected ${RESOURCE_KIND_OF_USE[u.element]}`).join('; '));
  const used = new Set(info.residUses.map((u) => u.resid));
  const unused = [...info.resources.keys()].filter((id) => !used.has(id));
  check('every resource is used', unused.length === 0, unused.length ? `unused: ${unused.join(', ')}` : '', 'warning');

  // Custom functions and the shared runtime
  check(`custom functions namespace is ${namespace}`, info.namespace === namespace, `Namespace resid ${info.namespaceResid} = "${info.namespace}"`);
  check('custom functions Script, Page and Metadata are set', Boolean(info.urls.script && info.urls.page && info.urls.metadata), `Script ${info.urls.script}, Page ${info.urls.page}, Metadata ${info.urls.metadata}`);
  check('one <Runtime> with lifetime="long"', info.runtimes.length === 1 && info.runtimes[0].lifetime === 'long', JSON.stringify(info.runtimes));
  check('<Runtimes> comes first in <Host>', info.hostChildOrder[0] === 'Runtimes', `Host children: ${info.hostChildOrder.join(', ')}`);
  const sharers = [
    ['CustomFunctions Page', info.pageResid],
    ['FunctionFile', info.functionFileResid],
    ...info.taskpaneButtonResids.map((r, i) => [`ShowTaskpane action ${i + 1}`, r]),
  ];
  const unshared = sharers.filter(([, r]) => r !== info.runtimeResid);
  check(
    'Runtime, Page, FunctionFile and the task pane button share one resid',
    info.runtimeResid !== undefined && info.taskpaneButtonResids.length > 0 && unshared.length === 0,
    unshared.length ? unshared.map(([what, r]) => `${what} uses ${r}, the runtime is ${info.runtimeResid}`).join('; ') : `all use ${info.runtimeResid}`,
  );
  check('DefaultSettings SourceLocation is the runtime page', info.urls.defaultSource === info.urls.runtime, `${info.urls.defaultSource} vs ${info.urls.runtime}`);
  const sets = info.requirementSets;
  const missingSets = REQUIRED_SETS.filter((r) => !sets.some((s) => s.name === r.name && s.minVersion === r.minVersion));
  check(`requirement sets ${REQUIRED_SETS.map((r) => `${r.name} ${r.minVersion}`).join(', ')}`, missingSets.length === 0, sets.map((s) => `${s.name} ${s.minVersion}`).join(', '));
  check('Permissions is ReadWriteDocument', info.permissions === 'ReadWriteDocument', `Permissions: ${info.permissions}`);
  check('no AppDomains', !info.hasAppDomains);

  // URLs
  const notHttps = info.allUrls.filter((u) => !u.url.startsWith('https://'));
  check('every URL is https', notHttps.length === 0, notHttps.map((u) => `${u.where}: ${u.url}`).join('; '));
  const outside = info.allUrls.filter((u) => pathBelow(u.url, baseUrl) === undefined);
  check(`every URL starts with ${baseUrl}/`, outside.length === 0, outside.map((u) => `${u.where}: ${u.url}`).join('; ') || `${info.allUrls.length} URLs`);
  if (forbidLocalhost) {
    check('no "localhost" anywhere', !/localhost/i.test(xmlText), 'a production manifest must not point at the dev server');
  }

  // Files behind the URLs
  const wanted = [
    ['Script', info.urls.script],
    ['Page / runtime', info.urls.page],
    ['Metadata', info.urls.metadata],
    ['SupportUrl', info.urls.supportUrl],
    ...info.allUrls.map((u) => [u.where, u.url]),
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
      detail = `${path.relative(process.cwd(), file)}: ${error.code === 'ENOENT' ? 'missing' : error.message}`;
    }
    check(`${icon.what} is ${icon.size}x${icon.size}`, ok, detail);
  }
  return done(info);
}

/** A readable report of a checkManifest result, one line per check. */
function formatReport(label, result) {
  const lines = [`${label}:`];
  for (const c of result.checks) {
    const mark = c.ok ? 'ok  ' : c.level === 'error' ? 'FAIL' : 'warn';
    lines.push(`  ${mark} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  }
  return lines.join('\n');
}

module.exports = { DEV_BASE_URL, checkManifest, formatReport, parseXml, readPngSize, pathBelow };
