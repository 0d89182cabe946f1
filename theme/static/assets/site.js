// Press "/" anywhere to jump to the search box in the header (the search page focuses its own box).
document.addEventListener('keydown', event => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
  if (document.getElementById('search-app')) return
  const target = event.target
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return
  const box = document.getElementById('site-search')
  if (!box) return
  event.preventDefault()
  box.focus()
})

// A "Copy" button beside each BibTeX entry. Without JavaScript (or a clipboard) the entry is plain, selectable text.
document.addEventListener('DOMContentLoaded', () => {
  if (!navigator.clipboard) return
  for (const code of document.querySelectorAll('pre > code.language-bibtex')) {
    const pre = code.parentElement
    const wrap = document.createElement('div')
    wrap.className = 'bibtex-wrap'
    pre.replaceWith(wrap)
    wrap.append(pre)
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'copy-button'
    button.textContent = 'Copy'
    button.setAttribute('aria-label', 'Copy the BibTeX entry')
    button.addEventListener('click', () => {
      // The label changes with the text, so a screen reader hears the outcome too.
      const say = text => { button.textContent = text; button.setAttribute('aria-label', text === 'Copied' ? 'BibTeX entry copied' : text) }
      navigator.clipboard.writeText(code.textContent).then(() => say('Copied'), () => say('Select and copy'))
    })
    wrap.append(button)
  }
})
