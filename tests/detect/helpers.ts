// The detector and gate compiled from the content files now (not content/generated), so these tests
// check the current signals even before a build.
import { validateContent } from '../../content/validate.ts';
import { readContentFiles } from '../../content/read-files.ts';
import { createDetector, type Detector } from '../../content/detect/engine.ts';
import { compileFromSource } from '../../content/detect/node.ts';
import { createGate, type GateInput } from '../../content/detect/page-gate.ts';
import { CONTENT_DIR } from '../content/helpers.ts';

let detector: Detector | undefined;
export function sourceDetector(): Detector {
  detector ??= createDetector(compileFromSource().index);
  return detector;
}

let gate: ((input: GateInput) => boolean) | undefined;
export function sourceGate(): (input: GateInput) => boolean {
  gate ??= createGate(compileFromSource().gate);
  return gate;
}

/** The red flag ids that exist in content/data/red-flags. */
export function redFlagIds(): Set<string> {
  return new Set(validateContent(readContentFiles(CONTENT_DIR)).content.data['red-flags'].keys());
}
