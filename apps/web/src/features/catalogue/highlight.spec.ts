import { createElement, Fragment, isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseHighlight, renderHighlight, unescapeHtml } from './highlight';

const html = (source: string) => renderToStaticMarkup(createElement(Fragment, null, ...renderHighlight(source)));

describe('unescapeHtml', () => {
  it('turns the five escaped characters back into text', () => {
    expect(unescapeHtml('Bouw &amp; Infra &lt;3 &gt; &quot;SLIM&quot; &#39;t')).toBe('Bouw & Infra <3 > "SLIM" \'t');
  });

  it('unescapes once only and leaves other entities alone', () => {
    expect(unescapeHtml('&amp;lt;mark&amp;gt;')).toBe('&lt;mark&gt;');
    expect(unescapeHtml('&nbsp;&euro;&#x27;')).toBe('&nbsp;&euro;&#x27;');
  });
});

describe('parseHighlight', () => {
  it('splits the text into plain and marked runs', () => {
    expect(parseHighlight('Subsidie voor <mark>scholing</mark> in het mkb')).toEqual([
      { text: 'Subsidie voor ', marked: false },
      { text: 'scholing', marked: true },
      { text: ' in het mkb', marked: false },
    ]);
  });

  it('handles marks at the start and end, and text without marks', () => {
    expect(parseHighlight('<mark>Leiderschap</mark> en <mark>coach</mark>')).toEqual([
      { text: 'Leiderschap', marked: true },
      { text: ' en ', marked: false },
      { text: 'coach', marked: true },
    ]);
    expect(parseHighlight('Gewoon tekst')).toEqual([{ text: 'Gewoon tekst', marked: false }]);
    expect(parseHighlight('')).toEqual([]);
  });

  it('unescapes inside and outside the marks', () => {
    expect(parseHighlight('Bouw &amp; <mark>Infra&#39;s</mark>')).toEqual([
      { text: 'Bouw & ', marked: false },
      { text: "Infra's", marked: true },
    ]);
  });

  it('treats escaped tags as text, never as marks', () => {
    expect(parseHighlight('&lt;mark&gt;niet&lt;/mark&gt;')).toEqual([{ text: '<mark>niet</mark>', marked: false }]);
  });

  it('copes with stray, unclosed and adjacent marks', () => {
    expect(parseHighlight('a</mark>b')).toEqual([{ text: 'ab', marked: false }]);
    expect(parseHighlight('a<mark>b')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(parseHighlight('<mark>ab</mark><mark>c</mark>')).toEqual([{ text: 'abc', marked: true }]);
  });
});

describe('renderHighlight', () => {
  it('gives strings and <mark> elements', () => {
    const nodes = renderHighlight('Samen <mark>SLIM</mark> van start');
    expect(nodes[0]).toBe('Samen ');
    expect(isValidElement(nodes[1])).toBe(true);
    expect((nodes[1] as ReactElement).type).toBe('mark');
    expect(nodes[2]).toBe(' van start');
  });

  it('never lets markup from the text through', () => {
    expect(html('<mark>x</mark> &lt;img src=x onerror=alert(1)&gt; &amp; <b>b</b>')).toBe(
      '<mark>x</mark> &lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;b&lt;/b&gt;',
    );
  });
});
