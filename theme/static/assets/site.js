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
