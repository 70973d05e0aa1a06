// The OpenAPI loader: OpenAPI 3.0 and 3.1 and Swagger 2.0 documents, in JSON or YAML, with their
// `$ref`s to local files, → the metadata model.

import { hasErrors } from '../../diagnostics/diagnostic.js';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import type { MetadataModel } from '../../model/types.js';
import { validateModel } from '../../model/validate.js';
import type { Loader, LoadResult } from '../loader.js';
import { isOpenApiInput } from './detect.js';
import { child, Documents, isObject, type Located } from './documents.js';
import { OperationMapper } from './operations.js';
import { SchemaMapper } from './schemas.js';

export const openApiLoader: Loader = {
  name: 'OpenAPI',
  canLoad: isOpenApiInput,
  async load(input) {
    const docs = new Documents();
    return toResult(await docs.load(input), docs, input, docs.files);
  },
};

/** An OpenAPI document fetched from `url` (JSON, or YAML when `yaml`). */
export async function loadOpenApiText(text: string, url: string, yaml: boolean): Promise<LoadResult> {
  const docs = new Documents();
  return toResult(await docs.fromText(text, url, yaml), docs, url, []);
}

function toResult(root: Located | undefined, docs: Documents, source: string, inputs: string[]): LoadResult {
  if (!root) return { diagnostics: docs.diagnostics, source, inputs };
  const model = openApiToModel(root, docs);
  const diagnostics = [...docs.diagnostics, ...(model ? validateModel(model) : [])];
  return hasErrors(diagnostics) || !model ? { diagnostics, source, inputs } : { model, diagnostics, source, inputs };
}

function openApiToModel(root: Located, docs: Documents): MetadataModel | undefined {
  const doc = root.value;
  if (!isObject(doc) || (typeof doc.openapi !== 'string' && typeof doc.swagger !== 'string')) {
    docs.diagnostics.push(diagnostic('invalid-shape', { expected: "an OpenAPI document: an object with 'openapi' or 'swagger'", found: Array.isArray(doc) ? 'an array' : typeof doc }, { file: root.file, pointer: '' }));
    return undefined;
  }
  const schemas = new SchemaMapper(docs);
  const components = typeof doc.swagger === 'string' ? child(root, 'definitions') : child(child(root, 'components'), 'schemas');
  schemas.declareAll(components);
  const operations = new OperationMapper(docs, schemas, root).operations();
  const info = isObject(doc.info) ? doc.info : {};
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  const baseUrl = typeof servers[0]?.url === 'string' ? servers[0].url : undefined;
  return {
    service: {
      ...(typeof info.title === 'string' ? { name: info.title } : {}),
      ...(baseUrl ? { baseUrl } : {}),
      textCase: 'CamelCase',
      exactWireNames: true,
    },
    namespaces: [],
    types: schemas.types,
    operations,
  };
}
