// Reading the Options header the way ServiceStack's update tools do, for every comment style:
// real headers from the corpus (Python, TypeScript, Swift) and hand-edited ones.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/index.js';
import { extensionOf, targetsForFile } from '../../src/workflow/file-language.js';
import { keepDate, readGeneratedHeader } from '../../src/workflow/generated-header.js';
import { CORPUS, HAS_CORPUS } from '../support/paths.js';

describe('readGeneratedHeader', () => {
  it.runIf(HAS_CORPUS)('reads the BaseUrl and every option key of real Python, TypeScript and Swift files', () => {
    for (const [file, keys] of [
      ['get-dtos-8.91/dtos.py', 10],
      ['get-dtos-8.91/dtos.ts', 9],
      ['get-dtos-8.91/dtos.swift', 13],
    ] as const) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const header = readGeneratedHeader(text);
      expect(header?.baseUrl?.value, file).toBe('https://localhost:5001');
      expect(header?.options, file).toEqual([]);
      expect(header?.keys, file).toHaveLength(keys);
      expect(header?.dateLine, file).toBe(2);
    }
  });

  it('takes the uncommented lines after BaseUrl as options, with their places', () => {
    const text = [
      '/* Options:',
      'Date: 2025-11-02 18:59:14',
      'SwiftVersion: 6.0',
      'Version: 8.91',
      'Tip: To override a DTO option, remove "//" prefix before updating',
      'Input: ../api/app.json',
      'BaseUrl: https://localhost:5001',
      '',
      '//BaseClass: ',
      'IncludeTypes: Hello.*,{tag}',
      'AddResponseStatus:True',
      '*/',
      '',
      'import Foundation',
      'NotAnOption: 1',
    ].join('\n');
    expect(readGeneratedHeader(text)).toEqual({
      dateLine: 2,
      input: { value: '../api/app.json', line: 6, column: 8 },
      baseUrl: { value: 'https://localhost:5001', line: 7, column: 10 },
      options: [
        { key: 'IncludeTypes', value: 'Hello.*,{tag}', line: 10, column: 15 },
        { key: 'AddResponseStatus', value: 'True', line: 11, column: 19 },
      ],
      keys: ['BaseClass', 'IncludeTypes', 'AddResponseStatus'],
    });
  });

  it('finds no header in other files, or in one whose comment never closes', () => {
    expect(readGeneratedHeader('import datetime\n')).toBeUndefined();
    expect(readGeneratedHeader('""" Options:\nDate: x\nBaseUrl: y\n')).toBeUndefined();
  });

  it('keeps the date of the file on disk when comparing', () => {
    const old = '""" Options:\nDate: 2020-01-01 00:00:00\nBaseUrl: x\n"""\nbody\n';
    expect(keepDate('""" Options:\nDate: 2026-05-05 10:00:00\nBaseUrl: x\n"""\nbody\n', old)).toBe(old);
    expect(keepDate('no header\n', old)).toBe('no header\n');
  });
});

describe('targetsForFile', () => {
  it('finds each registered language by the extension of its file name, the longest winning', () => {
    for (const target of languages()) {
      expect(targetsForFile(`src/${target.defaultFileName}`)).toContain(target);
      expect(targetsForFile(`src/${target.defaultFileName}`).every((t) => extensionOf(t) === extensionOf(target))).toBe(true);
    }
    expect(targetsForFile('notes.txt')).toEqual([]);
  });
});
