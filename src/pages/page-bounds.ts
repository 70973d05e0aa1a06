// How much one operation page may hold, so that a page's size and the time to make it do not grow
// with the model: a site of any model is made in time linear in its operations, and no page
// exceeds a known size (the README gives the figures). Every bound is far above what real services
// need (the largest operation of the corpus uses 29 types): on them no bound ever binds, and their
// pages are as ServiceStack makes them.

/** ServiceStack's MaxRecursionLevelForDefaultValues: how often one type may nest in itself in a sample. */
export const MAX_SAMPLE_NESTING = 2;

/** How deep a sample goes through distinct types: a readable sample, and long chains of types stay off the stack. */
export const MAX_SAMPLE_DEPTH = 32;

/**
 * How many values (objects, lists, maps, scalars) one sample holds at most. The per-type nesting
 * limit alone lets a sample grow exponentially with the depth of the type graph; once the budget is
 * spent the remaining members are left out, as if they had nothing to show.
 */
export const MAX_SAMPLE_NODES = 2000;

/**
 * How many types one page documents (parameter tables, a language's DTOs): the first the operation
 * reaches, depth first. On a graph where every type uses older ones an operation reaches most of
 * the model, and a page per operation would make the site quadratic; the others are on the types page.
 */
export const MAX_PAGE_TYPES = 50;
