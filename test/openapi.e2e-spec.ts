import { startTestApi, TestApi } from './support/test-api';

interface OpenApiOperation {
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    securitySchemes?: Record<string, { type: string; scheme?: string }>;
    schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }>;
  };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Served by plugins, not part of the API: Bull Board, Swagger UI itself, uploaded media. */
const NOT_API = /^\/(admin\/queues|docs|media)(\/|-|$)/;
const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('the OpenAPI document', () => {
  let api: TestApi;
  let document: OpenApiDocument;

  beforeAll(async () => {
    api = await startTestApi();
    const res = await api.http().get('/docs-json').expect(200);
    document = res.body as OpenApiDocument;
  });

  afterAll(() => api.close());

  it('documents every route the server answers', () => {
    const undocumented = api.routes
      .filter(({ method, url }) => !['HEAD', 'OPTIONS'].includes(method) && !NOT_API.test(url))
      .filter(({ method, url }) => !document.paths[toOpenApiPath(url)]?.[method.toLowerCase()])
      .map(({ method, url }) => `${method} ${url}`);
    expect(api.routes.length).toBeGreaterThan(50);
    expect(undocumented).toEqual([]);
  });

  it('documents no route that does not exist', () => {
    const fastify = api.app.getHttpAdapter().getInstance();
    const phantom: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations).filter((m) => HTTP_METHODS.includes(m))) {
        const url = path.replace(/\{([^}]+)\}/g, ':$1');
        if (!fastify.hasRoute({ method: method.toUpperCase() as 'GET', url })) {
          phantom.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(phantom).toEqual([]);
  });

  it('declares the bearer scheme and uses it on authenticated routes', () => {
    expect(document.components.securitySchemes?.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(document.paths['/me'].get.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/admin/users/{id}'].get.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/auth/login'].post.security).toBeUndefined();
  });

  it('describes error responses with the ErrorBody schema', () => {
    const notFound = document.paths['/me/addresses/{id}'].get.responses['404'];
    expect(notFound.content?.['application/json']?.schema?.$ref).toBe(
      '#/components/schemas/ErrorBody',
    );
    const errorBody = document.components.schemas.ErrorBody;
    expect(Object.keys(errorBody.properties)).toEqual(
      expect.arrayContaining(['statusCode', 'code', 'message', 'details']),
    );
    expect(errorBody.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message']));
    expect(
      document.paths['/auth/register'].post.responses['409'].content?.['application/json']?.schema
        ?.$ref,
    ).toBe('#/components/schemas/ErrorBody');
  });
});
