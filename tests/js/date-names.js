// The month and weekday names and the date patterns PaperArchive ships for its `locale` setting, read from the
// Unicode CLDR (the cldr-dates-full package pinned in package-lock.json), as the JSON the library embeds
// (src/PaperArchive/Display/date-names.json). The library ships the table instead of asking .NET, whose names
// come from the machine's ICU (absent in invariant mode, and of another CLDR version on another machine).
// Usage: node date-names.js <locale>…   prints the table; a test compares it with the shipped file.
'use strict'
const fs = require('fs')
const path = require('path')

const root = path.join(__dirname, 'node_modules', 'cldr-dates-full')
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version
const monthKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']
const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] // ISO order: weeks start on Monday

function namesOf (locale) {
  const file = path.join(root, 'main', locale, 'ca-gregorian.json')
  const gregorian = JSON.parse(fs.readFileSync(file, 'utf8')).main[locale].dates.calendars.gregorian
  const months = (context, width) => monthKeys.map(k => gregorian.months[context][width][k])
  const formats = gregorian.dateTimeFormats.availableFormats
  const week = gregorian.dateTimeFormats.intervalFormats.yMMMd
  return {
    monthsAbbreviated: months('format', 'abbreviated'),
    monthsWide: months('format', 'wide'),
    monthsStandAloneAbbreviated: months('stand-alone', 'abbreviated'),
    monthsStandAloneWide: months('stand-alone', 'wide'),
    weekdaysStandAloneAbbreviated: weekdayKeys.map(k => gregorian.days['stand-alone'].abbreviated[k]),
    date: formats.yMMMd,
    month: formats.yMMMM,
    rangeWithinMonth: week.d,
    rangeWithinYear: week.M,
    rangeAcrossYears: week.y
  }
}

const locales = process.argv.slice(2)
const table = { cldr: version, locales: {} }
for (const locale of locales) table.locales[locale] = namesOf(locale)
process.stdout.write(JSON.stringify(table, null, 2) + '\n')
