// @ts-check
/** help.html, the manifest's SupportUrl and LearnMoreUrl page, written from functions.json, and its help.css. */
'use strict';

/**
 * The page's style sheet, a file beside it rather than inline: the production build minifies the
 * HTML, inline CSS included, so a hash of inline CSS would not match the bytes served.
 */
const HELP_CSS =
  'body{font-family:"Segoe UI",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h1{color:#0b5c5e}h2{font-size:1.05rem;margin-top:1.75rem}code{background:#f0f4f4;padding:0 .2em}\n';
/** The page is static text: its style sheet and nothing else (no script at all). */
const POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'";

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** @param {unknown} text */
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/**
 * Every function, from functions.json.
 * @param {{ functions: { name: string, description?: string, parameters: { name: string, description?: string, optional?: boolean }[], result?: { dimensionality?: string } }[] }} metadata
 */
function helpPage(metadata) {
  const items = metadata.functions
    .map((f) => {
      const signature = `=RRP.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
      const params = f.parameters
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ' (optional)' : ''}: ${escapeHtml(p.description || '')}</li>`,
        )
        .join('');
      return `<section><h2><code>${escapeHtml(signature)}</code></h2><p>${escapeHtml(f.description || '')}</p>${params ? `<ul>${params}</ul>` : ''}${f.result && f.result.dimensionality === 'matrix' ? '<p>Returns a table that spills into the cells below and to the right.</p>' : ''}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>RRP for Excel: help</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<h1>RRP for Excel</h1>
<p>Reducing Reoffending Plan targets, trajectories and progress in Excel. Type <code>=RRP.</code> in a cell to see the functions, or open the task pane from <strong>Home &gt; RRP for Excel</strong>.</p>
<p>Percentages are fractions, as Excel stores them (19% is 0.19). A function shows <code>#VALUE!</code> when it cannot read an argument and <code>#N/A</code> when the plan does not state what was asked; hover over the cell for the reason.</p>
${items}
</body>
</html>
`;
}

module.exports = { helpPage, HELP_CSS };
