// Credentials in a URL's user-info part (`https://user:secret@host`): sent as HTTP Basic
// authentication, and never shown or recorded: messages and generated files name the URL without them.

/** `url` without its user-info part. */
export function recordedUrl(input: string): string {
  try {
    const url = new URL(input);
    if (url.username === '' && url.password === '') return input;
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return input;
  }
}

/** The `Authorization` header a URL's user-info asks for; undefined without one. */
export function basicAuthorization(url: URL): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  const pair = `${decoded(url.username)}:${decoded(url.password)}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a stray `%`: taken as written
  }
}
