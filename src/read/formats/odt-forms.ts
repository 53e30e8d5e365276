import { MAX_FORM_FIELDS, tooManyFields } from './reader.js';

const TICKED = '☒';
const UNTICKED = '☐';

/** Every form control in a content.xml (`form:*` under `office:forms`), for counting and lookup. */
function controls(doc: Document): Element[] {
  const forms = doc.getElementsByTagName('office:forms');
  const out: Element[] = [];
  for (let f = 0; f < forms.length; f++) {
    const stack: Element[] = [forms[f]!];
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (el !== forms[f] && el.tagName.startsWith('form:') && el.tagName !== 'form:form' && el.hasAttribute('form:id')) out.push(el);
      if (out.length > MAX_FORM_FIELDS) throw tooManyFields();
      for (let i = el.childNodes.length - 1; i >= 0; i--) if (el.childNodes[i]!.nodeType === 1) stack.push(el.childNodes[i] as Element);
    }
  }
  return out;
}

/** What a control holds as the respondent left it: a text box's text, a ticked or unticked box with its label, a list's chosen options. */
function valueOf(control: Element): string {
  const attr = (name: string): string => control.getAttribute(name) ?? '';
  switch (control.tagName) {
    case 'form:checkbox':
    case 'form:radio': {
      const ticked = (attr('form:current-state') || attr('form:state') || (attr('form:current-selected') === 'true' ? 'checked' : '')) === 'checked';
      return `${ticked ? TICKED : UNTICKED} ${attr('form:label')}`.trim();
    }
    case 'form:listbox': {
      const options = control.getElementsByTagName('form:option');
      const chosen: string[] = [];
      for (let i = 0; i < options.length; i++) {
        const option = options[i]!;
        if ((option.getAttribute('form:current-selected') ?? option.getAttribute('form:selected')) === 'true')
          chosen.push(option.getAttribute('form:label') ?? option.getAttribute('form:value') ?? '');
      }
      return chosen.filter(Boolean).join('; ');
    }
    case 'form:button':
    case 'form:image':
    case 'form:hidden':
    case 'form:file':
      return '';
    default:
      return attr('form:current-value') || attr('form:value');
  }
}

/**
 * The values of an ODT's form controls by id: `draw:control` in a paragraph
 * names one, and its value is read there, in place after its label. A
 * document with more than MAX_FORM_FIELDS controls is refused.
 */
export function formValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const control of controls(doc)) {
    const value = valueOf(control).replace(/\s+/g, ' ').trim();
    if (!value) continue;
    for (const id of [control.getAttribute('form:id'), control.getAttribute('xml:id')]) if (id) values.set(id, value);
  }
  return values;
}
