/**
 * The parts that belonged only to a replaced sheet of the product's own: what Excel hung on it
 * after the last run (printer settings when the user printed it, a comment, a drawing with a chart
 * …), found by following relationships from the replaced sheet. A part is dropped only when no
 * part that stays still refers to it, so an image or a chart shared with a user's sheet is kept.
 */
import { relationships, relsPartOf, resolvePartName } from './packageParts';

/** Part names (lower case, as the package compares them) → the names of the parts they refer to. */
export type PartReferences = Map<string, Set<string>>;

/** Every internal relationship of the package, from the text of its `.rels` parts. */
export function partReferences(relsParts: Iterable<{ name: string; xml: string }>): PartReferences {
  const out: PartReferences = new Map();
  for (const { name, xml } of relsParts) {
    const source = sourceOfRelsPart(name);
    if (source === undefined) continue;
    const folder = source.slice(0, source.lastIndexOf('/') + 1);
    const targets = new Set<string>();
    for (const rel of relationships(xml)) if (!rel.external && rel.target) targets.add(resolvePartName(folder, rel.target).toLowerCase());
    out.set(source.toLowerCase(), targets);
  }
  return out;
}

/**
 * The parts to remove with `removed` (the replaced sheets' parts, lower case): those reachable from
 * them whose every referrer is removed too, with their own `.rels` parts. `removed` is not changed.
 */
export function orphanedParts(references: PartReferences, removed: ReadonlySet<string>): string[] {
  const gone = new Set(removed);
  const candidates = new Set<string>();
  const visit = (part: string) => {
    for (const target of references.get(part) ?? []) {
      if (gone.has(target) || candidates.has(target)) continue;
      candidates.add(target);
      visit(target);
    }
  };
  for (const part of removed) visit(part);
  const referrers = new Map<string, string[]>();
  for (const [source, targets] of references) {
    for (const target of targets) if (candidates.has(target)) (referrers.get(target) ?? referrers.set(target, []).get(target)!).push(source);
  }
  const orphans: string[] = [];
  // Until nothing changes: a part freed by a removed drawing may free the chart under it.
  for (let changed = true; changed; ) {
    changed = false;
    for (const part of candidates) {
      if (gone.has(part) || !(referrers.get(part) ?? []).every((source) => gone.has(source))) continue;
      gone.add(part);
      orphans.push(part, relsPartOf(part).toLowerCase());
      changed = true;
    }
  }
  return orphans;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/sheet1.xml"; "_rels/.rels" → "" (the package itself, never removed). */
function sourceOfRelsPart(name: string): string | undefined {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(name);
  return m ? `${m[1]}${m[2]}` : undefined;
}
