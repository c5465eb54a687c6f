import openapiTS, { astToString } from 'openapi-typescript';

/** Where the web app's API types live: generated, checked in, and checked fresh by the test suite. */
export const API_TYPES_FILE = 'src/web/generated/api-types.ts';

const HEADER = `/**
 * The Portico API's request and response types, generated from its OpenAPI document by
 * \`npm run api:types\` (src/server/ops/api-types-cli.ts). Do not edit: change the route schemas and
 * regenerate. The test suite fails while this file differs from what the routes say.
 */
`;

/** The TypeScript of an OpenAPI document, as the web app imports it. */
export async function generateApiTypes(document: string): Promise<string> {
  const ast = await openapiTS(document, { exportType: true, alphabetize: false });
  return HEADER + astToString(ast);
}
