import { compileChain, flattenSegments, type CompiledChain } from "@parkpilot/core";
import type { TChainDefinition } from "@parkpilot/contracts";
import type { LoadedTemplate } from "../templates/template-rows";
import { sharedSegmenter, type Segmenter } from "./segmenter";

// Definitions are cached per stored row (template-rows), so their identity keys the compiled form.
const compiled = new WeakMap<TChainDefinition, CompiledChain>();

export const keywordsOf = (definition: TChainDefinition): string[] => flattenSegments(definition.segments).flatMap((n) => n.segment.keywords);

/** Templates ready for placement: their keywords in the segmenter's dictionary, cut as the text will be. */
export const compileForPlacement = (templates: readonly LoadedTemplate[], segmenter: Segmenter = sharedSegmenter()): CompiledChain[] =>
  templates.map(({ row, definition }) => {
    let chain = compiled.get(definition);
    if (!chain) {
      segmenter.addWords(keywordsOf(definition));
      chain = compileChain(definition, row.version, (keyword) => segmenter.cut(keyword));
      compiled.set(definition, chain);
    }
    return chain;
  });
