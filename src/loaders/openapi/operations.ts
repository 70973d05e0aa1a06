// OpenAPI paths → operations. Each operation's request is a class named by its `operationId`
// (else its method and path: `get /users/{id}` → GetUsersId) whose members are its path, query,
// header and cookie parameters and its body: a body that `$ref`s a class is the request's base
// class, an inline object body gives its members, any other body is a `body` member. The first
// 2xx response's schema is the response type (an inline one is named `<Request>Response`); none
// means the operation returns nothing.

import type { Attribute, AuthRequirements, Operation, TypeRef } from '../../model/types.js';
import { child, isObject, location, type Documents, type JsonObject, type Located } from './documents.js';
import type { Member, SchemaMapper } from './schemas.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export class OperationMapper {
  constructor(
    private readonly docs: Documents,
    private readonly schemas: SchemaMapper,
    private readonly root: Located,
  ) {}

  operations(): Operation[] {
    const paths = child(this.root, 'paths');
    if (!isObject(paths.value)) return [];
    const out: Operation[] = [];
    for (const path of Object.keys(paths.value)) {
      const item = this.docs.deref(child(paths, path));
      if (!item || !isObject(item.value)) continue;
      for (const method of METHODS) {
        const op = child(item, method);
        if (isObject(op.value)) out.push(this.operation(path, method, item, op));
      }
    }
    return out;
  }

  private operation(path: string, method: string, item: Located, at: Located): Operation {
    const op = at.value as JsonObject;
    const verb = method.toUpperCase();
    const name = this.schemas.uniqueName(typeof op.operationId === 'string' && op.operationId.trim() !== '' ? op.operationId : `${method} ${path}`);
    const summary = text(op.summary);
    const notes = text(op.description);
    const { members, base } = this.members(item, at, name);
    const attributes: Attribute[] = op.deprecated === true ? [{ name: 'Obsolete', args: [], source: location(at) }] : [];
    const decl = this.schemas.declareClass(name, at, members, { ...(base ? { base } : {}), ...(summary ?? notes ? { description: (summary ?? notes) as string } : {}), attributes });
    const response = this.response(at, name);
    return {
      name: decl.name,
      request: decl.id,
      ...(response ? { response } : {}),
      returnsVoid: response === undefined,
      actions: [verb],
      method: verb,
      routes: [{ path, verbs: [verb], ...(summary ? { summary } : {}), ...(notes ? { notes } : {}), source: location(at) }],
      tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
      ...(notes ?? summary ? { description: (notes ?? summary) as string } : {}),
      auth: this.auth(at),
      source: location(at),
    };
  }

  private members(item: Located, at: Located, name: string): { members: Member[]; base?: TypeRef } {
    const params = new Map<string, Member>();
    let body: Located | undefined;
    for (const list of [child(item, 'parameters'), child(at, 'parameters')]) {
      if (!Array.isArray(list.value)) continue;
      list.value.forEach((_, i) => {
        const param = this.docs.deref(child(list, i));
        if (!param || !isObject(param.value) || typeof param.value.name !== 'string') return;
        const where = typeof param.value.in === 'string' ? param.value.in : 'query';
        // Swagger 2.0: the body is a parameter; the other parameters carry their schema inline.
        if (where === 'body') {
          body = child(param, 'schema');
          return;
        }
        const schema = isObject(param.value.schema) ? child(param, 'schema') : isObject(param.value.content) ? firstMedia(child(param, 'content')) : param;
        if (!schema) return;
        params.set(`${where}:${param.value.name}`, { wire: param.value.name, at: schema, required: param.value.required === true, paramType: where === 'formData' ? 'form' : where });
      });
    }
    // One member per wire name: the first parameter of a name wins, and a parameter wins over a body member.
    const members = unique([...params.values()]);
    const requestBody = this.docs.deref(child(at, 'requestBody'));
    if (requestBody && isObject(requestBody.value)) body = firstMedia(child(requestBody, 'content'));
    if (!body || !isObject(body.value)) return { members };
    const required = requestBody === undefined || !isObject(requestBody.value) || requestBody.value.required === true;
    if (typeof body.value.$ref === 'string') {
      const target = this.docs.deref(body);
      const ref = this.schemas.typeOf(body, `${name}Body`);
      if (target && ref.kind === 'named' && isObject(target.value) && !Array.isArray(target.value.enum)) return { members, base: ref };
      return { members: unique([...members, { wire: 'body', at: body, required, paramType: 'body' }]) };
    }
    if (isObject(body.value.properties) || Array.isArray(body.value.allOf)) {
      return { members: unique([...members, ...this.schemas.members(body).map((m) => ({ ...m, paramType: 'body' }))]) };
    }
    return { members: unique([...members, { wire: 'body', at: body, required, paramType: 'body' }]) };
  }

  private response(at: Located, name: string): TypeRef | undefined {
    const responses = child(at, 'responses');
    if (!isObject(responses.value)) return undefined;
    const code = Object.keys(responses.value)
      .filter((c) => /^2(\d\d|XX)$/i.test(c))
      .sort()[0];
    if (code === undefined) return undefined;
    const response = this.docs.deref(child(responses, code));
    if (!response || !isObject(response.value)) return undefined;
    const schema = isObject(response.value.schema) ? child(response, 'schema') : firstMedia(child(response, 'content'));
    if (!schema || !isObject(schema.value)) return undefined;
    return this.schemas.typeOf(schema, `${name}Response`);
  }

  private auth(at: Located): AuthRequirements {
    const op = at.value as JsonObject;
    const security = Array.isArray(op.security) ? op.security : Array.isArray((this.root.value as JsonObject).security) ? ((this.root.value as JsonObject).security as unknown[]) : [];
    const requirements = security.filter(isObject);
    // An empty requirement ({}) makes authentication optional.
    const requiresAuth = requirements.length > 0 && requirements.every((r) => Object.keys(r).length > 0);
    const schemes = this.securitySchemes();
    const requiresApiKey = requiresAuth && requirements.some((r) => Object.keys(r).some((k) => schemes.get(k) === 'apiKey'));
    const scopes = [...new Set(requirements.flatMap((r) => Object.values(r).flatMap((v) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []))))];
    return { requiresAuth, requiresApiKey, requiredRoles: [], requiresAnyRole: [], requiredPermissions: [], requiresAnyPermission: requiresAuth ? scopes : [] };
  }

  private schemeTypes?: Map<string, string>;

  private securitySchemes(): Map<string, string> {
    if (this.schemeTypes) return this.schemeTypes;
    const root = this.root.value as JsonObject;
    const components = isObject(root.components) ? root.components : {};
    const schemes = isObject(components.securitySchemes) ? components.securitySchemes : isObject(root.securityDefinitions) ? root.securityDefinitions : {};
    this.schemeTypes = new Map(Object.entries(schemes).flatMap(([k, v]) => (isObject(v) && typeof v.type === 'string' ? [[k, v.type] as [string, string]] : [])));
    return this.schemeTypes;
  }
}

/** The schema of a `content` map: its JSON media type's, else the first one's. */
function firstMedia(content: Located): Located | undefined {
  if (!isObject(content.value)) return undefined;
  const types = Object.keys(content.value);
  const chosen = types.find((t) => /[/+]json\b/i.test(t) || t === '*/*') ?? types[0];
  if (chosen === undefined) return undefined;
  const media = child(content, chosen);
  return isObject(media.value) && isObject(media.value.schema) ? child(media, 'schema') : undefined;
}

function unique(members: Member[]): Member[] {
  const seen = new Set<string>();
  return members.filter((m) => !seen.has(m.wire) && seen.add(m.wire));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
