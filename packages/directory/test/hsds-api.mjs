// A small HSDS API over an array of fully nested HSDS services, for tests: the same example data
// the embedded source reads, served the way an Open Referral API serves it. Used by the Node
// tests (node:http) and by web-test-runner's dev server (middleware at /hsds-api/...).
//   GET /services?search=&taxonomy_term_id=&page=&per_page=   page of services (total_items, contents...)
//   GET /services/{id}                                        one service, or 404
//   GET /taxonomy_terms?page=&per_page=                       page of taxonomy terms

function page(items, params) {
  const perPage = Math.min(Math.max(Number(params.get('per_page') ?? 50) || 50, 1), 100);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const pageNumber = Math.max(Number(params.get('page') ?? 1) || 1, 1);
  const contents = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** The answer for one request path (with query), or undefined when it is not an API path. */
export function hsdsApiResponse(pathAndQuery, services) {
  const url = new URL(pathAndQuery, 'http://api.test');
  const params = url.searchParams;
  if (url.pathname === '/services') {
    const words = (params.get('search') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const term = params.get('taxonomy_term_id');
    const found = services.filter((service) => {
      const text = `${service.name} ${service.description ?? ''}`.toLowerCase();
      const terms = (service.attributes ?? []).map((attribute) => attribute.taxonomy_term_id);
      return words.every((word) => text.includes(word)) && (!term || terms.includes(term));
    });
    return { status: 200, body: page(found, params) };
  }
  const one = /^\/services\/([^/]+)$/.exec(url.pathname);
  if (one) {
    const service = services.find((candidate) => candidate.id === decodeURIComponent(one[1]));
    return service ? { status: 200, body: service } : { status: 404, body: { error: 'not found' } };
  }
  if (url.pathname === '/taxonomy_terms') {
    const terms = new Map();
    for (const service of services) {
      for (const attribute of service.attributes ?? []) {
        if (attribute.taxonomy_term) terms.set(attribute.taxonomy_term.id, attribute.taxonomy_term);
      }
    }
    return { status: 200, body: page([...terms.values()], params) };
  }
  return undefined;
}
