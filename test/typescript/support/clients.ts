// Modules that send every request of generated DTOs through the real JsonServiceClient, type-checked
// beside them: the request classes are checked against the client's own IReturn<T> and send().

/** A module that sends each request through the client and checks what comes back. */
export function classClient(dtosModule: string, requests: readonly string[]): string {
  return [
    "import { JsonServiceClient } from '@servicestack/client';",
    `import * as dtos from './${dtosModule}';`,
    'type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
    'export async function sendAll(client: JsonServiceClient) {',
    ...requests.flatMap((r, i) => [
      `    const response${i} = await client.send(new dtos.${r}());`,
      `    const exact${i}: Exactly<typeof response${i}, ReturnType<dtos.${r}['createResponse']>> = true;`,
      `    console.log(response${i}, exact${i});`,
    ]),
    '}',
    '',
  ].join('\n');
}

/** The same for declarations: request values typed by the global interfaces. */
export function declarationsClient(requests: readonly string[]): string {
  return [
    "import { JsonServiceClient } from '@servicestack/client';",
    `export async function sendAll(client: JsonServiceClient, requests: [${requests.join(', ')}]) {`,
    ...requests.map((_, i) => `    console.log(await client.send(requests[${i}]));`),
    '}',
    '',
  ].join('\n');
}
