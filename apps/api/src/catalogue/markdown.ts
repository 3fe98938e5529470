import MarkdownIt from 'markdown-it';

/** Publishers write descriptions in Markdown. Raw HTML is off, so every `<` is text; links are
 * limited to web and mail addresses; images are off (no tracking pixels). The result needs no
 * further sanitising. */
const md = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false }).disable(['image']);

md.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}
