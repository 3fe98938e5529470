import { renderMarkdown } from './markdown';

/** Every tag in the output with its attribute names. */
function tags(html: string): { name: string; attributes: string[] }[] {
  return [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map((m) => ({
    name: m[1].toLowerCase(),
    attributes: [...m[2].matchAll(/\s([^\s=]+)=/g)].map((a) => a[1].toLowerCase()),
  }));
}
const SAFE_TAGS = ['p', 'a', 'strong', 'em', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'code', 'pre', 'blockquote', 'br', 'hr'];

describe('safe Markdown for item descriptions', () => {
  it('renders the usual formatting', () => {
    const html = renderMarkdown('## Voor wie\n\n- **mkb** in de bouw\n- [meer info](https://www.slim.nl)');
    expect(html).toContain('<h2>Voor wie</h2>');
    expect(html).toContain('<strong>mkb</strong>');
    expect(html).toContain('<a href="https://www.slim.nl" rel="nofollow noopener noreferrer">meer info</a>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an event handler on an image', '<img src=x onerror="alert(1)">'],
    ['an event handler on a link', '<a href="https://x.nl" onclick="alert(1)">x</a>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an svg with onload', '<svg onload=alert(1)>'],
  ])('shows %s as text, never as HTML', (_name, source) => {
    const html = renderMarkdown(source);
    for (const tag of tags(html)) {
      expect(SAFE_TAGS).toContain(tag.name);
      expect(tag.attributes.filter((a) => !['href', 'rel'].includes(a))).toEqual([]);
    }
    expect(html).toContain('&lt;');
  });

  it.each([
    ['javascript:', '[klik](javascript:alert(1))'],
    ['data:', '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript:', '[klik](vbscript:msgbox(1))'],
    ['an obfuscated javascript:', '[klik](JaVaScRiPt&#58;alert(1))'],
  ])('does not make a link of %s', (_name, source) => {
    const html = renderMarkdown(source);
    expect(html).not.toContain('<a ');
  });

  it('does not load images', () => {
    expect(renderMarkdown('![pixel](https://tracker.example/p.gif)')).not.toContain('<img');
  });

  it('escapes attribute breakouts in link titles and urls', () => {
    const html = renderMarkdown('[x](https://a.nl/"onmouseover="alert(1) "t\\"itle")');
    expect(html).not.toMatch(/\sonmouseover=/);
  });
});
