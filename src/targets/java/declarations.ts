// One declaration → the lines ServiceStack's Java generator writes for it: a static class (or
// interface, enum) nested in the file's GlobalNamespace class, with public fields and, by default,
// a getter and a chaining setter for each.

import { propertyStyle, toPascalCase } from '../../model/casing.js';
import type { ClassDecl, EnumDecl } from '../../model/types.js';
import type { PlannedDecl } from '../../plan/plan.js';
import { enumMembers, type JvmDeclarations } from '../jvm/declarations.js';

export type JavaDeclVM = JavaClassVM | JavaEnumVM;

export interface JavaMemberVM {
  /** ServiceStack leaves a blank line after a field with @DataMember or attributes. */
  blankBefore: boolean;
  lines: string[];
}

export interface JavaClassVM {
  partial: 'class';
  annotations: string[];
  signature: string;
  members: JavaMemberVM[];
  /** The getters and setters block (after a line of indentation), when accessors are on. */
  hasAccessors: boolean;
  accessors: string[];
  trailer: string[];
}

export interface JavaEnumVM {
  partial: 'enum';
  annotations: string[];
  signature: string;
  members: string[];
  /** `private final int value;` and its constructor and getter, for enums with values. */
  valueLines: string[];
}

export interface JavaDeclOptions {
  addPropertyAccessors: boolean;
  settersReturnThis: boolean;
}

export class JavaDeclarations {
  constructor(
    private readonly shared: JvmDeclarations,
    private readonly options: JavaDeclOptions,
  ) {}

  declaration(planned: PlannedDecl): JavaDeclVM {
    const decl = planned.decl;
    return decl.kind === 'enum' ? this.enumVM(planned, decl) : this.classVM(planned, decl);
  }

  private enumVM(planned: PlannedDecl, decl: EnumDecl): JavaEnumVM {
    const { members, wide } = enumMembers(decl, (t) => this.shared.annotations.quoted(t));
    const valued = members.some((m) => m.value !== undefined);
    const type = wide ? 'long' : 'int';
    return {
      partial: 'enum',
      annotations: this.shared.typeAnnotations(planned),
      signature: `public static enum ${planned.name}`,
      members: members.map((m, i) => {
        const delimiter = i === members.length - 1 ? ';' : ',';
        return m.value === undefined ? `${m.name}${delimiter}` : `${m.prefix}${m.name}(${m.value}${wide ? 'L' : ''})${delimiter}`;
      }),
      valueLines: valued ? [`private final ${type} value;`, `${planned.name}(final ${type} intValue) { value = intValue; }`, `public ${type} getValue() { return value; }`] : [],
    };
  }

  private classVM(planned: PlannedDecl, decl: ClassDecl): JavaClassVM {
    const s = this.shared;
    const isInterface = decl.kind === 'interface';
    const marker = s.returnMarker(planned, decl);
    const interfaces = s.interfaces(marker, decl);
    const typeName = s.typeName(planned);
    const withAccessors = this.options.addPropertyAccessors && !isInterface;
    const setterType = withAccessors && this.options.settersReturnThis ? typeName : undefined;
    const textCase = s.plan.model.service.textCase;
    const members: JavaMemberVM[] = [];
    const accessors: string[] = [];
    let spaced = false;
    const push = (lines: string[], spacedAfter: boolean) => {
      members.push({ blankBefore: spaced, lines });
      spaced = spacedAfter;
    };
    if (planned.implicitVersion !== undefined) {
      const field = propertyStyle('Version', textCase);
      members.push({ blankBefore: false, lines: [`public Integer ${field} = ${planned.implicitVersion};`, ...(withAccessors ? accessorLines('Integer', field, setterType) : [])] });
    }
    for (const pp of planned.properties) {
      const { lines, spaced: after } = s.propertyAnnotations(pp);
      const type = s.propertyType(pp.property.type);
      const initializer = pp.initialise ? (type.endsWith('[]') ? `new ${type}{}` : `new ${type}()`) : 'null';
      push([...lines, `${s.serializedPrefix(pp)}public ${type} ${pp.name} = ${initializer};`], after);
      if (withAccessors) accessors.push(...accessorLines(type, pp.name, setterType));
    }
    if (planned.addResponseStatus) {
      const field = propertyStyle('ResponseStatus', textCase);
      push([`public ResponseStatus ${field} = null;`], false);
      if (withAccessors) accessors.push(...accessorLines('ResponseStatus', field, setterType));
    }
    const response = s.responseType(marker);
    const base = decl.base ? ` extends ${s.types.expr(decl.base)}` : '';
    // An interface extends the interfaces it inherits (`implements` would not compile).
    const listed = interfaces.length > 0 ? ` ${isInterface ? 'extends' : 'implements'} ${interfaces.join(', ')}` : '';
    return {
      partial: 'class',
      annotations: s.typeAnnotations(planned),
      signature: `public static ${isInterface ? 'interface' : 'class'} ${typeName}${base}${listed}`,
      members,
      hasAccessors: withAccessors,
      accessors,
      trailer: response
        ? [`private static Object responseType = ${response.generic ? `new TypeToken<${response.type}>(){}.getType()` : `${response.type}.class`};`, 'public Object getResponseType() { return responseType; }']
        : [],
    };
  }
}

/** A getter (`isX` for booleans) and a setter, as ServiceStack's AppendPropertyAccessor writes them. */
function accessorLines(type: string, field: string, setterType: string | undefined): string[] {
  const accessor = toPascalCase(field);
  const getter = /^bool/i.test(type) && !/^is/i.test(accessor) ? 'is' : 'get';
  return [
    `public ${type} ${getter}${accessor}() { return ${field}; }`,
    setterType !== undefined
      ? `public ${setterType} set${accessor}(${type} value) { this.${field} = value; return this; }`
      : `public void set${accessor}(${type} value) { this.${field} = value; }`,
  ];
}
