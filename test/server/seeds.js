// The seed notices' texts (../shared/seeds/*.txt), read-only, for the editor's
// import tests: GET /seeds/index.json lists them, GET /seeds/<name>.txt
// serves one. Nothing else is served and nothing is written.
import {readdir, readFile} from 'node:fs/promises';

const dir = new URL('../../../shared/seeds/', import.meta.url);

export const middleware = async (context, next) => {
  const match = /^\/seeds\/([\w.-]+)$/.exec(context.path);
  if (!match || context.method !== 'GET') return next();
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.txt')).sort();
  context.set('Cache-Control', 'no-store');
  if (match[1] === 'index.json') {
    context.type = 'application/json';
    context.body = JSON.stringify(names);
    return;
  }
  if (!names.includes(match[1])) return next();
  context.type = 'text/plain; charset=utf-8';
  context.body = await readFile(new URL(match[1], dir), 'utf8');
};
