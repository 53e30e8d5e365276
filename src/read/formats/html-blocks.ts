import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { StructureBuilder } from '../structure.js';
import type { StructureBlock } from './reader.js';

/** Page furniture, not the response: navigation, site header and footer, scripts, forms. */
const DROPPED = new Set(['nav', 'header', 'footer', 'script', 'style', 'noscript', 'template', 'form', 'button', 'select', 'svg', 'iframe', 'head', 'aside']);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog']);
/** Cookie and consent banners, by the ids and classes sites give them; and in HTML email, the signature and the quoted thread as mail programs mark them. */
const BANNER = /cookie|consent|gdpr|banner|gmail_(?:signature|quote)|moz-(?:signature|cite-prefix)|\bsignature\b|divRplyFwdMsg|appendonsend/i;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose content is laid out as a block of its own. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'hr',
  ...HEADINGS,
]);
const BOLD = new Set(['b', 'strong']);

function dropped(node: Element): boolean {
  if (DROPPED.has(node.tagName)) return true;
  const { role, id, className, ariaHidden } = node.properties;
  if (typeof role === 'string' && DROPPED_ROLES.has(role)) return true;
  if (String(ariaHidden) === 'true') return true;
  if (node.tagName === 'blockquote' && node.properties.type === 'cite') return true;
  const classes = Array.isArray(className) ? className.join(' ') : '';
  return BANNER.test(`${typeof id === 'string' ? id : ''} ${classes}`);
}

/** The text is all inside <b>/<strong>: a bold question line. */
function allBold(nodes: readonly ElementContent[]): boolean {
  let bold = 0;
  let plain = 0;
  const visit = (node: ElementContent, inBold: boolean): void => {
    if (node.type === 'text') {
      if (node.value.trim() === '') return;
      if (inBold) bold++;
      else plain++;
    } else if (node.type === 'element') {
      for (const child of node.children) visit(child, inBold || BOLD.has(node.tagName));
    }
  };
  for (const node of nodes) visit(node, false);
  return bold > 0 && plain === 0;
}

/**
 * The blocks of an HTML tree (a web page, or a Word document through
 * mammoth): headings, paragraphs and list items, each one block of the
 * extracted text; inline runs between block elements are paragraphs of
 * their own. Page furniture is dropped. An explicit stack, so deep nesting
 * cannot overflow the call stack.
 */
export function htmlStructure(tree: Root): { text: string; structure: StructureBlock[]; firstHeading?: string } {
  const builder = new StructureBuilder();
  let firstHeading: string | undefined;
  type Task = { node: RootContent; inList: boolean; quoted: boolean } | { flush: ElementContent[]; inList: boolean; quoted: boolean };
  const stack: Task[] = [{ node: { type: 'element', tagName: 'div', properties: {}, children: tree.children as ElementContent[] }, inList: false, quoted: false }];
  while (stack.length > 0) {
    const task = stack.pop()!;
    if ('flush' in task) {
      const text = toText({ type: 'element', tagName: 'p', properties: {}, children: task.flush });
      builder.add(task.inList ? 'list-item' : 'paragraph', text, allBold(task.flush), task.quoted);
      continue;
    }
    const { node } = task;
    if (node.type !== 'element' || dropped(node)) continue;
    if (HEADINGS.has(node.tagName)) {
      const text = toText(node);
      builder.add('heading', text, allBold(node.children));
      firstHeading ??= text.replace(/\s+/g, ' ').trim() || undefined;
      continue;
    }
    if (node.tagName === 'pre') {
      // Preformatted text (LibreOffice saves a text file as one <pre>): its blank lines part paragraphs, as in a text file.
      for (const paragraph of toText(node).split(/\n[^\S\n]*\n/)) builder.add(task.inList ? 'list-item' : 'paragraph', paragraph, false, task.quoted);
      continue;
    }
    const inList = task.inList || node.tagName === 'li';
    const quoted = task.quoted || node.tagName === 'blockquote';
    // Children in order: block children are walked, runs of inline ones become paragraphs.
    const tasks: Task[] = [];
    let run: ElementContent[] = [];
    const endRun = (): void => {
      if (run.length > 0) tasks.push({ flush: run, inList, quoted });
      run = [];
    };
    for (const child of node.children) {
      if (child.type === 'element' && (BLOCKS.has(child.tagName) || dropped(child))) {
        endRun();
        tasks.push({ node: child, inList: inList || child.tagName === 'ul' || child.tagName === 'ol', quoted });
      } else if (child.type === 'element' || child.type === 'text') run.push(child);
    }
    endRun();
    for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i]!);
  }
  const { text, structure } = builder.result();
  return firstHeading ? { text, structure, firstHeading } : { text, structure };
}
