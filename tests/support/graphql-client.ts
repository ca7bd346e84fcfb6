export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

export const DEMO_PASSWORD = 'Matchpunt-demo-2026';

/** A small HTTP GraphQL client, as any outside caller would use the API. */
export class GraphQLClient {
  constructor(private readonly endpoint: string) {}

  async request<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Asserts success and returns data. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.request<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  /** Asserts failure and returns the first error's code, message and field. */
  async fails(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const result = await this.request(query, variables, token);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    const [error] = result.errors;
    return { code: error.extensions?.code, message: error.message, field: error.extensions?.field };
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const data = await this.ok(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email, wachtwoord: password } },
    );
    return data.login.accessToken;
  }
}
