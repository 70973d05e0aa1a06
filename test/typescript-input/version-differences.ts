// What ServiceStack's older TypeScript generators wrote differently from 8.91's, as data: each
// rewrites a declaration of an older dtos.ts into 8.91's spelling, so that the declarations
// dtogen regenerates can be held to the original, one by one. The README's TypeScript-input
// section lists the same differences.

export interface VersionDifference {
  what: string;
  /** The versions it concerns: `5` for 5.x, `6` for 5.x and 6.x; `server` for any version. */
  upTo: 5 | 6 | 'server';
  rewrite: (declaration: string) => string;
}

export const VERSION_DIFFERENCES: readonly VersionDifference[] = [
  {
    what: 'lines a server adds above the declarations (its AddHeader filter: /* eslint-disable */; InsertTsNoCheck: // @ts-nocheck)',
    upTo: 'server',
    rewrite: (d) => d.replace(/^(\/\* eslint-disable \*\/|\/\/ @ts-nocheck)$\n?/gm, '').trim(),
  },
  {
    what: 'index signatures spelled `[index: string]`, where 8.91 writes `[index:string]`',
    upTo: 6,
    rewrite: (d) => d.replaceAll('[index: ', '[index:'),
  },
  {
    what: 'enum values in attribute comments unquoted (`@IntlDateTime(DateStyle.Long)`), which 8.91 quotes',
    upTo: 6,
    rewrite: (d) => d.replace(/^(\s*\/\/ @\w+\()(.*)\)$/gm, (_, head: string, args: string) => `${head}${args.split(', ').map((a) => (/^[A-Z]\w*\.[A-Z]\w*$/.test(a) ? `"${a}"` : a)).join(', ')})`),
  },
  {
    what: 'descriptions as `/**` `* text` `*/` on three lines, where 8.91 writes `/** @description text */`',
    upTo: 5,
    rewrite: (d) => d.replace(/^(\s*)\/\*\*\n\s*\* (.*)\n\s*\*\/$/gm, '$1/** @description $2 */'),
  },
  {
    what: 'createResponse() before getTypeName() and getMethod(); 8.91 writes it last',
    upTo: 5,
    rewrite: (d) => d.replace(/^(\s*public createResponse\(\) \{.*\})\n((?:\s*public get(?:TypeName|Method)\(\) \{.*\}(?:\n|$))+)/gm, (_, response: string, rest: string) => `${rest.replace(/\n?$/, '\n')}${response}${rest.endsWith('\n') ? '\n' : ''}`),
  },
  {
    what: 'a [DataMember(Name)] name not used as the property name (`referrerUrl` under `Name="ReferrerUrl"`), which 8.91 uses as it is',
    upTo: 5,
    rewrite: (d) => d.replace(/^(\s*\/\/ @DataMember\(Name="(\w+)".*\)\n(?:\s*\/\/.*\n)*\s*(?:public )?)\w+/gm, (_, head: string, name: string) => head + name),
  },
  {
    what: 'binary responses as `IReturn<Uint8Array>` and `new Uint8Array(0)`, where 8.91 writes `Blob`',
    upTo: 5,
    rewrite: (d) => d.replaceAll('IReturn<Uint8Array>', 'IReturn<Blob>').replaceAll('return new Uint8Array(0);', 'return new Blob();'),
  },
  {
    what: 'a request without a response has getMethod() alone; 8.91 gives every request getTypeName() and createResponse() {}',
    upTo: 5,
    rewrite: (d) => {
      const name = /^export class (\w+)/m.exec(d)?.[1];
      if (name === undefined || d.includes('getTypeName()') || !d.includes('public getMethod()')) return d;
      return d.replace(/^(\s*)(public getMethod\(\) \{.*\})$/m, `$1public getTypeName() { return '${name}'; }\n$1$2\n$1public createResponse() {}`);
    },
  },
];

/** The differences that concern a file of this `Version:`. */
export function differencesFor(version: string): VersionDifference[] {
  const major = Number.parseInt(version, 10);
  return VERSION_DIFFERENCES.filter((v) => v.upTo === 'server' || major <= v.upTo);
}

/** A declaration of an older dtos.ts in 8.91's spelling ('' when it is only server header lines). */
export function as891(declaration: string, differences: readonly VersionDifference[]): string {
  return differences.reduce((text, v) => v.rewrite(text), declaration);
}
