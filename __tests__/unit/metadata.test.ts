import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/markdown/processor.js';
import { findFrontMatterClose, parseFrontMatter } from '../../src/markdown/front-matter.js';
import { labelFor } from '../../src/markdown/metadata.js';

const SEED_HEAD = `# PostgreSQL Outage Report – Dashsoft Infrastructure

__author__: Julian R.  
__date__: 2025-11-26  
__project__: Dashsoft Platform Engineering

## Overview

Text.
`;

describe('report header block', () => {
  it('reads __key__: value lines under the title as metadata and takes them out of the body', async () => {
    const { metadata, html } = await markdownToHtml(SEED_HEAD, 'fallback');
    expect(metadata.title).toBe('PostgreSQL Outage Report – Dashsoft Infrastructure');
    expect(metadata.author).toBe('Julian R.');
    expect(metadata.date).toBe('2025-11-26');
    expect(metadata.fields).toEqual([
      { key: 'author', label: 'Author', value: 'Julian R.' },
      { key: 'date', label: 'Date', value: '2025-11-26' },
      { key: 'project', label: 'Project', value: 'Dashsoft Platform Engineering' },
    ]);
    expect(metadata.titleFromHeading).toBe(true);
    expect(html).not.toContain('author');
    expect(html).not.toContain('<strong>');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2 id="overview">Overview</h2>');
  });

  it('leaves a paragraph alone unless every line is a header line', async () => {
    const { metadata, html } = await markdownToHtml('# T\n\n__author__: A  \nJust prose here.\n', 'f');
    expect(metadata.fields).toEqual([]);
    expect(html).toContain('Just prose here.');
  });

  it('keeps bold text that merely looks similar', async () => {
    const { metadata, html } = await markdownToHtml('# T\n\n**author**: Someone\n', 'f');
    expect(metadata.author).toBeUndefined();
    expect(html).toContain('<strong>author</strong>');
  });

  it('accepts a backslash hard break and keys with spaces', async () => {
    const { metadata } = await markdownToHtml('# T\n\n__review date__: 2025-01-02\\\n__owner__: SRE\n', 'f');
    expect(metadata.fields.map((f) => f.label)).toEqual(['Review date', 'Owner']);
  });
});

describe('front matter', () => {
  it('parses YAML data and sets title, author, subject, keywords, lang', async () => {
    const source = `---
title: From front matter
author: [Ada, Grace]
description: A summary
keywords: [db, outage]
lang: de
date: 2025-01-02
---

# Body heading

text
`;
    const { metadata, html } = await markdownToHtml(source, 'f');
    expect(metadata.title).toBe('From front matter');
    expect(metadata.author).toBe('Ada, Grace');
    expect(metadata.subject).toBe('A summary');
    expect(metadata.keywords).toEqual(['db', 'outage']);
    expect(metadata.lang).toBe('de');
    expect(metadata.date).toBe('2025-01-02');
    // The title came from front matter, so the body keeps its own H1.
    expect(html).toContain('<h1 id="body-heading">Body heading</h1>');
    expect(html).not.toContain('title:');
  });

  it("accepts pandoc's ... terminator, even when a --- rule follows later", async () => {
    const source = '---\ntitle: Spec\nauthor: J\n...\n\n# Intro\n\nA\n\n---\n\nB\n';
    expect(findFrontMatterClose(source)).toBe('...');
    const { metadata, html } = await markdownToHtml(source, 'f');
    expect(metadata.title).toBe('Spec');
    expect(html).toContain('<hr>');
    expect(html).toContain('<p>B</p>');
  });

  it('ignores document options outside the allow-list', async () => {
    const source =
      '---\ntoc: true\norientation: landscape\nlaunch_options: {args: ["--evil"]}\noutput: /etc\n---\n# T\n';
    const { metadata } = await markdownToHtml(source, 'f');
    expect(metadata.options).toEqual({ toc: true, orientation: 'landscape' });
  });

  it('reports invalid YAML with its line in the document', () => {
    expect(() => parseFrontMatter('title: ok\nbad: [unclosed\n', 2)).toThrow(
      /front matter is not valid YAML/,
    );
    try {
      parseFrontMatter('a: 1\nb: : :\n', 2);
    } catch (error) {
      expect((error as { line?: number }).line).toBeGreaterThanOrEqual(2);
    }
  });

  it('treats custom tags as data, never as code', () => {
    const data = parseFrontMatter('f: !!js/function "function(){ return 1 }"\n', 2);
    expect(typeof data.f).not.toBe('function');
  });
});

describe('title', () => {
  it('falls back to the file name when there is no title and no H1', async () => {
    const { metadata } = await markdownToHtml('Just text.\n', 'notes');
    expect(metadata.title).toBe('notes');
  });

  it('uses the first H1 even when it is not the first block, and keeps it in the body', async () => {
    const { metadata, html } = await markdownToHtml('Intro line.\n\n# Later Title\n', 'f');
    expect(metadata.title).toBe('Later Title');
    expect(html).toContain('<h1');
  });

  it('takes the first heading of any level when there is no H1, keeps it in the body, and prints no title', async () => {
    const { metadata, html } = await markdownToHtml(
      'Intro line.\n\n## Restart the pool\n\nSteps.\n\n### Check\n\n## Later\n',
      'runbook',
    );
    expect(metadata.title).toBe('Restart the pool');
    expect(metadata.titleInBody).toBe(true);
    expect(html).toContain('<h2 id="restart-the-pool">Restart the pool</h2>');
  });

  it('marks a file-name title as not printed', async () => {
    const { metadata } = await markdownToHtml('Just text.\n', 'notes');
    expect(metadata.titleInBody).toBe(true);
    expect(metadata.titleFromFileName).toBe(true);
  });

  it('prints a title given in front matter or by a leading H1', async () => {
    expect((await markdownToHtml('---\ntitle: T\n---\n\n## A\n', 'f')).metadata.titleInBody).toBe(undefined);
    expect((await markdownToHtml('# T\n\n## A\n', 'f')).metadata.titleInBody).toBe(undefined);
  });

  it('makes labels readable', () => {
    expect(labelFor('review_date')).toBe('Review date');
  });
});
