import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  visit
} from "./chunk-NWXUAU3T.js";
import {
  SKIP
} from "./chunk-ASSHMY2D.js";

// src/markdown/plugins/rehype-document-links.ts
import path from "node:path";

// src/shared/file-name-limit.ts
import { createHash } from "node:crypto";
var MAX_NAME_BYTES = 255;
var TEMPORARY_SUFFIX_BYTES = 32;
var MAX_FILE_NAME_BYTES = MAX_NAME_BYTES - TEMPORARY_SUFFIX_BYTES;
function shortHash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}
function fitFileName(name, maxBytes, hashSource) {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : "";
  const tag = `~${shortHash(hashSource)}`;
  let budget = maxBytes - Buffer.byteLength(extension) - tag.length;
  let stem = "";
  for (const char of name.slice(0, name.length - extension.length)) {
    budget -= Buffer.byteLength(char);
    if (budget < 0) break;
    stem += char;
  }
  return stem + tag + extension;
}

// src/markdown/plugins/rehype-document-links.ts
var BASE = "https://workspace.invalid/";
var SCHEME = /^[a-z][a-z\d+.-]*:/i;
function pdfPathFor(source) {
  const parsed = path.posix.parse(source);
  return path.posix.join(parsed.dir, fitFileName(parsed.name + ".pdf", MAX_FILE_NAME_BYTES, source));
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
  MAX_NAME_BYTES,
  MAX_FILE_NAME_BYTES,
  shortHash,
  fitFileName,
  pdfPathFor,
  relativeReference,
  rehypeDocumentLinks
};
