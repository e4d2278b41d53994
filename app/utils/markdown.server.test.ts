import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown.server'

describe('renderMarkdown', () => {
  it('renders GFM tables and highlights code on the server with light and dark colours', async () => {
    const { html } = await renderMarkdown(
      [
        '| nums | answer |',
        '| --- | --- |',
        '| `[1, 2]` | `3` |',
        '',
        '```ts',
        'const total: number = 1',
        '```',
      ].join('\n'),
    )
    expect(html).toContain('<table>')
    expect(html).toContain('<td><code>[1, 2]</code></td>')
    expect(html).toMatch(/<pre class="shiki[^"]*github-light github-dark"/)
    expect(html).toMatch(/<span style="color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">const<\/span>/)
  })

  it('renders an unknown language as plain text instead of failing', async () => {
    const { html } = await renderMarkdown('```brainfuck\n+[-->+<]\n```')
    expect(html).toContain('<pre class="shiki')
    expect(html).toContain('+[-->+&#x3C;]')
  })

  it('makes script, event handlers and javascript: links inert', async () => {
    const { html } = await renderMarkdown(
      [
        '# Title <script>alert("heading")</script>',
        '',
        '<script>alert(1)</script>',
        '',
        '<img src="x" onerror="alert(2)">',
        '',
        '<a href="https://example.com" onclick="alert(3)">raw link</a>',
        '',
        '[click me](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=) [fine](https://example.com/ok)',
        '',
        '<iframe src="https://evil.example"></iframe>',
        '',
        '![pic](javascript:alert(5))',
      ].join('\n'),
    )
    expect(html).not.toMatch(/<script|<img[^>]*onerror|onclick|<iframe|javascript:|data:text/i)
    expect(html).toContain('<a href="https://example.com/ok">fine</a>')
    expect(html).toContain('<a>click me</a>')
  })
})
