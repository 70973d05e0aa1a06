// How Java and Kotlin spell type references, as ServiceStack's JVM generators write them: every
// collection is an ArrayList, every dictionary a HashMap, and generic arguments nested inside
// another reference are joined without a space (`HashMap<String,String>`) while a property's own
// generic type has one (`QueryDb<From, Into>`).

import type { PrimitiveName, TypeDecl, TypeRef } from '../../model/types.js';
import { typesById } from '../../model/walk.js';
import type { DtoPlan } from '../../plan/plan.js';
import { isBytes } from '../../plan/type-syntax.js';

export interface JvmDialect {
  primitives: Readonly<Record<PrimitiveName, string>>;
  /** `byte[]` (Java) or `ByteArray` (Kotlin). */
  bytes: string;
  /** A nullable generic argument: `Int?` in Kotlin, the type itself in Java. */
  nullableArg(inner: string): string;
  genericParam(name: string): string;
}

export class JvmTypes {
  private readonly byId: ReadonlyMap<string, TypeDecl>;

  constructor(
    private readonly plan: DtoPlan,
    private readonly dialect: JvmDialect,
    /** TreatTypesAsStrings: names of types written as `String`. */
    private readonly treatAsStrings: ReadonlySet<string>,
  ) {
    this.byId = typesById(plan.model);
  }

  /** A reference as a property, base class or interface writes it. */
  expr(ref: TypeRef): string {
    return this.text(ref, false);
  }

  /** A reference as a generic argument writes it. */
  arg(ref: TypeRef): string {
    return this.text(ref, true);
  }

  /** The identifier of a declaration, or of a library type the model names. */
  className(id: string): string {
    return this.plan.names.get(id) ?? id.replace(/`\d+$/, '');
  }

  private text(ref: TypeRef, nested: boolean): string {
    switch (ref.kind) {
      case 'primitive':
        return this.dialect.primitives[ref.name];
      case 'opaque':
        return 'String';
      case 'param':
        return this.dialect.genericParam(ref.name);
      case 'nullable':
        return nested ? this.dialect.nullableArg(this.text(ref.of, true)) : this.text(ref.of, false);
      case 'list':
        return isBytes(ref) ? this.dialect.bytes : `ArrayList<${this.text(ref.element, true)}>`;
      case 'dictionary':
        return `HashMap<${this.text(ref.key, true)},${this.text(ref.value, true)}>`;
      case 'named': {
        const decl = this.byId.get(ref.id);
        if (decl && this.treatAsStrings.has(decl.name)) return 'String';
        const name = this.className(ref.id);
        if (ref.args.length === 0) return name;
        return `${name}<${ref.args.map((a) => this.text(a, true)).join(nested ? ',' : ', ')}>`;
      }
    }
  }
}
