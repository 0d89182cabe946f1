// Reads an RSS or Atom file with @rowanmanning/feed-parser (an independent, non-.NET parser) and prints
// what a feed reader would see, as JSON on stdout. Usage: node parse-feed.js <feed file>
'use strict';
const fs = require('node:fs');
const { parseFeed } = require('@rowanmanning/feed-parser');

const iso = (date) => (date ? date.toISOString() : null);
const feed = parseFeed(fs.readFileSync(process.argv[2], 'utf8'));
const view = {
	type: feed.meta.type,
	version: feed.meta.version,
	title: feed.title,
	description: feed.description,
	url: feed.url,
	self: feed.self,
	language: feed.language,
	generator: feed.generator ? feed.generator.label : null,
	published: iso(feed.published),
	updated: iso(feed.updated),
	items: feed.items.map((item) => ({
		id: item.id,
		url: item.url,
		title: item.title,
		description: item.description,
		content: item.content,
		published: iso(item.published),
		updated: iso(item.updated),
		authors: item.authors.map((author) => author.name),
		categories: item.categories.map((category) => category.label || category.term)
	}))
};
process.stdout.write(JSON.stringify(view, null, '\t'));
