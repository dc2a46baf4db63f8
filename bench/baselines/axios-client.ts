// A typical hand-written axios client for the same two endpoints: what a team writes without an SDK.
import axios from 'axios';

export interface PermissionSetPage {
  items: unknown[];
  totalPages: number | undefined;
}

export function createAxiosClient(baseUrl: string, apiKey: string) {
  const http = axios.create({ baseURL: baseUrl, auth: { username: apiKey, password: '' } });
  return {
    async getPermissionSet(id: number): Promise<unknown> {
      const { data } = await http.get(`/permission_sets/${id}`);
      return data;
    },
    async listPermissionSets(params: { limit?: number; pageNum?: number } = {}): Promise<PermissionSetPage> {
      const { data, headers } = await http.get('/permission_sets', {
        params: { limit: params.limit, page_num: params.pageNum },
      });
      const totalPages = headers['x-pagination-total-pages'];
      return { items: data, totalPages: totalPages === undefined ? undefined : Number(totalPages) };
    },
  };
}
