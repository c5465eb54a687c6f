/** A record the server answered 2xx for creating: after any crash it must still be there, unchanged. */
export interface AcknowledgedWrite {
  resource: 'customers' | 'assets' | 'tickets';
  id: string;
  /** The customer's or asset's name, the ticket's title: what the API must give back. */
  label: string;
}

/** Staff API calls over real HTTP with a real session cookie. Network errors (the server died) are thrown. */
export class StaffApi {
  private constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  static async signIn(baseUrl: string, login: string, password: string): Promise<StaffApi> {
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
    if (response.status !== 200 || !cookie) throw new Error(`sign-in as ${login} answered ${response.status}: ${await response.text()}`);
    return new StaffApi(baseUrl, cookie);
  }

  async get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, { headers: { cookie: this.cookie } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async post(path: string, payload: object): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
}

export interface WriteLoad {
  /** Filled as answers arrive; complete once `finished` settles. */
  acknowledged: AcknowledgedWrite[];
  /** Settles at the first acknowledged write, so a kill lands while writes are really going on. */
  firstAcknowledged: Promise<void>;
  /** Settles when every client has stopped, which they do when the server stops answering. */
  finished: Promise<void>;
}

/**
 * `clients` concurrent clients, each creating a customer, an asset of it and a ticket on that asset, over
 * and over, until the server dies. Only 2xx answers with a body count as acknowledged; a 5xx is a write
 * that did not happen (it may or may not be in the database), a 4xx is a mistake of this script.
 */
export function startWriteLoad(api: StaffApi, clients: number, namePrefix: string): WriteLoad {
  const acknowledged: AcknowledgedWrite[] = [];
  let markFirst!: () => void;
  const firstAcknowledged = new Promise<void>((resolve) => (markFirst = resolve));

  const create = async (resource: AcknowledgedWrite['resource'], label: string, payload: object): Promise<string | null> => {
    const { status, body } = await api.post(`/${resource}`, payload);
    if (status >= 400 && status < 500) throw new Error(`POST /${resource} answered ${status}: ${JSON.stringify(body)}`);
    if (status < 200 || status > 299) return null;
    acknowledged.push({ resource, id: String(body.id), label });
    markFirst();
    return String(body.id);
  };

  const runClient = async (client: number, ticketTypeId: string): Promise<void> => {
    for (let n = 1; ; n++) {
      const name = `${namePrefix}-${client}-${n}`;
      try {
        const customerId = await create('customers', name, { name });
        if (!customerId) continue;
        const assetId = await create('assets', `${name} pump`, { customerId, name: `${name} pump` });
        if (!assetId) continue;
        await create('tickets', `${name} leaks`, { customerId, assetId, typeId: ticketTypeId, title: `${name} leaks` });
      } catch (error) {
        if (error instanceof TypeError) return; // fetch failed: the server is gone (or the answer was cut off)
        throw error;
      }
    }
  };

  const finished = (async () => {
    const types = await api.get('/ticket-types');
    const ticketTypeId = (types.body.items as { id: string }[] | undefined)?.[0]?.id;
    if (!ticketTypeId) throw new Error(`no ticket type to create tickets with: ${JSON.stringify(types.body)}`);
    await Promise.all(Array.from({ length: clients }, (_, client) => runClient(client + 1, ticketTypeId)));
  })();
  return { acknowledged, firstAcknowledged, finished };
}

/** The acknowledged writes the API cannot give back as they were written (missing, or another name). */
export async function findMissing(api: StaffApi, writes: AcknowledgedWrite[], parallel = 8): Promise<AcknowledgedWrite[]> {
  const missing: AcknowledgedWrite[] = [];
  let next = 0;
  const worker = async () => {
    while (next < writes.length) {
      const write = writes[next++]!;
      const { status, body } = await api.get(`/${write.resource}/${write.id}`);
      const label = write.resource === 'tickets' ? body.title : body.name;
      if (status !== 200 || label !== write.label) missing.push(write);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return missing;
}
