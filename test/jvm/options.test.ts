// Kotlin and Java options and safety, line by line: the header, Package, GlobalNamespace,
// accessors, imports, TreatTypesAsStrings, operation mode, and metadata text that tries to escape
// its comment or string literal (test/jvm/hostile.ts; compile.test.ts also compiles it).

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import { fixture } from '../support/paths.js';
import { HOSTILE_DOCUMENT } from './hostile.js';

const NORTHWIND = fixture('metadata', 'northwind-subset.json');

async function text(lang: 'kotlin' | 'java', options: Record<string, string | boolean> = {}, extra: { op?: string } = {}): Promise<string> {
  const result = await generate({ input: NORTHWIND, lang, date: new Date(0), options, ...extra });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

describe('Kotlin and Java options', () => {
  it('Package writes a package line; a set option prints uncommented', async () => {
    const kt = await text('kotlin', { Package: 'com.example.dtos' });
    expect(kt).toContain('\nPackage: com.example.dtos\n');
    expect(kt).toContain('*/\n\npackage com.example.dtos\n\nimport java.math.*\n');
    const java = await text('java', { Package: 'com.example.dtos', GlobalNamespace: 'Api' });
    expect(java).toContain('*/\n\npackage com.example.dtos;\n\nimport java.math.*;\n');
    expect(java).toContain('\npublic class Api\n{\n');
  });

  it('Java accessors: off, or setters returning void', async () => {
    const plain = await text('java', { AddPropertyAccessors: false });
    expect(plain).not.toContain('getProvider');
    const voids = await text('java', { SettersReturnThis: false });
    expect(voids).toContain('        public void setProvider(String value) { this.provider = value; }\n');
    expect(voids).toContain('        public Boolean isRememberMe() { return rememberMe; }\n');
  });

  it('DefaultImports replaces the imports; TreatTypesAsStrings types a DTO as String and drops it', async () => {
    const kt = await text('kotlin', { DefaultImports: 'java.util.*,net.servicestack.client.*', TreatTypesAsStrings: 'Property' });
    expect(kt).toContain('*/\n\nimport java.util.*\nimport net.servicestack.client.*\n\n\n');
    expect(kt).not.toMatch(/^open class Property\b/m);
    expect(kt).toContain('open var addClaims:ArrayList<String>? = null');
  });

  it('AddImplicitVersion, AddResponseStatus and InitializeCollections', async () => {
    const kt = await text('kotlin', { AddImplicitVersion: '3', AddResponseStatus: true, InitializeCollections: true });
    expect(kt).toContain('open class Authenticate : IReturn<AuthenticateResponse>, IPost\n{\n    val version:Int = 3\n');
    expect(kt).toContain('    open var roles:ArrayList<String> = ArrayList<String>()\n');
    const java = await text('java', { AddImplicitVersion: '3' });
    expect(java).toContain('        public Integer version = 3;\n        public Integer getVersion() { return version; }\n        public Authenticate setVersion(Integer value) { this.version = value; return this; }\n');
  });

  it('operation mode: no header, no markers or routes', async () => {
    const kt = await text('kotlin', {}, { op: 'Authenticate' });
    expect(kt.startsWith('import java.math.*\n')).toBe(true);
    expect(kt).toContain('\nopen class Authenticate : IPost\n{\n');
    expect(kt).not.toContain('@Route');
  });

  it('bad option values are refused with their place', async () => {
    for (const [key, value] of [['Package', 'a b'], ['GlobalNamespace', 'x;y'], ['DefaultImports', 'java.util.*;evil']] as const) {
      const result = await generate({ input: NORTHWIND, lang: 'java', options: { [key]: value } });
      expect(result.files).toEqual([]);
      expect(result.diagnostics.map((d) => d.message).join('\n')).toContain(key);
    }
  });
});

describe('Kotlin and Java output is safe from metadata text', () => {
  const { model } = loadText(JSON.stringify(HOSTILE_DOCUMENT), 'hostile.json');

  it('kotlin: comments stay comments, strings stay strings, keywords are capitalised', async () => {
    const { files } = await generate({ model: model!, lang: 'kotlin', date: new Date(0) });
    const kt = files[0]?.content ?? '';
    expect(kt).toContain('* Closes *\\/ class Evil { } /\\* and \\u002a\\u002f escapeswith a second line\n');
    expect(kt).toContain('@Api(Description="a \\"quoted\\" \\${System.exit(1)} \\\\u0022 \\$x } class Evil2 {")\n');
    expect(kt).toContain('// @Tag(Name="not a client annotation")\n');
    expect(kt).toContain('@SerializedName("x\\"; var y = \\"\\$z")\n');
    expect(kt).toContain('    @SerializedName("default") open var Default:String? = null\n');
    expect(kt).toContain('    @SerializedName("fun") open var Fun:String? = null\n');
    expect(kt).toContain('    @SerializedName("null") open var Null:String? = null\n');
    expect(kt).toContain('    @StringLength(MaximumLength=10)\n    open var limit:Int? = null\n');
    expect(kt).toContain('enum class Mode\n{\n    Fast,\n    Slow,\n}\n');
    expect(kt).toContain('BaseUrl: https://example.org/\\*\\/ class Evil { } /\\*\n');
  });

  // A line break in a description is deleted, as ServiceStack's SafeComment deletes it (`escapeswith`).
  it('java: javac reads no Unicode escape from a comment', async () => {
    const { files } = await generate({ model: model!, lang: 'java', date: new Date(0) });
    const java = files[0]?.content ?? '';
    expect(java).toContain('    * Closes *\\/ class Evil { } /* and \\\\u002a\\\\u002f escapeswith a second line\n');
    expect(java).toContain('@Api(Description="a \\"quoted\\" ${System.exit(1)} \\\\u0022 $x } class Evil2 {")\n');
    expect(java).toContain('        @SerializedName("default") public String Default = null;\n');
    expect(java).toContain('    public static enum Mode\n    {\n        Fast,\n        Slow;\n    }\n');
  });
});
