-- Renders each Div that names a CSL style (attribute `csl`) with that style, apart from the
-- others: no style sees another's citations, so none adds "2012a" or "———" for a repeat.
-- A note style's citation comes back as a Note; it is kept as a span of class "note".

local function rendered(div, meta)
  local doc = pandoc.Pandoc(div.content, meta)
  doc.meta.csl = div.attributes.csl
  doc.meta["link-citations"] = false
  local done = pandoc.utils.citeproc(doc)
  local blocks = done.blocks:walk({
    Note = function(note)
      return pandoc.Span(pandoc.utils.blocks_to_inlines(note.content), { class = "note" })
    end,
  })
  return pandoc.Div(blocks, div.attr)
end

function Pandoc(doc)
  local out = pandoc.List()
  for _, block in ipairs(doc.blocks) do
    if block.t == "Div" and block.attributes.csl then
      out:insert(rendered(block, doc.meta))
    end
  end
  return pandoc.Pandoc(out, doc.meta)
end
