/** @jest-environment jsdom */
import { download } from '../../../src/taskpane/export/download';

it('downloads the bytes under the file name through a temporary link', () => {
  const blobs: Blob[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => (blobs.push(blob), 'blob:pack'));
  URL.revokeObjectURL = jest.fn();
  const clicked: HTMLAnchorElement[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  download(
    'board-pack-KSS-2023-03.xlsx',
    new Uint8Array([80, 75, 3]),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(clicked.map((a) => [a.download, a.href])).toEqual([['board-pack-KSS-2023-03.xlsx', 'blob:pack']]);
  expect(blobs[0].size).toBe(3);
  expect(document.querySelector('a')).toBeNull(); // the link is removed again
});
