// Operation pages and the static API reference built from them.

export { buildPage, pageLanguages, type PageRequest, type PageView } from './page-model.js';
export { renderPage, type PageFormat } from './render.js';
export { pageFileName } from './links.js';
