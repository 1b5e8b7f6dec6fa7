import { checkFiles, extensionOf, normalizeAccept } from './fileChecks.ts';

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

describe('fileChecks', () => {
  it('reads extensions case-insensitively and normalizes the accept list', () => {
    expect(extensionOf('Contacts.CSV')).toBe('csv');
    expect(extensionOf('.env')).toBe('');
    expect(extensionOf('noext')).toBe('');
    expect(normalizeAccept(['.CSV', ' xlsx ', ''])).toEqual(['csv', 'xlsx']);
  });

  it('gives every file its verdict: type, size, empty, duplicate, count', () => {
    const result = checkFiles(
      [
        file('a.csv'),
        file('b.pdf'),
        file('c.csv', 2000),
        file('d.csv', 0),
        file('old.csv'),
        file('e.csv'),
        file('f.csv'),
      ],
      { accept: ['csv'], maxSize: 1000, maxFiles: 3, existingNames: ['old.csv'] },
    );
    expect(result.map((r) => [r.file.name, r.rejection ?? 'ok'])).toEqual([
      ['a.csv', 'ok'],
      ['b.pdf', 'type'],
      ['c.csv', 'size'],
      ['d.csv', 'empty'],
      ['old.csv', 'duplicate'],
      ['e.csv', 'ok'],
      ['f.csv', 'count'],
    ]);
  });

  it('rejects a second file of the same name in one drop', () => {
    const result = checkFiles([file('a.csv'), file('a.csv')], {
      accept: ['csv'],
      maxSize: 1000,
      maxFiles: 10,
      existingNames: [],
    });
    expect(result.map((r) => r.rejection)).toEqual([undefined, 'duplicate']);
  });
});
