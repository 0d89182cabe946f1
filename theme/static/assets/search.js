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
  let outcome = null // the current query's answer: total and top(n)

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

    if (paper.a && paper.a.length) {
      const authors = document.createElement('p')
      authors.className = 'search-authors'
      appendHighlighted(authors, paper.a.join(', ') + (paper.m ? ' et al.' : ''), result.terms)
      item.appendChild(authors)
    }

    const meta = document.createElement('p')
    meta.className = 'search-meta'
    const trended = paper.n > 1 ? ' (' + plural(paper.n, 'day') + ')' : ''
    const upvotes = typeof paper.v === 'number' ? ' · ' + plural(paper.v, 'upvote') : ''
    const comments = typeof paper.c === 'number' ? ' · ' + plural(paper.c, 'comment') : ''
    meta.textContent = 'Trending ' + paper.d + trended + upvotes + comments + (paper.g.length ? ' · ' + paper.g.join(', ') : '')
    // The links a row shows, in its order: arXiv and PDF (from the id), then the digest's own (code, project page).
    const links = paper.x ? [['arXiv', 'https://arxiv.org/abs/' + paper.x], ['PDF', 'https://arxiv.org/pdf/' + paper.x]] : []
    for (const [label, url] of links.concat(paper.l || [])) {
      if (!/^https?:\/\//i.test(url)) continue
      meta.appendChild(document.createTextNode(' · '))
      const anchor = document.createElement('a')
      anchor.href = url
      anchor.textContent = label
      meta.appendChild(anchor)
    }
    item.appendChild(meta)

    if (paper.e) {
      const excerpt = document.createElement('p')
      appendHighlighted(excerpt, paper.e, result.terms)
      item.appendChild(excerpt)
    }
    return item
  }

  /* Renders the next page of results in order, each as soon as its display chunk (and those before it) arrived. */
  async function showMore (ticket) {
    const page = outcome.top(shown.length + PAGE_SIZE).slice(shown.length)
    shown = shown.concat(page)
    const papers = searcher.displayEach(page.map(r => r.ref))
    for (let i = 0; i < page.length; i++) {
      const paper = await papers[i]
      if (ticket !== latest) return
      if (paper) list.appendChild(resultItem(page[i], paper))
    }
    more.hidden = shown.length >= outcome.total
  }

  function say (message) {
    status.textContent = message
    list.textContent = ''
    more.hidden = true
    outcome = null
    shown = []
  }

  async function run (query) {
    const ticket = ++latest
    keepInUrl(query)
    let answer
    try {
      answer = await searcher.search(query, { typing: true, limit: PAGE_SIZE, retry: true })
    } catch (error) {
      if (ticket === latest) say('Search could not load its data (' + error.message + '). Try again in a moment.')
      return
    } finally {
      searchDone()
    }
    if (ticket !== latest) return
    if (answer.status === 'empty') say('')
    else if (answer.status === 'stopwords') {
      say(answer.stopWords.map(w => '‘' + w + '’').join(', ') + (answer.stopWords.length === 1 ? ' is' : ' are') +
        ' too common to search for. Try a more specific word.')
    } else if (answer.status === 'unsearchable') {
      say('Search finds words written between spaces, so it cannot look up ' + answer.unsearchable.map(w => '‘' + w + '’').join(', ') +
        ': Chinese, Japanese and other text written without spaces is not split into words. Try a word from the title in English, or an author’s name in Latin letters.')
    } else if (answer.status === 'negation') say('Add a word to search for: “-word” only leaves papers out.')
    else if (answer.status === 'error') say('That query could not be read: ' + answer.message)
    else {
      const phrases = window.PaperSearch.describePhrases(answer.phrases)
      if (phrases) say(phrases + ': ' + (answer.total === 0 ? 'no paper has these words side by side, in this order.' : plural(answer.total, 'paper') + ' match.'))
      else say(answer.total === 0 ? 'No papers match, and none match with one letter changed in a word either.' : plural(answer.total, 'paper') + ' match.')
      outcome = answer
      await showMore(ticket)
      if (answer.retriedAs && ticket === latest) {
        // Say which words were found instead: the marked words of the first results, as the papers write them.
        const found = []
        for (const mark of list.querySelectorAll('mark')) {
          const word = mark.textContent.toLowerCase()
          if (!found.includes(word) && found.length < 3) found.push(word)
        }
        status.textContent = 'No papers match “' + query.trim() + '”. Showing results for ' +
          (found.length > 0 ? found.map(w => '“' + w + '”').join(', ') : 'words one letter away') + ': ' + plural(answer.total, 'paper') + '.'
      }
    }
    // Which query the results on the page answer (for people's tools and the tests, which wait for it).
    if (ticket === latest) app.setAttribute('data-rendered-query', query)
  }

  /*
   * No fixed debounce: a keystroke searches at once when no search is working; while one is, only the newest text
   * waits and runs as soon as it is done. Typing never queues stale searches, and an idle page answers at once.
   */
  let searching = false
  let waiting = null // the newest query typed while a search was working
  function schedule (query) {
    if (searching) {
      waiting = query
      return
    }
    searching = true
    run(query)
  }
  function searchDone () {
    searching = false
    const next = waiting
    waiting = null
    if (next !== null) schedule(next)
  }

  input.addEventListener('input', () => schedule(input.value))
  input.form.addEventListener('submit', event => {
    event.preventDefault()
    schedule(input.value)
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
  if (initial) schedule(initial)
  else {
    input.focus()
    searcher.manifest().catch(() => {}) // the one file every query needs: fetch it before the first keystroke
  }
})()
