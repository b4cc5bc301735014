// A tiny endpoint the infrastructure test talks to: proves middleware runs.
export const middleware = async (context, next) => {
  if (context.path === '/api/ping') {
    context.type = 'application/json';
    context.body = JSON.stringify({pong: true});
    return;
  }
  await next();
};
