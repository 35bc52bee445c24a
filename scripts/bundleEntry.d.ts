export function bundleEntry(entry: string, outFile: string, target: 'web' | 'node'): Promise<string>;
