import { introducePatterns, othersBlockers, thankPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

const TRAITS = [
  "zuverlässig", "pünktlich", "flexibel", "teamfähig", "belastbar", "motiviert", "organisiert", "kommunikativ",
  "freundlich", "genau", "ehrgeizig", "kreativ", "selbstständig", "fleissig", "hilfsbereit", "geduldig",
  "lernbereit", "strukturiert", "sorgfältig", "offen", "ordentlich", "fit", "ehrlich", "gründlich", "kräftig",
  "stressresistent", "höflich", "ruhig",
  // The body counts in a warehouse: "Ich bin stark und gesund."
  "stark", "gesund", "sportlich", "ausdauernd",
  // Care with the machines, which a forklift driver names first: "Ich bin sehr vorsichtig.", "Ich bin sicherheitsbewusst."
  "vorsichtig", "umsichtig", "sicherheitsbewusst",
  // The formal CV words: "Ich gelte als äußerst gewissenhaft."
  "gewissenhaft", "verantwortungsbewusst", "engagiert", "zielstrebig", "verlässlich", "lösungsorientiert", "teamorientiert",
  "kundenorientiert", "anpassungsfähig", "diszipliniert", "effizient", "präzise", "aufmerksam", "geschickt", "lernfähig",
  "aufgeschlossen", "kommunikationsstark", "durchsetzungsfähig",
  // A gift for the work: "Ich bin handwerklich begabt."
  "begabt", "talentiert",
  // A temper that helps a team: "Ich bin immer fröhlich.", "Ich bin eher gelassen."
  "optimistisch", "humorvoll", "gelassen", "loyal", "fröhlich", "ausgeglichen",
  // A carer's virtues: "Ich bin verantwortungsvoll, in der Pflege muss man das sein."
  "verantwortungsvoll", "pflichtbewusst", "kontaktfreudig", "empathisch", "einfühlsam", "respektvoll", "tolerant",
  // English, as learners mix it in: "Ich bin hard working, immer pünktlich."
  "hardworking", "hard working", "hard-working", "punctual", "teamplayer", "team player", "motivated", "careful",
  // …and the words of a CV written in English, or half-German: "Ich bin sehr detail-oriented.", "Ich bin sehr analytisch und proaktiv."
  "detail-oriented", "detail oriented", "detailoriented", "detailorientiert", "detail-orientiert", "analytisch", "proaktiv", "eigenständig",
  "eigenverantwortlich",
  // Compounds the voice button splits in two: "ich bin sehr zu verlässig", "ich bin team fähig".
  "zu verlässig", "team fähig", "selbst ständig", "hilfs bereit", "lern bereit", "stress resistent", "verantwortungs bewusst",
  "pflicht bewusst", "sicherheits bewusst", "belast bar",
];

// A quality named as a noun in answer to the strengths asked: "Geduld", "technisches Verständnis", "analytisches Denken".
// Nouns without those endings too, so two of them pair: "Teamarbeit und Geduld."
const QUALITY = "(*keit|*heit|*ität|sprachen|geduld|ruhe|ausdauer|humor|disziplin|teamgeist|motivation|energie|fleiß|*verständnis|*denken|*kenntnisse|geschick|erfahrung|kondition|fitness|teamarbeit|teamwork|organisation|sorgfalt|ordnung|kommunikation|*kompetenz|*kompetenzen|*talent|*vermögen)";

// How long one worked, said bare: "Zwei Jahre.", "3 Monate".
const COUNT = "(1*|2*|3*|4*|5*|6*|7*|8*|9*|ein|einen|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|paar|viele)";
const SPAN = "(jahr|jahre|jahren|monat|monate|monaten)";
// The machines a warehouse or a haulier drives, the trade itself.
const TRADE_VEHICLE = "(stapler*|*stapler|gabelstapler*|lkw|lkws|lastwagen|laster|kran|transporter|sprinter|taxi|hubwagen|reachtruck*)";
// The interviewer's line or the learner's clause before that names the work, so a bare span answers how long it lasted;
// "how long were you with …" only with the employer or the post, not "Wie lange waren Sie in Deutschland?"
const WORK_NAMED = "(fahren|gefahren|führerschein*|*schein|$job|gearbeitet|erfahrung*|beruf*|tätig|vorher|zuletzt|wie lange waren sie (bei|als|dort bei|da bei|dort als|da als)|wie lange waren sie (in der|im|in|in einem|in einer) $field|wie lange sind sie (schon bei|bei|schon als|als|schon dort|dort|schon da|da)|wie lange arbeiten sie (schon|dort|da|bei))";

// A span said loosely, or the month or year one began, in answer to how long: "Ein knappes Jahr.", "Seit Januar."
// after "Wie lange sind Sie schon bei Rossmann?"
const LOOSE_SPAN = "((ein knappes|ein gutes|ein halbes|knapp ein|gut ein|fast ein|anderthalb|eineinhalb|zweieinhalb) (jahr|jahre|monat|monate)|(seit|schon seit) ($month|$month 19*|$month 20*|#date|anfang $month|ende $month|anfang 20*|ende 20*|letztem jahr|letztem monat|19*|20*))";
// The tasks of a job told as bare infinitives, in answer to what one did there: "Etiketten drucken und Paletten wickeln."
const TASKS_ASKED = "(aufgaben|aufgabe|tätigkeiten|dort gemacht|da gemacht|genau gemacht|dort genau gemacht|da genau gemacht)";
// …and the planner's or the dispatcher's: "Touren planen, Fahrer einteilen, Reklamationen bearbeiten."
const TASK_INF = "(sortieren|packen|verpacken|kommissionieren|scannen|einräumen|einlagern|auslagern|kontrollieren|prüfen|drucken|wickeln|laden|beladen|entladen|ausliefern|stapeln|zählen|buchen|annehmen|etikettieren|verladen|fahren|tragen|putzen|planen|einteilen|bearbeiten|organisieren|koordinieren|disponieren|bestellen|erfassen|reparieren|warten|montieren|betreuen|kassieren|liefern|ausfahren|abrechnen)";

// The work named after a past "war" or "habe", so a pastime or a home of old is no job: "Früher war ich Koch in Lahore."
const WORK_AFTER = "($workdone|$job|$field|als|bei|beim|tätig|beschäftigt|zuständig|verantwortlich|studiert|ausbildung*|praktikum*|gekocht|gebacken|geputzt|gereinigt|gefahren|firma|*firma|job|arbeit|erfahrung*|schicht*|*schicht|chef|chefin|selbstständig|selbständig)";

// A relative, friend or colleague named after the noun is still someone else, the subject of what follows:
// "Mein Freund Karim hat zwei Jahre im Lager gearbeitet.", "Mein Freund Karim kann ab sofort anfangen."
// (The shared othersBlockers take the noun straight before its verb, or after an adjective.)
// Friends, colleagues and neighbours in the plural too, which those leave out: "Meine Freunde haben gesagt, ich kann sofort anfangen."
const NAMED_OTHERS = [
  "!!((mein|meine|meinen|unsere) (freunde|kollegen|nachbarn|geschwister|brüder|schwestern|cousins) (sind|haben|waren|hatten|arbeiten|arbeiteten|können|konnten|wollen|möchten|sagen|sagten|meinen|denken))",
  "!!((mein|meine|meinem|meiner|unser|unsere) (bruder|schwester|vater|mutter|sohn|tochter|kollege|kollegin|chef|chefin|nachbar|nachbarin|onkel|tante|cousin|cousine|mann|frau|freund|freundin|freunde|kollegen) #noun (ist|sind|hat|haben|war|waren|hatte|hatten|arbeitet|arbeitete|kann|könnte|fängt|beginnt|möchte|will|wird))",
  // …and so is one placed by where they work or live: "Meine Kollegin im Altenheim kann ab sofort anfangen.", "Mein Bruder in Hamburg hat zehn Jahre im Lager gearbeitet."
  "!!((mein|meine|meinem|meiner|unser|unsere) (bruder|schwester|vater|mutter|sohn|tochter|kollege|kollegin|chef|chefin|nachbar|nachbarin|onkel|tante|cousin|cousine|mann|frau|freund|freundin|freunde|kollegen) (im|in der|in|bei|beim|bei der|aus|von|vom|auf der) (#word|#word #word) (ist|sind|hat|haben|war|waren|hatte|hatten|arbeitet|arbeitete|kann|könnte|fängt|beginnt|möchte|will|wird))",
];

// A relative or colleague doing the work with a verb of the trade that the shared othersBlockers do not list:
// "Mein Cousin fährt seit zehn Jahren Stapler bei Porsche.", "Meine ältere Schwester leitet ein Lager in Kiew."
const RELATIVE = "(bruder|schwester|vater|mutter|sohn|tochter|kollege|kollegin|chef|chefin|nachbar|nachbarin|onkel|tante|cousin|cousine|mann|frau|freund|freundin|freunde|kollegen|opa|oma)";
const TRADE_VERB = "(fährt|fuhr|fahren|macht|machte|leitet|leitete|jobbt|jobbte|schafft|schaffte|sortiert|sortierte|packt|packte|kocht|kochte|putzt|putzte|pflegt|pflegte|repariert|reparierte|verkauft|verkaufte|liefert|lieferte|baut|baute|unterrichtet|unterrichtete|studiert|studierte|lernt|lernte|bedient|bediente|kontrolliert|kontrollierte|kommissioniert|organisiert|organisierte)";
const OTHERS_TRADE = [
  `!!((mein|meine|unser|unsere) ${RELATIVE} ${TRADE_VERB})`,
  `!!((mein|meine|unser|unsere) #word ${RELATIVE} ${TRADE_VERB})`,
];

// Housemates, partners and acquaintances, whom the shared othersBlockers leave out, are someone else too:
// "Mein Mitbewohner arbeitet seit drei Jahren bei DHL im Lager.", "Meine Partnerin kann ab Juli anfangen."
const HOUSEHOLD = "(mitbewohner|mitbewohnerin|mitbewohnern|partner|partnerin|lebenspartner|lebenspartnerin|verlobter|verlobte|schwager|schwägerin|bekannter|bekannte|kumpel|ehemann|ehefrau|neffe|nichte|roommate|flatmate|landsmann)";
const HOUSEHOLD_ACT = "(ist|sind|hat|haben|war|waren|hatte|hatten|arbeitet|arbeitete|kann|könnte|möchte|will|wird|fängt|beginnt|macht|machte|fährt)";
const COLLEAGUES = "(kollege|kollegin|kollegen|chef|chefin|bruder|schwester|freund|freundin|mann|frau|vater|mutter|sohn|tochter|nachbar|nachbarin)";
const HOUSEHOLD_OTHERS = [
  `!!((mein|meine|meinem|meiner|unser|unsere) ${HOUSEHOLD} ${HOUSEHOLD_ACT})`,
  `!!((mein|meine|meinem|meiner|unser|unsere) #word ${HOUSEHOLD} ${HOUSEHOLD_ACT})`,
  `!!((mein|meine|meinem|meiner|unser|unsere) ${HOUSEHOLD} #noun ${HOUSEHOLD_ACT})`,
];

// A friend or colleague named bare as the subject is someone else too: "Yaw hat fünf Jahre hier im Lager gearbeitet.",
// "Ola kann ab Montag anfangen." (Only names the lexicon knows: a capital word opening a sentence may be anything.)
// In that clause only, so the learner's own clause beside it still tells: "Yaw arbeitet hier, und ich habe zwei Jahre bei DHL gearbeitet."
const NAMED_ALONE_WORK = [
  "!($firstName (hat|hatte|war|ist|arbeitet|arbeitete|macht|machte))",
  "!($firstName (hat|hatte|war|ist|arbeitet|arbeitete)) ... ($workdone|gewesen|tätig|beschäftigt|gemacht|gejobbt|$field|$job)",
];
const NAMED_ALONE_START = [
  "!($firstName (kann|könnte|fängt|beginnt|startet|will|möchte|wird|ist|wäre))",
  "!($firstName (kann|könnte|fängt|beginnt|startet|will|möchte|wird|ist|wäre)) ... (anfangen|an|beginnen|starten|frei|verfügbar|kommen)",
];

// A claim taken back at once in the same sentence claims nothing: "ich bin zuverlässig nein das stimmt nicht",
// "ich kann ab montag anfangen nein sorry doch nicht". (Taken back after an ellipsis or "ach nein", the engine drops it itself;
// the words must stand together, as a phrase never reaches over a comma.)
const TAKEN_BACK = ["!!(nein|nee|sorry|sorri|nein sorry|nee sorry) (das stimmt nicht|stimmt nicht|das ist falsch|das war falsch|doch nicht|lieber doch nicht)"];

// Ready for work, the formal word beside "verfügbar": "Ich wäre sofort einsatzbereit.", "Ab Juli bin ich einsatzbereit."
const READY = "(verfügbar|einsatzbereit)";

// Skills one leads or plans with, the object between: "Deshalb kann ich gut Teams führen.", "Ich kann Projekte sehr gut koordinieren."
// (Not learning or explaining, which the firm may offer or the talk asks: "Hier kann ich gut Deutsch lernen.")
const SKILL_VERB = "(führen|leiten|organisieren|planen|koordinieren|motivieren|anleiten|delegieren|verhandeln|priorisieren|improvisieren|kommunizieren)";
const WELL = "(gut|sehr gut|super|besonders gut|richtig gut|echt gut)";

// Another interview, put first without its article: "Im letzten Interview habe ich gesagt, …", "Beim anderen Vorstellungsgespräch …"
const OTHER_INTERVIEW = ["!!(im|beim) (letzten|anderen|früheren|vorigen|ersten) (vorstellungsgespräch|interview|gespräch|bewerbungsgespräch|jobinterview)"];

export const vorstellungsgespraech: ScenarioSeed = {
  id: "vorstellungsgespraech",
  title: "Das Vorstellungsgespräch",
  subtitle: "Talk about yourself in a job interview near Stuttgart",
  character: {
    name: "Katrin Vogel",
    role: "Personalleiterin",
    persona:
      "Du leitest die Personalabteilung bei Holzwerk Vogel, einem Möbelhersteller bei Stuttgart. Du sagst „Sie“ zu den Bewerbern, bist freundlich, fragst aber genau nach und willst konkrete Beispiele hören. Die Stelle ist im Team Lager und Logistik; am Ende darf die Person eigene Fragen stellen.",
  },
  setting:
    "A job interview in a meeting room at Holzwerk Vogel near Stuttgart. The learner has applied for a position in the warehouse and logistics team; the interview is in German and takes about twenty minutes, ending with the candidate's own questions.",
  level: { min: "B1", max: "B1" },
  openingLine:
    "Guten Tag, schön, dass Sie da sind! Bitte nehmen Sie Platz. Erzählen Sie doch zuerst ein bisschen über sich.",
  keyWords: [
    { de: "die Berufserfahrung", en: "the work experience" },
    { de: "die Stärke", en: "the strength" },
    { de: "zuverlässig", en: "reliable" },
    { de: "pünktlich", en: "punctual" },
    { de: "die Arbeitszeiten", en: "the working hours" },
    { de: "die Weiterbildung", en: "further training" },
    { de: "die Kündigungsfrist", en: "the notice period" },
    { de: "anfangen", en: "to start" },
  ],
  exchanges: [
    { learner: "Ich habe drei Jahre in einem Lager gearbeitet.", character: "Das klingt gut. Welche Aufgaben hatten Sie dort genau?" },
    { learner: "Ich bin sehr zuverlässig.", character: "Schön. Können Sie mir dafür ein Beispiel geben?" },
    { learner: "Wie sind die Arbeitszeiten?", character: "Wir arbeiten von 7 bis 16 Uhr, Montag bis Freitag. Passt das für Sie?" },
  ],
  lexicon: {
    trait: TRAITS,
    // A trait before a noun takes an ending: "ein sehr geduldiger Mensch".
    traitForm: TRAITS.map((trait) => `${trait}*`),
    // Job titles learners give for themselves: "Lagerarbeiter", "Staplerfahrerin".
    job: [
      "*arbeiter", "*arbeiterin", "*fahrer", "*fahrerin", "*helfer", "*helferin", "*kraft", "*meister", "*meisterin",
      "*leiter", "*leiterin", "kommissionierer*", "*techniker", "*mechaniker", "*verkäufer", "*verkäuferin", "*kaufmann", "*kauffrau", "lagerist*", "*logistiker*",
      // Trades and professions learners bring from home: "In China ich Ingenieur, zehn Jahre."
      "ingenieur*", "*koch", "*köchin", "programmierer*", "entwickler*", "berater*", "consultant", "manager*", "lehrer*", "*pfleger",
      "*pflegerin", "elektriker*", "schreiner*", "tischler*", "kellner*", "friseur*", "buchhalter*", "lokführer*",
      // A nurse's titles: "Ich war zehn Jahre Krankenschwester."
      "krankenschwester*", "pflegefachfrau*", "pflegefachmann*", "hebamme*", "arzthelfer*",
      // A warehouseman's title in his own tongue: Romanian "magaziner", Polish "magazynier".
      "magaziner*", "magazioner*", "magazynier*",
    ],
    // Where one worked, named bare after the years: "fünf Jahre Lager", "zwei Jahre in der Logistik".
    field: [
      "lager", "logistik", "lagerlogistik", "versand", "produktion", "fabrik", "spedition", "warenannahme", "wareneingang", "warenausgang",
      "kommissionierung", "gastronomie", "bau", "supermarkt", "einzelhandel", "it", "büro", "pflege", "restaurant", "küche",
      // Hotels, cleaning and bakeries, where many learners worked: "Jetzt ich arbeite Reinigung, seit 2020."
      "hotel", "hotels", "rezeption", "reinigung", "gebäudereinigung", "bäckerei", "catering", "pflegeheim", "altenheim",
      // Hospitals, where many carers worked: "Sieben Jahre Krankenhaus in Polen."
      "krankenhaus", "klinik", "klinikum", "praxis", "arztpraxis",
      // Assembly, workshops and the warehouse compounds, told bare with a span: "Acht Jahre Möbelmontage.", "seit 2021 im Ersatzteillager"
      "montage", "*montage", "lagerarbeit", "schreinerei", "tischlerei", "werkstatt", "*werkstatt", "*lager",
    ],
    // Homelands learners name, so an origin is heard in lowercase or after "von": "ich komme von türkei".
    country: [
      "türkei", "syrien", "irak", "iran", "afghanistan", "polen", "rumänien", "bulgarien", "ukraine", "russland", "kosovo", "albanien",
      "serbien", "kroatien", "bosnien", "ungarn", "griechenland", "italien", "spanien", "portugal", "marokko", "tunesien", "algerien",
      "ägypten", "eritrea", "somalia", "äthiopien", "nigeria", "ghana", "kamerun", "indien", "pakistan", "china", "vietnam",
      "brasilien", "mexiko", "kolumbien", "venezuela", "peru", "philippinen", "thailand", "georgien", "armenien", "moldawien", "libanon",
    ],
    // Given names common among the learners from these homelands, so a name typed in lowercase is heard: "hallo ich bin jose".
    // None that is also a German word ("Ernst", "Frank", "Nur", "Mai", "Jan").
    firstName: [
      "maria", "mariya", "jose", "juan", "carlos", "ana", "lucia", "pedro", "joao", "rafael", "diego", "sofia", "elena", "olena", "oksana",
      "olga", "irina", "natalia", "svetlana", "tetiana", "dmitri", "sergej", "sergey", "andrej", "andriy", "ivan", "igor", "tomasz", "piotr",
      "katarzyna", "agnieszka", "ionela", "andrei", "mihai", "ahmad", "ahmed", "mohammed", "mohamed", "muhammad", "mehmet", "mustafa",
      "ali", "omar", "yusuf", "youssef", "hassan", "hussein", "ibrahim", "khaled", "karim", "fatima", "aisha", "amira", "leila", "layla",
      "zeynep", "ayse", "elif", "emre", "murat", "fatma", "hatice", "kemal", "farid", "reza", "mariam", "samir", "tariq", "bilal",
      "priya", "rahul", "amit", "anil", "arjun", "nguyen", "linh", "thuy", "minh", "duc", "chen", "wei", "li", "kwame", "chinedu",
      "abdul", "abdullah", "amani", "yonas", "dawit", "senait", "goran", "dragan", "milan", "arben", "besnik", "giorgi", "nino",
      // Ghanaian day names and other West African and Polish names: "ich bin kofi, 28 jahre", "Yaw hat hier gearbeitet."
      "kofi", "kwabena", "kwaku", "kwasi", "kwadwo", "kojo", "yaw", "ama", "akua", "abena", "efua", "adwoa", "afua", "yaa", "akosua",
      "emeka", "chidi", "ngozi", "tunde", "funmilayo", "olu", "ola", "kasia", "basia", "magda", "gosia", "marek", "pawel", "krzysztof",
      // Bosnian names, as a dictating electrician says his own: "hi ich bin emir hodzic"
      "emir", "amir", "adnan", "edin", "haris", "mirza", "senad", "admir", "nermin", "almir", "kenan", "tarik", "dzenan", "nedim",
      "elvedin", "jasmin", "amra", "lejla", "selma", "ajla", "azra", "emina", "merima", "sanela", "mirela", "dzenana",
    ],
    // The dative too, as "ab" takes it: "ab nächster Woche".
    day: ["morgen", "übermorgen", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "nächste woche", "nächsten monat", "nächster woche", "nächstem monat",
      // The week or month after next: "Übernächste Woche wäre gut für mich."
      "übernächste woche", "übernächsten monat", "übernächster woche", "übernächstem monat"],
    // The start named as a noun, in the written style: "Ein Eintritt zum 1. Oktober wäre möglich."
    startNoun: ["arbeitsbeginn", "eintritt", "eintrittstermin", "eintrittsdatum", "starttermin", "stellenantritt", "dienstantritt", "dienstbeginn"],
    // A season dates a start as a month does: "Erst im Herbst, leider."
    month: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
      "frühling", "frühjahr", "sommer", "herbst", "winter"],
    workdone: [
      "gearbeitet", "kontrolliert", "eingeräumt", "geleitet", "organisiert", "betreut", "verkauft", "koordiniert",
      // "gearbeit" is the learner's commonest clipped participle.
      "gearbeit", "sortiert", "verpackt", "gepackt", "kommissioniert", "ausgeliefert", "geliefert", "eingelagert", "geprüft", "bedient", "repariert",
      "optimiert", "geplant", "entwickelt", "gesteuert", "verwaltet", "überwacht", "gemanagt",
      // Loading, advising and training: "Ich habe LKWs beladen und entladen.", "Ich habe Kunden beraten."
      "beladen", "entladen", "verladen", "abgeladen", "ausgeladen", "gestapelt", "transportiert", "beraten", "angeleitet", "gejobbt",
      // Helping out or working along: "Ich hab bei Hornbach im Lager ausgeholfen.", "Ich habe im Versand mitgearbeitet."
      "ausgeholfen", "mitgearbeitet",
      // An engineer's work: "Wir haben das Lagerverwaltungssystem mit SAP eingeführt."
      "eingeführt", "implementiert", "installiert", "programmiert", "konstruiert", "montiert", "instand gehalten",
      // A carer's work: "Ich habe Patienten gepflegt." (not one's own family, a blocker below)
      "gepflegt", "versorgt",
      // Scanning and booking goods in: "Ich habe vier Jahre bei PostNL Pakete gescannt.", "Ich habe die Lieferungen im System erfasst."
      "gescannt", "eingescannt", "erfasst", "etikettiert",
      // Goods taken in, never an invitation accepted: "Ich hab beim Edeka die Ware angenommen."
      "ware angenommen", "waren angenommen", "lieferungen angenommen", "pakete angenommen", "lieferung angenommen",
    ],
    // The people and wards of a care job, asked of only in a question ("Ich habe gelernt, wie man Patienten lagert" tells).
    care: [
      "bewohner*", "patient*", "station", "stationen", "wohnbereich*", "dienstplan*", "nachtdienst*", "frühdienst*", "spätdienst*",
      "pflegekräfte", "pflegekraft", "pflegefachkräfte", "pflegehelfer*",
    ],
    topic: [
      "stunden", "vollzeit*", "teilzeit*", "parkplatz*", "parkplätze", "*parkplatz", "*parkplätze",
      "wochenende*", "samstag*", "sonntag*", "nachts", "nachtschicht*", "urlaubstag*",
      "kantine", "mitarbeiter*",
      "arbeitszeit*", "team*", "aufgabe*", "weiterbildung*", "fortbildung*", "schicht*", "*schicht", "*schichten",
      // The tools of the job: "Mit welchen Geräten arbeitet man hier?"
      // "Maschinenbau" is a subject one studied, not a tool of the job.
      "gerät*", "maschine", "maschinen", "software", "scanner*", "*scanner", "*scannern", "*system", "*systeme", "*systemen", "programm*", "werkzeug*", "stapler*", "homeoffice", "home office",
      "einarbeitung*", "urlaub*", "probezeit*", "gehalt*", "lohn", "*lohn", "verdien*", "vertrag*", "befrist*", "kolleg*",
      "überstunden", "arbeitstag*", "unbefrist*", "tagesablauf", "alltag",
      // Loanwords of the trade: "Wie ist das Salary?", "Gibt es Remote-Arbeit?"
      "geld", "weihnachtsgeld", "essensgeld", "salary", "benefits", "remote*", "overtime", "onboarding",
      // What the post asks of one: "Welche Skills sind für diese Stelle am wichtigsten?", "Welche Anforderungen gibt es?"
      "skills", "anforderung*", "qualifikation*", "voraussetzung*", "technologie*", "tools",
      // How the hours and the pay are arranged: "Gäbe es Gleitzeit?", "Gibt es Zuschläge für Nachtschichten?"
      "gleitzeit*", "arbeitszeitmodell*", "zuschlag*", "zuschläge", "zulage*", "prämie*", "bonus*", "jobticket*", "betriebsrente",
      "fahrtkosten*", "betriebskita", "betriebskindergarten", "kinderbetreuung", "firmenwagen", "dienstwagen", "sozialleistung*", "tarif*", "karriere*", "beförderung*", "entwicklungsmöglichkeit*",
      // Chances to grow and courses: "Welche Möglichkeiten habe ich hier?", "Gibt es Deutschkurse?", "Was trage ich? Gibt es Sicherheitsschuhe?"
      "möglichkeit*", "perspektive*", "verantwortung", "deutschkurs*", "sprachkurs*", "schulung*", "*schuhe", "*kleidung", "schutzausrüstung",
      // The helmet too ("*helm" would take "Wilhelm"): "Bekomme ich einen Helm?"
      "helm", "helme", "schutzhelm*", "sicherheitshelm*",
      // Who one turns to: "Wer ist mein Ansprechpartner?"
      "ansprechpartner*", "ansprechperson",
      "betriebsklima", "arbeitsklima", "firma",
      // A break of any kind: "Wie lange ist die Mittagspause?"
      "*pause", "*pausen", "betrieb", "unternehmen", "arbeitsplatz", "arbeitsort", "standort", "aufstieg*", "arbeitskleidung", "pause*", "bezahlung", "arbeitsbeginn", "chef*", "vorgesetzt*",
    ],
  },
  objectives: [
    {
      id: "introduce_yourself",
      title: "Introduce yourself",
      points: 10,
      patterns: [
        ...introducePatterns,
        // Thanks or joy for being let in to introduce oneself introduce nobody: "Danke, dass ich mich vorstellen durfte."
        "!(mich|uns) ... vorstellen (durfte|durften|darf|dürfen|konnte|konnten|kann|können)",
        // Leave asked to introduce oneself is not yet the introduction: "Kann ich mich kurz vorstellen?", "Soll ich mich zuerst vorstellen?"
        // (What follows it still introduces: "Darf ich mich kurz vorstellen? Ich bin Funmilayo Bello.")
        "!?(kann|darf|könnte|dürfte|soll|sollte|muss) (ich|wir) (mich|uns) ... vorstellen",
        // …nor the formal leave asked: "Gestatten Sie, dass ich mich vorstelle?", "Erlauben Sie mir, mich vorzustellen?"
        "!?dass (ich|wir) (mich|uns) ... (vorstelle|vorstellen)",
        "!?(mich|uns) (kurz|hier|jetzt|zuerst|erst) (vorzustellen)",
        // …nor the wish to, reported with the verb last: "Ich habe erzählt, dass ich mich bei Ihnen vorstellen will."
        "!(mich|uns) ... vorstellen (will|wollte|wollen|wollten|möchte|möchten|werde|werden|soll|sollte|muss|musste)",
        // …nor an interview elsewhere, or one ahead: "Morgen werde ich mich bei einer anderen Firma vorstellen."
        // ("Darf ich mich kurz vorstellen?", "Jetzt möchte ich mich vorstellen." still introduce.)
        "!!(bei|in) (einer|einem) (anderen|weiteren) (firma|stelle|betrieb|unternehmen|spedition|fabrik|firmen)",
        "!((morgen|übermorgen|nächste woche|später|bald|dort|da) (werde|muss|soll|will|möchte) (ich|wir) (mich|uns))",
        "!((ich|wir) (werde|muss|soll|will) (mich|uns) (morgen|übermorgen|nächste woche|später|bald|dort|da|noch))",
        // The way one travels in each day is no origin: "Ich komme mit dem Auto aus Waiblingen.", "ich komme mit der S-Bahn aus Fellbach"
        // (family is: "Ich komme mit meiner Familie aus Syrien").
        "!(komme|komm|kommen) (mit|täglich mit|jeden tag mit|morgens mit) (dem|der|einem|meinem|meiner) (auto|wagen|bus|zug|fahrrad|rad|bahn|sbahn|ubahn|straßenbahn|tram|motorrad|roller|firmenwagen)",
        // Coming back from somewhere is no origin: "Ich komme aus dem Urlaub."
        "!aus (dem|der|einem|einer) (urlaub|arbeit|schule|kurs|büro|krankenhaus|zug|bus|uni|universität|pause|besprechung|nachtschicht|schicht)",
        // Origin and home told other ways: "Ich stamme aus Polen.", "Ich bin aus der Türkei.", "Ich bin in Syrien geboren.",
        // "Ich lebe seit fünf Jahren in Stuttgart."; without the verb: "Ich Ion Popescu. Aus Rumänien."
        "(ich stamme|stamme ich|ich bin|bin ich) aus",
        "(ich bin|bin ich|wurde ich|ich wurde) in #noun geboren",
        "(ich lebe|lebe ich|wir leben) (seit|schon|in #noun|jetzt in #noun)",
        // With whom, then where: "Ich wohne mit meiner Familie in Stuttgart."
        "(ich wohne|wohne ich|wir wohnen|ich lebe|lebe ich|wir leben) (mit|zusammen mit) ... in #noun",
        // Where one lives since a year, the town typed in lowercase: "ich wohne in stuttgart feuerbach seit 2015".
        "(ich wohne|wohne ich|ich lebe|lebe ich) in ... seit (19*|20*|#word jahren|vielen jahren|langem)",
        "=(ich #noun #noun)",
        // Where one lives, or an age made light of, as clauses of their own once the learner presents themselves:
        // "Das bin ich: Milena Jovanović, Mutter von drei Kindern, wohnhaft in Waiblingen.", "Baran Özdemir, 22 Jahre jung"
        "[(gestatten|mein name|ich heiße|ich heisse|name|das bin ich|zu mir|über mich|zu meiner person)] .=(wohnhaft|ansässig) in (#noun|$country|der $country)",
        "(ich bin|bin) (1*|2*|3*|4*|5*|6*|7*) (jahre|jahr) jung",
        "[(gestatten|mein name|ich heiße|ich heisse|das bin ich|zu mir|über mich|zu meiner person|über sich|erzählen sie|stellen sie sich)] .=(#word #word) (1*|2*|3*|4*|5*|6*) (jahre|jahr) (jung|alt)",
        // The scene's keywords listed after "Ich" are no name: "Ich, Erfahrung, Lager, zuverlässig, sofort, danke."
        "!(ich) (erfahrung|lager|stärke|stärken|arbeit|job|stelle|logistik|frage|fragen|anfang|gehalt) (#noun|$trait|$field)",
        // A line rehearsed in class, reported, introduces nobody: "im kurs haben wir geübt mein name ist max mustermann"
        "!((geübt|gelernt|trainiert|wiederholt|gesagt wie|gelernt wie|geübt wie) (mein name|mein vorname|ich heiße|ich heisse|ich bin|ich komme))",
        "!(max mustermann|erika mustermann|mustermann)",
        // Given and family name, bare, in answer to the name asked: "Emeka Nwosu." after "Wie heißen Sie denn?"
        "[(wie heißen sie|ihr name|ihren namen|ihr vorname|ihren vornamen|ihr nachname|ihren nachnamen|ihren vollen namen|sie sind herr|sie sind frau|wer sind sie)] [!(beruf|stelle|firma|arbeitgeber|welche|welcher|welchen|was|woher|wo|alt|von|vom)] =.(#word #word|#word #word #word)",
        // …also when the origin or age is asked with it, the name first: "Osman Abdelrahman. 34 jahre. Khartoum" after "Wie heißen Sie und woher kommen Sie?"
        "[(wie heißen sie|ihr name|ihren namen|ihren vollen namen|sie sind herr|sie sind frau|wer sind sie)] [!(beruf|stelle|firma|arbeitgeber|welche|welcher|welchen|was|gearbeitet|arbeiten|tätig|zuletzt|vorher|früher)] ^=.(#word #word|#word #word #word)",
        "=aus #noun",
        // The age in digits before the origin, as terse chat lists facts: "Kwame. 34. Aus Ghana." ("34. Aus" reads as an ordinal, one clause)
        "=(1*|2*|3*|4*|5*|6*) (aus $country|aus der $country|aus dem $country|aus #noun)",
        // A homeland in lowercase, as a clause of its own: "ich bin ana, 25 jahre, aus rumänien".
        "=(aus $country|aus der $country|aus dem $country)",
        // "von" for "aus", as many learners say it, before a country: "Ich komme von Kosovo.", "komme von der Türkei"
        // (not an employer or a place one just left: "Ich komme von Bosch", "Ich komme von der Arbeit").
        "(ich komme|komme ich|komme|komm|ich komm) (von|vom|von der|von dem) $country",
        // …not back from a trip: "Ich komme gerade von Polen zurück."
        "!$country (zurück|wieder zurück)",
        // Born somewhere, the place after the participle: "Ich bin geboren in Nigeria.", "ich geboren in türkei"
        "(ich bin|bin ich|ich wurde|wurde ich|ich) geboren (in|im|in der) (#noun|$country)",
        // The pronoun for the possessive: "ich name ist Bilal", "meine Name ist Ana".
        // Not English "my", as "is" reads as "ist": "my name is Imran", all English, earns nothing.
        "(ich|meine|mine) name (ist|is) #noun",
        // The name as the subject of another verb is talked about: "Mein Name steht im Lebenslauf."
        "!(name|vorname|nachname) (steht|stehen)",
        // A reason is no origin: "Ich bin aus Überzeugung Lagerist.", "Aus Erfahrung."
        "!aus (überzeugung|erfahrung|liebe|interesse|spaß|neugier|zeitgründen|gründen|versehen|gewohnheit|leidenschaft)",
        // A superlative made a noun is a boast, no name: "Ich bin der Schnellste im Lager.", "Mein Chef sagt, ich bin die Beste."
        "!(ich bin|bin ich) (der|die) (*ste|*sten|*ster|beste|erste|letzte)",
        // A trade or a stage of life named bare is no name: "Ich bin Rentner.", "Ich bin Lagerist bei Rewe.", "Ich bin Krankenschwester von Beruf."
        // (The name beside it still introduces: "Ich bin Linh, ich bin Krankenpflegerin von Beruf.")
        "!((ich bin|bin ich) ($job|rentner|rentnerin|student|studentin|hausfrau|hausmann|arbeitslos))",
        // …nor without the copula, as beginners drop it: "Ich Verkäuferin, 10 Jahre, Supermarkt in Kyiv."
        "!(ich $job)",
        "!((ich bin|bin ich) #noun von beruf)",
        // A kind of worker is a strength, no name: "Ich bin Teamplayer."
        "!(ich bin|bin ich) (teamplayer*|organisationstalent|perfektionist*|arbeitstier|frühaufsteher*)",
        // Born somewhere, or living in the country for years: "Ich bin gebürtige Polin.", "Ich bin seit fünf Jahren in Deutschland."
        "(ich bin|bin ich) (gebürtige|gebürtiger|gebürtig) (#noun|aus)",
        // …or as a clause of its own after the name, the copula dropped: "Gestatten, Wiśniewski. Jerzy Wiśniewski, gebürtig aus Danzig."
        // (only once the learner has begun to present themselves: "Meine Frau, gebürtig aus Polen, arbeitet auch." tells hers)
        "[(gestatten|mein name|ich heiße|ich heisse|name)] .=(gebürtig|gebürtige|gebürtiger) aus (#noun|$country|der $country)",
        // A thought of one's own, as a clause of its own, is no bare name, though the learner's "Sie sind Frau Vogel!" set the scene for one:
        // "Ah, Sie sind Frau Vogel! Ich dachte, Sie sind die Sekretärin."
        "!(ich|wir) (dachte|dachten|glaube|glaubte|denke|meinte|hoffe|finde|fand|weiß|wusste|verstehe|sehe|sah)",
        // A name the lexicon knows, typed in lowercase where "#noun" cannot see it: "hallo ich bin jose", "bin maria, 29".
        "((ich bin|ich bin die|ich bin der|ich bins|ich heiße|hier ist) $firstName)",
        "^((bin|ich) $firstName)",
        // Years or a year, not a day: "Ich bin seit gestern in Stuttgart" tells a trip.
        "(ich bin|bin ich|wir sind) seit ... (jahren|jahr|monaten|19*|20*) ... (in deutschland|in #noun)",
      ],
      examples: ["Mein Name ist Mara Lind und ich komme aus Schweden.", "Ich heiße Ali Demir und bin 29 Jahre alt."],
      nudge: "Frau Vogel wants to know who you are: introduce yourself.",
    },
    {
      id: "describe_experience",
      title: "Describe your work experience",
      points: 25,
      patterns: [
        "(ich|wir) (hab*|habe) (gearbeitet|*erfahrung*|ausbildung*|studiert|praktikum|experience)",
        "(vorher|früher|zuletzt|davor|danach) (arbeitete|arbeitet) (ich|wir)",
        // "war" and "habe" only with the work named after them: "Früher war ich Lagerist bei DHL.", "Vorher habe ich bei Bosch Teile geprüft."
        // (Not a pastime, a home or a habit of old: "Früher habe ich viel Fußball gespielt.", "Früher habe ich in China gewohnt.")
        `(vorher|früher|zuletzt|davor|danach) (war|habe) (ich|wir) ... ${WORK_AFTER}`,
        // …not a thought, a wait or a call before this talk: "Vorher ich habe überlegt was ich frage.", "Davor habe ich lange gewartet."
        // ("@gedacht" exact, as "gemacht" is one slip from it: "Danach habe ich eine Ausbildung gemacht." tells.)
        // Nor a visit to a doctor or an office: "Vorher war ich beim Arzt.", "Davor war ich im Jobcenter."
        "!(vorher|früher|davor|damals|zuletzt|danach) (war ich|ich war|waren wir|wir waren) (beim|bei der|im|in der|auf dem|auf der) (arzt|ärztin|zahnarzt|friseur|jobcenter|arbeitsamt|amt|bürgeramt|ausländerbehörde|rathaus|bank|post|supermarkt|urlaub|deutschkurs|sprachkurs|kurs|apotheke)",
        "!(vorher|früher|davor|damals|zuletzt|danach) ... (überlegt|@gedacht|nachgedacht|gefragt|gelesen|gewartet|gegessen|getrunken|geschlafen|telefoniert|angerufen|gesucht|geschaut|geübt)",
        "(ich kenne mich|kenne ich mich) (mit|aus|gut)",
        "(1*|2*|3*|4*|5*|6*|7*|8*|9*|ein|einen|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|paar|viele) (jahr|jahre|jahren|monat|monate|monaten) $field",
        // The time put first, the subject and the verb after it unmoved: "Früher ich arbeiten in Fabrik."
        "(früher|vorher|davor|damals|zuletzt) (ich|wir) (arbeiten|arbeite|arbeitete)",
        `(früher|vorher|davor|damals|zuletzt) (ich|wir) (war|habe|hab|mache|machen) ... ${WORK_AFTER}`,
        // …the verb left out, the post or the field after it: "Früher ich Chefkoch in Hotel, Peking."
        ".((früher|vorher|davor|damals|zuletzt) (ich|wir) ($job|als $job|im $field|in $field|in der $field|in einem $field|in einer $field))",
        // …or now, the subject unmoved before the place: "Jetzt ich arbeite in China-Restaurant in Esslingen."
        "((jetzt|zurzeit|derzeit|momentan|aktuell|im moment|noch) (ich|wir) (arbeite|arbeiten|arbeit) (in|im|bei|als|für))",
        // The place first, the subject unmoved, the work after it: "In Restaurant ich mache Gemüse schneiden, Fleisch braten."
        ".((in|im|in der|in einem|in einer|in dem|bei|beim) $field (ich|wir) (mache|machte|mach|arbeite|arbeitete|arbeiten|arbeit|koche|kochte|kochen))",
        "(war|bin) ich für zuständig",
        "(ich bin|bin ich) (gelernter|gelernte|ausgebildeter|ausgebildete)",
        // …or listed as a clause of its own after the name: "Ich bin Jonas, 24, gelernter Lagerist."
        // Only where the learner is the one introduced: "Mein Bruder, gelernter Elektriker, sucht auch Arbeit." is his, and
        // "Gelernte Fachkraft, das bin ich nicht." turns it down.
        "[(ich bin|ich heiße|ich heisse|heiße ich|heisse ich|mein name ist|beruf|was sind sie|was machen sie)] .=(gelernter|gelernte|ausgebildeter|ausgebildete) ($job|#noun)",
        "(mein|meine) (letzter|letzte|letztes|alter|alte|erster|erste|voriger|vorige) (job|stelle|arbeit|arbeitgeber|beruf)",
        // …the possessive dropped, as chat opens: "letzte Job war Kuche in Restaurant, 1 jahr"
        // (where or what it was, not how it felt: "Letzte Arbeit war gut, aber Chef nicht nett.")
        ".^((letzter|letzte|letztes|alter|alte|erster|erste) (job|stelle|arbeit|arbeitgeber|arbeitsstelle) (war|waren|ist) (in|im|bei|als|$job|$field|#noun))",
        // The duties one had, in the past: "Meine Aufgabe war die Kontrolle von Lieferungen.", "Zu meinen Aufgaben gehörte die Inventur."
        // A noun must follow: "Meine Aufgabe war es, auf meine Schwester aufzupassen" tells a family's duty.
        ".((meine aufgabe|meine aufgaben|meine tätigkeit|meine tätigkeiten|meine hauptaufgabe|zu meinen aufgaben) (war|waren|gehörte|gehörten) (die|das|der|den|#noun))",
        // …nor one's family's care or the home: "Meine Aufgabe war die Pflege von meiner Mutter.", "Meine Aufgabe war das Haus und die Kinder."
        "!!(aufgabe|aufgaben) (war|waren) ... (meiner|meinem|meine|meinen|unserer|unserem|unsere|unseren) (mutter|vater|eltern|kinder|kindern|kind|familie|schwester|bruder|oma|opa|sohn|tochter|mann|frau)",
        "!!(aufgabe|aufgaben) (war|waren) (das haus|der haushalt|den haushalt|die familie|die kinder)",
        "(war ich #noun|ich war #noun)",
        // A question about the job is not experience: "Mit wem arbeite ich zusammen?"
        "!!(wie viele|wie viel|wieviel|mit wem|wann|welche|was für)",
        // …nor the interviewer's "how long" echoed with the verb last: "Wie lange ich dort gearbeitet habe? Lassen Sie mich überlegen."
        "!(wie lange|wie viele jahre|wie viele monate) (ich|wir) ... (gearbeitet|gearbeit|tätig|beschäftigt|gewesen)",
        "ich (war|bin) für zuständig",
        "(ich war|war ich) (zuständig|verantwortlich)",
        // A long list of duties between: "Ich war für die Wareneingangskontrolle und die Inventur zuständig."
        "(ich war|war ich|ich bin|bin ich) für ... (zuständig|verantwortlich)",
        // Caring for one's family is no job held: "Ich war für meine Familie zuständig."
        "!für (meine|unsere|die) (familie|kinder|eltern|mutter|vater|geschwister|oma|großeltern)",
        "((ich|wir) (arbeite|arbeitete|arbeiten) (als|bei|seit|schon|jetzt|momentan|zurzeit|derzeit|früher|vorher|davor|damals))",
        // A word between the subject and the verb, or after the verb: "Mein Freund arbeitet bei Bosch, ich selbst arbeite seit 2020 bei Lidl.",
        // "Ich arbeite auch im Lager.", "ich jetzt arbeite bei Amazon"
        "((ich|wir) (auch|selbst|persönlich|jetzt|zurzeit|derzeit|momentan|aktuell|noch|gerade|hier) (arbeite|arbeitete|arbeiten|arbeit) (als|bei|seit|schon))",
        "((ich|wir) (arbeite|arbeitete|arbeiten) (auch|selbst|noch|jetzt|zurzeit|derzeit|momentan|aktuell|gerade|immer noch) (als|bei|seit|schon))",
        ".((ich|wir) (auch|selbst|persönlich|jetzt|zurzeit|derzeit|momentan|aktuell|noch|gerade) (arbeite|arbeitete|arbeiten|arbeit) (in|im|in einem|in einer|in der|in dem) ($field|*restaurant|*küche|*hotel|*lager|*fabrik|#noun $field))",
        ".((ich|wir) (arbeite|arbeitete|arbeiten) (auch|selbst|noch|jetzt|zurzeit|derzeit|momentan|aktuell|gerade|immer noch) (in|im|in einem|in einer|in der|in dem) ($field|*restaurant|*küche|*hotel|*lager|*fabrik|#noun $field))",
        // The years and the post named bare, as a clause tells it: "In Rumänien war ich 5 jahre magaziner, in deutschland jetzt 2 jahre kommissionierer."
        // (not years ahead: "In 5 Jahren Teamleiter, das ist mein Ziel.")
        `.(${COUNT} ${SPAN} (als $job|$job))`,
        `!(in ${COUNT} ${SPAN} (als $job|$job))`,
        // The field named bare after the verb, as beginners leave out the preposition: "Jetzt ich arbeite Reinigung, seit 2020."
        "((ich|wir) (arbeite|arbeitete|arbeiten) $field)",
        // …or with it: "Ich arbeite in einem Restaurant.", "Ich arbeite in China-Restaurant." (told, not asked of the job here)
        ".((ich|wir) (arbeite|arbeitete|arbeiten|arbeit) (in|im|in einem|in einer|in der|in dem|bei einem|bei einer) ($field|*restaurant|*restaurants|*küche|*hotel|*lager|*fabrik|*bäckerei|#noun $field))",
        // The span or the year put first, the subject and the verb unmoved, as learners order it: "seit 2 jahre ich arbeite in pflegeheim",
        // "Drei Jahre ich habe in Lager gearbeitet.", "Seit 2019 ich arbeite bei DHL."
        `(seit|schon|schon seit) (${COUNT} ${SPAN}|19*|20*|langem|langer zeit) (ich|wir) (arbeite|arbeitete|arbeiten|arbeit)`,
        `^(${COUNT} ${SPAN}) (ich|wir) (arbeite|arbeitete|arbeiten|arbeit) (in|im|bei|als|für)`,
        // The years, in the learner's present: "Ich arbeite zwei Jahre in Supermarkt."
        "(ich|wir) (arbeite|arbeitete|arbeiten) (jahr|jahre|jahren|monat|monate|monaten|lange) (in|im|bei|als|für)",
        // Plural only: "Ich habe letztes Jahr im März angefangen" dates, it spans nothing.
        // "in" only before a field of work: "Ich habe drei Jahre in Deutschland gelebt" tells a stay.
        "(habe ich|hab ich|ich habe|ich hab|war ich|ich war) (jahre|jahren|monate|monaten) (als|bei)",
        "(habe ich|hab ich|ich habe|ich hab|war ich|ich war) (jahre|jahren|monate|monaten) (in|im) $field",
        // A job of one's own now: "Im Moment mache ich einen Minijob im Lager."
        "(ich mache|mache ich|ich mach|mach ich) (*job|*jobs|praktikum|*ausbildung|*umschulung)",
        // …not one planned or hoped for: "Vielleicht ich mache später eine Ausbildung als Koch.", "Nächstes Jahr mache ich ein Praktikum."
        "!(vielleicht|später|bald|irgendwann|demnächst|hoffentlich|nächstes jahr|nächsten monat|in zukunft|in der zukunft|dann) (ich mache|mache ich|ich mach|mach ich)",
        "!(ich mache|mache ich|ich mach|mach ich) (vielleicht|später|bald|irgendwann|demnächst|hoffentlich|nächstes jahr|nächsten monat|in zukunft|in der zukunft|gern|gerne|dann)",
        "(jahr*|monat*|lange|als|bei|in|im) (gearbeitet|gearbeit|tätig|beschäftigt|gejobbt)",
        // Side by side, so the noun "Arbeit" is no slip of "arbeite": "Die Arbeit im Lager stelle ich mir schwer vor."
        "(arbeite ich|arbeitete ich|arbeiten wir|arbeiteten wir)",
        // Leading or running something, in the written past: "In Moskau leitete ich ein Distributionszentrum.", "Ich koordinierte den Versand."
        ".(leitete|leiteten|koordinierte|koordinierten|verwaltete|verwalteten|managte|disponierte|beaufsichtigte) (ich|wir)",
        ".(ich|wir) (leitete|leiteten|koordinierte|koordinierten|verwaltete|verwalteten|managte|disponierte|beaufsichtigte)",
        // …not an infinitive closing one clause and "ich" opening the next with its own verb: "Ich kann gut im Team arbeiten, ich bin
        // ein Team Player.", "Ich möchte gern arbeiten, ich habe Zeit." (the inverted subject is never followed by a finite verb).
        "!((arbeite|arbeiten|arbeitete) (ich|wir) (bin|habe|hab|hatte|kann|könnte|will|möchte|brauche|lerne|lernen|mache|finde|bringe|liebe|mag|komme|war|spreche|denke|glaube|freue|hoffe|suche|muss|darf|werde|würde|bleibe|sind|haben|können|wollen|möchten))",
        // Asking how the work goes here tells no experience: "Wie arbeite ich genau mit dem Scanner?"
        "!(wie|womit|wo|was|warum) (arbeite|arbeiten) (ich|wir)",
        // Working on a weakness is no work done: "Meine Schwäche ist Ungeduld, aber daran arbeite ich."
        "!(daran|dran|an mir|an meiner|an meinem|an dieser|an diesem) (arbeite|arbeiten|arbeitete)",
        // Experience put first, then denied at the end of its clause: "Erfahrung im Lager habe ich leider keine."
        "!(erfahrung*|*erfahrung) ... (habe ich|hab ich|haben wir|hätte ich) (keine|leider keine|noch keine|leider noch keine|kaum|kaum welche|nicht|noch nicht|leider nicht|wenig|nur wenig|null)",
        // Experience hoped for is none yet: "Ich möchte gern Erfahrung im Lager sammeln."
        "!erfahrung* ... (sammeln|zu sammeln|gewinnen|zu gewinnen|bekommen|zu bekommen)",
        // The job title with the verb last, in a clause that tells: "…, wo ich zwei Jahre Teamleiter war."
        "(ich|wir) ... $job (war|waren|gewesen)",
        // Without the copula or with the verb left unconjugated, the years after it: "ich Elektriker 8 Jahre", "In Ukraine ich Lager arbeiten 5 Jahre."
        `((ich|ich war) $job ${COUNT} ${SPAN})`,
        // …the employer between, no verb at all: "Ich Lager Amazon zwei Jahr.", "ich fahrer bei dhl 3 jahre" (not a verb: "Ich Lager suchen zwei Jahre.")
        `.^((ich|ich war) ($field|$job) (#noun|bei #word|in #word|im #word) ${COUNT} ${SPAN})`,
        `((ich|wir) ($field|im $field|in $field|in der $field|als $job|$job) (arbeiten|arbeite|arbeit) ${COUNT} ${SPAN})`,
        // The years alone after the work was named, tersely: "Bus fahren. 30 Jahre.", "Führerschein C. Zehn Jahre."
        `[${WORK_NAMED}] =${COUNT} ${SPAN}`,
        // …roughly: "3 Jahre ungefähr.", "Fast zwei Jahre." after "Wie lange waren Sie dort bei Lidl?"
        `[${WORK_NAMED}] =${COUNT} ${SPAN} (ungefähr|etwa|circa|ca|insgesamt|lang)`,
        `[${WORK_NAMED}] =(ungefähr|etwa|circa|ca|fast|knapp|über|mehr als|gut|insgesamt) ${COUNT} ${SPAN}`,
        `[${WORK_NAMED}] =${LOOSE_SPAN}`,
        `[${WORK_NAMED}] =${LOOSE_SPAN} (also|das sind|ungefähr|etwa) (${COUNT} ${SPAN}|${LOOSE_SPAN})`,
        // The tasks as bare infinitives after the question: "Hauptsächlich Etiketten drucken und Paletten wickeln, jeden Tag."
        `[${TASKS_ASKED}] .(#word ${TASK_INF}|#word #word ${TASK_INF}|#word #word #word ${TASK_INF})`,
        // The years at one's own firm: "In 12 Jahren bei meiner Firma war ich nie krank." (not any firm, which a plan or a
        // search names: "Ich möchte 5 Jahre bei einer Firma bleiben.", "Ich suche seit 2 Monaten bei einer Firma Arbeit.")
        `${COUNT} ${SPAN} (bei|in|an) (meiner|meine|meinem|meinen|unserer|unserem) (firma|arbeitsstelle|stelle|betrieb|arbeitgeber|$field)`,
        // The one place one did work, after the work denied elsewhere: "Ich habe noch nie in einem Lager gearbeitet, nur im Krankenhaus."
        // (the learner's own work only: "Mein Mann hat nie im Lager gearbeitet, nur in der Fabrik." tells his)
        "(ich habe|habe ich|ich hab|hab ich|ich war|war ich) (nie|nicht|noch nie|noch nicht|bisher nicht|bisher nie) ... (gearbeitet|gearbeit|tätig|gejobbt) (nur|sondern|sondern nur|aber|aber nur|bisher nur|immer nur) (im|in der|in einem|in einer|in|bei|als) ($field|$job|#noun)",
        // …and in answer to the work asked: "Nein, nur im Krankenhaus." after "Haben Sie schon im Lager gearbeitet?"
        "[(gearbeitet|tätig|erfahrung*)] =(nur|sondern|sondern nur|aber|aber nur|bisher nur|immer nur) (im|in der|in einem|in einer|in|bei|als) ($field|$job|#noun)",
        // The compound too, and the formal verb of having: "Ich verfüge über mehrjährige Berufserfahrung in der Bestandsplanung."
        "(erfahrung*|*erfahrung) (in|im|als|mit)",
        "(ich verfüge|verfüge ich|ich verfügte|wir verfügen) über ... (erfahrung*|*erfahrung)",
        // How much experience the post asks is her question, not the learner's: "Wie viel Berufserfahrung im Lager erwarten Sie?"
        "!?(wie viel|wie viele|wieviel|wieviele|welche|was für) ... (erfahrung*|*erfahrung)",
        // Asking what the interviewer means tells nothing: "Meinen Sie meine Erfahrung in Deutschland oder in Pakistan?"
        "!!?(meinen sie|meinten sie|meinst du|was meinen sie)",
        // Looking for work is no work done: "Seit drei Jahren suche ich Arbeit.", "Ich suche seit Monaten einen Job."
        "!(suche|suchen|such) (ich|wir) ... (arbeit|job|stelle|arbeitsstelle)",
        "!(ich suche|wir suchen|ich such) ... (arbeit|job|stelle|arbeitsstelle)",
        // Experience wished for, or wished it had been more, is none told: "Ich hätte gern mehr Erfahrung mit Gabelstaplern gesammelt."
        // (A polite claim still tells: "Ich hätte auch Erfahrung mit SAP.")
        "!(hätte|hätten|hätte ich|hätten wir) (gern|gerne|lieber|so gern|mehr|noch mehr|gern mehr|gerne mehr|gern noch mehr) ... (erfahrung*|*erfahrung)",
        // The experience one has, its length told with a verb of measure: "Meine Berufserfahrung umfasst ungefähr fünfzehn Jahre im Rechnungswesen.",
        // "Meine Erfahrung beträgt zehn Jahre." (one's own, told: "Wie viele Jahre umfasst Ihre Erfahrung?" is hers to ask)
        `.(meine|unsere) (erfahrung|*erfahrung) (umfasst|beträgt|sind|ist|liegt bei|umfassen) ... ${COUNT} ${SPAN}`,
        // The years of experience one brings: "Insgesamt bringe ich etwa zehn Jahre Berufserfahrung mit.", "Ich habe 5 Jahre Erfahrung."
        `.(${COUNT} ${SPAN} (erfahrung|*erfahrung))`,
        "(ich bringe|bringe ich|ich bring) ... (erfahrung|*erfahrung) mit",
        // Started with an employer, in the perfect: "Ich habe in Madrid bei einem Logistikunternehmen angefangen."
        "(ich habe|habe ich|ich hab|hab ich) ... (bei #noun|bei einer #noun|bei einem #noun|bei der #noun|bei dem #noun) (angefangen|begonnen)",
        // The years only with the work or the employer after them: "Ich war letztes Jahr drei Monate in der Türkei" and
        // "Ich war zwei Jahre in Polen" tell a stay.
        "ich war (als|bei)",
        "war ich (als|bei)",
        `((ich war|war ich) ${COUNT} ${SPAN} (als|bei|beim|im $field|in der $field|in einem $field|in einer $field|in einer #noun|in einem #noun|#noun))`,
        `((war ich|ich war) (lange|jahrelang|${COUNT} ${SPAN} lang|${COUNT} ${SPAN} lange) (als|bei|im|in der|#noun))`,
        "(zurzeit|derzeit|momentan|aktuell|im moment) (bin|arbeite) ich (als|bei|#noun)",
        "(ich bin|bin ich) #noun bei",
        // The participle closes the clause, far from its auxiliary: "habe ich bei Bosch die Inventur organisiert"
        "(habe ich|hab ich|ich habe|ich hab|haben wir|wir haben) (bei|in|im|als|für) $workdone",
        // The participle closes the clause however long it runs: "Ich habe acht Jahre als Ingenieur in der Logistik gearbeitet."
        "(ich habe|habe ich|ich hab|hab ich|wir haben|haben wir) ... $workdone",
        // The place put first: "Bei Amazon habe ich Pakete sortiert."
        "(bei|in|im|als) (habe ich|hab ich|haben wir) $workdone",
        "(jahr*|monat*) (gefahren|gemacht|geleitet|gearbeitet)",
        // Chat drops the auxiliary, the years before the work done: "bei DHL 4 jahre pakete sortiert, nachtschicht".
        ".(1*|2*|3*|4*|5*|6*|7*|8*|9*|ein|einen|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|paar|viele) (jahr|jahre|jahren|monat|monate|monaten) ... $workdone",
        "(habe|hab) (ich|wir) (gearbeitet|kontrolliert|gemacht|geleitet|organisiert|betreut|verkauft|gebucht|geplant|gefahren|koordiniert)",
        // The work done, in the learner's perfect: "ich hab in ein Supermarkt Ware eingeräumt"
        "(ich|wir) (habe|hab) $workdone",
        // A business or a team of one's own run: "Ich habe in Rumänien eine Schreinerei geführt, zwölf Jahre." (not a talk: "ein Gespräch geführt")
        "(ich habe|habe ich|ich hab|hab ich|ich hatte|hatte ich) ... (ein|eine|einen|das|die|den|mein|meine|meinen) ($field|*laden|*geschäft|*betrieb|*firma|firma|team|*team|filiale|abteilung|*abteilung|restaurant|*restaurant|kiosk|café) (geführt|geleitet)",
        // Looking after a store or the goods, now or then: "Ich kümmere mich seit 2021 um das Ersatzteillager."
        "(ich kümmere mich|kümmere ich mich|ich habe mich|habe ich mich|ich hab mich|hab ich mich|ich kümmerte mich) ... um (das|die|den|unser|unseren|unsere) ($field|wareneingang|warenausgang|inventur|lieferungen|bestellungen|*bestand|retouren|ware|waren)",
        // A trade learned, the trade first: "Lagerwirtschaft hab ich gelernt, Ausbildung bei Hermes."
        "^($field|$job|*wirtschaft|*logistik|*handwerk) (habe ich|hab ich) (gelernt|studiert)",
        // The field "made" with the auxiliary kept or dropped, as beginners tell it: "Ich auch Lager gemacht.", "Ich habe Küche gemacht, drei Jahre."
        ".((ich|wir) (auch|schon|früher|vorher|lange|viel|habe|hab|habe auch|hab auch|habe schon|hab schon|habe früher|hab früher|habe lange) $field gemacht)",
        ".((ich|wir) $field gemacht)",
        "!(haben|hätten) sie",
        "(bin|habe|hab) (viel|oft|lange|jahrelang) (gefahren|gearbeitet|gemacht)",
        "(ich mache das|mache ich das|ich mach das) seit",
        "(ich kann|kann ich) #noun (fahren|bedienen|reparieren|programmieren)",
        // A short answer to "Wo haben Sie vorher gearbeitet?": "Zwei Jahre bei DHL, im Lager."
        "[(gearbeitet|erfahrung*|beruf*|tätig|vorher|zuletzt)] (jahr*|monat*) (bei|als|in|im)",
        // Or a field after the years: "Zwei Jahre Kommissionierung, dann ein Jahr Wareneingang."
        "[(gearbeitet|erfahrung*|beruf*|tätig|vorher|zuletzt)] (jahr|jahre|monat|monate) #noun",
        // Where, as what, or the work done, in answer to the question: "Bei Amazon, im Lager.", "Als Lagerhelfer.", "Kommissionierung und Versand."
        "[(gearbeitet|beruflich|erfahrung*|tätig|vorher|zuletzt|aufgaben|dort gemacht|da gemacht)] =(bei #noun|als $job|als #noun|im $field|in der $field)",
        "[(gearbeitet|beruflich|erfahrung*|tätig|vorher|zuletzt|aufgaben|dort gemacht|da gemacht)] =$field (und|sowie) $field",
        // The employer named, a town after it: "Bei einer Spedition in Ulm." after "Wo haben Sie vorher gearbeitet?"
        "[(gearbeitet|beruflich|erfahrung*|tätig|vorher|zuletzt)] ^bei (einer|einem|der|dem) ($field|#noun|firma)",
        // …or by its name, and the town or the place in it: "Bei DHL in Kornwestheim, seit März 2021." (told, not "Bei Ihnen im Lager?")
        "[(gearbeitet|beruflich|erfahrung*|tätig|vorher|zuletzt)] .=bei #noun (in|im|in der) (#noun|$field)",
        // …dictated in lowercase, where "#noun" cannot see the name: "bei elektro mayer in stuttgart" after "Wo haben Sie zuletzt gearbeitet?"
        "[(gearbeitet|beruflich|erfahrung*|tätig|vorher|zuletzt)] .=bei (#word|#word #word) (in|im|in der) #word",
        "[(gearbeitet|beruflich|erfahrung*|tätig|vorher|zuletzt)] .=bei (#word|#word #word)",
        // A licence or a certificate is experience too: "Ich habe einen Staplerschein."
        "(ich|wir) (hab*|habe) (*schein|*zertifikat|*abschluss|*diplom)",
        // A training or a job done, the participle closing the clause: "Ich habe übrigens auch ein Praktikum gemacht."
        "(ich habe|habe ich|ich hab|hab ich|wir haben) ... (praktikum|praktika|ausbildung|lehre|umschulung|*job|*jobs|studium|fsj) (gemacht|absolviert|abgeschlossen|beendet)",
        // Leading people, not talks: "Ich habe eine Schicht von 20 Leuten geführt." (not "ein Gespräch geführt")
        "(ich habe|habe ich|ich hab|hab ich) ... (team|teams|schicht|schichten|gruppe|abteilung|lager|mitarbeiter|leute|leuten|kollegen|filiale) geführt",
        // Driving the machines of the trade, for years now: "Ich fahre seit 10 Jahren Stapler.", "Seit 2015 fahre ich LKW.",
        // "ich fahre gabelstapler seit 5 jahre" (a commute is no trade: "Ich fahre seit Jahren mit dem Bus.")
        `(ich fahre|fahre ich|ich fahr|fahr ich) (seit|schon|schon seit|jetzt seit) ... ${TRADE_VEHICLE}`,
        `seit ... (fahre ich|fahr ich) ${TRADE_VEHICLE}`,
        `((ich fahre|fahre ich|ich fahr|fahr ich) ${TRADE_VEHICLE} (seit|schon))`,
        // Driving the machines of the trade: "Ich bin Gabelstapler gefahren." (not "mit dem Bus")
        "(ich bin|bin ich|ich habe|habe ich|ich hab|hab ich) ... (stapler*|*stapler|gabelstapler*|lkw|lkws|lastwagen|laster|kran|transporter|sprinter|taxi) gefahren",
        // The years, the work and where, without a verb: "Zwei Jahre Aushilfe in einer Bäckerei."
        "((jahr|jahre|jahren|monat|monate|monaten) #noun (bei|im|in|als))",
        // The former employer in the dative: "Bei meiner alten Firma habe ich …"
        // The learner in the clause: what the old firm had or lacked tells of the firm ("Bei meiner alten Firma gab es keine Einarbeitung.").
        "(bei|in|an) (meiner|meinem|der|dem) (letzten|alten|vorigen|früheren|ersten|vorherigen) (firma|stelle|arbeit|job|arbeitgeber|arbeitsstelle|betrieb) (habe|hab|war|bin|arbeitete|hatte|musste|durfte|konnte|mache|machte|arbeite) (ich|wir)",
        "(ich|wir) ... (bei|in|an) (meiner|meinem|der|dem) (letzten|alten|vorigen|früheren|ersten|vorherigen) (firma|stelle|arbeit|job|arbeitgeber|arbeitsstelle|betrieb)",
        // Started there in a post, in the perfect: "Ich habe 2015 als Lagerhelfer angefangen." (not a plan: "Ich möchte als Fahrer anfangen")
        "(ich habe|habe ich|ich hab|hab ich) ... als ($job|#noun) angefangen",
        "(ich bin|bin ich) (seit|schon|jetzt) $job",
        // Still with the employer, since a year: "Seit 2018 bin ich bei DHL.", "Ich bin seit drei Jahren bei Lidl."
        "seit #word (bin ich|ich bin) (bei|im|in der|als)",
        "(ich bin|bin ich) seit ... (bei|im|als)",
        // The job title right after the verb: "Ich war Staplerfahrer." (not "ich $job": "arbeite" is one slip from "arbeiter")
        // A trade one is now, named bare, tells who one is, not where one worked or how long: "Ich bin Kwame, ich bin Krankenpfleger
        // von Beruf, aber jetzt suche ich Arbeit im Lager."; with the place it tells: "Ich bin Lagerist bei Rewe."
        "((ich war|war ich) $job)",
        "((ich bin|bin ich) ($job|#noun $job) (bei|im|in der|in einem|in einer|für|seit))",
        // …and so does the trade named in answer to a question about one's work: "Ich bin Lagerist von Beruf." after "Was machen Sie beruflich?"
        "[(beruf*|gearbeitet|erfahrung*|tätig|was machen sie|was haben sie)] ((ich bin|bin ich) ($job|#noun $job|#noun von beruf))",
        // The compound split in two, as learners write it: "Ich war Lkw Fahrer.", "Ich bin Lager Arbeiter von Beruf." (not
        // "Ich bin Peter Koch.", "Ich bin Anna Meister.": a surname can be a trade)
        "((ich war|war ich) #noun $job)",
        // A stage of life spent somewhere is no work: "Ich war 5 Jahre Kind in Polen.", "Zwei Jahre Flüchtling in der Türkei."
        "!(jahr|jahre|jahren|monat|monate|monaten) (kind|baby|jugendlicher|teenager|schüler|schülerin|flüchtling|rentner|rentnerin|asylbewerber*)",
        // …or the years between verb and post: "ich war 20 jahre lkw fahrer", "Ich war drei Jahre Lagerist bei Rewe."
        `((ich war|war ich) ${COUNT} ${SPAN} ($job|#word $job))`,
        // …the subject dropped, as chat opens: "war 2 jahre kommissionierer"
        `^(war ${COUNT} ${SPAN} ($job|#word $job))`,
        // An earlier post without a verb: "Früher Lagerhelfer, jetzt Fahrer.", "Vorher Staplerfahrer bei DHL."
        ".^((früher|vorher|davor|damals|zuletzt) $job)",
        // A wish of old is no work done: "Früher wollte ich als Koch arbeiten, aber ich habe nie gemacht.", "Ich wollte immer Lagerist werden."
        "!(wollte|wollten|wollt) ... (arbeiten|werden|machen)",
        ...TAKEN_BACK,
        // …not a job as the subject of a wish: "Früher Koch war mein Traumberuf."
        "!((früher|vorher|davor|damals|zuletzt) $job (war|ist|wäre|wollte))",
        // The employer, then the span, without a verb: "bei amazon 2 jahre, dann bei dhl 1 jahr" (not "bei Ihnen 6 Monate Probezeit?")
        `.^bei (#word|einer #word|einem #word|der #word) ${COUNT} ${SPAN}`,
        // Years from and to, then the field or the employer, without a verb: "2015 bis 2020 Lager bei Rewe, danach Kurier.",
        // "Von 2018 bis heute als Fahrer bei DPD."
        ".^(von|vom|ab) (19*|20*) bis (19*|20*|heute|jetzt) ... ($field|als $job|$job|bei #noun)",
        // A course, studies or the job centre are no employer: "Von 2020 bis 2022 Deutschkurs bei VHS.", "2018 bis heute bei Jobcenter gemeldet."
        // Adjacent, so the studies dating a job do not block it: "Nach dem Studium habe ich bei Bosch gearbeitet."
        "!((deutschkurs*|sprachkurs*|integrationskurs*|kurs|studium|schule) (bei|bei der|bei dem|beim|bei einer|bei einem) #noun)",
        "!bei (jobcenter|arbeitsamt|arbeitsagentur|vhs|volkshochschule|universität|uni|hochschule)",
        ".^(19*|20*) bis (19*|20*|heute|jetzt) ... ($field|als $job|$job|bei #noun)",
        "!bei (ihnen|euch|uns|dir|ihrer firma|ihrem betrieb)",
        // …nor a stay with one's family: "Bei Oma 3 Jahre gewohnt."
        "!bei (oma|opa|mama|papa|mutter|vater|eltern|familie|tante|onkel|bruder|schwester|freunden|freund|freundin)",
        // The workplace after the verb: "Ich war im Büro.", "Zuerst war ich in der Produktion."
        "(ich war|war ich) (im|in der|in einem|in einer|bei der) $field",
        // "Schaffen" is how the south says "arbeiten": "schaff seit zwei Jahr auf dem Bau".
        "(schaff|schaffe|schaffen) (seit|bei|als|auf dem|auf der|im|in der|in einem|in einer)",
        "(habe ich|hab ich|ich habe|ich hab) (bei|in|im|auf dem|auf der) geschafft",
        // "Jobben", a side job held now or then: "Zurzeit jobbe ich nebenbei bei einem Getränkelieferanten.", "Ich jobbte zwei Jahre im Versand."
        "((ich|wir) (jobbe|jobbte|jobben|jobbten|jobb))",
        "((jobbe|jobbte|jobben|jobbten) (ich|wir))",
        // A duty of the trade taken over: "Dort habe ich auch die Nachschubplanung übernommen.", "Ich habe die Leitung der Schicht übernommen."
        // (not a family's care or a cost: "Ich habe die Verantwortung für meine Familie übernommen" is blocked by the family above)
        "(ich habe|habe ich|ich hab|hab ich|wir haben|haben wir) ... (verantwortung|leitung|*leitung|*planung|*organisation|*kontrolle|*verwaltung|*disposition|*koordination|koordination|disposition|inventur|*inventur|aufgabe|aufgaben|*aufgaben|schicht|*schicht|vertretung|*annahme|*eingang|*ausgang|versand|touren|*touren) übernommen",
        // "er" or "sie" with a verb of the third person is someone else's work, never the learner's (the interviewer is
        // "Sie haben"): "Er hat drei Jahre als Fahrer gearbeitet.", "Er war fünf Jahre bei DHL." ("sie war meine erste Stelle" is the job).
        "!(er|sie) (hat|hatte|arbeitet|arbeitete)",
        "!(er|sie) (war|ist) ... (bei|als|im|in der|in einem|in einer)",
        // …however far the participle stands: "Mein Bruder heißt Adnan, er hat früher auch zwei Jahre in einem Lager gearbeitet."
        "!(er|sie) (hat|hatte) ... ($workdone|gemacht|gefahren|tätig|beschäftigt|gewesen)",
        ...othersBlockers,
        ...NAMED_OTHERS,
        ...HOUSEHOLD_OTHERS,
        ...NAMED_ALONE_WORK,
        ...OTHERS_TRADE,
        // Years ahead, a dream or a plan with "zu": "Mein Traum ist, in fünf Jahren in einem großen Hotel zu arbeiten."
        `!(in ${COUNT} (jahren|monaten)) ... zu (arbeiten|sein|haben|leiten|machen|werden)`,
        // …the auxiliary dropped, as beginners tell it: "Mein Bruder 5 Jahre in Lager gearbeitet." ("Mein Bruder und ich" still tell the learner's)
        `!((mein|meine|unser|unsere) (bruder|schwester|vater|mutter|sohn|tochter|kollege|kollegin|chef|chefin|nachbar|nachbarin|onkel|tante|cousin|cousine|mann|frau|freund|freundin) (${COUNT} ${SPAN}|in|im|bei|als|seit|auch|früher|lange|jahrelang)) ... ($workdone|gewesen|tätig|gemacht)`,
        // …and so is a colleague's or a boss's named after the noun: "Mein ehemaliger Kollege Pablo hat zehn Jahre als Lagerleiter gearbeitet."
        // In its clause only, so the learner's own work after a comma still tells: "Mein alter Chef Hans war streng, aber ich habe dort fünf Jahre gearbeitet."
        "!((mein|meine|unser|unsere) (kollege|kollegin|chef|chefin|vorgesetzter|teamleiter|teamleiterin|meister) #noun (hat|hatte|war|ist|arbeitet|arbeitete))",
        "!((mein|meine|unser|unsere) #word (kollege|kollegin|chef|chefin|vorgesetzter|teamleiter|teamleiterin|meister) #noun (hat|hatte|war|ist|arbeitet|arbeitete))",
        "!((mein|meine|unser|unsere) (kollege|kollegin|chef|chefin|vorgesetzter|teamleiter|teamleiterin|meister|#word kollege|#word kollegin|#word chef|#word chefin) #noun (hat|hatte|war|ist)) ... ($workdone|gewesen|tätig|beschäftigt|gemacht)",
        // The learner among the colleagues does the work: "Meine Kollegen und ich haben das Lagerverwaltungssystem mit SAP eingeführt."
        "(kollegen und ich|kolleginnen und ich|kollege und ich|kollegin und ich|team und ich|chef und ich|chefin und ich) (haben|hatten) ... $workdone",
        // Experience compared with the learner's is others': "Die anderen Bewerber haben mehr Erfahrung als ich."
        "!erfahrung* als (ich|wir|mir)",
        // …and so is the firm's or its team's: "Die Firma hat viel Erfahrung mit Möbeln."
        // Adjacent and in its own clause: "Die Firma hat mir viel Erfahrung gegeben" and "Ich habe im Lager gearbeitet, das Lager hatte
        // viel Erfahrung mit Kühlware, ich auch" still tell the learner's.
        "!(die firma|ihre firma|das unternehmen|ihr unternehmen|das team|ihr team|der betrieb|ihr betrieb|das lager) (hat|haben|hatte) (erfahrung*|viel erfahrung*|sehr viel erfahrung*|große erfahrung*|lange erfahrung*|langjährige erfahrung*|jahrelange erfahrung*)",
        // What one was like once is a trait, not a job: "Früher war ich nicht so geduldig, das war meine Schwäche."
        "!(früher|vorher|davor|damals) (war ich|waren wir|ich war|wir waren) $trait",
        // How one was at the old firm names a strength, not the work: "In meiner alten Firma war ich nie krank."
        "!((war ich|ich war|bin ich|ich bin) (nie|niemals|fast nie|immer|stets|immer sehr|sehr|oft|selten) ($trait|krank|zu spät|unpünktlich|müde))",
        // …nor a state or a stage of life: "Früher war ich schüchtern.", "Damals war ich Student." (a post still tells: "Früher war ich Lagerist");
        // also in the learner's order, the subject first: "Früher ich war sehr faul, jetzt nicht."
        "!((früher|vorher|davor|damals) (war ich|waren wir|ich war|wir waren) (schüchtern|ängstlich|unsicher|nervös|ungeduldig|faul|dick|dünn|jung|klein|krank|müde|traurig|allein|alleine|single|ledig|arbeitslos|student|studentin|schüler|schülerin|kind|unpünktlich|chaotisch|langsam|gestresst|unordentlich))",
        "!((früher|vorher|davor|damals) (war ich|waren wir|ich war|wir waren) (so|sehr|zu|ganz|oft|immer|ein bisschen|etwas|noch) (schüchtern|ängstlich|unsicher|nervös|ungeduldig|faul|dick|dünn|jung|klein|krank|müde|traurig|allein|alleine|single|ledig|arbeitslos|student|studentin|schüler|schülerin|kind|unpünktlich|chaotisch|langsam|gestresst|unordentlich))",
        "!(früher|vorher|davor|damals) (war ich|waren wir|ich war|wir waren) (nicht|nicht so|so|zu|ganz|ein bisschen|etwas|oft|immer|sehr) $trait",
        // Years ahead are a plan, not work done: "In zwei Jahren möchte ich ein Team geleitet haben.", "In zwei Jahren wird das Lager optimiert."
        "!!in (1*|2*|3*|4*|5*|6*|7*|8*|9*|ein|einem|zwei|drei|vier|fünf|sechs|zehn|paar|ein paar|einigen) (jahr|jahren|monat|monaten) (wird|werden|möchte|möchten|will|wollen|werde|würde|würden|hoffe|sehe)",
        // …nor the work left before the start, in the present: "Ab 1. April bin ich frei, vorher arbeite ich noch."
        "!((vorher|bis dahin|bis dann|bis zum|bis ende) (arbeite|arbeiten) (ich|wir))",
        // Work still to do before starting here is no experience told: "Ich muss noch 4 Wochen bei meiner alten Firma arbeiten."
        "!!(muss|müssen|werde|werden) (noch|erst) ... (arbeiten|bleiben)",
        // An interview elsewhere is no work done: "Gestern war ich bei einer anderen Firma zum Vorstellungsgespräch."
        "!!(interview*|vorstellungsgespräch*|bewerbungsgespräch*|jobinterview*)",
        // Private deeds, visits and a customer's experience are no work history: "Ich habe gestern mein Fahrrad repariert."
        "!!(gestern|vorgestern|letzte woche|letztes wochenende|am wochenende|heute morgen)",
        "!!(anfahrt|fahrrad|urlaub|reise|umzug|hochzeit|geburtstag|party)",
        "!!(mein auto|mein fahrrad|meine wohnung|mein handy|meinen computer|mein haus|meine küche|mein zimmer)",
        "!!als (kunde|kundin|gast|patient|patientin|privatperson)",
        "!!(war|bin) ... (kunde|kundin|stammkunde|stammkundin|gast|stammgast)",
        // A job looked for, experience wanted by others, and time at home are no work done: "Ich habe ein Praktikum gesucht, aber nichts gefunden.",
        // "Ich habe gehört, Sie suchen Leute mit Erfahrung im Lager.", "Braucht man Erfahrung?", "Die letzten drei Jahre war ich Zuhause."
        "!(praktikum|job|arbeit|stelle|ausbildung*|praktikumsplatz|arbeitsplatz|*stelle) (gesucht|suche|suchen|zu finden)",
        "!!(nichts|keinen|keine|kein) gefunden",
        "!(suchen|sucht|braucht|brauchen|gesucht|verlangen|verlangt|erfordert|nötig|notwendig) ... (erfahrung*|*erfahrung)",
        "!(leute|jemand|jemanden|mitarbeiter|bewerber) mit ... (erfahrung*|*erfahrung)",
        "!(war ich|ich war|bin ich|ich bin) (zuhause|zu hause|daheim|in elternzeit|elternzeit|arbeitslos|im mutterschutz)",
        "!erfahrung* mit (ihrer|ihrem|ihren|ihnen|eurer|eurem)",
        "!(bei meiner|bei meinem|bei meinen) (mutter|vater|eltern|familie|freund*|schwester|bruder|arzt|ärztin|oma|opa|tante|onkel|kindern|sohn|tochter)",
        // A verb-first question about the job here tells nothing done: "Arbeite ich dann allein oder im Team?"
        "!(arbeite ich|arbeiten wir) (dann|später|bei ihnen|allein|alleine|zusammen|nachts|auch am|am samstag|am sonntag|am wochenende|im team|in einem team|in schichten|mit wem)",
        // How well one works is a strength, not work done: "Im Team arbeite ich sehr gut."
        "!(arbeite ich|ich arbeite|arbeiten wir) (gut|sehr gut|super|gern|gerne|lieber|am liebsten|am besten)",
        // …or put first: "Sehr sorgfältig arbeite ich." (the place first still tells: "Bei DHL arbeite ich selbstständig").
        "!($trait|sauber|konzentriert|zügig|exakt|akkurat) (arbeite ich|arbeiten wir)",
        // Caring for one's own family is no work done: "Ich habe zwei Jahre meine kranke Mutter gepflegt.", "Ich habe meine Kinder betreut."
        "!((mein|meine|meinen|meinem|unsere|unseren) (mutter|vater|eltern|oma|opa|großeltern|kinder|kind|sohn|tochter|mann|frau|familie|schwester|bruder|#word mutter|#word vater|#word kinder|#word oma|#word opa)) ... (gepflegt|betreut|versorgt|gekümmert)",
        // Looking after the work: "Ich habe mich um die Wartung der Förderbänder gekümmert." (not one's family, above)
        "(ich habe mich|habe ich mich|ich hab mich|hab ich mich) um ... gekümmert",
        // …not one's own papers and home: "Ich habe mich um die Bewerbung gekümmert."
        "!um (die|den|das|meine|meinen|mein|unsere|unseren|alles) (bewerbung|unterlagen|papiere|visum|wohnung|anmeldung|termin|haushalt|garten|hund|katze|umzug|auto|formalitäten|kinderbetreuung)",
        // The job's duty, with "es": "Mein Job war es, die Touren für die LKW zu planen."
        ".((mein job|mein letzter job|mein alter job) (war es|bestand darin))",
        // Plans for the start are no work done: "Ab sofort. Wir haben alles organisiert."
        "!(wir haben|haben wir) (alles|schon alles|alles schon|das alles)",
      ],
      examples: [
        "Ich habe fünf Jahre als Lagerist gearbeitet.",
        "Seit drei Jahren arbeite ich bei einer Spedition in Ulm.",
        "Ich habe viel Erfahrung mit Gabelstaplern und der Warenannahme.",
      ],
      nudge: "Tell Frau Vogel where you have worked, and for how long.",
    },
    {
      id: "name_strength",
      title: "Name one of your strengths",
      points: 20,
      patterns: [
        "(meine|eine|meiner) (stärke|stärken|strength|strengths)",
        // A strength of old, or of school, is none now: "Meine Stärke war früher Fußball."
        "!((stärke|stärken) (war|waren) (früher|damals|als kind|in der schule))",
        "!((stärke|stärken) (früher|damals|als kind|in der schule) (war|waren))",
        // Talk about one's strengths names none: "Da habe ich über meine Stärken gesprochen.", "Ich möchte über meine Stärken reden."
        "!über (meine|meinen|meiner) (stärke|stärken|strength|strengths)",
        // The word echoed as a question names none: "Meine Stärken? Darf ich zuerst fragen, wie groß das Team ist?"
        // (What follows it still names one: "Meine Stärken? Ich bin sehr zuverlässig.")
        "!?(meine|meiner|eine|meine größte|meine größten) (stärke|stärken|strength|strengths)",
        // A strength told at another interview is reported, not named here: "Im letzten Interview habe ich gesagt, meine Stärke ist Geduld."
        ...OTHER_INTERVIEW,
        // Asking whether or how to name them names none: "Muss ich meine Stärken sagen?", "Soll ich eine Stärke nennen?"
        "!?(muss ich|soll ich|sollte ich|darf ich|kann ich|müssen wir|sollen wir|muss man|soll man) ... (stärke|stärken|strength|strengths)",
        // Other nouns for it, of one's own: "Mein Vorteil ist, dass ich drei Sprachen spreche.", "Mein Pluspunkt ist die Erfahrung."
        "(mein|meine|mein großer|mein größter) (vorteil|pluspunkt|talent|stärkster punkt|starker punkt)",
        // …not the job's convenience for one: "Mein Vorteil ist, dass die Firma nah an meiner Wohnung ist."; nor the word asked back.
        "!!(vorteil|pluspunkt) (ist|wäre|war) ... dass (die|der|das|es|ihre|ihr|mein|meine|man)",
        "!?(was ist|was wäre|wo ist) (mein|meine) (vorteil|pluspunkt|talent)",
        // Not "meinen" alone, which also means "to mean": "Was meinen Sie mit Stärken?"
        "zu meinen stärken",
        // Asking what the word means names none: "Was ist eine Stärke?"
        "!(was ist|was sind|was bedeutet|was heißt|was meinen sie mit)",
        // A strength denied names none: "Meine Stärke ist nicht Mathe." (a clause after it still names one: "…, dass ich nicht aufgebe").
        "!((stärke|stärken) (ist|sind|liegt|liegen) (nicht|kein|keine|eher nicht|leider nicht))",
        "ich bin $trait",
        // The trait put first, the verb after it, told: "Kräftig bin ich, zwanzig Kilo heben geht.", "Sehr geduldig bin ich auch."
        ".^(($trait|sehr $trait|wirklich $trait|besonders $trait|echt $trait|total $trait|absolut $trait|extrem $trait|ziemlich $trait) (bin ich|bin ich auch|bin ich schon|bin ich immer))",
        // …two traits first: "Belastbar und flexibel bin ich, und …"
        ".^(($trait|sehr $trait) (und|sowie) ($trait|sehr $trait) (bin ich|bin ich auch|bin ich schon|bin ich immer))",
        // Whether one has it is asked or doubted, not claimed: "Meine Frau fragt, ob ich ordentlich bin.", "Ich weiß nicht, ob ich flexibel genug bin."
        "!ob (ich|wir)",
        // Too much of a good trait is a flaw: "Meine Frau sagt immer, ich bin zu ordentlich."
        // Adjacent, so a trait the voice button split after "zu" leaves the next one named: "ich bin sehr zu verlässig und pünktlich".
        "!((zu|zu sehr|viel zu|etwas zu|bisschen zu) $trait)",
        // …a perfectionist's too, and too much of any trait even when it is told of first: "Meine Tochter sagt, ich bin zu perfektionistisch."
        "!(zu|zu sehr|viel zu|etwas zu|bisschen zu|manchmal zu|oft zu|immer zu|einfach zu) (perfektionist*|ehrgeizig*|kritisch|direkt|ungeduldig|schüchtern|langsam|ruhig)",
        // A trait in a condition is what follows from it, not one claimed: "Wenn ich pünktlich bin, ist der Chef zufrieden."
        // (The clause after it still claims: "Wenn es stressig wird, bleibe ich ruhig.")
        "!((wenn|falls|sobald|solange) (ich|wir|man))",
        // The trait as the manner of a trip told in the perfect: "Ich bin pünktlich gekommen."
        "!$trait (gekommen|angekommen|gefahren|gelaufen|losgefahren|hergekommen)",
        "!(gut gekommen|gut angekommen|gut hergekommen|gut hergefunden|gut gelandet|gut gereist|gut geschlafen|schnell gekommen|schnell gefahren|genau gekommen)",
        // A hedge or an understanding is no trait: "Ich bin ehrlich gesagt nervös.", "Ich kann gut verstehen, dass …"
        "!(ehrlich|offen|kurz) gesagt",
        // …in any form: "Das muss ich ehrlich sagen.", "Ich will ehrlich sein, ich war nervös."
        "!((ehrlich|ganz ehrlich|offen) (sagen|sein|zugeben|antworten))",
        "!(ich kann gut verstehen|ich kann gut nachvollziehen|ich kann gut glauben|ich kann gut sein|ich kann mir gut vorstellen)",
        // Without the pronoun, as a clause of its own: "Bin voll zuverlässig."
        "=bin $trait",
        "(ich arbeite gern|ich arbeite gerne)",
        // "ich kann gut" with what one does well after it, not broken off: "Ich kann gut… hmm, wie sagt man…"
        "ich kann gut #word",
        // The manner of one's work: "Ich mache meine Arbeit gründlich."
        "(ich mache|mache ich|ich mach|ich erledige|erledige ich) (meine|die|meine ganze) (arbeit|aufgaben|sachen) ($trait|schnell|gut|sehr gut|immer gut)",
        // Sleeping or eating well, or tiring fast, is no strength at work: "Ich kann gut schlafen.", "Ich bin schnell müde."
        "!(kann|kann ich) gut (schlafen|essen|trinken|feiern|tanzen|singen|entspannen|faulenzen|lachen)",
        // Kept adjacent, so a flaw denied further on still leaves the strength: "Ich komme immer pünktlich und bin nie krank."
        "!((schnell|sehr|leicht|oft|immer) (müde|krank|nervös|gestresst|sauer|wütend|traurig|aufgeregt|ungeduldig|langsam|erschöpft|gelangweilt))",
        "!((schnell|sehr|leicht|oft|immer) (so|sehr|ganz|total|schnell|etwas|ein bisschen) (müde|krank|nervös|gestresst|sauer|wütend|traurig|aufgeregt|ungeduldig|langsam|erschöpft|gelangweilt))",
        // Put first as a clause of its own: "Was ich gut kann, ist organisieren."
        "was ich (gut|besonders gut|sehr gut|am besten) (kann|mache)",
        "(auf mich verlassen)",
        // …or told with the noun: "Auf mich ist Verlass.", "Auf mich ist immer Verlass."
        "auf mich (ist|war) ... verlass",
        // Extra hours or hard shifts welcome: "Überstunden mache ich gern.", "Ich mache gern Nachtschichten.", "Mir wird die Arbeit nie zu viel."
        // (Adjacent, so a negation between them is seen: "Überstunden mache ich nicht gern.")
        "((überstunden|nachtschicht|nachtschichten|wochenendschicht*|extraschicht*|schichtarbeit|wochenendarbeit) (mache ich|sind für mich|ist für mich) (gern|gerne|auch gern|auch gerne|kein problem))",
        "((überstunden|nachtschicht|nachtschichten|wochenendschicht*|extraschicht*|schichtarbeit|wochenendarbeit) (machen mir|macht mir) nichts aus)",
        "((ich mache|mache ich|ich mach) (gern|gerne|auch gern|auch gerne|gern auch|ohne problem|ohne probleme) (überstunden|nachtschicht*|wochenendschicht*|extraschicht*))",
        "(mir wird|wird mir) ... (nie|niemals|nichts) zu viel",
        // "auf mich" put first: "Auf mich kann man sich hundertprozentig verlassen." (not "konnte", the past)
        "auf mich (kann man|können sie|kann mann|könnt ihr) sich ... verlassen",
        // A language or a pastime one likes to learn is an interest, no strength: "Ich lerne gern Sprachen, in meiner Freizeit."
        // ("Ich lerne gern neue Sachen" still names one.)
        "!((lerne|lernen) (gern|gerne|sehr gern|sehr gerne) (sprachen|deutsch|englisch|spanisch|französisch|gitarre|klavier|kochen|tanzen|schwimmen|malen))",
        // Not "ich bin gern*": "Ich bin gerne hier." is no strength.
        "ich (lerne|arbeite) (schnell|genau|sorgfältig|selbstständig|selbständig|zuverlässig|gern*|gut)",
        // The manner before the verb, as beginners put it: "Ich gut arbeiten.", "ich schnell lernen"
        "(ich (gut|sehr gut|schnell|sehr schnell|genau|sorgfältig|immer gut) (arbeiten|arbeite|lernen|lerne))",
        // The manner of one's work, any trait, the adverb first as learners put it: "Ich arbeite sehr gewissenhaft.",
        // "Sehr präzise ich arbeite, das ist wichtig.", "Sehr sorgfältig arbeite ich." (not "Wie genau arbeite ich?").
        // Brackets keep it adjacent, one intensifier at most: "Ich arbeite im Lager, es ist ruhig" names no trait.
        "((ich arbeite|ich arbeitete|ich lerne) ($trait|sauber|konzentriert|zügig|exakt|akkurat|fehlerfrei))",
        "((ich arbeite|ich arbeitete|ich lerne) (sehr|immer|ganz|besonders|äußerst|extrem|wirklich|echt|super|stets|immer sehr) ($trait|sauber|konzentriert|zügig|exakt|akkurat|fehlerfrei))",
        ".(($trait|sauber|konzentriert|zügig|exakt|akkurat|fehlerfrei) (ich arbeite|arbeite ich|ich lerne|lerne ich))",
        "ich bin (schnell|genau|sorgfältig|selbstständig|selbständig|zuverlässig)",
        "ich bin (gut|sehr gut) (im|in) (#noun|team|organisieren|planen)",
        "ich bin (gut|sehr gut|stark) mit (zahlen|menschen|kunden|computern|maschinen|meinen händen|den händen|technik)",
        // Hard work welcome, told any way: "Ich habe keine Angst vor schwerer Arbeit.", "Ich kann schwer heben.", "Ich behalte immer den Überblick."
        "(ich habe|ich hab|habe ich) keine angst vor ... (arbeit|verantwortung|herausforderung*|stress|neuem)",
        "(ich kann|kann ich) (schwer|schwere sachen|schwere kisten|viel|gut|sehr gut) (heben|tragen|anpacken|zupacken)",
        // Stamina: "Ich kann lange stehen.", "Ich kann den ganzen Tag arbeiten." (told, not "Wie lange kann ich arbeiten?")
        ".((ich kann|kann ich) (lange|sehr lange|stundenlang|den ganzen tag|viele stunden|acht stunden|zehn stunden) (stehen|arbeiten|laufen|schaffen))",
        // A flaw denied, of oneself now: "Ich bin nie müde.", "Ich bin nie krank.", "Ich komme nie zu spät."
        ".((ich bin|bin ich|bin) (nie|niemals|fast nie|selten) (müde|krank|zu spät|unpünktlich|gestresst|nervös|schlecht gelaunt))",
        ".((ich komme|komme ich|komme) (nie|niemals|fast nie) zu spät)",
        "(ich behalte|behalte ich) ... (überblick|ruhe|nerven)",
        // …or a cool head, kept or kept to: "Ich behalte auch in stressigen Situationen einen kühlen Kopf.", "Ich bewahre immer die Ruhe."
        "(ich behalte|behalte ich|ich bewahre|bewahre ich) ... (kühlen kopf|klaren kopf|ruhe|überblick|nerven)",
        "(ich habe|ich hab|habe ich) ... gute laune",
        // …or one is in it: "Die Kollegen sagen, ich bin immer gut gelaunt.", "Ich bin meistens gut drauf."
        // (Told, not asked: "Bin ich oft gut gelaunt? Ich weiß nicht.")
        ".((ich bin|bin ich|bin) (immer|meistens|stets|oft|sehr|fast immer|eigentlich immer) gut (gelaunt|drauf))",
        ".((ich bin|bin ich) gut gelaunt)",
        // A mood of today is no strength: "Heute bin ich sehr gut drauf.", "Ich bin heute fröhlich, weil die Sonne scheint."
        "!(heute|gerade|im moment|momentan|heute morgen|diese woche) ... (gut gelaunt|gut drauf|fröhlich|gelassen|optimistisch)",
        // Hoping to have it is not naming it: "Ich hoffe, ich habe heute gute Nerven."
        "!!(ich hoffe|hoffe ich|hoffentlich)",
        // Not knowing it yet names nothing: "Was mich auszeichnet, muss ich mir noch überlegen."
        "!!(was mich auszeichnet) (muss ich|weiß ich|weiss ich|ist schwer|ist eine gute frage|frage ich mich)",
        // What sets one apart, the formal way: "Was mich auszeichnet, ist meine Zuverlässigkeit.", "Mich zeichnet Geduld aus."
        ".was mich auszeichnet",
        ".(mich zeichnet|zeichnet mich|ich zeichne mich|zeichne ich mich) ... aus",
        // A good faculty one has: "Ich habe gute Nerven.", "Ich habe ein gutes Auge für Details.", "Ich habe eine gute Kondition."
        "(ich habe|ich hab|habe ich) (gute|starke|sehr gute|eiserne|ein gutes|ein sehr gutes|eine gute|eine sehr gute) (nerven|kondition|auge|gedächtnis|orientierungssinn|menschenkenntnis|körperliche fitness)",
        // …an understanding or a skill with its adjective: "Ich habe ein gutes technisches Verständnis.", "Ich habe handwerkliches Geschick."
        "((ich habe|ich hab|habe ich) (ein gutes|ein sehr gutes|ein großes|gutes|großes|viel|ein|#word) (*verständnis|gespür|#word *verständnis|#word gespür|handwerkliches geschick|technisches geschick|organisatorisches geschick))",
        "((ich habe|ich hab|habe ich) (handwerkliches|technisches|organisatorisches|viel|großes|gutes) geschick)",
        // …not one needed or had once: "Ich habe gute Nerven gebraucht."
        "!(nerven|kondition|auge|augen|gedächtnis) (gebraucht|verloren|gehabt|gebraucht hätte)",
        // Helping, as a habit: "Ich helfe gern meinen Kollegen.", "Ich bin ein Mensch, der gerne hilft."
        "(ich helfe|helfe ich) (gern|gerne|immer|sehr gern|sehr gerne) ... (kollegen|anderen|team|leuten|menschen)",
        "((ein mensch|eine person|ein typ|ein mitarbeiter|eine mitarbeiterin) (der|die) (gern|gerne|immer|viel) (hilft|anpackt|lernt|arbeitet))",
        // …or who solves, sees or thinks ahead: "Ich bin ein Mensch, der Probleme schnell erkennt und löst."
        "(ich bin|bin ich) (ein mensch|eine person|ein typ|jemand) (der|die) ... (löst|anpackt|hilft|lernt|mitdenkt|vorausdenkt|organisiert|erkennt|zuhört|durchhält)",
        // How one would describe oneself: "Ich würde mich als sehr zuverlässig beschreiben.", "Ich sehe mich als Teamplayer."
        "(mich|mich selbst) als ($traitForm|sehr $traitForm|#word $traitForm|teamplayer*) (beschreiben|bezeichnen|sehen|einschätzen)",
        // …not how others described one, told: "Meine Vorgesetzten haben mich als zuverlässig beschrieben." ("beschrieben" is one slip from "beschreiben")
        "!(hat|haben|hatte|hatten|wurde|wurden) (mich|mich immer|mich oft|mich stets) ... als",
        "(ich sehe mich|ich bezeichne mich|ich beschreibe mich) (als|selbst als) ($traitForm|sehr $traitForm|#word $traitForm|teamplayer*)",
        // Oneself as the kind who does not give up, or who likes to help: "Ich bin jemand, der nicht schnell aufgibt."
        // ("ich bin" first: "Ich kenne jemand, der nie aufgibt" is another.)
        "(ich bin|bin ich) (jemand|ein mensch|eine person|ein typ) (der|die) (nie|niemals|nicht so schnell|nicht schnell|nicht so leicht|nicht leicht) aufgibt",
        "(ich bin|bin ich) jemand (der|die) (gern|gerne|immer|viel) (hilft|anpackt|lernt|arbeitet)",
        // A quality that matters to oneself: "Ordnung ist mir sehr wichtig." (not "Pünktlichkeit ist in Deutschland wichtig").
        "(ordnung|pünktlichkeit|zuverlässigkeit|sorgfalt|genauigkeit|sauberkeit|ehrlichkeit|teamarbeit|qualität) (ist|sind) mir ... wichtig",
        // Ill, nervous or the way here are no strengths: "Ich bin stark erkältet", "Ich bin ehrlich, ich bin ein bisschen nervös.",
        // "Danke, ich bin gut mit der S-Bahn hergekommen."
        "!stark (erkältet|verschnupft|heiser|krank|müde|nervös|gestresst|verspätet|beschäftigt|aufgeregt|übermüdet)",
        // Adjacent, so a strength of keeping calm still names one: "…, dass ich nicht so schnell nervös werde."
        "!!((ein bisschen|etwas|ein wenig|sehr|total|so|bisschen) (nervös|aufgeregt))",
        "!!(hergekommen|hergefunden|hierhergekommen|angekommen|hergefahren|angereist)",
        "(ich bin ein|ich bin eine) (teamplayer*|organisationstalent|perfektionist*)",
        // A yes to the trait asked of oneself, the trait right after "sind Sie": "Ja, sehr." after "Sind Sie belastbar?"
        // (Not a trait for a day or a meeting, "Sind Sie morgen flexibel?", nor a past one, "Waren Sie immer pünktlich?")
        "[((sind sie|wären sie|bist du) ($trait|sehr $trait|auch $trait|eher $trait|immer $trait))] [!(offen für|offen gegenüber)] =(ja|ja sehr|ja sicher|ja klar|ja natürlich|natürlich|absolut|auf jeden fall|ja auf jeden fall|ja das bin ich|das bin ich|ja bin ich|ja ich denke schon|ich denke schon|ja schon|ja total|ja sehr sogar)",
        "(ich bin|bin ich) (teamplayer*|organisationstalent|perfektionist*|arbeitstier)",
        "(ich bin|bin) (nie|selten) krank",
        // …the copula dropped, as beginners say it: "Ich nie krank.", "ich fast nie zu spät"
        ".(ich (nie|niemals|fast nie|selten) (krank|zu spät|unpünktlich|müde))",
        // A trait shown always at work, the subject dropped after "und": "Ich habe sieben Jahre bei Rewe gearbeitet und war immer pünktlich."
        // (Always, so a phase is none: "Als Kind war ich schüchtern.")
        "((ich war|war ich|und war) (immer|stets|jeden tag|immer sehr) $trait)",
        "((ich war|war ich|und war) (nie|niemals|fast nie) (krank|zu spät|unpünktlich))",
        // A flaw denied names the strength: "Ich bin nicht unpünktlich, nie."
        "(ich bin|bin ich|bin) (nicht|nie|niemals) (unpünktlich|unzuverlässig|faul|zu spät|ungeduldig|unordentlich|unfreundlich)",
        "(und|aber|auch) bin $trait",
        // …and the manner of one's work, the subject dropped after "und": "Ich bin sehr genau und arbeite sehr strukturiert."
        // The learner named before it, as "arbeite" meets another's "arbeitet" as a slip: "Mein Kollege ist genau und arbeitet sehr strukturiert."
        "[(ich|bin)] .((und|aber|auch) (arbeite|lerne) ($trait|sauber|konzentriert|zügig|exakt|akkurat|fehlerfrei))",
        "[(ich|bin)] .((und|aber|auch) (arbeite|lerne) (sehr|immer|ganz|besonders|äußerst|extrem|wirklich|echt|super|stets|immer sehr) ($trait|sauber|konzentriert|zügig|exakt|akkurat|fehlerfrei))",
        // …and the subject before it another person: "Mein Kollege ist genau und arbeitet sehr strukturiert."
        `!!((mein|meine|unser|unsere) (${COLLEAGUES}|#word ${COLLEAGUES}|${HOUSEHOLD}) (ist|war|sind|waren|bleibt|kommt)) ... ((und|aber|auch) (arbeitet|lernt|arbeiten|lernen))`,
        "ich kann (unter druck|selbstständig|selbständig|schnell|genau|sorgfältig|im team|flexibel) arbeiten",
        // Coping well with the strain of the work: "Ich kann mit Stress gut umgehen.", "Mit Druck kann ich gut umgehen."
        "((ich kann|kann ich) (gut|sehr gut|super|problemlos) mit (stress|druck|kritik|menschen|kunden|zahlen|maschinen|computern|technik|zeitdruck) umgehen)",
        "((ich kann|kann ich) mit (stress|druck|kritik|menschen|kunden|zahlen|maschinen|computern|technik|zeitdruck) (gut|sehr gut|super|problemlos) umgehen)",
        "(mit (stress|druck|kritik|zeitdruck) (kann ich|komme ich) (gut|sehr gut|super|problemlos) (umgehen|klar))",
        // …with the tools and material of the trade, one or two named: "Deshalb kann ich sehr gut mit Holz und Werkzeug umgehen."
        "(ich kann|kann ich) (gut|sehr gut|super|problemlos|besonders gut) mit (holz|werkzeug|werkzeugen|geräten|maschinen|material|scannern|#noun) ... umgehen",
        // Chat drops the "ich" before "kann": "kann gut im Team arbeiten" (not "kann gut sein").
        "^kann (gut|sehr gut|super) (im team|selbstständig|selbständig|unter druck|mit menschen|mit kunden|organisieren|zuhören|anpacken)",
        "ich kann (gut|sehr gut|super) (im team|unter druck|mit menschen|mit kunden|anpacken)",
        // A skill at work, heightened or fast, or its infinitive first: "Ich kann sehr gut organisieren.", "ich kann schnell lernen",
        // "Organisieren kann ich sehr gut." (not "Ich kann sehr gut schlafen").
        `.((ich kann|kann ich) ${WELL}) ... ${SKILL_VERB}`,
        `.(ich kann|kann ich) ... (${WELL} ${SKILL_VERB})`,
        "ich kann (sehr gut|super|besonders gut|richtig gut|echt gut) (organisieren|planen|zuhören|kommunizieren|anpacken|improvisieren|erklären|lernen|dazulernen|rechnen|koordinieren|helfen|reagieren)",
        // Fast only of learning or reacting: "Ich kann schnell erklären, warum ich gekündigt habe." names no strength.
        "ich kann (schnell|sehr schnell) (lernen|dazulernen|reagieren|umschalten)",
        "(organisieren|planen|zuhören|kommunizieren|anpacken|improvisieren|erklären|lernen|rechnen|koordinieren|helfen|reagieren) kann ich (gut|sehr gut|super|besonders gut|richtig gut|schnell)",
        "(bleibe ich|ich bleibe) (ruhig|gelassen|freundlich|geduldig|cool)",
        // Hands-on: "Ich bin kein Redner, aber ich packe an.", "Ich packe immer mit an." (not a place after it: "Ich packe an der Rampe Pakete.")
        "(ich packe|packe ich|ich pack|pack ich) (an|mit an|gern an|gerne an|gern mit an|gerne mit an|immer an|immer mit an|überall mit an|sofort an|sofort mit an|kräftig an|kräftig mit an|richtig an|richtig mit an|ordentlich an|ordentlich mit an)",
        "!(packe|pack) (an|mit an) (der|die|das|dem|den|einer|einem|meiner|meinem|meine|meinen|#noun|weihnachten|ostern|silvester)",
        // Punctual, persistent and trusted, told as deeds: "Ich komme immer pünktlich.", "Ich komme nie zu spät.",
        // "Ich gebe nie auf.", "Man kann mir vertrauen.", "Im Team arbeite ich sehr gut."
        "(ich komme|komme ich) (immer|stets|jeden tag|morgens immer) (pünktlich|rechtzeitig)",
        "(ich komme|komme ich|ich bin|bin ich) (nie|niemals|fast nie) (zu spät|spät)",
        "(ich gebe|gebe ich|ich geb) (nie|niemals|nicht so schnell|nicht schnell|nicht so leicht) auf",
        "(man kann|kann man|sie können|können sie) (mir|mir immer|mir hundertprozentig) (vertrauen|glauben)",
        "(im team|selbstständig|selbständig|genau|sorgfältig|schnell|unter druck|allein|alleine) arbeite ich (gut|sehr gut|super|gern|gerne|am besten)",
        "(ich habe|ich hab|habe ich) (viel|sehr viel|große|grosse|eine menge) (geduld|ausdauer|energie|kraft|motivation|ehrgeiz|disziplin|humor)",
        // Naming a hard task as easy: "Schwere Kisten sind kein Problem für mich."
        "(ist|sind) (kein problem|keine problem) für mich",
        // A quality named as a noun answers "Was sind Ihre Stärken?": "Belastbarkeit."
        // Also after how others see one: "Was würden Ihre Kollegen über Sie sagen?" "Pünktlich und fleißig."
        "[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(*keit|*heit|*ität|geduld|ruhe|ausdauer|humor|disziplin|teamgeist|motivation|energie|fleiß|$trait)",
        // …or the trait with its adverb as a clause of its own: "immer pünktlich", "Sehr flexibel." after "Was sind Ihre Stärken?"
        "[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(immer|sehr|ganz|immer sehr|total|super|echt|wirklich|und) $trait",
        // "schnell" pairs with a trait, though alone it is no trait: "Freundlich und schnell!"
        "[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(*keit|*heit|*ität|geduld|ruhe|ausdauer|humor|disziplin|teamgeist|motivation|energie|fleiß|$trait|schnell) (und|sowie) (*keit|*heit|*ität|geduld|ruhe|ausdauer|humor|disziplin|teamgeist|motivation|energie|fleiß|$trait|schnell)",
        "ich spreche (zwei|drei|vier|mehrere|viele|fünf) sprachen",
        "(ich kann|kann ich) (in zwei|in drei|in vier|in mehreren|in fünf|zwei|drei|vier|mehrere|fünf) sprachen",
        // A quality one has: "Ich habe viel Geduld."
        "(ich habe|ich hab|habe ich) (geduld|ausdauer|humor|disziplin|durchhaltevermögen|teamgeist|organisationstalent|energie)",
        // The quality with its possessive, after the question: "Ich denke, meine Geduld.", or a compound: "Teamarbeit."
        "[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(meine|mein) (*keit|*heit|*ität|geduld|ruhe|ausdauer|humor|disziplin|teamgeist|motivation|energie|fleiß|erfahrung|zuverlässigkeit)",
        "[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(teamarbeit|teamwork|organisation|sorgfalt|ordnung)",
        // …any quality noun alone, told: "Organisationstalent.", "Sprachen." (not asked back: "Organisationstalent?")
        `[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] .=${QUALITY}`,
        // A quality that suits one, or is one's thing: "Technik liegt mir.", "Ordnung ist mein Ding." (not a place: "Der Bahnhof liegt mir nah")
        `^(${QUALITY}|technik|handwerk|zahlen|mathe|körperliche arbeit|schwere arbeit|die arbeit mit #noun) (liegt|liegen) mir`,
        `^(${QUALITY}|$trait|pünktlichkeit|technik) (ist|sind) (mein ding|genau mein ding|total mein ding|voll mein ding|echt mein ding)`,
        // Traits first, owned after: "Ehrlich und fleißig, das bin ich." (not "…, das bin ich nicht")
        ".^($trait|sehr $trait|$trait und $trait|$trait $trait) das bin ich",
        "!das bin ich (nicht|leider nicht|eher nicht|gar nicht|überhaupt nicht|wirklich nicht)",
        // "Ehrlich" tagged on to a clause that names none is a hedge, not honesty: "Meine Stärke? Darüber habe ich nie nachgedacht, ehrlich.",
        // "Keine Ahnung, ehrlich." ("Darüber habe ich nie nachgedacht, aber ich bin sehr pünktlich." still names one.)
        "!(nachgedacht|überlegt|ahnung|gute frage|schwere frage|schwierige frage|gedanken gemacht) ehrlich",
        // …hedged or stressed, as a clause of its own: "Organisation vor allem.", "Vor allem Geduld.", "Zuverlässig, würde ich sagen."
        `[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(vor allem|besonders|hauptsächlich|ganz klar|definitiv|wahrscheinlich|vielleicht) (${QUALITY}|$trait|meine ${QUALITY}|#word ${QUALITY})`,
        `[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(${QUALITY}|$trait|#word ${QUALITY}) (vor allem|besonders|hauptsächlich|ganz klar|definitiv|würde ich sagen|denke ich|glaube ich|meiner meinung nach)`,
        // …the hedge before a pair: "Vor allem Genauigkeit und Führungskompetenz."
        `[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(vor allem|besonders|hauptsächlich|ganz klar|definitiv|wahrscheinlich|vielleicht) (${QUALITY}|$trait|meine ${QUALITY}|#word ${QUALITY}) (und|sowie) (${QUALITY}|$trait|#word ${QUALITY})`,
        // A strength claimed, then taken back as overstated: "…, ich bin die Kreativste im Team, aber das war vielleicht übertrieben."
        "!!((das war|das ist|das wäre|war|ist) (vielleicht|wohl|etwas|ein bisschen|bisschen|ein wenig|natürlich|total|auch) (übertrieben|gelogen|nicht wahr|nicht ganz wahr|ein witz))",
        "!!((das war|das ist|das wäre) (übertrieben|gelogen|nicht wahr|nicht ganz wahr|ein witz))",
        // …a faculty with its adjective, alone or two of them: "Technisches Verständnis und Geduld.", "Analytisches Denken."
        `[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(#word ${QUALITY})`,
        `[(stärke*|kollegen|über sie sagen|beschreiben|auszeichnet|zeichnet|eigenschaft*|warum sollten)] =(${QUALITY}|#word ${QUALITY}) (und|sowie) (${QUALITY}|#word ${QUALITY})`,
        // Without the copula: "ich immer pünktlich", "Ich sehr flexibel."
        // The infinitive for the copula, as learners who do not conjugate write it: "ich sein zuverlässig".
        "ich sein $trait",
        "(ich $trait|ich sehr $trait|ich immer $trait|ich ganz $trait|ich echt $trait|ich voll $trait|ich super $trait)",
        // …not the past or an unreal copula inverted before it, a phase gone: "Früher war ich sehr geduldig.", "Als Kind war ich sehr fleißig."
        // ("…war ich immer pünktlich" still names one, by its own pattern.)
        "!((war|wäre|waren|wären|wurde) (ich $trait|ich sehr $trait|ich ganz $trait|ich echt $trait|ich voll $trait|ich super $trait|ich so $trait))",
        // A question's "ich" before an adverb is no trait: "Was mache ich genau?"
        "!(was|wie|wo|wann|warum|welche*) (mache|mach|machen|arbeite|kann|muss|soll|habe|hab|sehe|finde|bin) ich",
        // How others see one, and the trait in a clause with the verb last: "Ich gelte als gewissenhaft.", "Dass ich sehr flexibel bin."
        "(gelte|gelten) als $traitForm",
        "(dass|weil|da) (ich|wir) ... $traitForm (bin|sind)",
        // …or the manner of one's work, the verb last: "Mein Chef hat mich immer gelobt, weil ich so genau arbeite."
        "((dass|weil|da) (ich|wir) ($trait|so $trait|sehr $trait|immer $trait|immer so $trait|immer sehr $trait) (arbeite|arbeiten|lerne|lernen))",
        "(ich bin|bin ich) (ein|eine) $traitForm (mensch|person|typ|mitarbeiter*|arbeiter*|kollege|kollegin|teamplayer*)",
        // The trait as a superlative or a noun, told: "Ich bin der Zuverlässigste im Team.", "…, ich bin die Geduldigste."
        ".(ich bin|bin ich) (der|die) ($traitForm|schnellste|beste|fleißigste|stärkste)",
        // A short answer to "Was können Sie besonders gut?": "Schnell und genau arbeiten."
        "[(stärke*|besonders gut|gut können)] =($trait|schnell|gut) (und|sowie) ($trait|schnell|gut) arbeiten",
        "[(stärke*|besonders gut|gut können)] =($trait|schnell|gut) arbeiten",
        // …without the verb, a manner of work beside a trait: "Schnell und sauber." after "Was können Sie besonders gut?"
        "[(stärke*|besonders gut|gut können)] =($trait|schnell|gut|sauber|konzentriert|zügig|exakt|akkurat) (und|sowie) ($trait|schnell|sauber|konzentriert|zügig|exakt|akkurat)",
        "!!(weiß|weiss) nicht",
        // …also spelt as it sounds: "ich kann ab ersten mai anfangen, nein sorry, ich weis es noch nicht"
        "!!weis nicht",
        ...TAKEN_BACK,
        // A sentence broken off and given up names nothing: "Ich kann gut… hmm, wie sagt man… ach, vergessen Sie es."
        "!!(vergessen sie es|vergessen sie das|vergiss es|vergiss das|lassen wir das|ich finde das wort nicht|mir fällt das wort nicht ein)",
      ],
      examples: ["Ich bin sehr zuverlässig und pünktlich.", "Meine Stärke ist, dass ich gut im Team arbeiten kann.", "Man kann sich immer auf mich verlassen."],
      nudge: "Name one of your strengths, for example that you are reliable.",
    },
    {
      id: "ask_about_job",
      title: "Ask a question about the job",
      points: 15,
      patterns: [
        "(wie|was|welch*|wann|wo|gibt es|gäbe es|wie viel|wer) $topic",
        // Asked for visitors, not for the staff: "Ist die Kantine auch für Besucher offen?"
        "!!?(für besucher|für gäste|für besuch|für den besuch|für bewerber heute)",
        // "gibt" spelt as it sounds, as learners who rarely write it do: "gipt es auch nachtschicht?", "gipts kantine?"
        "(gipt es|gipts|gib es) $topic",
        // What the post asks of a person, asked: "Welche Stärken sind für diese Stelle besonders wichtig?", "Was für Kenntnisse brauche ich?"
        "?(welche|welcher|was für) (stärken|eigenschaften|fähigkeiten|kenntnisse|sprachkenntnisse|deutschkenntnisse|erfahrung|erfahrungen) ... (wichtig|braucht|brauchen|brauche|suchen|sucht|erwarten|erwartet|wünschen|wünscht|sollte|sollten|muss|müssen)",
        // Information on a topic asked for, in the written style: "Ich bitte um Auskunft über die Arbeitszeiten.",
        // "Ich hätte gern nähere Informationen zur Einarbeitung." (not told as had: "Ich habe schon Informationen über die Arbeitszeiten bekommen.")
        "(ich bitte um|bitte um|ich hätte gern|ich hätte gerne|ich wäre dankbar für|ich würde mich über|ich würde gern|ich würde gerne|ich möchte gern|ich möchte gerne) ... (auskunft|auskünfte|information|informationen|infos|näheres|details|einzelheiten|erläuterungen) (über|zu|zur|zum|bezüglich|hinsichtlich|zu den|zu der|zu dem|über die|über den|über das) ... $topic",
        // How things stand with a topic, the formal way of asking: "Wie sieht es denn bei Ihnen mit Fortbildungen aus?", "Wie steht es um die Überstunden?"
        "?(wie sieht es|wie sieht's|wie steht es|wie schaut es|wie verhält es sich|wie ist es|wie ist das) ... (mit|um|bei) ... $topic",
        "?^(gipt es|gipts|gib es) (einen|eine|ein|hier|auch|bei ihnen|#noun)",
        // …with how often it comes, so the whole question is heard and no keyword list: "Wie viel Stunden Arbeit pro Woche?"
        "?(wie viel|wie viele|wieviel|wieviele|wie lange|wie oft) ... $topic ... (pro|im|in der|am|jede|jeden) (woche|tag|monat|jahr|schicht)",
        // The residents, patients and wards of a care job, asked: "Wie viele Bewohner hat eine Station?", "Wie viele Patienten hat man pro Schicht?"
        "?(wie viele|wieviele|wie viel|welche|was für|wie groß|wie alt|gibt es|wer) ... $care",
        // The verb first asks only in a question or opening one: "Kann ich Teilzeit arbeiten?" (a phrase crosses a comma:
        // "…, wann ich anfangen kann, ich muss erst mit meinem Chef sprechen" asks nothing).
        "?(kann ich|muss ich) $topic",
        "^(kann ich|muss ich) $topic",
        // When the shift starts, asked tersely: "Arbeit wann anfängt?"
        "?(arbeit|schicht|arbeitstag|dienst|frühschicht|spätschicht) (wann|um wie viel uhr|um wieviel uhr|ab wann)",
        // A question announced: "Ich hätte eine Frage zu den Arbeitszeiten."
        "(frage|fragen) (zu|zur|zum|wegen|über|bezüglich) $topic",
        // One's own asking put off, in a beginner's order: "Morgen ich frage über Geld.", "Ich frage später nach Urlaub."
        "!((morgen|später|nachher|übermorgen|nächste woche|nächstes mal) (ich frage|ich frag|ich fragen))",
        // A question put off in its own sentence: "Ich würde gern fragen, wie die Arbeitszeiten sind, aber vielleicht später."
        "!!(aber|doch) (vielleicht|lieber|erst) (später|nachher|am ende|beim nächsten mal)",
        // …also bare: "Ich würde gern fragen, wie die Arbeitszeiten sind, aber später."
        "!!(aber|doch) (später|nachher|beim nächsten mal)",
        // A question someone once could not answer, told in the past, asks nothing: "Mein alter Chef wusste nie, wie viele Mitarbeiter im Lager waren."
        // (Only a knowing denied: "Ich hätte gern gewusst, wie die Arbeitszeiten sind." asks politely.)
        "!!(wusste|wussten) (nie|nicht|auch nicht|selbst nicht|damals nicht)",
        "!!(nie|nicht) gewusst",
        "!((ich frage|ich frag|ich fragen|frage ich) (morgen|später|nachher|übermorgen|nächste woche|nächstes mal))",
        // …or put off to a call or a mail, or until after the talk: "Nach dem Gespräch möchte ich Sie vielleicht noch anrufen, um nach dem Gehalt zu fragen."
        "!!(anrufen|sie an|ihnen an|schreiben|mailen|melden|zurückrufen) (um|und) ... (fragen|zu fragen|nachfragen|nachzufragen|erkundigen|zu erkundigen|frage)",
        "!!(nach dem gespräch|nach dem interview|nach unserem gespräch|nach diesem gespräch) ... (fragen|zu fragen|nachfragen|nachzufragen|erkundigen|zu erkundigen|anrufen|schreiben|mailen)",
        // …or with a modal, the time first: "Später will ich noch fragen, ob es Weiterbildung gibt.", "Ich möchte morgen fragen, wie …"
        // ("Zum Schluss möchte ich fragen, …" asks now, at the end of this talk.)
        "!!(später|nachher|morgen|übermorgen|nächste woche|nächstes mal|beim nächsten mal|ein anderes mal|beim zweiten gespräch) (will|möchte|werde|würde|wollte|muss|möchten|wollen|werden) (ich|wir) ... (fragen|nachfragen)",
        "!!(ich|wir) (will|möchte|werde|würde|muss|möchten|wollen|werden) (später|nachher|morgen|übermorgen|nächste woche|beim nächsten mal|ein anderes mal) ... (fragen|nachfragen)",
        // Questions one will or would have, not asked now: "Wenn ich den Job bekomme, würde ich vielleicht Fragen zum Gehalt haben."
        "!(würde ich|werde ich|ich würde|ich werde|wir würden|wir werden|würden wir|werden wir) ... (frage|fragen) ... haben",
        // A question held back for later asks nothing now: "Vielleicht hätte ich eine Frage zur Schicht, aber die stelle ich später."
        "!!(stelle|stell) ich ... (später|nachher|am ende|danach|beim nächsten mal)",
        // The verb first, about what the firm gives or pays: "Bekomme ich Arbeitskleidung?", "Zahlen Sie Überstunden?"
        "?(bekomme|bekomm|bekommt|bekommen|kriege|krieg|kriegt|wird|werden|zahlen|bezahlen|zahlt|bezahlt|kann man|muss man|darf man|stellen sie|stellt) ... ($topic|arbeitskleidung|*kleidung|*schuhe|tarif|*tarif|weiterbildung*|fortbildung*|zuschläge|zuschlag|fahrtkosten|ticket|jobticket)",
        "(was|wie) (mache|mach|machen|arbeite) (ich|wir) (am|in der|im) (ersten|erste|erster)",
        "(was|wie) (läuft|passiert) (am|in der|im) (ersten|erste|erster)",
        // "ist" and "sind" ask only in a question: "Ist die Stelle befristet?", not "Schmidt ist mein Kollege."
        "?(ist|sind) $topic",
        // The topic first, the verb after it, a statement asked: "Parkplatz für Mitarbeiter gibt es?", "Der Vertrag ist erst mal für ein Jahr?"
        "?^($topic|der $topic|die $topic|das $topic) ... (gibt es|gäbe es)",
        "?^((der|die|das) $topic (ist|sind|wäre|wären))",
        // Whether the job offers a chance of something: "Gäbe es die Möglichkeit, in Gleitzeit zu arbeiten?"
        "?(gibt es|gäbe es|besteht|bestünde|hätte ich|habe ich) ... (möglichkeit*|option*|chance*)",
        // A clause that tells where one was is no question: "…, wo ich zwei Jahre Teamleiter war."
        "!!(wo|als) (ich|wir) ... (war|waren|hatte|hatten|$workdone)",
        // The question word last: "Arbeitszeit wie?"
        "?=$topic (wie|wie viel|wieviel|wann|was|welche)",
        "wann (beginnt|fängt|startet) (die arbeit|der tag|die schicht|der dienst|der arbeitstag)",
        // The start or end of the day, a statement asked: "Die Arbeit beginnt um sechs Uhr?", "Schicht fängt schon um fünf an?"
        "?^((die arbeit|der dienst|die schicht|der arbeitstag|die frühschicht|die spätschicht|die nachtschicht|arbeit|dienst|schicht|arbeitstag) (beginnt|fängt|startet|endet) (um|ab|schon|erst|morgens|früh|sehr früh))",
        // Any form of the verb, the job named any way: "Ab wann würde die Stelle beginnen?"
        "wann (beginnt|fängt|startet|würde|würden|wird|könnte) (die stelle|die arbeit|der job|die position|die tätigkeit|das praktikum|die ausbildung)",
        // The verb last, as learners place it: "Wann die Arbeit beginnt?"
        "wann (die arbeit|der tag|die schicht|der dienst|der arbeitstag) (beginnt|anfängt|startet|losgeht)",
        // …or the infinitive, the article dropped: "wann arbeit beginnen morgens", "Wann Schicht anfangen?"
        "wann (arbeit|schicht|dienst|arbeitstag|frühschicht|spätschicht|nachtschicht) (beginnen|anfangen|starten|beginnt|anfängt|startet|losgeht)",
        // …not told as all the same to one: "Wann Arbeit beginnen ist egal, ich kann immer.", "Mir egal wann Schicht anfangen."
        "!(egal|mir egal|ist egal) wann",
        "!wann (arbeit|schicht|dienst|arbeitstag|frühschicht|spätschicht|nachtschicht) (beginnen|anfangen|starten|beginnt|anfängt|startet|losgeht) (ist|wäre|war) (egal|mir egal|kein problem)",
        "mit wem (arbeite|arbeiten)",
        // When the firm needs the new person, asked of it: "Ab wann brauchen Sie jemanden?", "Oder brauchen Sie jemanden früher?"
        "?(wann|ab wann|bis wann|wie schnell) (brauchen sie|suchen sie|braucht ihr|brauchen sie denn|braucht die firma|braucht das team)",
        "?(brauchen sie|suchen sie|braucht ihr) (jemanden|jemand|die person|den mitarbeiter|die stelle besetzt|die neue person) (früher|schon früher|eher|sofort|dringend|schnell|schon|ab|zum|im|bis)",
        // Where in the firm one may or must work, asked: "Kann man später auch im Büro arbeiten?", "Muss ich auch im Versand helfen?"
        "?(kann man|kann ich|könnte ich|könnte man|darf man|darf ich|muss man|muss ich|müsste ich) ... (im|in der|ins|in die) $field (arbeiten|mitarbeiten|helfen|aushelfen|wechseln)",
        // The work one would do here, in the conditional: "Wo genau würde ich arbeiten?", "Mit wem würde ich zusammenarbeiten?"
        "?(wo|mit wem|wie|was|wann|wie viel|wieviel|wie lange|für wen) ... (würde|werde|müsste|könnte) ich ... (arbeiten|zusammenarbeiten|machen|tun|verdienen|anfangen|einsetzen|eingesetzt)",
        // …and asked indirectly, the verb last: "Darf ich fragen, wo ich arbeiten werde?", "Ich möchte wissen, mit wem ich arbeiten würde."
        "(fragen|wissen|erfahren) (wo|mit wem|wie|was|wann|wie viel|wieviel|wie lange|für wen) (ich|man) ... (arbeiten|zusammenarbeiten|machen|tun|verdienen|eingesetzt) (werde|würde|müsste|soll|muss|wird)",
        "(wie|womit|mit was|woran) (arbeite|arbeiten|arbeitet) (ich|wir|man)",
        // "Was soll ich machen" asked only with its question mark: told, it sighs ("ja was soll ich machen, die Firma hat zugemacht").
        "=was (muss|werde) ich (machen|tun|genau machen|genau tun)",
        "=was soll ich (genau machen|genau tun)",
        "?=was soll ich (machen|tun)",
        // What to bring or wear for the work, the question word first: "Was muss ich am ersten Tag mitbringen?", "Was soll man im Lager anziehen?"
        "?(was|welch*|was für) ... (muss|soll|sollte|müsste) (ich|man) ... (mitbringen|tragen|anziehen|vorbereiten|unterschreiben)",
        // …for the next talk or the job centre, not the work: "Was soll ich zum nächsten Gespräch anziehen?",
        // "Welche Unterlagen muss ich beim Jobcenter vorbereiten?"
        "!!(zum nächsten|zum zweiten|für das nächste|für das zweite|fürs nächste|fürs zweite|beim nächsten|beim zweiten) (gespräch|termin|interview|vorstellungsgespräch)",
        "!!(beim|für das|fürs|für|vom) (jobcenter|arbeitsamt)",
        // The verb first, or "wo", asking about the work here: "Arbeite ich dann allein oder im Team?", "Wo arbeite ich dann genau?"
        "?(arbeite ich|arbeiten wir) (dann|später|hier|dort|bei ihnen|allein|alleine|zusammen|nachts|auch)",
        // Any question opened by the work one would do here: "Arbeite ich im Team?", "Muss ich Gabelstapler fahren?", "Brauche ich Sicherheitsschuhe?"
        "?^(arbeite ich|arbeiten wir|arbeitet man|brauche ich|brauch ich|bräuchte ich)",
        "?^(muss ich|müsste ich|werde ich|würde ich|muss man) ... (fahren|arbeiten|tragen|heben|bedienen|lernen|mitbringen|machen|sein|haben|können|einarbeiten|eingearbeitet|kochen|putzen|packen|sortieren|helfen|reinigen|aufräumen|kommissionieren|scannen|laden|beladen|entladen|schleppen|stehen)",
        // The way to a place here and now asks no job question: "Wo ist hier der Parkplatz?", "Wo finde ich die Toilette?"
        "!(wo ist hier|wo sind hier|wo ist denn hier|wo finde ich hier|wo kann ich hier)",
        "!(wo ist|wo sind|wo finde ich|wo kann ich) ... (parkplatz*|parkplätze|parken|toilette*|wc|klo|ausgang|eingang|haltestelle|bushaltestelle|aufzug|empfang)",
        // Errands near the firm ask nothing of the job: "Gibt es hier in der Nähe eine Apotheke?"
        "!(gibt es|gibts|gäbe es) (hier in der nähe|in der nähe|hier in der umgebung|in der umgebung|hier um die ecke|um die ecke|hier in der gegend|in der gegend)",
        // A problem or a question of one's own is no job question: "Gibt es ein Problem?"
        "!(gibt es|gäbe es|gibts) ... (problem|probleme|frage|fragen)",
        // When the day starts or ends: "Wann muss ich morgens da sein?", "Um wie viel Uhr fange ich an?", "Bis wann muss ich arbeiten?"
        "?(wann|bis wann|ab wann|um wie viel uhr|um wieviel uhr|wie früh|wie lange) (muss|müsste|soll|fange|fängt|beginne|beginnt|arbeite|arbeitet|arbeiten|höre|hört|endet)",
        // The learner's own deadline to decide is about the application, not the job: "Bis wann muss ich mich entscheiden?"
        "!(wann|bis wann) (muss|müsste|soll|sollte) ich mich (entscheiden|melden|zurückmelden|festlegen)",
        // The interviewer's own pay is no question about the job: "Wie viel verdienen Sie eigentlich als Personalleiterin?"
        "!(wie viel|wieviel|was) verdienen sie (eigentlich|selbst|persönlich|als|denn als|so als)",
        // Who trains the newcomer asks about the onboarding: "Wer bringt mir am Anfang alles bei?", "Wer zeigt mir die Arbeit?"
        "?wer (bringt|zeigt|erklärt|schult|betreut) (mir|mich|uns|neue|neuen|die neuen) ... (bei|alles|am anfang|die arbeit|das lager|den job|die aufgaben|die maschinen|den stapler|ein)",
        "?(wann|bis wann|ab wann|um wie viel uhr|um wieviel uhr) (ist|wäre) (feierabend|schluss|arbeitsbeginn|dienstbeginn|schichtbeginn|schichtende|dienstschluss)",
        // The post itself: "Ist die Stelle fest?", "Ist die Arbeit körperlich schwer?"
        "?(ist|wäre|wird|sind) (die stelle|die arbeit|der job|die tätigkeit|die position|die arbeit hier|die stelle hier)",
        // Who works there, and the company's bodies: "Was für Leute arbeiten hier?", "Gibt es einen Betriebsrat?"
        "?(wer|was für|welche|wie viele|wieviele) ... (arbeitet|arbeiten) (hier|dort|da|bei ihnen|im lager|mit mir|im team|in der)",
        // …the place with a learner's article or none, and the question mark left off after "wie viele": "wie viele leute arbeiten in die küche?",
        // "Wie viele Leute arbeiten im Lager", "wieviele personen arbeite in ihrer firma"
        "?(wer|was für|welche|wie viele|wieviele) ... (arbeitet|arbeiten|arbeite) (in die|in den|in dem|in ihrer|in ihrem|in $field|im $field|in der $field|in die $field)",
        "^(wie viele|wieviele|wie viel|wieviel) (leute|personen|menschen|arbeiter|köche|fahrer) (arbeiten|arbeitet|arbeite) (hier|dort|da|bei ihnen|in|im|in der|in die|in ihrer|in ihrem|zusammen|mit mir|pro)",
        // …dictated mid-run after "und", with no question mark: "ich kann ab november anfangen und ähm wie viele leute arbeiten im lager"
        "(und|also|und dann|noch) (wie viele|wieviele|wie viel|wieviel) (leute|personen|menschen|arbeiter|mitarbeiter|kollegen|köche|fahrer) (arbeiten|arbeitet|arbeite) (hier|dort|da|bei ihnen|in|im|in der|in die|in ihrer|in ihrem|zusammen|mit mir|pro)",
        // A topic with its article put first, the question after it, dictated without the question mark: "ähm und die probezeit wie lange ist die",
        // "das gehalt wie viel ist das"
        "^(die|der|das|den) $topic (wie lange|wie viel|wieviel|wie viele|wieviele|wie|wann|ab wann|bis wann) (ist|sind|dauert|dauern|geht|gehen|beginnt|beginnen|fängt|läuft|sieht|sehen|wäre|wären)",
        // Whether one works here with a thing or in a way, asked indirectly: "ich wollte fragen ob man bei ihnen auch mit sap arbeitet oder mit einem anderen system"
        // (the learner's own asking, and work only: "ich wollte fragen ob ich hier parken darf" asks leave for today)
        "(ich wollte|ich möchte|ich würde gern|ich würde gerne|darf ich|dürfte ich|kann ich|könnte ich|wollte ich|möchte ich) ... (fragen|wissen) ob (man|ich|wir) ... (arbeitet|arbeite|arbeiten|zusammenarbeitet|zusammenarbeite|zusammenarbeiten)",
        "?^(gibt es|gäbe es|gibts) (einen|eine|ein|hier einen|hier eine|hier ein|auch einen|auch eine|auch ein|bei ihnen|#noun)",
        // The workplace, the firm and what it makes: "Wie groß ist das Lager?", "Was für Möbel machen Sie?", "Wie sieht ein normaler Tag aus?"
        "?(wie|was|wo|welch*|wer|wann|wie viele|wieviele|was für) ... (lager|lagerhalle|halle|produktion|werk|werkstatt|möbel|produkte|stimmung|atmosphäre|kunden|lieferungen|ausländer)",
        "?(was|welch*|was für) ... (produzieren|produziert|stellen sie her|stellt her|herstellen|verkaufen sie|liefern sie)",
        // The workplace asked of with the verb first: "Ist das Lager im Winter beheizt?", "Ist die Halle klimatisiert?"
        "?^(ist|sind|wird|wäre|wären) (das lager|die lagerhalle|die halle|die hallen|das werk|die werkstatt|die produktion|der arbeitsplatz|das team)",
        // The machines or the means of the work, asked: "Fährt man hier Diesel oder Elektro?", "Benutzt man im Lager Handscanner?"
        "?(fährt man|fahren wir|fahre ich|benutzt man|nutzt man|verwendet man|benutze ich) (hier|bei ihnen|im lager|dort|da|in der halle)",
        // What the firm gives, the verb and the firm last, as beginners ask: "Handschuhe und Schuhe gibt Firma?"
        "?$topic (gibt|geben|stellt|stellen|zahlt|zahlen|bezahlt|bezahlen) (die firma|firma|ihre firma|es|sie)",
        // A thing heard of the job, checked: "Ich habe gehört, bei Ihnen gibt es eine Betriebskita – stimmt das?"
        "?(gibt es|es gibt|gäbe es|gibts|hat die firma|haben sie|bekommt man|zahlt die firma|zahlen sie) ... $topic ... (stimmt das|stimmt es|ist das richtig|ist das so|ist das wahr)",
        // A condition of one's own hours, asked whether it suits: "Wäre es ein Problem, wenn ich montags erst um acht komme?"
        "?^(wäre|wär|ist|würde) es (ein problem|schlimm|okay|ok|in ordnung|möglich) ... wenn (ich|man) ... (montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|vormittags|nachmittags|erst um|schon um|nur|jeden|teilzeit|nachts|am wochenende) ... (komme|kommen|arbeite|arbeiten|anfange|anfangen|aufhöre|aufhören|frei habe|frei hätte)",
        // Asked, not told: "Ein normaler Tag im Lager sah bei mir so aus: …"
        "?(normaler|typischer|ganz normaler|normale|typische) (tag|arbeitstag|woche|schicht) (aus|bei ihnen|hier|im lager)",
        "?(was|welche*) ... (erwarten sie|erwartet man|ist ihnen wichtig|ist ihnen besonders wichtig)",
        "?(warum|wieso|weshalb) ... $topic",
        // What matters to oneself is told: "Was mir in einem Team wichtig ist, ist Ehrlichkeit."; an inverted statement asks nothing: "Das muss ich noch mit meinem Chef besprechen."
        "!!was mir ... (wichtig|gefällt|gefallen|spaß|liegt)",
        // Bracketed, so it never reaches over "oder" to a question: "Gibt es eine Kantine oder muss ich Essen mitbringen?"
        "!((das|dann|da|so|es) (muss|kann) ich)",
        // The notice period here asked: "Wie lang ist die Kündigungsfrist bei Ihnen?"
        "?(wie lang|wie lange|was|welche|gibt es) ... (kündigungsfrist*|kündigungszeit*)",
        // The interviewer's question about one's past, echoed with the verb last, asks nothing: "Warum ich die Firma gewechselt habe? Weil …"
        "!!(was|warum|wieso|weshalb|wie|wo|wie lange|wann|womit|wie viel|wieviel) ich ... #word (habe|hab|bin|hatte|war)",
        // What one wears and how one gets there: "Was trägt man bei der Arbeit?", "Wie komme ich am besten zur Firma?"
        "?(was|welche*) (trägt man|trage ich|ziehe ich|zieht man|muss ich tragen|muss man tragen)",
        "?(wie komme ich|wie kommt man|komme ich) ... (zur arbeit|zur firma|zum lager|hierher|zu ihnen|mit dem bus|mit der bahn)",
        // The work named first, then a topic, tersely asked: "Arbeit Wochenende auch?", "Arbeit mit Team oder allein?"
        // Adjacent, so the interviewer is not asked of herself ("Arbeiten Sie auch am Wochenende?"), and not her own
        // question echoed before the answer ("Arbeit im Team? Ja, gern." after "Arbeiten Sie gern im Team?").
        "[!(arbeiten|arbeitest|arbeitet)] ?^((arbeit|arbeiten) $topic)",
        "[!(arbeiten|arbeitest|arbeitet)] ?^((arbeit|arbeiten) (am|an|im|in|in der|mit|ohne|nur|auch|bei|jeden|jede) $topic)",
        // A topic, then a question word and what it counts, dictated without the question mark: "und urlaub wie viele tage",
        // "gehalt wie viel pro monat"
        "^$topic (wie viele|wieviele|wie viel|wieviel) (tage|stunden|wochen|euro|leute|personen|kollegen|mitarbeiter|pro|im|in der)",
        "=^$topic (wie viel|wieviel|wie lange|ab wann|bis wann)",
        // …not what one had at an old job, told after it: "urlaub wie viele tage hatte ich bei dhl, 24"
        "!!(hatte|hatten) (ich|wir) (bei|in|im|damals|früher|dort|da|letztes|letzten)",
        // A topic named first in a terse question: "Schicht auch Samstag?"
        "?^$topic (auch|am|an|im|nur|immer|jeden|jede|mit|ohne|bis|ab|wie|wann|welche|wieviel|wie viel)",
        // What the job asks, verb last: "Ich Staplerschein brauche für diese Arbeit?"
        "?(ich|man) (*schein|*zertifikat|führerschein|erfahrung*|*kenntnisse) (brauche|brauch|muss|haben muss)",
        // A chance asked indirectly: "Ich wollte fragen, ob es eventuell die Möglichkeit gibt, später in der Planung zu arbeiten."
        "ob es ... (möglichkeit*|option*|chance*) (gibt|gäbe|besteht|bestünde)",
        // Whether the firm has a thing, asked indirectly: "Kindly let me know, ob es auch eine Einarbeitung gibt?" (not "egal, ob es Nachtschichten gibt").
        "ob es ... $topic (gibt|gäbe)",
        "!!(egal|gleich|kein problem) ob",
        "?wo (arbeite|arbeiten) (ich|wir) (dann|später|genau|hier|da)",
        // The verb last, as beginners ask: "Wo ich arbeite? Lager oder Büro?" (not her own question echoed: "Wo ich arbeite? Bei Lidl." after "Wo arbeiten Sie?")
        "[!(arbeiten sie|machen sie|sie arbeiten|gearbeitet|gemacht|beruflich|tätig)] ?=(wo|was|mit wem|wann) (ich|wir) (arbeite|arbeiten|mache|machen)",
        // Whether the firm has a thing, the verb last: "Firma Deutschkurs haben?", "Hier Kantine gibt?"
        "?^((firma|die firma|ihre firma|sie|hier|bei ihnen) $topic (haben|hat|gibt|gibt es|geben))",
        // What a job asks of the learner: "Muss ich schon einen Staplerschein haben?"
        "(muss|müsste|brauche|brauch|bräuchte) (ich|man) (*schein|*zertifikat|*ausbildung|erfahrung*|*kenntnisse|führerschein)",
        // …or a statement asked: "Ich brauche Staplerschein?", "Man braucht Erfahrung mit SAP?"
        "?^(ich brauche|ich brauch|ich bräuchte|man braucht) ... (*schein|*zertifikat|*ausbildung|erfahrung*|*kenntnisse|führerschein|*schuhe|*kleidung)",
        "(fragen|wissen|interessiert mich) ob $topic",
        // …the post or a topic further on: "Mich würde interessieren, ob die Stelle unbefristet ist."
        // A question for one's own boss or family asks her nothing: "Ich muss noch meinen Chef fragen, ob er mir Urlaub gibt.",
        // "Ich muss erst fragen, ob mein Chef mich früher gehen lässt."
        "!((meinen|meine|unseren|unsere) (chef|chefin|arbeitgeber|mann|frau|familie|vorgesetzten|teamleiter|eltern) (fragen|noch fragen|erst fragen|zuerst fragen))",
        // …nor one for a friend or a colleague, by role or by name: "Ich wollte eigentlich Ola fragen, ob es hier Nachtschicht gibt.",
        // "Ich frage meine Kollegin, wie die Schichten sind." ("Ich wollte Sie fragen, …" asks her.) A name the lexicon knows,
        // not any capital word: "Ich wollte noch Folgendes fragen: …" asks.
        "!!((meinen|meine|meinem|unseren|unsere) (kollegen|kollegin|kolleginnen|freund|freundin|freunde|bruder|schwester|nachbarn|nachbarin|cousin|cousine|onkel|tante|vater|mutter|sohn|tochter|mann|frau) (fragen|noch fragen|erst fragen|zuerst fragen|mal fragen|gefragt))",
        "!!((meinen|meine|meinem|unseren|unsere) (kollegen|kollegin|kolleginnen|freund|freundin|freunde|bruder|schwester|nachbarn|nachbarin|cousin|cousine|onkel|tante|vater|mutter|sohn|tochter|mann|frau) ($firstName|#noun) (fragen|noch fragen|erst fragen|zuerst fragen|mal fragen|gefragt))",
        "!!((frage|frag|fragte|fragen) (meine|meinen|meinem|unsere|unseren) (kollegen|kollegin|kolleginnen|freund|freundin|freunde|bruder|schwester|nachbarn|nachbarin|cousin|cousine|onkel|tante|vater|mutter|sohn|tochter|mann|frau))",
        "!!((ich|wollte|will|möchte|werde|muss|eigentlich|erst|noch|zuerst|lieber) $firstName (fragen|noch fragen|erst fragen|zuerst fragen|mal fragen|gefragt))",
        "!!((ich frage|frage ich|ich frag|ich fragte) $firstName)",
        // What friends or colleagues want to know is their curiosity, not the learner's question: "Meine Freunde wollen wissen, ob es hier Weihnachtsgeld gibt."
        // (One's own family relays the learner's own question, and is left to ask: "Meine Frau möchte wissen, ob es Teilzeit gibt.")
        "!!((mein|meine|meinem|unser|unsere) (freunde|freund|freundin|freundinnen|kollegen|kollege|kollegin|kolleginnen|nachbarn|nachbar|nachbarin|bekannten|bekannter|bekannte) (wollen|möchten|will|möchte|wollten|wollte|würden gern|würde gern|fragen|fragt) (wissen|fragen|gern wissen|gerne wissen|auch wissen))",
        "!!((mein|meine|meinem|unser|unsere) (freunde|freund|freundin|freundinnen|kollegen|kollege|kollegin|kolleginnen|nachbarn|nachbar|nachbarin|bekannten|bekannter|bekannte) (fragen|fragt|fragten|fragte))",
        // …also with the friend's name after the noun: "Mein Freund Yaw will wissen, wie viel man verdient."
        "!!((mein|meine|meinem|unser|unsere) (freunde|freund|freundin|freundinnen|kollegen|kollege|kollegin|kolleginnen|nachbarn|nachbar|nachbarin|bekannten|bekannter|bekannte) ($firstName|#noun) (wollen|möchten|will|möchte|wollten|wollte|würden gern|würde gern) (wissen|fragen|gern wissen|gerne wissen|auch wissen))",
        "!!((mein|meine|meinem|unser|unsere) (freunde|freund|freundin|freundinnen|kollegen|kollege|kollegin|kolleginnen|nachbarn|nachbar|nachbarin|bekannten|bekannter|bekannte) ($firstName|#noun) (fragen|fragt|fragten|fragte))",
        "!((ob) (mein|meine) (chef|chefin|arbeitgeber|vorgesetzter|firma) (mich|mir|uns))",
        // …nor when one's present boss lets one go, told: "Ich weiß nicht, wann Chef mich gehen lassen."
        "!(chef|chefin|arbeitgeber|vorgesetzter|vorgesetzte|firma) (mich|uns) ... (gehen|freigibt|freigeben|freistellt|freistellen|loslässt|loslassen)",
        // Only the learner's asking her, not a question for one's own boss: "Ich muss noch meinen Chef fragen, ob er mir Urlaub gibt."
        // …or the interviewer asked to tell it: "Könnten Sie mir bitte sagen, ob die Stelle unbefristet ist?", "Können Sie mir erklären, ob es Zuschläge gibt?"
        "(sie mir|sie mir bitte|sie mir noch|sie mir kurz|sie mir vielleicht) (sagen|erklären|verraten|mitteilen|erzählen) ob ... $topic",
        "(sagen sie mir|sagen sie mir bitte|erklären sie mir|erklären sie mir bitte|verraten sie mir|verraten sie mir bitte) ob ... $topic",
        "(interessieren|würde mich interessieren|interessiert mich|möchte wissen|möchte gern wissen|möchte gerne wissen|würde gern wissen|würde gerne wissen|wollte wissen|wollte fragen|möchte fragen|darf ich fragen|dürfte ich fragen|kann ich fragen|frage mich) ob ... $topic",
        // The formal way to ask: "Dürfte ich mich nach den Arbeitszeiten erkundigen?"
        "nach $topic (erkundigen|zu erkundigen|fragen|zu fragen)",
        // Being told to ask is no asking: "Meine Frau hat gesagt, ich soll nach Gehalt fragen."
        "!(ich|wir) (soll|sollte|solle|sollen) ... nach $topic (erkundigen|fragen)",
        // A question given up as already answered asks nothing: "ich wollte eigentlich fragen wie die arbeitszeiten sind aber das haben sie schon gesagt"
        "!!(das|die|es) haben sie (schon|bereits|ja schon|ja bereits) (gesagt|erklärt|beantwortet|erzählt)",
        "!!hat sich (erledigt|schon erledigt|bereits erledigt)",
        "(erkundige|erkundigen) (mich|uns) ... nach $topic",
        "wie (sieht|sehen) $topic",
        // Asked to be told about the job: "Könnten Sie mir etwas mehr über das Team erzählen?"
        "?(können sie|könnten sie|würden sie) ... (über|zu|zur|zum) ... ($topic|die stelle|den job|die arbeit|die aufgaben) (erzählen|erklären|beschreiben|sagen)",
        "was (mache|mach|muss|soll) ich (genau|hier|dort|da|bei ihnen|jeden tag|täglich|den ganzen tag)",
        "(kann|könnte|darf|muss) ich (von zu hause|von zuhause|mobil|remote) (arbeiten)",
        // A verb-first question about the work: "Arbeitet man hier auch am Samstag?"
        "(arbeitet man|arbeiten wir|arbeitet ihr|arbeitet das team|muss man|müssen wir) $topic",
        "(arbeitet man|arbeiten wir) (hier|dort|da|bei ihnen|im lager) (mit|am|im|in|auch|nachts|allein|alleine|zusammen)",
        // The firm's tools, asked of it: "Arbeiten Sie mit Scannern oder noch mit Papier?"
        "?^((arbeiten sie|arbeitet ihr|arbeitet man|arbeiten wir) (mit|hier mit|dort mit|noch mit|auch mit|im lager mit|schon mit|hier auch mit|auch hier mit|dort auch mit|im lager auch mit|hier schon mit|hier noch mit|hier immer noch mit|denn mit|hier denn mit) ($topic|#noun))",
        // A strength that names the team tells, it asks nothing: "Meine Stärke ist, dass ich gut im Team arbeite."
        "!!(meine stärke|meine stärken|meine schwäche)",
        // A clause of one's own told after "dass" asks nothing ("Ich glaube, dass ich gut ins Team passe"), in its own clause only:
        // a possibility asked before it still asks ("Wäre es möglich, dass ich am Anfang nur Teilzeit arbeite?").
        "!dass ich",
        "!!(meine|meiner) (stärke|stärken|schwäche|schwächen)",
        "!!was ich (gut|besonders gut|sehr gut|am besten) (kann|mache)",
        // Whether something is possible, asked in an interview, asks about the job: "Wäre es möglich, Teilzeit zu arbeiten?"
        "?=(wäre|wär|ist|würde) es (möglich|denkbar|machbar|gehen)",
        // …dictated without its question mark, the work to do named after it: "wäre es möglich auch am wochenende zu arbeiten"
        "^(wäre|wär|ist|würde) es (möglich|denkbar|machbar) ... zu (arbeiten|machen|wechseln|lernen|fahren)",
        // …"bekommen" only of what the job gives: a thing wanted here and now asks nothing about it ("wäre es möglich ein glas wasser zu bekommen")
        "^(wäre|wär|ist|würde) es (möglich|denkbar|machbar) ... $topic ... zu bekommen",
        "(fragen|wissen|interessieren|interessiert mich) ob es ... (möglich|denkbar|machbar) (ist|wäre) ... zu (arbeiten|machen|wechseln|lernen|fahren|bekommen)",
        // Work of one's trade here, asked without the question mark: "gibt es hier auch elektrische arbeit im lager"
        // (Opening its sentence or after a filler or "und", so a place put first tells: "im lager gibt es hier viel arbeit")
        "^(gibt es hier|gibts hier|gäbe es hier|gibt es bei ihnen|gibt es für mich|gäbe es für mich) ... (arbeit|*arbeit|*arbeiten|aufgaben|*aufgaben)",
        "(ähm|äh|ehm|und|also|aber|dann|noch) (gibt es hier|gibts hier|gäbe es hier|gibt es bei ihnen|gibt es für mich|gäbe es für mich) ... (arbeit|*arbeit|*arbeiten|aufgaben|*aufgaben)",
        // A topic named alone, asked: "Arbeitszeiten?", "Gehalt?"
        "?=$topic",
        // The firm addressed as "Sie" about its hours: "Arbeiten Sie auch am Samstag?", "Arbeiten Sie in Schichten?"
        "?^(arbeiten sie|arbeitet ihr|arbeitet ihre firma|arbeitet das lager) (auch|nur|immer|am|an|in|im|nachts) ... (wochenende*|samstag*|sonntag*|feiertag*|nachts|schicht*|*schicht|*schichten|schichtsystem)",
        // Whether the post lasts: "Ist das ein fester Job oder nur für kurze Zeit?", "Ist die Stelle fest?"
        // (the post named, or "ein fester …": "Ist das fest?" of a coffee asks nothing)
        "?^(ist|wäre) (das|es) (ein|eine) (fester|feste|festen|dauerhafter|dauerhafte) (job|stelle|arbeit|arbeitsplatz|position|vertrag|anstellung)",
        "?^(ist|wäre) (die stelle|der job|die arbeit|die position|die anstellung) ... (fest|festanstellung|dauerhaft|befristet|unbefristet|zeitarbeit|leiharbeit)",
        // …or with its article: "Und die Arbeitszeiten?", "Das Gehalt, bitte?"
        "?=(der|die|das|den|und der|und die|und das|und den) $topic",
        // A statement asked about the work here: "Ich muss am Wochenende arbeiten?", "Ich arbeite im Lager oder auch im Versand?"
        "?^(ich muss|ich arbeite|man arbeitet|wir arbeiten|ich werde) ... ($topic|$field)",
        // …or whether the firm has it: "Es gibt Parkplätze für Mitarbeiter?", "Es gibt auch Nachtschicht?"
        "?^(es gibt|es gäbe|es gibts) ... $topic",
        // …or the beginner's infinitive last: "Ich Helm und Schuhe selbst kaufen?", "Ich Urlaub bekommen im ersten Jahr?"
        "?^(ich|man) ... $topic ... (kaufen|bezahlen|mitbringen|bekommen|kriegen|brauchen|tragen|haben)",
        // Two ways the workplace or the work may be, asked tersely: "Lager kalt oder warm?", "Team groß oder klein?", "Arbeit schwer oder leicht?"
        "?=(lager|das lager|im lager|halle|die halle|in der halle|arbeit|die arbeit|job|der job|stelle|die stelle|$topic) (#word|sehr #word|eher #word) oder (#word|eher #word)",
        // A tag that only seeks attention or turns the question back asks nothing of the job: "Ich arbeite gern im Lager, wissen Sie?",
        // "Ich werde Ihnen meinen Vertrag schicken, okay?" ("…, oder?" and "…, richtig?" still ask).
        "!!?(wissen sie|verstehen sie|und sie|und ihnen|weißt du|verstehst du|okay|ok)",
        // What the interviewer meant by a word is asked of her words, not of the job: "Was meinen Sie mit Schicht?"
        // (a question after it still asks: "Was meinen Sie mit Schicht, gibt es auch Nachtschicht?")
        "!(was meinen sie mit|was meinen sie damit|was meinst du mit|was meint ihr mit)",
        // Small talk about the interviewer asks nothing about the job: "Wie war Ihr Wochenende?"
        "!(ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem) (wochenende|urlaub|tag|anreise|reise)",
        // …nor when her own holiday or day begins: "Wann fängt Ihr Urlaub an, Frau Vogel?" ("Wann fängt die Schicht an?" still asks)
        "!(wann|bis wann|ab wann) (fängt|beginnt|endet|hört|ist) (ihr|ihre|dein|deine) (urlaub|ferien|wochenende|reise|feierabend|tag|arbeitstag|kurs|termin)",
        // Work in one's homeland or another country asks nothing of this job: "Gibt es in Ägypten auch Gabelstapler?"
        "!(gibt es|gibts|gab es|hat man|arbeitet man|arbeiten die leute) (in|auch in|bei uns in|bei euch in) ($country|meinem land|meiner heimat|ihrem land|der heimat)",
        // A start date makes it a statement of availability: "Ab 1. Oktober kann ich Vollzeit arbeiten."
        // In its own clause only, so a question put after it still asks: "Ab August bin ich verfügbar, oder brauchen Sie jemanden früher?"
        "!ab ($month|#date)",
        "!ab ($month|#date) ... ($topic|$field|arbeiten|anfangen|beginnen|starten|frei|verfügbar|zeit)",
        // The interviewer's own years or post, or another's view, ask nothing about the job: "Wie lange arbeiten Sie schon bei Holzwerk Vogel?",
        // "Sind Sie die Chefin?", "Mein Freund arbeitet hier, wie findet er das Team?" (her view is asked of the job: "Wie finden Sie das Team?")
        "!(wie lange|seit wann) (arbeiten sie|sind sie|arbeitest du|bist du)",
        "!((sind sie|bist du) (die|der) (chefin|chef))",
        // …nor her years counted: "Wie viele Jahre arbeiten Sie schon als Chefin hier?", "Seit wie vielen Jahren sind Sie bei Holzwerk Vogel?"
        // ("Wie viele Stunden arbeiten Sie pro Woche?" still asks of the job.)
        "!((wie viele|wieviele|wie viel|wieviel|seit wie vielen|seit wieviel|seit wie viel|seit wievielen) (jahre|jahren|monate|monaten) (arbeiten sie|sind sie|arbeitest du|bist du))",
        // How much experience the post asks, the noun first: "Wie viele Jahre Erfahrung brauche ich für die Stelle?"
        "?(wie viel|wie viele|wieviel|wieviele|welche) ... (erfahrung*|*erfahrung|*kenntnisse|*schein) (brauche ich|brauch ich|bräuchte ich|muss ich|müsste ich|sollte ich|braucht man|muss man|sollte man|brauchen sie|erwarten sie|verlangen sie)",
        // "wie" that compares asks nothing: "Der Name ist gleich wie die Firma.", "Ich bin so alt wie Ihre Firma.", "Das Lager ist größer wie bei meiner alten Firma."
        // ("Gibt es so etwas wie Weihnachtsgeld?" still asks.)
        "!((gleich|genauso|genau so|ebenso|ähnlich|so alt|so groß|so gut|so lang|so lange|so viel|so schwer|so klein|so wichtig|so bekannt|so alt|größer|kleiner|besser|schlechter|mehr|weniger|länger|kürzer|älter|jünger|schneller|höher|bekannter) wie)",
        // Whose the firm is asks of her, not of the job: "Ist das Ihre Firma? Heißt sie wie Sie?", "Gehört die Firma Ihnen?"
        "!((ist das|ist es|ist die|ist der|ist das hier) (ihre|ihr|deine|dein|ihrer familie) (firma|betrieb|unternehmen|werk))",
        "!(gehört|gehören) ... (ihnen|ihrer familie|dir)",
        "!(findet|fand|mag|mochte) (er|sie)",
        // Two words of work told apart ask what they mean, not about this job: "Was ist der Unterschied zwischen Teilzeit
        // und Vollzeit?" (the things here, with their article, are this job's: "… zwischen der Früh- und der Spätschicht?")
        "!!unterschied zwischen ($topic|#noun) und",
        // One's old job asked of oneself asks nothing of this one: "Wie waren die Arbeitszeiten bei meiner alten Firma? Sehr lang."
        // (Only asked in the past, so a comparison still asks: "Gibt es hier Schichtarbeit, wie bei meiner alten Firma?")
        "!!(war|waren|gab es|hatte|hatten) ... (bei|in|an) (meiner|meinem|meinen) (alten|letzten|früheren|vorigen|ehemaligen|vorherigen) (firma|stelle|arbeit|job|arbeitgeber|arbeitsstelle|betrieb)",
        // …nor told of it in the present, the old firm put first: "Bei meiner alten Firma gibt es jetzt einen neuen Chef."
        "!((bei|in|an) (meiner|meinem|meinen) (alten|letzten|früheren|vorigen|ehemaligen|vorherigen|jetzigen|aktuellen) (firma|stelle|arbeit|job|arbeitgeber|arbeitsstelle|betrieb) (gibt es|gibts|ist|sind|hat|haben))",
        // "Was … angeht" sets a topic for a statement: "Ich bin flexibel, was die Arbeitszeiten angeht."
        "!was ... (angeht|anbelangt|betrifft)",
        // The next steps of this application, asked at the end: "Wann bekomme ich eine Antwort?", "Wie geht es jetzt weiter?",
        // "Könnten Sie mir sagen, wann ich von Ihnen höre?"
        "?(wann|bis wann) (bekomme|bekomm|erhalte|kriege|krieg|höre) (ich|wir) ... (antwort|rückmeldung|bescheid|nachricht|entscheidung|zusage|von ihnen|etwas)",
        "(wann|bis wann) (ich|wir) ... (antwort|rückmeldung|bescheid|nachricht|entscheidung|zusage|von ihnen) (bekomme|erhalte|kriege|höre|bekommen|erhalten)",
        "?(wie geht es|wie gehts) ... weiter",
        "?(was|welche) (sind|ist|wären|wäre) (die|der) (nächsten|nächste) (schritte|schritt)",
        // The asking put off until the job is had: "Wenn ich die Stelle bekomme, würde ich gern fragen, wie das Team ist."
        "!!(wenn|falls|sobald|nachdem) (ich|wir) ... (bekomme|bekommen|kriege|anfange|beginne|arbeite) (würde|werde) (ich|wir) ... fragen",
      ],
      examples: ["Wie sehen die Arbeitszeiten aus?", "Gibt es Möglichkeiten zur Weiterbildung?", "Wie groß ist das Team?"],
      nudge: "Show interest: ask Frau Vogel a question about the job.",
    },
    {
      id: "state_availability",
      title: "Say when you could start",
      points: 20,
      patterns: [
        "(ich|könnte|kann|würde|möchte) (anfangen|beginnen|starten|anfange|beginne)",
        // The noun "Anfang" is no slip of "anfange": "wäre es möglich, dass ich am anfang nur teilzeit arbeite?"
        "!(am|zum|von|ganz am) (anfang|beginn)",
        // The infinitive put first: "Anfangen kann ich im Mai."
        "(anfangen|beginnen|starten|loslegen) (kann|könnte|würde|könnten|können) (ich|wir)",
        "(anfangen|beginnen|starten) (ich|wir) (kann|könnte|können|könnten)",
        // The time and the bare infinitive: "Morgen anfangen."
        "=(sofort|morgen|gleich|direkt|jederzeit|ab sofort|ab morgen|übermorgen|nächste woche|ab montag|montag) (anfangen|beginnen|starten)",
        // "gleich" or "schon" before the day, in answer to the start asked: "gleich morgen wenn sie wollen", "Schon übermorgen."
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] =(gleich|schon|direkt|am liebsten gleich) (sofort|morgen|übermorgen|$day)",
        // …the offer run on without its comma, as chat types it: "gleich morgen wenn sie wollen", "montag wenn es ihnen passt"
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] =(sofort|morgen|übermorgen|$day|gleich sofort|gleich morgen|schon morgen|gleich übermorgen|gleich $day|schon $day|ab $day) (wenn sie wollen|wenn sie möchten|wenn sie mögen|wenn sie mich brauchen|wenn es passt|wenn es ihnen passt|wenn sie einverstanden sind)",
        // A date named bare, judged workable, in answer to the start asked: "Erster Oktober passt.", "Der 15. Mai ginge."
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] ^.((#word $month|der #word $month|#date|der #date) (geht|ginge|passt|klappt|passt mir|passt gut|wäre gut|wäre möglich|ist möglich|ist gut|wäre ideal|wäre perfekt|wäre super))",
        // …or a day, the workable said first, in answer to the start asked: "Das ginge schon morgen.", "Morgen geht."
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] =((das|es) (geht|ginge|würde gehen|wäre möglich|ist möglich|klappt) (schon|auch|sogar|ab|schon ab) ($day|sofort|#date|$month)|(das|es) (geht|ginge|wäre möglich|klappt) ($day|sofort|ab $day|ab #date)|($day|sofort) (geht|ginge|klappt|wäre möglich))",
        // A hedge before a bare start date, as a clause of its own: "Im Prinzip ab dem 1. November.", "Grundsätzlich sofort."
        "=(im prinzip|grundsätzlich|eigentlich|theoretisch|realistisch|voraussichtlich|wahrscheinlich|vermutlich|normalerweise) (ab|ab dem|zum|ab anfang|ab mitte|ab ende|anfang|mitte|ende) ($month|$day|#date|nächst*|übernächst*|sofort)",
        "=(im prinzip|grundsätzlich|eigentlich|theoretisch|realistisch|voraussichtlich) (sofort|ab sofort|jederzeit)",
        "(ich könnte|könnte ich|ich kann|ich würde|würde ich|ich möchte) ... (anfangen|beginnen|starten)",
        // Moving over from the present job at a time named: "Frühestens könnte ich zum Quartalsende wechseln."
        ".(ich könnte|könnte ich|ich kann|kann ich|ich würde|würde ich) ... (zum|ab|im|per|anfang|mitte|ende|sofort) ... ($month|#date|quartalsende|monatsende|jahresende|quartal|sofort|nächst*) ... wechseln",
        // Taking up the post, in the formal verb: "…, könnte ich ab dem ersten März die Stelle antreten."
        "(ich könnte|könnte ich|ich kann|kann ich|ich würde|würde ich) ... (stelle|arbeit|tätigkeit|position) antreten",
        "ab sofort",
        // The start named as a noun, with its date, in the written style: "Einen Arbeitsbeginn Anfang Juli könnte ich problemlos einrichten.",
        // "Ein Eintritt zum 1. Oktober wäre möglich.", "Mein frühestmöglicher Eintrittstermin wäre der 1. Oktober."
        // (told as possible or one's own, not asked or told of a firm: "Ist der Arbeitsbeginn im Juli?", "Der Arbeitsbeginn war damals im Juli.")
        ".$startNoun ... ($month|#date|sofort) ... (möglich|machbar|realisierbar|einrichten|ermöglichen|realisieren|zusagen|anbieten)",
        ".(mein|meine|mein frühestmöglicher|mein frühester|mein möglicher|mein frühestmögliches|mein frühestes) $startNoun (ist|wäre|läge|liegt) ... ($month|#date|sofort)",
        // The start one would like best: "Am liebsten ab nächster Woche.", "Am besten sofort."
        // (Not a shift's hour, a second talk or a trial day: "Am liebsten ab 6 Uhr.", "Am besten morgen um 10?")
        "[!(schicht*|gespräch*|probearbeit*|probetag|termin|vorbeikommen|uhrzeit)] .^(am liebsten|am besten|lieber) (ab|zum|sofort|gleich|$day)",
        // …after a clause before it, a date named: "Sobald wie möglich, am liebsten ab 1. Juni." (not a holiday: "Urlaub mache ich am liebsten ab Juli.")
        "!(urlaub|ferien|pause) (mache|machen|nehme|nehmen|habe|hab|hätte) (ich|wir)",
        // Away from a date on is no start: "Ab Mai bin ich im Urlaub in Brasilien." ("Bis April bin ich im Urlaub, ab Mai kann ich anfangen." starts.)
        "!(bin ich|wäre ich|sind wir|ich bin|ich wäre|wir sind) ... (urlaub|ferien|elternzeit|mutterschutz|kur|verreist|unterwegs|weg)",
        "[!(schicht*|gespräch*|probearbeit*|probetag|termin|vorbeikommen|uhrzeit)] .((am liebsten|am besten) (ab|zum) ($month|#date|#word $month|dem #word $month|nächster woche|nächstem monat|nächsten monat|anfang $month|mitte $month|ende $month))",
        "!(ab|um|gegen) #word uhr",
        // "von" for "ab", as learners say it: "Von sofort."
        "(von|vom) sofort",
        // Ready to come or work from a time on, the verb after it: "Ich kann sofort arbeiten.", "ich kann morgen schon kommen"
        // A bare day with "arbeiten" or "kommen" names a working day or a visit ("ich kann sonntag arbeiten", "Ich kann morgen kommen für
        // das zweite Gespräch"); "ab" or "sofort" names a start.
        ".(ich kann|ich könnte|ich würde) (sofort|gleich|jederzeit|ab sofort|ab $day|ab $month|im $month|ab dem #word) (arbeiten|kommen|da sein|loslegen|einsteigen)",
        // Stepping in from a time on (not "jederzeit", which fills in for the sick: "Ich kann jederzeit einspringen, wenn jemand krank ist")
        ".(ich kann|ich könnte|ich würde) (sofort|ab sofort|ab $day|ab $month|im $month|ab dem #word) einspringen",
        ".(ich kann|ich könnte|ich würde) ($day|schon $day|gleich $day) (loslegen|einsteigen)",
        ".(ich kann|ich könnte) (sofort|gleich|$day) (schon|gleich|sofort) (arbeiten|kommen|anfangen|beginnen|starten|da sein)",
        // The modal after a word of consequence, inverted: "Ich bin arbeitslos, deshalb kann ich sofort kommen."
        ".(deshalb|daher|darum|deswegen|also|somit|dann) (kann ich|könnte ich|würde ich) (sofort|gleich|jederzeit|ab sofort|schon|direkt|ab $day|ab $month|im $month|$day) (arbeiten|kommen|da sein|loslegen|einsteigen|anfangen|beginnen|starten)",
        // A date alone as a clause, unless the years before are asked: "Ab erstem März.", "Zum 1. April." (not after "Seit wann …?")
        "[!(seit|wie lange|gearbeitet|geboren|wohnen|waren sie|urlaub|aufgehört|gekündigt|geburtstag|umzug|umgezogen|kurs|deutschkurs|prüfung)] =(ab|zum) (#word|dem #word) $month",
        "[!(seit|wie lange|gearbeitet|geboren|wohnen|waren sie|urlaub|aufgehört|gekündigt|geburtstag|umzug|umgezogen|kurs|deutschkurs|prüfung)] =(ab|ab anfang|ab mitte|ab ende) $month",
        // The modal and a date, the infinitive dropped, as voice input runs it on: "mein chef weiß schon bescheid also ich kann ab 15 mai"
        ".(ich kann|ich könnte|ich würde) ab (#word $month|dem #word $month|#date|anfang $month|mitte $month|ende $month)",
        // …not a date for a course, a holiday or a licence: "ich kann ab 1. mai einen deutschkurs machen"
        "!(ab (#word $month|dem #word $month|#date|$month) (einen|den|eine|die|mein|meinen|meine|im|in den|in die|mit dem|mit einem|mit der|mit meinem|mit meiner|noch|auch|erst) (*kurs|ausbildung|studium|praktikum|umschulung|urlaub|ferien|weiterbildung|fortbildung|*schein|elternzeit))",
        // The modal alone, the day after it: "Ich kann gleich morgen."
        "=(ich kann|ich könnte|kann ich|kann|könnte) (sofort|gleich|morgen|gleich morgen|ab morgen|jederzeit|übermorgen|montag|ab montag|nächste woche|ab nächster woche|ab nächstem monat|ab nächsten monat|ab $day|ab $month)",
        "(kann|könnte|können) (sofort|gleich|morgen|jederzeit|direkt) (los|loslegen|anfangen|starten|beginnen)",
        // Stepping in whenever the firm wants: "Ich könnte einspringen, wann Sie wollen."
        "(ich kann|ich könnte|kann ich|könnte ich) (einspringen|loslegen|einsteigen) (wann sie wollen|wann immer sie wollen|sobald sie wollen|wann sie möchten|wann es ihnen passt|sofort|gleich|ab sofort|$day|ab $day|ab $month)",
        // A date put first: "Nach dem Kurs, also ab 15. Oktober, kann ich arbeiten."
        "(ab|zum) ($month|#date|nächst*|montag|dienstag|mittwoch|donnerstag|freitag) (kann|könnte|würde|bin|wäre) ich",
        // …the subject first, as beginners keep it: "Ab 1.3. ich kann arbeiten."
        "((ab|zum) ($month|#date|#word $month|nächst*|montag|dienstag|mittwoch|donnerstag|freitag) (ich kann|ich könnte|ich bin frei|ich bin da))",
        "(ich|könnte|kann|würde) ab (anfangen|beginnen|starten|arbeiten)",
        "(ich bin|ich wäre|wäre ich) (verfügbar|frei|sofort verfügbar|sofort frei|direkt verfügbar|gleich verfügbar|jederzeit verfügbar)",
        `(ich bin|ich wäre|wäre ich|bin ich) (sofort|direkt|gleich|jederzeit|ab sofort|schon) ${READY}`,
        `(ich bin|ich wäre|wäre ich|bin ich) einsatzbereit`,
        // A trait first, the date coordinated after it: "Ich bin sehr belastbar und ab dem 1. Juni verfügbar."
        `.(ich bin|ich wäre) ... und (ab|zum) (dem #word $month|#word $month|$month|#date|dem #date|$day|nächst*|sofort|anfang $month|mitte $month|ende $month) (${READY}|frei)`,
        // The start date as the subject, the formal noun: "Frühestmöglicher Eintrittstermin wäre Mitte Juli.", "Mein Eintritt wäre zum 1. Juni möglich."
        ".(eintrittstermin|*eintrittstermin|eintrittsdatum|*eintrittsdatum|starttermin|startdatum|eintritt|mein start|mein beginn|mein arbeitsbeginn) (wäre|ist|wär|könnte|kann) ... ($month|$day|#date|sofort|jederzeit|nächst*)",
        // The formal way: "Ich stünde Ihnen ab dem 1. Juni zur Verfügung."
        "(ich stehe|ich stünde|ich stände|stehe ich|stünde ich|ich würde|würde ich|ich könnte) ... (zur verfügung)",
        "(ich habe|ich hätte|hätte ich|habe ich) zeit (ab|in|nach|sofort|jederzeit)",
        "ab (ich habe|habe ich|hab ich|ich hab|ich hätte|hätte ich) zeit",
        // The earliest date: "Leider nicht vor dem 15. Mai."
        "(nicht vor|frühestens|erst ab|erst zum|erst im|erst am) ($month|#date)",
        // A start date put first, then judged workable: "Ab Montag ist kein Problem.", "Im Oktober wäre gut für mich."
        // (A day for another meeting is no start date: "Am Freitag wäre super für das zweite Gespräch."; a blocker below.)
        "^.(ab|zum|im|am|anfang|ende|mitte) ($month|$day|#date|nächst*|sofort|morgen|dem) ... (geht|ginge|passt|wäre gut|wäre möglich|ist möglich|ist gut|ist kein problem|wäre kein problem|wäre ideal|klappt|wäre super|wäre toll|wäre perfekt|wäre prima|ist super|ist perfekt)",
        // …or named bare, as learners drop the "ab", the whole clause judged workable: "Nächsten Montag wäre für mich gut.", "Nächste Woche geht."
        // (Not a day for something else told on: "Nächste Woche geht meine Frau ins Krankenhaus.", "…wäre gut für einen Probetag.")
        "[!(schicht*|gespräch*|probearbeit*|probetag|termin|vorbeikommen|uhrzeit)] =((nächste|nächsten|nächster|kommende|kommenden|übernächste|übernächsten|übernächster) (montag|dienstag|mittwoch|donnerstag|freitag|woche|monat) (geht|ginge|passt|klappt|passt mir|geht auch|wäre gut für mich|passt für mich|ginge für mich|wäre möglich für mich|ginge auch|passt gut|wäre gut|wäre für mich gut|wäre mir recht|wäre möglich|wäre super|wäre ideal|wäre perfekt|wäre okay|wäre ok|ist gut|ist möglich|ist kein problem|wäre kein problem|ist für mich gut|ist ok|ist okay|wäre für mich ok|wäre für mich möglich|würde gehen|würde passen))",
        // How one feels is no date: "Im Sommer geht es mir immer gut."
        "!(geht es mir|geht mir|gehts mir|ginge es mir|geht es uns)",
        // A country's rule, not one's own notice: "In Spanien ist die Kündigungsfrist nur zwei Wochen."
        "!((in|bei) ($country|deutschland|frankreich|meinem land|meiner heimat|der probezeit) (ist|beträgt|sind|war) (die|eine) (kündigungsfrist*|kündigungszeit*))",
        "!((die|eine) (kündigungsfrist*|kündigungszeit*) (in|bei) ($country|deutschland|frankreich|meinem land|meiner heimat|der probezeit))",
        // Told, not echoed to ask what it means: "Kündigungsfrist? Was ist das?"
        ".(kündigungsfrist*|kündigungszeit*|notice period)",
        // …nor a notice of a job before, or one handled, not told: "Meine Kündigungsfrist war damals zwei Monate.",
        // "Bei Epicentr hatte ich eine Kündigungsfrist von zwei Monaten.", "Ich muss die Kündigungsfrist noch prüfen."
        "!((kündigungsfrist*|kündigungszeit*) (war|waren|damals|früher))",
        "!(war|waren|hatte|hatten|hat) ... (kündigungsfrist*|kündigungszeit*)",
        "!(kündigungsfrist*|kündigungszeit*) ... (gefunden|bekommen|erhalten|prüfen|geprüft|nachschauen|nachsehen|nachgucken|gelesen|vergessen|klären|besprechen|sprechen|fragen|gefragt|verstehen|verstanden|kennen|berechnen|ausrechnen|checken|suchen)",
        // The notice's length alone, once the notice is named by the interviewer or echoed first: "Vier Wochen." after
        // "Wie lang ist Ihre Kündigungsfrist?", "Kündigungsfrist? Drei Monate."
        `[(kündigungsfrist*|kündigungszeit*|notice period)] =(${COUNT}|einen|einem|nur ${COUNT}|leider ${COUNT}|ungefähr ${COUNT}|etwa ${COUNT}|genau ${COUNT}) (wochen|woche|monat|monate|monaten)`,
        // A yes to a start date the interviewer proposes: "Ja, das passt mir." after "Könnten Sie am ersten Juni anfangen?"
        // (Not to a time of day or to when, "Können Sie morgens um sechs anfangen?", "Wann könnten Sie anfangen?")
        "[(können|könnten|würden) sie ... (ab|am|zum|im|sofort|gleich|morgen|nächste|nächsten|schon) ... (anfangen|beginnen|starten)] [!(wann|ab wann|um|uhr|morgens|früh|schicht*|jeden tag|täglich|mit einer|mit dem|mit der)] =(ja|ja klar|ja gern|ja gerne|ja sicher|ja natürlich|natürlich|klar|auf jeden fall|ja auf jeden fall|ja das geht|das geht|ja das passt|das passt|das passt mir|ja das passt mir|ja kein problem|kein problem|ja sehr gern|ja sofort)",
        // The bare infinitive with its modal: "Morgen anfangen können."
        "=(sofort|morgen|gleich|direkt|jederzeit|ab sofort|ab morgen|übermorgen|nächste woche|ab montag|montag) (anfangen|beginnen|starten) (können|kann|könnte|möglich)",
        // Time free from a date on: "Ich hätte ab Mai Zeit."
        "(ich habe|ich hätte|hätte ich|habe ich|ich hab) ab ($month|$day|#date|dem|sofort|nächst*|anfang|mitte|ende) ... zeit",
        // Whenever the firm wants, after "Wann könnten Sie anfangen?": "Wann Sie wollen.", "So schnell wie möglich.", "Von mir aus morgen."
        // Not where the talk itself is to start: "Möchten Sie mit einer Frage anfangen, oder soll ich?" "Wie es Ihnen passt."
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] [!(sollen wir|wollen wir|können wir|mit einer frage|mit dem gespräch|mit dem test|mit ihren fragen|oder soll ich)] =(wann sie wollen|wann immer sie wollen|wann sie möchten|sobald sie wollen|sobald sie möchten|wann immer sie möchten|wann es ihnen passt|wie es ihnen passt|wann immer es ihnen passt|so schnell wie möglich|so bald wie möglich|sobald wie möglich|so früh wie möglich|möglichst bald|möglichst schnell|schnellstmöglich)",
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] =von mir aus ($day|sofort|gleich|jederzeit|ab sofort|ab morgen)",
        // A span of time, not of languages: "in zwei Wochen" (not "Ich kann in drei Sprachen sprechen").
        `(ich|wir) (könnte|kann|würde|werde) (in|nach|ab) (${COUNT}|einem|einer) (wochen|woche|monat*|tag*|jahr*)`,
        // …not a family event or a level reached then: "Ich werde in 2 Monaten Vater.", "Ich kann in 2 Jahren B2 haben."
        "!!(wochen|woche|monat|monaten|jahr|jahren) (vater|mutter|papa|mama|heiraten|b1|b2|c1|deutsch)",
        "(ich|wir) (könnte|kann|würde|werde) (in|nach|ab) (sofort|nächst*)",
        `(ab|in|nach) (bin ich|wäre ich|sind wir) (frei|${READY})`,
        "(ab|am|im) (kann ich|könnte ich|können wir) (anfangen|arbeiten|beginnen|starten)",
        "nach (dem|meinem|der|meiner) (ich kann|kann ich|ich könnte|könnte ich) (anfangen|arbeiten|beginnen|starten)",
        // Digits too, as chat writes them: "in 2 wochen".
        `[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] (in|nach) (${COUNT}|einem|einer) (wochen|woche|monat*|tag*)`,
        // …or after notice to give in an earlier clause: "Ich muss erst noch kündigen, also in einem Monat."
        `[(kündigen|kündigung)] (in|nach) (${COUNT}|einem|einer) (wochen|woche|monat|monaten)`,
        // …or the notice's length in a clause after it: "Ich muss erst kündigen, das sind sechs Wochen.", "…, das dauert einen Monat."
        // Adjacent, so time passed since is none: "Meine Kündigung kam im Mai, das sind jetzt zwei Monate."
        `[(kündigen|kündigung)] ((das sind|das dauert|dauert|das wären|sind es) (${COUNT}|einem|einer) (wochen|woche|monat|monate|monaten))`,
        // …not notice received, nor a probation: "Ich habe meine Kündigung bekommen, nach 3 Monaten Probezeit."
        "!!(kündigung|gekündigt) (bekommen|erhalten|gekriegt)",
        "!!kündigung (kam|kamen)",
        "!!(wochen|woche|monat|monaten) probezeit",
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] (sofort|jederzeit)",
        // A span of time put first, the infinitive left out: "In zwei Wochen kann ich."
        "(in|nach|ab) #word (wochen|woche|monat|monaten|monate|tagen|tage) (kann|könnte|würde|werde) (ich|wir)",
        // A month or a date in answer: "Im April.", "Erster März, früher geht leider nicht.", "Morgen schon."
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] =(im|ab|zum|anfang|ende|mitte|ab anfang|ab mitte|ab ende) $month",
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] =(#word $month|am #word $month|zum #word $month|ab #word $month|ab dem #word $month)",
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] =(sofort|morgen|übermorgen|$day) (schon|gleich|gern|gerne|wenn)",
        // Free once the present job ends: "Mein Vertrag endet im Juni, danach bin ich frei.", "…, dann kann ich kommen."
        "(danach|dann|anschließend|ab dann) (bin ich|wäre ich|sind wir) (frei|verfügbar)",
        // The earliest date, opening the answer unasked: "Frühestens zum Ersten des übernächsten Monats, vorher lässt mich meine Firma nicht gehen."
        ".^(frühestens|allerfrühestens|am frühesten) (zum|ab|im|am|in|nach|anfang|mitte|ende|$month|#date|nächst*|übernächst*|sofort)",
        "(danach|dann|anschließend|ab dann) (kann|könnte) (ich|wir) (anfangen|starten|beginnen)",
        // Working or coming, only right after the modal or a word of soon: how much, when in the week or how one works or comes
        // is no start ("Wenn ich besser Deutsch spreche, dann kann ich mehr arbeiten.", "Dann kann ich auch am Wochenende arbeiten.").
        "((danach|dann|anschließend|ab dann) (kann|könnte) (ich|wir) (sofort|gleich|direkt|schon|jederzeit|auch sofort|dann sofort|voll|vollzeit) (kommen|arbeiten|da sein))",
        "((danach|dann|anschließend|ab dann) (kann|könnte) (ich|wir) (kommen|arbeiten|da sein))",
        "(vertrag|arbeitsvertrag|job|stelle|kündigungsfrist) (endet|läuft) ... ($month|#date|ende|in #word (wochen|monaten))",
        // "gehen bis" for "enden", of one's own contract, told: "Mein Vertrag geht bis Ende März." (not "Der Vertrag geht bis März?")
        ".(mein|meine|mein alter|mein jetziger|mein aktueller) (vertrag|arbeitsvertrag|job|minijob|kündigungsfrist) (geht|dauert) (bis|noch bis) ($month|#date|ende|anfang|mitte|zum)",
        // A day in answer to "Wann können Sie anfangen?": "Montag.", "Ich kann ab Montag."
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] =($day|ab $day|am $day)",
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] (ich kann|kann ich|ich könnte|könnte ich) ($day|ab $day|am $day)",
        // A short answer to "Wann könnten Sie anfangen?": "Nächsten Monat wäre möglich."
        // "ab" only before its time, so a verb's particle dates nothing: "Das hängt von meiner Kündigung ab."
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] (nächst*|ende|anfang|mitte|frühestens|nicht vor)",
        "[(anfangen|beginnen|starten|anfang|verfügbar|ab wann)] ab ($month|$day|#date|dem|der|sofort|nächst*|anfang|mitte|ende|morgen|jetzt|heute|1*|2*|3*|4*|5*|6*|7*|8*|9*|erst*|zweit*|dritt*|viert*|fünft*|zehnt*|fünfzehnt*|zwanzigst*|dreißigst*|ein*|zwei|drei|vier|fünf|sechs)",
        // A date in answer to "Ab wann stünden Sie uns zur Verfügung?": "Zum 1. Oktober."
        "[(anfangen|beginnen|starten|anfang|verfügung|starttermin|ab wann)] (zum|ab|am|anfang|ende|mitte) ($month|#date)",
        "!!(weiß|weiss) nicht",
        // …also spelt as it sounds: "ich kann ab ersten mai anfangen, nein sorry, ich weis es noch nicht"
        "!!weis nicht",
        ...TAKEN_BACK,
        "!!nicht sagen",
        // A wish to start, or another start, states no time: "Ich möchte gern bei Ihnen anfangen.", "Soll ich anfangen?"
        // …or to start work at all: "Ich möchte gern anfangen zu arbeiten."
        "!(möchte|möchten|würde|würden) (gern|gerne|sehr gern|sehr gerne) (anfangen|beginnen|starten) (zu|mit)",
        // …or to start as a post, no time named: "Ich möchte gern als Lagerhelfer anfangen." ("…ab März als Lagerhelfer anfangen" still dates it.)
        "!((möchte|möchten|würde|würden|will|wollen) (gern|gerne|sehr gern|sehr gerne) als ($job|#noun) (anfangen|beginnen|starten))",
        "!((möchte|möchten|will|wollen) als ($job|#noun) (anfangen|beginnen|starten))",
        "!(möchte|möchten|würde|würden) (gern|gerne|sehr gern|sehr gerne) (bei ihnen|hier|bei euch|in ihrem team|in ihrer firma|bei dieser firma|in diesem lager|im lager|in der logistik|in der produktion|im team|im versand) (anfangen|beginnen|starten)",
        // The notice period asked, a habit, free on weekends, or the question echoed: "Wie lang ist die Kündigungsfrist bei Ihnen?",
        // "Ich beginne immer sehr früh.", "Ich bin am Wochenende frei.", "Ab wann? Hm, das muss ich noch besprechen."
        "!(wie lang|wie lange|wie viel|welche|was|gibt es) ... (kündigungsfrist*|kündigungszeit*)",
        "!(ich beginne|ich fange|ich starte|beginne ich|fange ich) (immer|jeden|morgens|normalerweise|meistens|täglich|oft|um)",
        // A clock time asked starts the working day, not the job: "Kann ich auch erst um neun anfangen, oder muss ich um sechs da sein?"
        "!?((um|erst um|schon um|auch um|auch erst um) (1*|2*|3*|4*|5*|6*|7*|8*|9*|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|viertel))",
        // Exact words only: "morgens" and "sonntags" would forgive "ab morgen", "ab Sonntag" as slips.
        "!(am wochenende|an wochenenden|abends|nachts|am samstag|am sonntag|am abend) (frei|verfügbar)",
        // …nor one weekday free for a call or a meeting ("ab Freitag frei" dates a start): "Ich bin am Freitag frei, dann können wir telefonieren."
        // ("montags" would forgive "ab Montag" as a slip.)
        "!(am montag|am dienstag|am mittwoch|am donnerstag|am freitag|heute nachmittag|morgen nachmittag|morgen vormittag) (frei|verfügbar)",
        "!ab wann",
        "!(ausbildung|lehre|studium|praktikum|kurs|umschulung|gespräch) (anfangen|beginnen|starten)",
        // A start hoped for, with no time, is a wish for the job: "Ich hoffe, ich kann bald anfangen.", "…, ich darf hier anfangen."
        "!((ich|wir) (kann|darf|könnte|dürfte|können|dürfen) (bald|sehr bald|irgendwann|endlich|bald bei ihnen|bald hier|endlich bei ihnen|endlich hier) (anfangen|beginnen|starten))",
        "!((kann|darf|könnte|dürfte|können|dürfen) (ich|wir) (bald|sehr bald|irgendwann|endlich|bald bei ihnen|bald hier|endlich bei ihnen|endlich hier) (anfangen|beginnen|starten))",
        // …or asked of the interviewer: "Kann ich dann bald anfangen?"
        "!?((kann|darf|könnte|dürfte) (ich|wir) (dann|denn|dann bald|denn bald|dann schon|denn dann|dann auch) (anfangen|beginnen|starten))",
        "!(soll|sollen|darf|dürfen|muss|müssen) (ich|wir) (anfangen|beginnen|starten|loslegen)",
        // The start asked of anyone, or one possible once, states none now: "Kann man hier sofort anfangen oder muss man warten?",
        // "Früher konnte ich immer sofort anfangen, jetzt habe ich Kinder."
        "!?(kann man|könnte man|muss man|darf man|soll man)",
        "!(konnte|konnten) (ich|wir)",
        "!(ich|wir) (konnte|konnten)",
        // A start others told the learner of, said by them in the plural: "Meine Freunde haben gesagt, ich kann sofort anfangen."
        "!!(freunde|kollegen|eltern|nachbarn|geschwister|leute) (haben gesagt|sagen|sagten|meinen|meinten|haben gemeint) (ich|wir) (kann|könnte|bin|wäre|können|könnten)",
        // A start once hoped or planned, now gone: "Ich habe gehofft, dass ich im Mai anfangen kann, aber jetzt geht es nicht."
        // (Not "gedacht": "Ich habe gedacht, ich kann ab Mai anfangen." offers the date.)
        "!!(habe|hab|hatte|hatten|haben) (gehofft|geplant)",
        // A start someone else decides is none the learner states: "Das muss mein Chef entscheiden."
        "!!(entscheidet|entscheiden|entscheide)",
        // Someone else's start date is not the learner's: "Meine Frau kann ab Montag anfangen."
        ...othersBlockers,
        ...NAMED_OTHERS,
        ...HOUSEHOLD_OTHERS,
        ...NAMED_ALONE_START,
        // Not knowing when states no time: "Ich bin nicht sicher, wann ich anfangen kann."
        "!!(weiß nicht|weiß ich nicht|nicht sicher|keine ahnung|unsicher)",
        // Asking when the job starts states no availability: "Wann würde die Arbeit beginnen?"
        "!(wann|ab wann) (würde|wird|könnte|kann|soll) (die|der|das)",
        "!(wann|ab wann) (würde|könnte|kann|soll|darf|muss) ich",
        // The same question with the verb last, as learners ask it: "Wann ich anfangen muss?"
        "!(wann|ab wann|bis wann|um wie viel uhr|um wieviel uhr) ich ... (anfangen|beginnen|starten|da sein|kommen) (muss|soll|darf|müsste|sollte)",
        // …and the interviewer's question echoed before the answer: "Wann ich anfangen kann? Das hängt von meinem Arbeitgeber ab."
        "!?(wann|ab wann) ich ... (anfangen|beginnen|starten) (kann|könnte|werde)",
        // …or asked indirectly, told or not, with no time named: "Ich wollte fragen, wann ich anfangen kann, aber ich habe es vergessen."
        "!(wann|ab wann) (ich|wir) (anfangen|beginnen|starten) (kann|könnte|werde|darf|soll|muss|können|könnten|dürfen)",
        // …the modal before the infinitive, as learners order it: "Morgen ich sage Ihnen, wann ich kann anfangen."
        "!(wann|ab wann) (ich|wir) (kann|könnte|werde|darf|soll|muss|können|könnten|dürfen) (anfangen|beginnen|starten|arbeiten|kommen)",
        // …or whether one may start then, a question still to be put to someone: "Ich muss erst fragen, ob ich ab März anfangen darf.",
        // "Ich kläre noch, ob ich schon im Mai beginnen kann." (the clause only: "…, ob ich ab März anfangen kann? Ja, ab März." answers after it)
        "!ob (ich|wir) ... (anfangen|beginnen|starten|arbeiten|kommen|anfange|beginne|starte) (kann|könnte|darf|dürfte|soll|muss|werde|können|könnten|dürfen|sollte)",
        // Starting named in a clause of time or condition dates nothing: "Wer ist mein Chef, wenn ich hier anfange?",
        // "Bekomme ich Arbeitskleidung, sobald ich beginne?" ("Ich kann anfangen, wenn Sie möchten" still states it.)
        "!(wenn|falls|sobald|bevor|nachdem) (ich|wir) ... (anfange|beginne|starte|anfangen|beginnen|starten) (darf|soll|muss|dürfen|sollen|müssen)",
        "!(wenn|falls|sobald|bevor|nachdem) (ich|wir) ... (anfange|beginne|starte)",
        // A day for another meeting: "Am Freitag wäre super für das zweite Gespräch."
        // (Only a further one: "Ich kann am 1. Juli anfangen und vielen Dank für das Gespräch" still states it.)
        "!!(für das|fürs|für ein|zum|für den) (zweite gespräch|nächste gespräch|zweites gespräch|nächstes gespräch|zweite interview|nächste interview|nächsten termin|zweiten termin)",
        // Starting the talk with a question or a CV is no start date: "Kann ich mit einer Frage anfangen?"
        "!mit (einer|meinem|meiner|einem) #noun",
        // "er" or "sie" with a verb of the third person starts someone else's job ("Sie können" is the interviewer's): "Er kann ab sofort anfangen."
        "!(er|sie) (kann|könnte|fängt|beginnt|startet)",
        // A start wanted once, long past, is none now: "Ich wollte letztes Jahr anfangen, aber es hat nicht geklappt."
        "!(wollte|wollten) (letztes|letzten|letzte|damals|früher|vor)",
        // …the subject inverted after the time: "Vor drei Jahren wollte ich schon bei Ihnen anfangen, aber damals hat es nicht geklappt."
        // (In its clause only: "Ich wollte sagen, dass ich ab März anfangen kann." still states it.)
        "!(wollte|wollten) (ich|wir) ... (anfangen|beginnen|starten)",
        "!(ich|wir) (wollte|wollten) ... (anfangen|beginnen|starten)",
        // A start told at another interview or firm is none offered here: "Letztes Jahr habe ich bei einem anderen Vorstellungsgespräch gesagt, …"
        "!!(bei|in|im) (einem|einer|dem|der|meinem|meiner) (anderen|letzten|früheren|vorigen|ersten) (vorstellungsgespräch|interview|gespräch|bewerbungsgespräch|firma|bewerbung)",
        ...OTHER_INTERVIEW,
        "!(letztes|letzten|letzte) (jahr|monat|woche|mal|sommer|winter) (wollte|wollten) (ich|wir)",
        // A start still to be cleared with someone, taken back: "Ich kann ab Juni anfangen, nein wait, das muss ich erst mit meinem Chef klären."
        "!!(das|es) (muss|müsste|sollte) ich (erst|noch|zuerst|erstmal|erst mal|noch mal) ... (klären|abklären|besprechen|fragen|checken|prüfen)",
        "!!(ich muss|ich müsste|ich sollte) (das|es) (erst|noch|zuerst|erstmal|erst mal) ... (klären|abklären|besprechen|fragen|checken|prüfen)",
        // Another firm's question, reported in the past, states nothing: "Die wollten wissen, wann ich anfangen kann."
        // ("Sie wollten wissen, …" may take up the interviewer's own question, and is left to answer.)
        "!!((die|er|sie) wollte wissen)",
        "!!((die|er) wollten wissen)",
      ],
      examples: ["Ich könnte ab dem ersten März anfangen.", "Ich bin ab sofort verfügbar.", "Meine Kündigungsfrist beträgt einen Monat."],
      nudge: "Tell Frau Vogel when you could start.",
    },
    {
      id: "thank",
      title: "Thank the interviewer",
      points: 10,
      after: ["describe_experience", "name_strength", "ask_about_job", "state_availability"],
      // Thanks told of someone else: "Bei meinem alten Job hat der Chef nur selten danke gesagt."
      // Thanks to one's own colleagues or family, in any language, thank nobody here: "obrigado meine Kollegen, ich habe viel gelernt".
      patterns: [...thankPatterns, "!!(hat|hatte|haben|hatten) ... danke gesagt",
        "!((obrigado|obrigada|gracias|grazie|merci) (meine|meinen|meinem|meiner|unsere|unseren|unserem) (kollegen|kollegin|kolleginnen|chef|chefin|team|familie|freunde|eltern))"],
      examples: ["Vielen Dank für das Gespräch!", "Danke für Ihre Zeit."],
      nudge: "The interview is ending: thank Frau Vogel for her time.",
    },
  ],
};
