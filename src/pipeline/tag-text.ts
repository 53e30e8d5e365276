import { CscTagError } from '../model/errors.js';
import { decode } from '../read/decode.js';
import type { DocumentReport } from '../model/schema.js';
import { loadCompiledRules } from './load-rules.js';
import type { CompiledRules } from '../rules/index.js';
import { tagDocument } from './tag-document.js';

/** Tags one document given as a string (a `.md` name makes it Markdown): the shortest way in for scripts. */
export async function tagText(text: string, options: { file?: string; rules?: CompiledRules } = {}): Promise<DocumentReport> {
  const bytes = new TextEncoder().encode(text);
  const decoded = decode(bytes);
  if (!decoded.ok) throw new CscTagError(decoded.code, decoded.reason, options.file ?? 'text');
  return tagDocument({ file: options.file ?? 'text.txt', text: decoded.text, encoding: decoded.encoding, bytes: bytes.length, warnings: decoded.warnings }, options.rules ?? loadCompiledRules());
}
