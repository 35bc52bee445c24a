/** Bundles a test-only TypeScript entry for the browser (the Excel double) with the project's webpack. */
import path from 'path';
import webpack from 'webpack';

export function bundleForBrowser(entry: string, outFile: string): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry,
    output: { path: path.dirname(outFile), filename: path.basename(outFile), iife: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve(outFile);
    }),
  );
}
