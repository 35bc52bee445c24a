/**
 * xml2js ships no types (and @types/xml2js is not a dependency): the part scripts/manifestChecks.js
 * uses. The shape of a parsed document depends on the options, so the caller describes it.
 */
declare module 'xml2js' {
  export interface ParserOptions {
    explicitChildren?: boolean;
    preserveChildrenOrder?: boolean;
    explicitArray?: boolean;
    tagNameProcessors?: ((name: string) => string)[];
    strict?: boolean;
    async?: boolean;
  }
  export class Parser {
    constructor(options?: ParserOptions);
    parseString(text: string, callback: (error: Error | null, result: unknown) => void): void;
  }
  export const processors: { stripPrefix(name: string): string };
}
