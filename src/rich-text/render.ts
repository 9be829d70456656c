import { html, nothing, type TemplateResult } from 'lit';
import { richNodes, type RichNode } from './parse.js';
import { isAllowedLink } from '../schema/url.js';
import { linkRel } from '../base/links.js';

/**
 * RichText into Lit templates. Text always goes through Lit's text bindings,
 * so it is never HTML; a link whose URL fails the allow-list (already a schema
 * error, checked again here) is shown as its text only.
 */
export function renderRichText(source: string | undefined): TemplateResult | typeof nothing {
  if (!source) return nothing;
  return html`${richNodes(source).map(renderNode)}`;
}

function renderNode(node: RichNode): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'bold':
      return html`<strong>${node.children.map(renderNode)}</strong>`;
    case 'italic':
      return html`<em>${node.children.map(renderNode)}</em>`;
    case 'link': {
      return isAllowedLink(node.url)
        ? html`<a part="link" href=${node.url} rel=${linkRel(node) ?? nothing}>${node.children.map(renderNode)}</a>`
        : html`${node.children.map(renderNode)}`;
    }
  }
}
