/**
 * The double's objects are typed against @types/office-js (officeTypes.ts): the TypeScript checker
 * rejects a double member with another signature than Office.js gives it, or one Office.js lacks,
 * and accepts the double as it is.
 */
import path from 'path';
import ts from 'typescript';

const HERE = __dirname;
const PROBE = path.join(HERE, '__typingProbe.ts');
const PROBE_TEXT = `
import { DoubleRange } from './range';
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';

export class OtherSignature implements Modelled<Excel.Range, 'getCell' | 'rowCount'> {
  rowCount = 0;
  getCell(row: string, column: number): unknown { return [row, column]; }
}
export class ExtraMember { address = ''; notInOfficeJs(): void {} }
export type Extra = SpeaksOfficeJs<NoExtraMembers<ExtraMember, Excel.Range>>;
export type TheDouble = SpeaksOfficeJs<NoExtraMembers<DoubleRange, Excel.Range, 'resolvedState'>>;
`;

function diagnostics(): { file: string; line: number; text: string }[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['office-js'],
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (file) => (path.resolve(file) === PROBE ? PROBE_TEXT : read(file));
  host.fileExists = (file) => path.resolve(file) === PROBE || exists(file);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError) =>
    path.resolve(file) === PROBE ? ts.createSourceFile(file, PROBE_TEXT, language) : getSource(file, language, onError);
  const program = ts.createProgram(
    [PROBE, ...['context.ts', 'range.ts', 'table.ts', 'worksheet.ts', 'events.ts'].map((f) => path.join(HERE, f))],
    options,
    host,
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file ? path.basename(d.file.fileName) : '',
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

it('rejects a member with another signature or one Office.js lacks, and accepts the double', () => {
  const found = diagnostics();
  expect(found.filter((d) => d.file !== '__typingProbe.ts')).toEqual([]);
  const probe = found.filter((d) => d.file === '__typingProbe.ts');
  expect(probe).toHaveLength(2);
  expect(probe[0]).toMatchObject({
    line: 7,
    text: expect.stringContaining("Property 'getCell' in type 'OtherSignature' is not assignable"),
  });
  expect(probe[1]).toMatchObject({ line: 10, text: expect.stringContaining('notInOfficeJs') });
}, 180_000);
