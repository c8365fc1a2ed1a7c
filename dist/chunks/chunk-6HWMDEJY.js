import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  visit
} from "./chunk-NWXUAU3T.js";
import {
  SKIP
} from "./chunk-ASSHMY2D.js";

// src/markdown/plugins/rehype-document-links.ts
import path from "node:path";
var BASE = "https://workspace.invalid/";
var SCHEME = /^[a-z][a-z\d+.-]*:/i;
function pdfPathFor(source) {
  const parsed = path.posix.parse(source);
  return path.posix.join(parsed.dir, parsed.name + ".pdf");
}
function relativeReference(fromFile, toFile) {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile);
  return relative.startsWith("../") ? relative : `./${relative}`;
}
var encodePath = (p) => p.split("/").map(encodeURIComponent).join("/");
function rehypeDocumentLinks() {
  return (tree, file) => {
    const context = file.data.linkContext;
    const links = [];
    file.data.links = links;
    if (!context) return;
    const base = new URL(encodePath(context.source), BASE);
    visit(tree, "element", (node, index, parent) => {
      const href = node.tagName === "a" ? node.properties.href : void 0;
      if (typeof href !== "string" || href === "" || href.startsWith("#")) return;
      if (SCHEME.test(href) || href.startsWith("//")) return;
      let url;
      try {
        url = new URL(href, base);
      } catch {
        return;
      }
      let target;
      try {
        target = decodeURIComponent(url.pathname.slice(1));
      } catch {
        target = url.pathname.slice(1);
      }
      const fragment = url.hash;
      if (target === context.source) {
        node.properties.href = fragment || "#";
        return;
      }
      if (context.converted.has(target)) {
        const published = context.publishedPdfUrls?.get(target);
        node.properties.href = (published ?? encodePath(relativeReference(context.source, pdfPathFor(target)))) + fragment;
        node.properties.dataMdPdfTarget = target;
      } else if (context.repositoryFileUrl) {
        node.properties.href = context.repositoryFileUrl + encodePath(target) + url.search + fragment;
      } else {
        file.message(
          `the link to ${href} is printed as text: ${target || "the repository root"} is not converted in this run (add it to \`files\`, or convert on GitHub, where such links go to the file in the repository)`,
          node.position
        );
        links.push({ target, href: "", line: node.position?.start.line });
        if (parent && index !== void 0) {
          parent.children.splice(index, 1, ...node.children);
          return [SKIP, index];
        }
        return;
      }
      links.push({
        target,
        href: String(node.properties.href),
        line: node.position?.start.line,
        ...context.converted.has(target) ? {} : { toRepository: true }
      });
    });
  };
}

export {
  pdfPathFor,
  relativeReference,
  rehypeDocumentLinks
};
