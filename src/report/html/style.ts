/** The page's only style sheet, inlined (the page loads nothing). Colours pass WCAG AA on white. */
export const STYLE = `
:root { --agree: #1b7837; --neutral: #8a6d00; --disagree: #b2182b; --none: #767676; --theme: #fff3b0; --stance: #cfe8ff; --focus: #1a56db; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1f2328; background: #fff; }
header, main { max-width: 76rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid #d0d7de; padding-block: .75rem; }
h1 { font-size: 1.5rem; margin: 0; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin-bottom: .25rem; }
nav a { margin-right: 1rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .2rem .45rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.counts { display: flex; gap: 1.5rem; flex-wrap: wrap; padding: 0; list-style: none; }
.counts b { display: block; font-size: 1.4rem; }
.bar rect.agree, .key.agree { fill: var(--agree); background: var(--agree); }
.bar rect.neutral, .key.neutral { fill: var(--neutral); background: var(--neutral); }
.bar rect.disagree, .key.disagree { fill: var(--disagree); background: var(--disagree); }
.bar rect.none, .key.none { fill: #d0d7de; background: #d0d7de; }
.key { display: inline-block; width: .8em; height: .8em; margin: 0 .2em 0 .6em; vertical-align: -.05em; }
.stance { font-weight: 600; } .stance.agree { color: var(--agree); } .stance.neutral { color: var(--neutral); } .stance.disagree { color: var(--disagree); } .stance.none { color: var(--none); }
.review { background: #fff1e5; color: #8a3c00; border: 1px solid #f0b27a; border-radius: 3px; padding: 0 .3em; font-size: .8em; margin-left: .3em; }
.tag { background: #eef2f6; border-radius: 3px; padding: 0 .3em; margin-right: .2em; white-space: nowrap; }
.heat1 { background: #eef6ff; } .heat2 { background: #cfe3fb; } .heat3 { background: #a8ccf5; } .heat4 { background: #7cb0ec; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: .5rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; }
button.open, button.read, th button { font: inherit; cursor: pointer; }
th button { background: none; border: 0; padding: 0; font-weight: 700; }
th[aria-sort=ascending] button::after { content: " ▲"; } th[aria-sort=descending] button::after { content: " ▼"; }
#segments td.q { max-width: 28rem; }
dialog { max-width: min(60rem, 95vw); width: 100%; border: 1px solid #8c959f; border-radius: 6px; padding: 1rem 1.25rem; }
dialog::backdrop { background: rgb(0 0 0 / .35); }
.lines { font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; \
border: 1px solid #d0d7de; border-radius: 4px; padding: .5rem; max-height: 65vh; overflow: auto; }
.line { display: flex; } .ln { color: #6e7781; min-width: 3.5em; padding-right: .75em; text-align: right; user-select: none; flex: none; }
mark.theme { background: var(--theme); } mark.stance { background: var(--stance); } mark.theme.stance { background: linear-gradient(var(--stance), var(--theme)); }
.muted { color: #57606a; }
@media print { nav, .filters, #more, dialog, button.read { display: none !important; } details { display: block; } details > * { display: block; } body { font-size: 11pt; } }
`;
