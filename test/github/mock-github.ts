import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
}

export interface StoredComment {
  id: number;
  body: string;
}

/**
 * A GitHub REST API stand-in on 127.0.0.1 for the issue-comment endpoints.
 * It stores comments, records every request, pages comment lists by
 * `per_page` with a `Link` header, and can respond to writes with a status
 * such as 403, as GitHub does for a read-only token.
 */
export class MockGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  /** When set, create and update requests get this status. */
  writeStatus: number | undefined;
  private nextId = 1000;
  private server: Server | undefined;
  private port = 0;

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server?.close((error) => (error ? reject(error) : resolve())),
    );
  }

  addComment(body: string): number {
    const id = this.nextId++;
    this.comments.push({ id, body });
    return id;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.baseUrl);
    const text = await readBody(request);
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    const method = request.method ?? "GET";
    this.requests.push({ method, path: url.pathname, body, authorization: request.headers.authorization });

    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(url.pathname);
    const commentPath = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && method === "GET") return this.list(url, response);
    if (this.writeStatus !== undefined && (method === "POST" || method === "PATCH")) {
      return send(response, this.writeStatus, { message: "Resource not accessible by integration" });
    }
    if (list && method === "POST") return this.create(body, response);
    if (commentPath && method === "PATCH") return this.update(Number(commentPath[1]), body, response);
    send(response, 404, { message: "Not Found" });
  }

  private list(url: URL, response: ServerResponse): void {
    const perPage = Number(url.searchParams.get("per_page") ?? 30);
    const page = Number(url.searchParams.get("page") ?? 1);
    const items = this.comments.slice((page - 1) * perPage, page * perPage);
    if (page * perPage < this.comments.length) {
      const next = new URL(url);
      next.searchParams.set("page", String(page + 1));
      response.setHeader("link", `<${next.href}>; rel="next"`);
    }
    send(response, 200, items.map((comment) => this.view(comment)));
  }

  private create(body: unknown, response: ServerResponse): void {
    const id = this.addComment((body as { body: string }).body);
    send(response, 201, this.view({ id, body: (body as { body: string }).body }));
  }

  private update(id: number, body: unknown, response: ServerResponse): void {
    const comment = this.comments.find((item) => item.id === id);
    if (!comment) return send(response, 404, { message: "Not Found" });
    comment.body = (body as { body: string }).body;
    send(response, 200, this.view(comment));
  }

  private view(comment: StoredComment): Record<string, unknown> {
    return { ...comment, html_url: `https://github.com/o/r/pull/7#issuecomment-${comment.id}` };
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
