/*
 * The /search/ page: results as you type, matched words highlighted, filters (topic, months) and sort. The state
 * lives in the URL (?q=…&tag=…&from=…&to=…&sort=…): typing replaces the history entry, a filter or sort change adds
 * one, Back and Forward restore it, and the form is a plain GET form that gives the same URL without script.
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
  const controls = {
    tag: document.getElementById('search-tag'),
    from: document.getElementById('search-from'),
    to: document.getElementById('search-to'),
    sort: document.getElementById('search-sort'),
  }
  // A theme's own search layout may leave some controls out: a missing one reads as empty and is skipped.
  for (const name of Object.keys(controls)) if (!controls[name]) controls[name] = { value: '', options: [], appendChild () {}, remove () {}, addEventListener () {} }
  const filters = window.PaperSearch.filters
  let topics = [] // [slug, name, papers, file] from the manifest's catalogue

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

  /* The state the controls show. */
  function stateOfControls () {
    return { q: input.value, tag: controls.tag.value, from: controls.from.value, to: controls.to.value, sort: controls.sort.value }
  }

  function showState (state) {
    input.value = state.q
    // A topic the site does not have still shows (and finds nothing), rather than silently widening the search.
    if (state.tag && !Array.from(controls.tag.options).some(o => o.value === state.tag)) controls.tag.appendChild(new Option(state.tag, state.tag))
    controls.tag.value = state.tag
    controls.from.value = state.from
    controls.to.value = state.to
    controls.sort.value = state.sort === 'relevance' ? '' : state.sort
  }

  /* Typing replaces the current history entry; a change of filter or sort adds one, so Back undoes it. */
  function keepInUrl (state, push) {
    const search = filters.writeState(state)
    if (search === window.location.search) return
    const url = window.location.pathname + search + window.location.hash
    if (push) window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
  }

  function describeFilter (state) {
    const parts = []
    if (state.tag) {
      const topic = topics.find(t => t[0] === state.tag)
      parts.push('in “' + (topic ? topic[1] : state.tag) + '”')
    }
    if (state.from && state.to) parts.push(state.from === state.to ? 'in ' + state.from : 'from ' + state.from + ' to ' + state.to)
    else if (state.from) parts.push('from ' + state.from + ' on')
    else if (state.to) parts.push('up to ' + state.to)
    const sort = filters.sortOf(state)
    const order = sort === 'upvotes' ? 'most upvoted first' : sort === 'newest' && state.q.trim() ? 'newest first' : ''
    return (parts.length ? ' ' + parts.join(', ') : '') + (order ? ', ' + order : '')
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
    const page = (await outcome.top(shown.length + PAGE_SIZE)).slice(shown.length)
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

  async function run (state) {
    const ticket = ++latest
    const query = state.q
    const filter = { tag: state.tag, from: state.from, to: state.to }
    const sort = filters.sortOf(state)
    const browsing = !query.trim() && (filters.isFiltered(filter) || state.sort !== '')
    let answer
    try {
      answer = browsing
        ? await searcher.browse(filter, sort, { limit: PAGE_SIZE })
        : await searcher.search(query, { typing: true, limit: PAGE_SIZE, retry: true, filter, sort })
    } catch (error) {
      if (ticket === latest) say('Search could not load its data (' + error.message + '). Try again in a moment.')
      return
    } finally {
      searchDone()
    }
    if (ticket !== latest) return
    topics = (await searcher.manifest()).catalogue.tags
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
    else if (answer.browsing) {
      say(answer.total === 0 ? 'No papers' + describeFilter(state) + '.' : plural(answer.total, 'paper') + describeFilter(state) + '.')
      outcome = answer
      await showMore(ticket)
    } else {
      const filtered = describeFilter(state)
      const phrases = window.PaperSearch.describePhrases(answer.phrases)
      if (phrases) say(phrases + ': ' + (answer.total === 0 ? 'no paper' + (filters.isFiltered(filter) ? ' that the filters allow' : '') + ' has these words side by side, in this order.' : plural(answer.total, 'paper') + ' match' + filtered + '.'))
      else {
        say(answer.total === 0
          ? (filters.isFiltered(filter) ? 'No papers match' + filtered + ', and none with one letter changed in a word either.' : 'No papers match, and none match with one letter changed in a word either.')
          : plural(answer.total, 'paper') + ' match' + filtered + '.')
      }
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
          (found.length > 0 ? found.map(w => '“' + w + '”').join(', ') : 'words one letter away') + ': ' + plural(answer.total, 'paper') + describeFilter(state) + '.'
      }
    }
    // Which query the results on the page answer (for people's tools and the tests, which wait for it).
    if (ticket === latest) {
      app.setAttribute('data-rendered-query', query)
      app.setAttribute('data-rendered-state', filters.writeState(state))
    }
  }

  /*
   * No fixed debounce: a keystroke searches at once when no search is working; while one is, only the newest text
   * waits and runs as soon as it is done. Typing never queues stale searches, and an idle page answers at once.
   */
  let searching = false
  let waiting = null // the newest state asked for while a search was working
  function schedule (state) {
    if (searching) {
      waiting = state
      return
    }
    searching = true
    run(state)
  }
  function searchDone () {
    searching = false
    const next = waiting
    waiting = null
    if (next !== null) schedule(next)
  }

  input.addEventListener('input', () => {
    const state = stateOfControls()
    keepInUrl(state, false)
    schedule(state)
  })
  const changed = () => {
    const state = stateOfControls()
    keepInUrl(state, true)
    schedule(state)
  }
  for (const control of Object.values(controls)) control.addEventListener('change', changed)
  input.form.addEventListener('submit', event => {
    event.preventDefault()
    changed()
  })
  window.addEventListener('popstate', () => {
    const state = filters.readState(window.location.search)
    showState(state)
    schedule(state)
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

  /* The topics and months the archive has, from the manifest's catalogue; the topic chosen so far stays chosen. */
  function fillControls (m) {
    topics = m.catalogue.tags
    const chosen = controls.tag.value
    while (controls.tag.options.length > 1) controls.tag.remove(1)
    for (const [slug, name, papers] of topics) controls.tag.appendChild(new Option(name + ' (' + papers.toLocaleString('en') + ')', slug))
    showState(Object.assign(stateOfControls(), { tag: chosen }))
    const months = m.catalogue.months
    if (months.length) {
      for (const control of [controls.from, controls.to]) {
        control.min = months[0][0]
        control.max = months[months.length - 1][0]
      }
    }
  }

  const initial = filters.readState(window.location.search)
  showState(initial)
  if (initial.q.trim() || filters.isFiltered(initial) || initial.sort) schedule(initial)
  else input.focus()
  // The one file every query needs: fetched before the first keystroke, and where the topic list comes from.
  searcher.manifest().then(fillControls, () => {})
})()
