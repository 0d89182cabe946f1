/*
 * The /search/ page: results as you type, ?q= kept in the URL, matched words highlighted.
 * All data is put into the page with textContent and DOM-created <mark> elements, never innerHTML.
 * The index work (shards, merging, lunr) lives in search-core.js.
 */
(function () {
  'use strict'
  const app = document.getElementById('search-app')
  if (!app || !window.lunr || !window.PaperSearch) return

  const PAGE_SIZE = 20
  // Adaptive debounce: as long as searches answer fast, wait only briefly after a keystroke; when they are slow
  // (a large first download), wait about as long as a search takes, so typing is not interrupted by work.
  const MIN_DEBOUNCE_MS = 60
  const MAX_DEBOUNCE_MS = 200
  const base = app.getAttribute('data-base') || '/'
  const input = document.getElementById('search-input')
  const status = document.getElementById('search-status')
  const list = document.getElementById('search-results')
  const more = document.getElementById('search-more')

  const fetchJson = path => fetch(base + 'search/' + path).then(response => {
    if (!response.ok) throw new Error(path + ': HTTP ' + response.status)
    return response.json()
  })
  const searcher = window.PaperSearch.createSearcher(window.lunr, fetchJson)

  let latest = 0 // the newest query wins; slower answers to older keystrokes are dropped
  let shown = []
  let results = []
  let timer = 0
  let lastSearchMs = 0

  function plural (count, noun) {
    return count.toLocaleString('en') + ' ' + noun + (count === 1 ? '' : 's')
  }

  function keepInUrl (query) {
    const url = new URL(window.location.href)
    if (query.trim()) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
  }

  function appendHighlighted (parent, text, terms) {
    for (const piece of window.PaperSearch.highlight(window.lunr, text, terms)) {
      if (piece.mark) {
        const mark = document.createElement('mark')
        mark.textContent = piece.text
        parent.appendChild(mark)
      } else parent.appendChild(document.createTextNode(piece.text))
    }
  }

  function resultItem (result, paper) {
    const item = document.createElement('li')
    const heading = document.createElement('h2')
    const link = document.createElement('a')
    link.href = paper.u
    appendHighlighted(link, paper.t, result.terms)
    heading.appendChild(link)
    item.appendChild(heading)

    const meta = document.createElement('p')
    meta.className = 'search-meta'
    const days = paper.d[0] === paper.d[1] ? paper.d[0] : paper.d[0] + ' – ' + paper.d[1]
    meta.textContent = 'Trending ' + days + (paper.g.length ? ' · ' + paper.g.join(', ') : '')
    item.appendChild(meta)

    if (paper.e) {
      const excerpt = document.createElement('p')
      appendHighlighted(excerpt, paper.e, result.terms)
      item.appendChild(excerpt)
    }
    return item
  }

  /* Renders the next page of results in order, each as soon as its display chunk (and those before it) arrived. */
  async function showMore (ticket, onFirst) {
    const page = results.slice(shown.length, shown.length + PAGE_SIZE)
    shown = shown.concat(page)
    const papers = searcher.displayEach(page.map(r => r.ref))
    for (let i = 0; i < page.length; i++) {
      const paper = await papers[i]
      if (ticket !== latest) return
      if (paper) list.appendChild(resultItem(page[i], paper))
      if (i === 0 && onFirst) onFirst()
    }
    more.hidden = shown.length >= results.length
  }

  function say (message) {
    status.textContent = message
    list.textContent = ''
    more.hidden = true
    results = []
    shown = []
  }

  async function run (query, typedAt) {
    const ticket = ++latest
    const started = performance.now()
    const since = typedAt === undefined ? started : typedAt
    keepInUrl(query)
    let outcome
    try {
      outcome = await searcher.search(query, { typing: true })
    } catch (error) {
      if (ticket === latest) say('Search could not load its data (' + error.message + '). Try again in a moment.')
      return
    }
    if (ticket !== latest) return
    if (outcome.status === 'empty') say('')
    else if (outcome.status === 'stopwords') {
      say(outcome.stopWords.map(w => '‘' + w + '’').join(', ') + (outcome.stopWords.length === 1 ? ' is' : ' are') +
        ' too common to search for. Try a more specific word.')
    } else if (outcome.status === 'negation') say('Add a word to search for: “-word” only leaves papers out.')
    else if (outcome.status === 'error') say('That query could not be read: ' + outcome.message)
    else {
      say(outcome.results.length === 0 ? 'No papers match.' : plural(outcome.results.length, 'paper') + ' match.')
      results = outcome.results
      // Timings for the benchmark: from the last keystroke (debounce included) to the first and to all results shown.
      await showMore(ticket, () => app.setAttribute('data-first-result-ms', String(Math.round(performance.now() - since))))
    }
    if (ticket === latest) {
      lastSearchMs = performance.now() - started
      app.setAttribute('data-typed-ms', String(Math.round(performance.now() - since)))
      app.setAttribute('data-search-ms', String(Math.round(lastSearchMs)))
      app.setAttribute('data-rendered-query', query)
    }
  }

  input.addEventListener('input', () => {
    const typedAt = performance.now()
    clearTimeout(timer)
    timer = setTimeout(() => run(input.value, typedAt), Math.min(MAX_DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, lastSearchMs)))
  })
  input.form.addEventListener('submit', event => {
    event.preventDefault()
    clearTimeout(timer)
    run(input.value)
  })
  more.addEventListener('click', () => showMore(latest))
  document.addEventListener('keydown', event => {
    const target = event.target
    const typingSomewhere = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    if (event.key === '/' && !typingSomewhere && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault()
      input.focus()
      input.select()
    }
  })

  const initial = new URLSearchParams(window.location.search).get('q') || ''
  input.value = initial
  if (initial) run(initial)
  else {
    input.focus()
    searcher.manifest().catch(() => {}) // the one file every query needs: fetch it before the first keystroke
  }
})()
