/**
 * Day and month names in the languages Worthy reads, as regular-expression alternations: shared
 * by the question reader (options they offered) and the answer reader (dates in a reply).
 */
export const WEEKDAYS = `(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|segunda(?:-feira)?|ter[cç]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|senin|selasa|rabu|kamis|jumat|sabtu|minggu|somvaar|mangalvaar|budhvaar|guruvaar|shukravaar|shanivaar|ravivaar`;

export const MONTHS = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|januar|februar|m[aä]rz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre`;

/** A clock time: 10am, 2 pm, 14:00, 15h, 15h30, 19 Uhr, 10 baje, 午後3時. */
export const CLOCK = String.raw`\d{1,2}(?::\d\d)?\s*(?:am|pm|h(?:\d\d)?|uhr|baje)|\d{1,2}:\d\d|(?:午前|午後)?\d{1,2}時`;
