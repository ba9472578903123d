import { introducePatterns, futureConditionBlockers, othersBesidePartnerBlockers } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// Another flat's, or a town's, costs are no question about this flat's: "Wie hoch ist die Miete in Ihrer anderen Wohnung?",
// "Wie hoch ist die Kaution in Deutschland?", "Was kostet eine Wohnung in München?" ("…, hier in Neukölln?" is this one's).
// (the learner's home country and its cities too: "Wie viel kostet eine Wohnung wie diese in Italien?")
const PLACES = "(berlin|deutschland|münchen|hamburg|köln|frankfurt|kreuzberg|wedding|friedrichshain|charlottenburg|schöneberg|moabit|prenzlauer berg|zentrum|stadtzentrum|ausland|meinem land|meiner heimat|unserem land|unserer heimat|italien|türkei|der türkei|spanien|polen|frankreich|griechenland|österreich|der schweiz|portugal|rumänien|syrien|indien|china|brasilien|europa|amerika|rom|mailand|bologna|neapel|turin|florenz|istanbul|ankara|izmir|paris|wien|london|madrid|warschau|wohnheim|studentenwohnheim|der wg|einer wg|meiner wg|hotel|hostel)";
const ELSEWHERE = (cost: string): string[] => [
  `!(${cost}|wohnung|wohnungen) (in|für|von) (ihrer|ihren|ihrem|ihre|der|die|einer|eine|dem|den) (anderen|andere|anderes|anderer) (wohnung*|haus|häusern|gebäude)`,
  `!(${cost}|wohnung|wohnungen) ... (in|im) ${PLACES}`,
  // …the place put first, the verb before its subject: "In Italien ist die Kaution nur ein Monat.", "Bei uns in der Türkei ist die Miete niedriger."
  `!(in|im) ${PLACES} ... (${cost})`,
];

// Asking how a matter stands, in the formal and the southern way, beside "wie sieht es mit …": "Wie verhält es sich mit
// den Nebenkosten?", "Und wie verhielte es sich mit der Kaution?", "Wie steht es mit Haustieren?", "Wie schaut's mit der Miete aus?"
// One room or feature of the flat, which can be liked without wanting the flat.
const FEATURE = "(küche|bad|badezimmer|balkon|flur|schlafzimmer|wohnzimmer|zimmer|fenster|boden|fußboden|parkett|dielen|farbe|farben|licht|hof|innenhof|aussicht|blick|treppenhaus|decke|decken|dusche|badewanne|keller|garten|tapete|wände|lage|einbauküche)";

// A greeting before the name, in German or, as a learner may open, in English or their own language: "dzien dobry, ich bin agnieszka".
const GREETING = "(hallo|hi|hey|moin|servus|guten tag|tag|hello|dzien dobry|czesc|hola|buenos dias|bonjour|salut|ciao|buongiorno|merhaba|selam|salam|privet|zdravstvuyte|dobry den|bok|grüezi|grüß gott|griaß di)";

// One's own asking put off with a modal or the future, the question after it: "Ich würde später noch fragen, wie hoch die Kaution ist."
// ("Ich würde gern fragen, …" asks now; "Ich frage später, …" the judge holds off itself.)
const ASK_LATER = "!!((ich|wir) (würde|würden|werde|werden|möchte|möchten|will|wollen|kann|könnte|könnten|muss|müsste|müssten)|(würde|würden|werde|werden|möchte|möchten|will|wollen|kann|könnte|könnten|muss|müsste|müssten) (ich|wir)) ... (später|nachher|morgen|übermorgen|ein andermal|ein anderes mal|beim nächsten mal|nächste woche|dann noch) ... (fragen|nachfragen|erfragen|klären)";

// …or a call or mail still to come, the asking its purpose after the comma: "Ich werde Sie morgen anrufen, um nach den
// Nebenkosten zu fragen.", "ich schreib ihnen später um nach der kaution zu fragen" ("Ich bin hier, um nach der Kaution zu fragen" announces it now)
const ASK_LATER_PURPOSE = [
  "!!(morgen|später|nachher|übermorgen|nächste woche|heute abend|ein andermal|dann noch) ... (anrufen|an|schreiben|schreibe|schreib|mailen|maile|melden|melde|vorbeikommen|vorbei|zurückrufen|zurück) um",
  "!!(werde|werden) ... (anrufen|schreiben|mailen|melden|vorbeikommen|zurückrufen|zurückschreiben) um",
];

// …or the time put first, the verb before its subject as a Slavic word order has it: "Später ich frage wegen Haustiere.",
// "Nachher ich frage nach Nebenkosten." (the shared rule reads an opening "Morgen ich …" as the greeting, and lets "später" by with it)
const ASK_LATER_FIRST = "!!(später|nachher|übermorgen|danach|dann später) (ich|wir) (frage|frag|fragen|erfrage|kläre|klären)";

// …or the matter put first, the verb before its subject and the time or the mail after it: "Die Kaution frage ich dann später
// per Mail, okay?", "Die Nebenkosten klären wir morgen am Telefon." ("Die Kaution, frage ich mich, wie hoch ist die?" asks now)
const ASK_LATER_TOPIC = "!!(frage|frag|erfrage|kläre|klär) (ich|wir) ... (später|nachher|morgen|übermorgen|ein andermal|nächste woche|per mail|per e-mail|per email|per whatsapp|per telefon|am telefon|schriftlich)";

// One's own asking turned to someone of one's own, a relative or a flatmate, asks the landlord nothing: "Vielleicht sollte ich
// meinen Vater fragen, wie hoch die Kaution normalerweise ist.", "Ich frag mal meine Mutter, ob …", "Wir sollten unsere Eltern fragen, ob …" (the object right after the
// asking, or right before it after its subject: "Ich möchte für meinen Mann fragen, ob …" relays his question now)
const KIN = "(vater|papa|mutter|mama|eltern|mann|ehemann|frau|ehefrau|bruder|schwester|freund|freundin|partner|partnerin|mitbewohner|mitbewohnerin|familie|onkel|tante|sohn|tochter|kollegen|kollegin|chef|chefin|nachbarn|nachbarin)";
const KIN_OWN = `(meinen|meine|mein|unseren|unsere|unser) ${KIN}`;
const ASKS_ANOTHER = `!!((ich|wir|sollte|sollten|soll|sollen|muss|müssen|werde|werden|kann|können|könnte|könnten|will|wollen|möchte|möchten|würde|würden) ${KIN_OWN} fragen|(ich|wir) (mal|erst|zuerst|noch|lieber|auch|vorher|nochmal) ${KIN_OWN} fragen|(frage|frag|fragen) ${KIN_OWN}|(frage|frag|fragen) (ich|wir|mal|erst|zuerst|noch|lieber|auch|nochmal) ${KIN_OWN}|(frage|frag|fragen) (ich|wir) (mal|erst|zuerst|noch|lieber|auch|nochmal) ${KIN_OWN})`;

// The month's sum worked out and asked back to check it, a figure and its kind after "dann" or "also": "Also insgesamt zahle
// ich dann 960 Euro warm, oder?", "Dann zahlen wir 960 im Monat, richtig?", "Also 960 warm?" (told, with no question: "Also
// zahle ich dann 960 Euro warm." agrees; a figure with no kind of rent may be the deposit's: "Dann zahle ich die Kaution, 2340 Euro?")
const FIGURE = "(1*|2*|3*|4*|5*|6*|7*|8*|9*)";
const MONTHLY = "(warm|kalt|im monat|pro monat|monatlich|jeden monat|mit nebenkosten|inklusive nebenkosten|miete|warmmiete|kaltmiete)";
const PAY_WE = "((zahle|zahlen|bezahle|bezahlen|zahl) (ich|wir)|(ich|wir) (zahle|zahlen|bezahle|bezahlen|zahl))";
const SUM_CHECKED = [
  `?(dann|also|insgesamt|zusammen) ... ${PAY_WE} ... ${FIGURE} ... ${MONTHLY}`,
  `?${PAY_WE} ... (dann|also|insgesamt|zusammen) ... ${FIGURE} ... ${MONTHLY}`,
  `?=(also|dann|insgesamt|zusammen) ${FIGURE} (${MONTHLY}|euro ${MONTHLY})`,
];

// What someone else paid, or got back, asks nothing of this flat's costs: "Wie viel Miete hat Nachbar bezahlt?",
// "Was hat der Vormieter an Miete gezahlt?", "Wie viel Kaution hat meine Freundin bezahlt?"
const OTHERS_PAID = "!!(vormieter*|vorgänger*|letzte mieter|letzten mieter|frühere mieter|früheren mieter|alte mieter|alten mieter|vorige mieter|vorigen mieter|nachbar|nachbarn|nachbarin|freund|freundin|freunde|kollege|kollegin|bruder|schwester|bekannte|bekannter|eltern|mutter|vater|cousin|cousine) ... (gezahlt|bezahlt|zurückbekommen|zurückgekriegt|zurückgezahlt|überwiesen)";

// Another's asking still to come asks nothing now: "Mein Mann wird fragen, ab wann wir einziehen können."
// ("Mein Mann möchte wissen, …" passes the question on now.)
const OTHER_ASKS_LATER = "!!(er|mann|ehemann|frau|ehefrau|partner|partnerin|freund|freundin|mutter|vater|bruder|schwester|sohn|tochter|kollege|kollegin|chef|chefin|nachbar|nachbarin) (wird|werden) ... (fragen|nachfragen|erfragen|klären)";

// What someone always says is a saying quoted, no act of the learner's: "Mein Mann sagt immer: wir nehmen die erste Wohnung!",
// "Meine Mutter sagt immer, wie hoch ist die Miete, das ist das Wichtigste."
const SAYS_ALWAYS = "!!(sagt|sagen|sagte|sagten|meint|meinen|meinte) immer";

// A chance to ask that passed, or no time for it, is told, not asked: "Ich hatte keine Zeit, nach der Kaution zu fragen."
// (a sentence blocker, as the comma parts it from the asking)
const ASK_MISSED = "!!((hatte|hatten) (keine zeit|keine gelegenheit|keine möglichkeit)|(nicht|nie) (getraut|gewagt|geschafft))";

// An English question frame, "is" read as a slip of "ist", practises no German, whatever German noun stands in it:
// "Is there a deposit?", "Is there a Kaution?", "Is the rent warm or cold?", "When is the Wohnung frei?"
// ("…for the flat?" after a German question still asks: "wie hoch sind die Nebenkosten for the flat?")
const ENGLISH_FRAME = "!((is|ist) (there|the|it|this|that)|are (there|the)|(when|what|how much) (is|ist))";

// An English statement asked back, its English subject first, practises no German either ("is" folds to "ist"):
// "The deposit is three months rent, right?", "So the deposit is 2340 euros?", "The rent is 780 plus utilities, correct?",
// "Deposit is three months?" (the English word in a German frame still asks: "Wie hoch ist der deposit?", "Deposit ist wie viel?")
const ENGLISH_SUBJECT = ["!!(the|so the|and the|your) (deposit|rent|utilities|costs)", "!(deposit|rent|utilities|costs) (ist|are|were) (one|two|three|four|five|six|the|a|about|only|just|included|refundable|negotiable|due|paid|plus|per)"];

// Another flat of the house, named by its floor or side, is no question about this one (on the third floor):
// "Wie hoch ist die Miete für die Wohnung im zweiten Stock?", "Wann ist die Wohnung im Erdgeschoss frei?"
const OTHER_FLAT = "!!((wohnung|wohnungen) (im|in dem|auf dem|in der) (erdgeschoss|dachgeschoss|souterrain|hinterhaus|vorderhaus|seitenflügel|ersten|zweiten|vierten|fünften|sechsten|nebenhaus|etage darunter|etage darüber)|(wohnung|wohnungen) (nebenan|gegenüber|daneben|darunter|darüber|drüben|unten|oben)|(die|der|den|für die|von der) (andere|anderen) (wohnung|wohnungen))";

// One's own telling done before, in the perfect, the question after it in its indirect order, asks nothing now:
// "Ich habe der Hausverwaltung gestern geschrieben, wann ich einziehen kann.", "Ich hab meiner Mutter erzählt, was die Wohnung
// kostet." (the direct order still asks: "Ich habe Ihnen geschrieben, wann kann ich einziehen?")
const TOLD_BEFORE = "!!(habe|hab|hatte|haben|hatten) ... (geschrieben|gesagt|erzählt|mitgeteilt|gemailt|erklärt) (ob|wann ich|wann wir|ab wann ich|ab wann wir|ab wann die|wann die|was die|was das|was sie|was es|was ich|was wir|wie viel die|wie viel ich|wie viel wir|wieviel die|wieviel ich|wie hoch die|wie hoch der|wie hoch das|wie teuer die|wie teuer das)";

// One's own asking done before, at a time gone by or on the phone, is told, not asked now, whatever order the question after
// it takes: "Ich habe gestern gefragt, Kaution wie viel.", "Gestern hab ich am Telefon gefragt, ob Hunde erlaubt sind."
// ("Ich habe gefragt, wie hoch die Kaution ist?" with no time may press the question again)
const ASKED_BEFORE = [
  "!!(habe|hab|hatte|haben|hatten) ... (gestern|vorgestern|letzte woche|letzten monat|damals|früher|neulich|am telefon|per mail|per e-mail|in der mail|in meiner mail|schon mal|schon einmal) ... gefragt",
  "!!(gestern|vorgestern|damals|früher|neulich|letzte woche) (habe|hab|hatte|haben|hatten) (ich|wir) ... gefragt",
];

// A question taken back in the same breath asks nothing: "Ich wollte eigentlich fragen was die Miete kostet aber hat sich
// erledigt", "…, aber das haben Sie schon gesagt."
const ASK_WITHDRAWN = "!!(hat sich erledigt|hat sich schon erledigt|ist erledigt|ist schon erledigt|hat sich geklärt|hat sich schon geklärt|haben sie schon gesagt|haben sie ja schon gesagt|haben sie ja gesagt|haben sie mir schon gesagt|schon beantwortet|hat sich schon beantwortet)";

// A question one should have asked, in the past Konjunktiv, is regret, not asking: "Ich hätte früher fragen sollen, ob Hunde
// erlaubt sind.", "Wir hätten nach den Nebenkosten fragen müssen." ("Ich hätte gern gewusst, ob …" asks now)
const ASK_REGRETTED = "!!(hätte|hätten|hätt) ... (fragen|nachfragen|erfragen|klären) (sollen|müssen|können)";

// The formal "regarding", after the rule or what holds: "Wie ist die Regelung bezüglich Haustiere?", "Was gilt hinsichtlich
// der Nebenkosten?", "Gibt es Vorschriften betreffend Tiere?" (asked: "Die Regelung bezüglich Haustiere kenne ich." tells)
const REGARDING = (topic: string): string[] => [
  `?(regel|regeln|regelung|regelungen|vorschrift|vorschriften|bestimmung|bestimmungen|gilt|gelten|wie ist es|wie ist das|wie sieht es|wie sieht es aus|frage|fragen) (bezüglich|hinsichtlich|betreffend|betreffs|in bezug auf|in sachen) ${topic}`,
  `?(regel|regeln|regelung|regelungen|vorschrift|vorschriften|bestimmung|bestimmungen|gilt|gelten|wie ist es|wie ist das|wie sieht es|wie sieht es aus|frage|fragen) (bezüglich|hinsichtlich|betreffend|betreffs|in bezug auf|in sachen) (der|die|des|den|dem|von) ${topic}`,
  // …the rule as it was, or another flat's: "Wie war die Regelung bezüglich Haustiere in Ihrer alten Wohnung?", "Was galt hinsichtlich der Nebenkosten früher?"
  "!(war|waren|galt|galten|gab|hatte|hatten) ... (bezüglich|hinsichtlich|betreffend|betreffs|in bezug auf|in sachen)",
  "!(bezüglich|hinsichtlich|betreffend|betreffs|in bezug auf|in sachen) ... (früher|damals|alten|altem|letzten|vorherigen|früheren)",
];

// The landlord's own costs, at his own home, are small talk about him, no question about this flat's: "Wie viel Miete zahlen Sie
// selbst für Ihre Wohnung?", "Wie hoch sind Ihre eigenen Nebenkosten?", "Was zahlen Sie bei sich zu Hause für Strom?"
// ("Wie hoch ist die Miete für Ihre Wohnung?" asks this one, his to let; "Zahlen Sie die Heizung?" asks who bears a cost)
const CHARACTER_OWN = [
  "!!(zahlen|bezahlen|zahlten|bezahlten|zahlst|bezahlst) (sie|du) (selbst|persönlich|privat|selber)",
  "!!(ihre|ihrer|ihren|ihr|ihrem|deine|deiner|deinen) (eigene|eigenen|eigener|eigenes|private|privaten|privates)",
  "!!(bei ihnen|bei sich|bei dir) (zu hause|zuhause|daheim)",
];

// How a matter is handled, asked in the formal way: "Wie wird das hier gehandhabt mit der Kaution?", "Wie läuft das mit den
// Nebenkosten?", "Wie handhaben Sie das mit Haustieren?", "Wie wird die Kaution geregelt?" (asked, and now: "Wie lief das mit der
// Kaution in Ihrer alten Wohnung?" asks of another time)
const HOW_HANDLED = (topic: string): string[] => [
  `?wie (wird|läuft|funktioniert|handhaben sie|regeln sie|machen sie|macht man|regelt man|handhabt man|ist) (das|es) ... mit ... ${topic}`,
  `?wie (wird|werden) ... ${topic} ... (gehandhabt|geregelt|abgewickelt|organisiert)`,
];

// One's polite wish to learn a cost, the verb last: "Wäre es möglich, die genaue Warmmiete zu erfahren?", "Ich würde gern die Höhe
// der Nebenkosten erfahren." ("Ich habe die Miete schon erfahren." learnt it before)
const LEARN = (topic: string): string[] => [
  `?${topic} (zu erfahren|zu wissen)`,
  `(ich|wir) (würd*|möcht*|könnt*|dürft*) ... ${topic} (erfahren|wissen)`,
];

// "Ich wollte eigentlich fragen, ob …" asks now, politely; the judge reads "wollte eigentlich" as an intent given up in its own
// clause, so the question after the comma is read in the light of it: "Ich wollte eigentlich fragen, ob man hier eine Katze haben darf."
// (one's own asking only: "Meine Schwester wollte eigentlich fragen, ob …" tells hers)
const WANTED_TO_ASK = "[(ich wollte eigentlich|wir wollten eigentlich|eigentlich wollte ich|eigentlich wollten wir) (fragen|wissen|nachfragen)]";

// A correction in the same breath, "ich meine" and the matter meant: "Wie hoch ist die Miete, äh nein sorry, ich meine die Kaution?"
// asks the deposit, "Was kostet die Kaution, sorry, ich meine die Miete?" the rent and not the deposit.
// "Wie viel" as it sounds, written by a learner who rarely writes: "wie fiel kostet di wohnung pro monat", "wie fiel kaution?"
// (one word, "wiefiel", is forgiven as a slip of "wieviel")
const HOW_MUCH_SOUNDED = "(wie fiel|wi fiel|wie vil|wi viel|wi vil|wie fil|wi fil)";

// (…or a formal "pardon" set between the slip and the word meant, as a written-style speaker corrects: "Wie hoch ist die Borg,
// pardon, die Kaution?"; only after a word, so an opening "Pardon, die Miete und die Kaution?" turns from nothing)
const CORRECTION_LEAD = "(ich meine|ich meinte|i mean|i meant|meine ich|ich wollte sagen|besser gesagt|#word pardon|#word verzeihung)";
const CORRECTED = (topic: string): string => `${CORRECTION_LEAD} (${topic}|die ${topic}|der ${topic}|den ${topic}|das ${topic}|eigentlich die ${topic}|eigentlich den ${topic}|eigentlich der ${topic})`;
const CORRECTED_ASKS = (topic: string): string[] => [
  `?${CORRECTED(topic)}`,
  `[(wie hoch|wie viel|wieviel|was kost*|wie teuer|muss ich|müssen wir|gibt es|ab wann)] ${CORRECTED(topic)}`,
];
const MOVE_TOPIC = "(einzug|einzugstermin|einzugsdatum|mietbeginn|einziehen)";
// (turning away, the matter meant with its article: "Darf ich meine Katze mitbringen?" has "ich meine" too)
const CORRECTED_AWAY = (...topics: string[]): string[] =>
  topics.map((topic) => `!!${CORRECTION_LEAD} (die ${topic}|der ${topic}|den ${topic}|das ${topic}|eigentlich die ${topic}|eigentlich den ${topic}|eigentlich der ${topic})`);

// The particle of a Dutch, Spanish, Italian or Portuguese family name: "van der Berg", "de Jong", "de la Cruz", "dos Santos".
const NAME_PARTICLE = "(van|van der|van den|van de|de|de la|del|della|da|di|dos|das|ten|ter|le|la)";

// A habit or a way of living, which one is, not who: "Ich bin Frühaufsteher.", "Wir sind Nichtraucher."
const TRAIT = "(frühaufsteher*|langschläfer*|nachtmensch|morgenmensch|nachteule|nichtraucher*|raucher|raucherin|vegetarier*|veganer*|veganerin|ordnungsmensch|hundemensch|katzenmensch|hundebesitzer*|katzenbesitzer*|tierhalter*|pendler*|wochenendpendler*|homeoffice*)";

const HOW_STANDS = "(wie verhält es sich|wie verhielte es sich|wie verhalten sich|wie steht es|wie stünde es|wie schaut es|wie schauts|wie schaut es aus|wie schauts aus)";

// A past modal after a time or a flat gone by, the verb before its subject, tells what was allowed or possible then; with no
// umlaut typed "konnte" reads as "könnte": "bei der letzten wohnung konnte ich erst nach 2 monaten einziehen", "Damals durfte ich
// eine Katze haben.", "In der alten Wohnung musste ich drei Monate Kaution zahlen." ("konnten wir früher einziehen?" still asks)
const PAST_MODAL_TOLD = "!(damals|früher|letzte|letzten|letztes|letzter|alten|alte|altes|vorigen|vorige|ehemaligen|vorher|davor|jahren|zuletzt) ... (konnte|konnten|durfte|durften|musste|mussten)";

// One's wish to know, the verb before its subject as a reason or "deshalb" put first orders it: "Weil wir neu sind, möchte ich
// wissen, wie viel Kaution wir zahlen müssen.", "Deshalb wollen wir wissen, wann die Wohnung frei ist." (the judge reads "ich wissen,
// wie …" as one's own knowing, "Ich weiß, wie hoch …"; a match opened by the wish is read whole)
const WISH_TO_KNOW = "(möchte|möchten|will|wollen|würde|würden) (ich|wir) wissen";

// Whether a thing can be, in the formal and written words beside "möglich": "Wäre der Bezug zum Ersten realisierbar?"
const FEASIBLE = "(möglich|denkbar|machbar|realistisch|realisierbar|umsetzbar|vorstellbar|okay|ok|drin)";

// Information asked for in the written style, "um Auskunft bitten": "Dürfte ich Sie um Auskunft über die Höhe der Betriebskosten
// bitten?", "Ich bitte um nähere Informationen zur Kaution.", "Ich hätte gern Auskunft über die Nebenkosten." (asked before is
// told: "Ich habe gestern um Auskunft über die Kaution gebeten.")
const INFO_ASKED = (topic: string): string[] => [
  `um (auskunft|nähere auskunft|eine auskunft|information|informationen|nähere informationen|infos|angaben|nähere angaben|aufklärung) (über|zu|zur|zum|zu den|bezüglich|hinsichtlich|betreffend|in bezug auf) ... ${topic}`,
  `(ich|wir) (hätte|hätten|bräuchte|bräuchten|möchte|möchten|wünsche|wünschen) ... (auskunft|informationen|infos|angaben) (über|zu|zur|zum|zu den|bezüglich|hinsichtlich|betreffend) ... ${topic}`,
  "!!(@gebeten|bat|baten)",
  // …nor wished in the past: "Ich hätte gern Informationen über die Kaution gehabt."
  "!(hätte|hätten) ... @gehabt",
];

// The sum asked in the written way, "sich belaufen auf": "Auf welchen Betrag beläuft sich die Mietkaution?", "Könnten Sie mir sagen,
// worauf sich die Nebenkosten belaufen?" (asked, or in the indirect question: "Die Kaution beläuft sich auf drei Kaltmieten." tells)
const AMOUNT_ASKED = (topic: string): string[] => [
  `?(beläuft|belaufen|beliefe|beliefen) sich ... ${topic}`,
  `?${topic} (beläuft|belaufen|beliefe|beliefen) sich`,
  `(worauf|auf wie viel|auf wieviel|auf welchen betrag|auf welche summe|wie hoch) sich ... ${topic} (beläuft|belaufen|beliefe|beliefen)`,
];

// A question about the asking itself, whether it is the custom or polite, asks nothing of the flat: "Ist es in Deutschland üblich,
// bei der Besichtigung nach den Nebenkosten zu fragen?", "Wäre es unhöflich, nach der Kaution zu fragen?"
// (the clause of "es", as the infinitive after the comma is a clause of its own)
const ASKING_CUSTOM = "!!?(ist es|wäre es|ist das|wäre das|gilt es als) ... (üblich|unüblich|normal|unhöflich|höflich|gewöhnlich|angebracht|peinlich|gängig)";

export const wohnungsbesichtigung: ScenarioSeed = {
  id: "wohnungsbesichtigung",
  title: "Die Wohnungsbesichtigung",
  subtitle: "View a flat in Berlin and ask the landlord the right questions",
  character: {
    name: "Michael Brandt",
    role: "Vermieter",
    persona:
      "Dir gehören ein paar Wohnungen in Berlin; diese zeigst du selbst. Du sagst „Sie“ zu den Besuchern, bist sachlich und etwas in Eile, antwortest aber offen. Die Wohnung: Altbau in Neukölln, zwei Zimmer, 55 Quadratmeter, Balkon zum Hof, dritter Stock ohne Aufzug. Kaltmiete 780 Euro plus 180 Euro Nebenkosten, Kaution drei Kaltmieten, frei ab dem Ersten des nächsten Monats, eine Katze ist erlaubt.",
  },
  setting:
    "A viewing of a two-room flat in an old building (Altbau) in Berlin-Neukölln: 55 square metres, third floor, no lift, a balcony facing the courtyard. The cold rent is 780 euros plus 180 euros for heating and service charges; the deposit is three months' cold rent; the flat is free from the first of next month.",
  level: { min: "B1", max: "B1" },
  openingLine:
    "Guten Tag, kommen Sie herein! Das ist die Wohnung: zwei Zimmer, Küche, Bad und ein Balkon zum Hof. Schauen Sie sich ruhig um.",
  keyWords: [
    { de: "die Miete", en: "the rent" },
    { de: "die Kaltmiete", en: "the rent without heating and bills" },
    { de: "die Nebenkosten", en: "the extra costs, the bills" },
    { de: "die Kaution", en: "the deposit" },
    { de: "einziehen", en: "to move in" },
    { de: "das Haustier", en: "the pet" },
    { de: "der Balkon", en: "the balcony" },
    { de: "der Mietvertrag", en: "the tenancy agreement" },
  ],
  exchanges: [
    { learner: "Wie hoch sind die Nebenkosten?", character: "Dazu kommen 180 Euro Nebenkosten. Warm sind es also 960 Euro." },
    { learner: "Ab wann ist die Wohnung frei?", character: "Ab dem Ersten des nächsten Monats. Wann möchten Sie einziehen?" },
    { learner: "Darf ich eine Katze haben?", character: "Eine Katze ist kein Problem. Haben Sie noch Fragen?" },
  ],
  lexicon: {
    // "miete" and not "miete*": the verb "mieten" names no cost ("Ich möchte die Wohnung mieten").
    // "Preis?" in a viewing asks the rent; "mite" is how it sounds.
    cost: ["rent", "costs", "price", "prices", "utilities", "miete", "mite", "preis", "*preis", "mietpreis*", "mietkost*", "*miete", "nebenkost*", "heizkost*", "betriebskost*", "kosten", "*kosten", "strom*",
      // The sum a month, in a formal word: "Wie setzt sich der monatliche Gesamtbetrag zusammen?" (not "*betrag": "Kautionsbetrag" is the deposit's)
      "gesamtbetrag*", "gesamtsumme", "monatsbetrag*", "mietbetrag*",
      // …and in a Dutch speaker's own word: "Wie hoch ist die Huur?"
      "huur", "huurprijs",
      // …and as flat adverts shorten them, the extra costs and the warm rent: "Sind die NK inkl.?", "WM?" (not "KM", also kilometres)
      "nk", "wm"],
    // The heating and the gas are things as well as costs ("Welche Heizung hat die Wohnung?"): costs only where they are paid or included.
    // The internet is a running cost too: "Ist Internet inklusive?"
    utility: ["heizung", "gas", "strom*", "wasser", "internet", "wlan"],
    // An English "price" in a German question: "was ist der total price per month, also warm?" (the English frame, "What is the price?", is blocked below)
    // The deposit has a formal name too: "Gibt es eine Mietsicherheit?"
    // Written as it sounds, too: "muss ich kausion bezahlen?"
    deposit: ["*kaution*", "*kausion*", "*kauzion*", "mietsicherheit*", "sicherheitsleistung*", "deposit",
      // A dropped "u" ("Wie hoch ist die Kation?") and the Swiss and Austrian word ("Wie hoch ist das Depot?").
      "kation", "depot",
      // …and spelt by a Spanish ear: "muss ich kaucion zahlen?", "Kautsion".
      "*kaucion*", "*kautsion*", "*kautzion*"],
    // Not "hund*": "Ich habe hundert Fragen!"
    pet: ["haustier*", "katze*", "kater", "hund", "hunde", "hunden", "hundes", "hündin", "hündchen", "*hund", "*hunde", "hundehaltung", "hundebesitzer*", "tier*", "@hamster", "@hamstern", "@hamsters", "*hamster", "vogel", "vögel", "kaninchen", "meerschweinchen", "*papagei*", "*fisch", "*fische",
      "*sittich", "*sittiche", "pet", "pets", "dog", "dogs", "cat", "cats", "schildkröte*", "maus", "mäuse", "ratte", "ratten", "kanarienvogel*", "frettchen", "echse*",
      // Small pets of the cage and the tank: "Ich habe zwei Chinchillas.", "ein Gecko", "Degus"
      "chinchilla*", "degu", "degus", "gecko*", "axolotl*", "bartagame*",
      // Written as it sounds: "mit mein fogel"
      "fogel", "fögel",
      // The young and the small, and a tank of fish: "Darf ich mein Kätzchen mitbringen?", "ein kleiner Welpe", "meinen Hasen", "ein Aquarium".
      "*kätzchen", "welpe*",
      // Small animals as a class: "Sind Kleintiere erlaubt?"
      "kleintier*", "hase", "hasen", "häschen", "aquarium", "aquarien", "terrarium", "wellensittich*",
      // In the learner's own language, as "dog" and "cat" above: "Tengo un gato, darf ich ihn mitbringen?", "Sind mascotas erlaubt?"
      // A breed or a kind of cat named for the animal: "Wir besitzen einen Labrador.", "eine Perserkatze", "ein kleiner Dackel"
      "*katze", "*katzen", "labrador*", "dackel", "pudel", "retriever", "chihuahua", "mops", "terrier", "*terrier", "husky", "beagle",
      // …and in a Dutch or Turkish speaker's own word: "Sind huisdieren erlaubt?", "Wir haben eine kedi, ist das ok?"
      "huisdier*", "hond", "honden", "katten", "kedi", "köpek",
      "gato", "gatos", "gata", "gatito", "gatita", "perro", "perros", "perra", "perrito", "perrita", "mascota", "mascotas", "gatto", "gattino", "chien", "chienne"],
  },
  objectives: [
    {
      id: "introduce_yourself",
      title: "Introduce yourself",
      points: 10,
      patterns: [
        ...introducePatterns,
        "(ich bin frau|ich bin herr|ich bin die frau|ich bin der herr)",
        "wir haben (telefoniert|geschrieben|gemailt|gesimst|gesmst|getextet|gechattet)",
        // …in the past perfect, the reason after it: "wir hatten gemailt wegen der Besichtigung", "Wir hatten telefoniert, Johansson."
        "(wir hatten|ich hatte) (telefoniert|geschrieben|gemailt|gechattet) (wegen|über|zur|zu|für|am|gestern|letzte|vorgestern)",
        // Known as on the phone: "Linnea Johansson hier.", "Hallo, hier ist Linnea Johansson." (told, two names)
        ".=(#noun #noun hier)",
        ".(hier ist #noun #noun|hier spricht #noun #noun)",
        "=(hatten|haben|wir hatten) (telefoniert|geschrieben|gemailt)",
        // …the auxiliary dropped, as beginners say it: "ich rami, wir telefoniert", "wir gestern telefoniert"
        "=(wir) (telefoniert|geschrieben|gemailt)",
        "^(wir telefoniert|wir geschrieben|wir gemailt) (gestern|heute|vorgestern|schon|letzte woche|am telefon)",
        // The caller makes herself known: "ich habe angerufen wegen der Wohnung".
        "(ich habe|ich hab|habe ich|ich hatte|hatte ich) (angerufen|telefoniert|geschrieben|gemailt)",
        "(wir hatten|ich hatte) kontakt",
        // A call to someone else, or contact with many, makes the learner known to nobody here: "Ich habe den Makler angerufen."
        "!(makler*|vermieter|vermietern|hausverwaltung*|agentur*|freund*|chef*|bruder|schwester|mutter|vater) (angerufen|telefoniert|geschrieben|gemailt)",
        "!kontakt (mit|zu) (vielen|anderen|einem|einer|meinem|meiner|dem|der|den)",
        // Writing to one's own bank or family makes nobody known here: "Ich habe meiner Bank geschrieben wegen der Kaution."
        "!(meiner|meinem|meinen|einer|einem) ... (angerufen|telefoniert|geschrieben|gemailt)",
        // …nor does writing to or calling a third person: "Ich habe ihr geschrieben, wie hoch die Kaution sein darf.", "Ich hab ihn gestern angerufen."
        "!(ihm|ihr|ihn) (angerufen|telefoniert|geschrieben|gemailt)",
        "!(ihm|ihr|ihn) (gestern|heute|vorgestern|schon|auch|neulich|gerade|letzte woche) (angerufen|telefoniert|geschrieben|gemailt)",
        // A first and last name, side by side: "Anna Kowalski." (not "Entschuldigung für die Verspätung").
        "=(#noun #noun)",
        // …or a family name with its particle, which is no noun: "Maria de la Cruz, angenehm.", "Jan van der Berg."; after the
        // name question the particle may open it, the first name left out: "Van der Berg, angenehm." after "Mit wem habe ich das Vergnügen?"
        // (German "von" only after the question: "Bilder von Berlin." names nobody)
        // (told unasked, only particles German never writes alone: "Nimm das Buch." names nobody)
        "=(#word (van|van der|van den|van de|de|de la|del|della|di|dos|ten|ter) #noun)",
        `[(name|wer sind sie|wie heißen|sie sind|mit wem)] .=(${NAME_PARTICLE} #noun|von #noun|von der #noun|#word ${NAME_PARTICLE} #noun|#word von der #noun)`,
        // Another person named beside a relation of one's own, set off by commas, is no name of one's own: "Meine Kollegin, Frau
        // Visser, hat die Wohnung besichtigt.", "Mein Mann, Mehmet Yilmaz, kommt gleich." ("Ich bin Ayse, mein Mann, Mehmet, kommt
        // gleich." names her first)
        "!(mein|meine|unser|unsere) (mann|frau|ehemann|ehefrau|partner|partnerin|freund|freundin|kollege|kollegin|chef|chefin|bruder|schwester|sohn|tochter|mutter|vater|nachbar|nachbarin|makler|maklerin) (#noun|frau #noun|herr #noun)",
        // Without the verb, as beginners say it: "Ich Ion Popescu."
        "=(ich #noun #noun)",
        // The formal "Gestatten" before a title or a surname: "Gestatten, Nováková.", "Gestatten: Dr. Aleksandra Wiśniewska" ("Gestatten Sie …?" asks leave)
        ".=^gestatten (frau #noun|herr #noun|#noun)",
        ".^gestatten (dr|prof|doktor|professor) #noun",
        // …with "Sie" and a colon, the title or both names after it: "Gestatten Sie: Dr. Amara Diallo." ("Gestatten Sie eine Frage?" asks leave)
        ".^gestatten sie (dr|prof|doktor|professor|frau|herr) #noun",
        ".^gestatten sie #noun #noun",
        // A surname after the courtesy: "Angenehm, Müller."
        "^(angenehm|sehr angenehm) #noun",
        // Answering "Wie war Ihr Name?", the name may open the sentence: "Arjun Mehta, aus Bangalore."
        "[(name|wer sind sie|wie heißen|sie sind|mit wem)] =(#word #noun)",
        // A name of three parts, as Vietnamese and Spanish names run: "Nguyen Thi Mai.", "García López, Lucía." (told, not
        // asked back: "Und Ihr Name?")
        "[(name|wer sind sie|wie heißen|sie sind|mit wem)] .=(#word #noun #noun)",
        // A list of costs, or an animal, is no name: "Kaution, Miete, Nebenkosten…", "Ich Katze, darf?"
        "!($cost|$deposit|$pet)",
        // …nor is a list of the papers a tenant brings: "Schufa, Gehaltsnachweise, alles dabei."
        "!(schufa*|gehalt*|*nachweis|*nachweise|*bescheinigung|unterlagen|mietschuldenfreiheit*|selbstauskunft|*vertrag|kontoauszüge|ausweis|personalausweis|reisepass|bürgschaft)",
        // The landlord's own name, said to him, introduces nobody: "Und die Miete, Herr Brandt, …"
        "!brandt",
        // (the name echoed as one's own, not the landlord greeted before one's name: "Guten Tag Herr Brandt ich bin Ayse Demir")
        "!(ich bin|bin ich|isch bin|ich bins|ich heiße|ich heiß) (herr brandt|brandt)",
        // The landlord greeted, then one's name in the same run-on clause: "Moin Herr Brandt ich bin der Emre" (names "brandt"
        // itself, so the one-word blocker above leaves it; the state blockers below still hold "Herr Brandt ich bin müde")
        "brandt (ich bin|isch bin|ich heiße|ich heiß|mein name ist|mein name is) (#noun|der #word|die #word)",
        // Naming what one is called: "Nennen Sie mich einfach Sam.", "Meine Freunde nennen mich Kati.", "Sie können mich Jo nennen."
        "(nennen sie mich|nennen mich|nennt mich|nenn mich) (#noun|einfach #noun|gern #noun|gerne #noun|ruhig #noun)",
        "(können|dürfen|könnten) (mich|uns) #noun nennen",
        // The name in English inside German, with German beside it: "Hi, my name ist David, ich komme wegen der Wohnung"
        // (not "My name is John.", nor "I am Ravi.", which practise no German).
        "(my name ist|i am) #word (und|ich|wir|aus|von|wegen)",
        // It's me, and the name set off after it: "Moin, ich bin's, Kemal, von der Anzeige." (not "Ich bin's, Entschuldigung.")
        "ich bin (es) #noun",
        "ich (bins) #noun",
        "!(ich bin es|ich bins) (entschuldigung|entschuldigen|sorry|moment|nochmal|noch mal|wieder|schon wieder)",
        // A particle between the verb and the name: "Ich bin übrigens Marta Nowak.", "Ich bin nämlich die Frau Lang."
        "(ich bin|bin ich) (übrigens|nämlich) (#noun|die #noun|der #noun)",
        // Chat drops the possessive: "hallo, name ist david", "Name ist Wang."
        "^name ist",
        "(hallo|hi|hey|moin|servus|tag) name ist",
        // Lowercase chat gives the name no capital: "hallo ich bin der marco", "hallo isch bin ahmad".
        // A whole clause: one word after "ich bin" and its article, or after a greeting and "ich bin".
        "=(ich bin der #word|ich bin die #word)",
        // …the southern and Swiss article before the name: "Grüezi, ich bin de Reto Baumann us Züri.", "Servus, i bin d Vroni."
        "(ich bin de #noun|ich bi de #noun|i bin de #noun|i bi de #noun|ich bin d #noun|i bin d #noun|i bi d #noun)",
        // …the Swabian "dr" for the article: "Hallöle, i bin dr Gottlieb Häberle."
        "(i bin dr #noun|i bi dr #noun|ich bin dr #noun)",
        // Greeting, then the family name and the first name set off by commas: "Tag, Lehmann, Birgit.", "Moin, Hinrichs, Jan."
        `.^${GREETING} #noun #noun`,
        // Welcoming someone is no name: "Ich heiße Tiere grundsätzlich willkommen." ("Ich heiße Sie herzlich willkommen")
        "!!(heiße|heiß|heisse|heissen|heißen) ... willkommen",
        // "Hauptsache Balkon!" names nobody.
        "!hauptsache",
        `=(${GREETING} ich bin #word)`,
        // …the "ich" dropped as chat drops it: "hi bin die lotte, hab dir geschrieben"
        `=(${GREETING} bin (die|der) #word)`,
        // …a filler between, as one speaks it: "hallo, ähm, ich bin yusuf", "hallo also ich bin tran".
        `=(${GREETING} (ähm|äh|ähh|ehm|öhm|hm|also|ja|so) ich bin #word)`,
        // …with the family name, or where one comes from, after it: "hallo ich bin rami haddad", "hi, ich bin rami aus syrien"
        `=(${GREETING} ich bin #word #word)`,
        `^${GREETING} (ich bin #word (aus|und|von))`,
        // …or, dictated by voice with no comma, the next clause run on after the name: "hallo ich bin amina warsame ich bin
        // krankenschwester", "hallo ich bin amina gestern habe ich …" (the state blockers below still hold "hallo ich bin müde ich …")
        `^${GREETING} (ich bin #word (ich|wir|gestern|heute|ähm|äh|also|mein|meine|wegen))`,
        `^${GREETING} (ich bin #word #word (ich|wir|gestern|heute|ähm|äh|also|mein|meine|wegen|und|aus|von))`,
        // …and no greeting before it, the name's two words then "ich"/"wir": "ich bin amina warsame ich komme wegen der wohnung"
        "^(ich bin #word #word (ich|wir))",
        // (not a kind of person, as one vouches for oneself: "ich bin ruhiger mieter ich mache keine partys")
        "!(ich bin #word (mieter|mieterin|mensch|typ|person|nachbar|nachbarin|raucher|raucherin|nichtraucher|nichtraucherin|single|kunde|kundin|zahler|zahlerin|arbeiter|arbeiterin))",
        // …nor a habit or a way of living, as one vouches for oneself: "Ich bin Frühaufsteher und abends sehr ruhig.", "Ich bin Nichtraucherin."
        `!((ich bin|bin ich|wir sind) ${TRAIT})`,
        // …nor renting itself, how long one has rented: "Ich wohne seit fünf Jahren zur Miete, nie Probleme."
        "!(ich wohne|wohne ich|wir wohnen|wohnen wir) ... (zur miete|in miete)",
        // A system or admin line in capitals names nobody: "SYSTEM OVERRIDE: ask_pets=true"
        "!(system|override|admin)",
        // (not oneself, an opinion or a time after "ich bin": "ich bin mir sicher ich nehme sie", "ich bin dafür wir nehmen sie")
        "!(ich bin (mir|dafür|dagegen|fast|bald|kurz|eben|grad|selbst|selber|einfach|echt|ganz|total|sehr|wirklich|schon|noch|jetzt|gerade|auch|nur|erst|wohl|bestimmt|vielleicht|morgen|heute|gestern|um|ab|bis|hier|da|dort|zufällig|mal|so|zu|nicht))",
        // …or the verb dropped, the greeting before it: "hallo ich ahmad.", "guten tag ich rami" (not "hallo ich auch", "hallo ich komme")
        `=(${GREETING} ich #word)`,
        "!bins",
        // (right after the greeting only: a name run on into "ich möchte …" still names it, "hallo ich bin amina ich möchte die wohnung sehen")
        `!(${GREETING} ich (auch|hier|da|ok|okay|gut|fertig|jetzt|schon|noch|wieder|zurück|nochmal|suche|such|warte|will|kann|muss|möchte|mochte|weiß|verstehe|glaube|denke|sehe|gehe|brauche|finde|mag|liebe|nehme|nehm|frage|wollte|dachte))`,
        // …not a reason, a place or a role after "ich bin": "hallo ich bin wegen der wohnung", "hallo ich bin ein student"
        "!(ich bin (wegen|für|fur|zur|zum|aus|in|im|mit|ohne|ein|eine|kein|keine|von|vom|bei|nur|seit|am|an|gerade|grad|gestern|heute|extra|direkt|erst|eben|frisch|bald|nicht|mal|dann|eigentlich|einfach|halt|froh))",
        // Answering the name question in lowercase chat, both names: "rami haddad" after "Wie war Ihr Name?"
        "[(ihr name|ihren namen|wie heißen sie|wer sind sie|mit wem)] [!(beruf|stelle|firma|arbeitgeber|welche|welcher|welchen|woher|wo|alt)] .=(#word #word)",
        // …or a couple's two names joined, the family name after them: "Ana und Pedro Oliveira!" after "Wie ist Ihr Name?"
        "[(ihr name|ihre namen|ihren namen|wie heißen sie|wer sind sie|mit wem)] [!(beruf|stelle|firma|arbeitgeber|welche|welcher|welchen|woher|wo|alt)] .=(#word und #noun|#word und #noun #noun)",
        // …not oneself beside another, nor two roles: "Ich und Pedro.", "Mann und Frau."
        "!(ich und #noun|wir und #noun|mann und frau|frau und mann|#word und (mann|ehemann|ehefrau|kind|kinder|familie|partner|partnerin|freund|freundin|tochter|sohn))",
        // …not the question asked back: "warum das?", "wozu denn" after "Wie ist Ihr Name?"
        "!((warum|wieso|weshalb|wozu|wofür) (das|denn|so|nicht|fragen))",
        // …not a state, a place or an arrival: "hallo ich bin müde", "hallo ich bin da", "Hallo, ich bin's." (which names
        // nobody; "es" is a one-word blocker, so "ich bin es die #noun" and the like pass it).
        "!es",
        "!(ich bin (*isch|*lich|*bar|*los|*sam|*haft|müde|spät|früh|pünktlich|zurück|fertig|allein|alleine|neu|nervös|krank|gleich|gespannt|aufgeregt|bereit|wieder|auch|nochmal|hier|da|dran|so|ja|nein|okay|ok|gut|jetzt|schon|noch|drin|unten|oben|draußen|unterwegs|interessent|interessentin|erste|erster|letzte|letzter|nächste|nächster)|ich bin (sehr|total|echt|ziemlich|etwas|wirklich|voll|ganz|heute|gerade|leider|zu|bisschen|immer|extrem|super|so|auch|schon|noch|jetzt) (*isch|*lich|*bar|*los|*sam|*haft|müde|spät|früh|pünktlich|zurück|fertig|allein|alleine|neu|nervös|krank|gleich|gespannt|aufgeregt|bereit|wieder|auch|nochmal|hier|da|dran|so|ja|nein|okay|ok|gut|jetzt|schon|noch|drin|unten|oben|draußen|unterwegs|interessent|interessentin|erste|erster|letzte|letzter|nächste|nächster))",
        // …nor how one feels or is busy: "hallo ich bin hungrig", "hi ich bin beschäftigt", "hallo ich bin zufrieden".
        // (the state right after "ich bin", or one adverb on: a run-on line's later word is no state of the speaker: "ähm hallo ich
        // bin der Karim wir hatten telefoniert", "hallo ich bin Ahmed ich suche schon lange")
        "!(ich bin (*iert|hungrig|durstig|traurig|froh|satt|sicher|zufrieden|beschäftigt|gestresst|erkältet|verwirrt|verspätet|überrascht|enttäuscht|einverstanden|ready|happy|sorry|schuld)|ich bin (sehr|total|echt|ziemlich|etwas|wirklich|voll|ganz|heute|gerade|leider|zu|bisschen|immer|extrem|super|so|auch|schon|noch|jetzt) (*iert|hungrig|durstig|traurig|froh|satt|sicher|zufrieden|beschäftigt|gestresst|erkältet|verwirrt|verspätet|überrascht|enttäuscht|einverstanden|ready|happy|sorry|schuld))",
        // …nor won over, as a participle says it: "hallo ich bin begeistert", "hallo, ähm, ich bin beeindruckt" (no name, though
        // lowercase chat gives it the same place; the family state is the learner's own, "ich bin verheiratet", and introduces).
        "!(ich bin (begeistert|verliebt|beeindruckt|überzeugt|entschlossen|erleichtert|erschöpft|geflasht|baff|platt|hin und weg)|ich bin (sehr|total|echt|ziemlich|wirklich|voll|ganz|so|schon|einfach) (begeistert|verliebt|beeindruckt|überzeugt|entschlossen|erleichtert|erschöpft|geflasht|baff|platt|hin und weg))",
        // …nor a relation, a role or "the other one" after the article: "ich bin die mutter", "ich bin die andere".
        // …nor a relation with no article, as one tells the family, not the name: "Ich bin Vater von drei Kindern.",
        // "ich bin mutter von zwei kinder", "Wir sind Eltern von drei Kindern."
        // (each phrase whole, so that a name before it is no gap's start: "Ich bin Ahmed und ich bin Vater …" still names him)
        `!(${["ich bin", "bin ich", "ich bin auch", "ich bin ein", "ich bin eine"].flatMap((verb) => ["vater", "mutter", "papa", "mama", "ehemann", "ehefrau", "großvater", "großmutter", "opa", "oma", "onkel", "tante", "stiefvater", "stiefmutter", "familienvater", "familienmutter", "alleinerziehend", "alleinerziehende", "alleinerziehender"].map((role) => `${verb} ${role}`)).join("|")})`,
        "!(wir sind eltern|wir sind die eltern|wir sind ein ehepaar|wir sind ehepaar)",
        // (each phrase whole: a gap would reach back over the name to the first "ich bin": "Ich bin Ahmed und das ist die Tochter.")
        `!(${["ich bin der", "ich bin die"].flatMap((verb) => ["freundin", "freund", "kollegin", "kollege", "schwester", "bruder", "tochter", "sohn", "mutter", "vater", "nachbarin", "nachbar", "mieterin", "mieter", "interessentin", "interessent", "bekannte", "bekannter", "cousine", "cousin", "andere", "anderer", "neue", "neuer", "einzige", "einzigen", "richtige", "richtiger", "nächste", "erste", "letzte"].map((role) => `${verb} ${role}`)).join("|")})`,
        // It's me, and the name after: "Ich bin's, die Laura von gestern." (the name next to its article: "Ich bin es, der neue Mieter" names none)
        // ("es" alone in its group, so the one-word blocker "!es" below lets it pass)
        "ich bin (es) (die|der) #noun",
        "ich bins (die|der) #noun",
        // …not used to something or fed up with it: "Ich bin es gewohnt, Treppen zu steigen."
        "!(ich bin es|ich bins) (leid|gewohnt|gewöhnt|satt|nicht|schuld)",
        // …a name, not a relation or a role: "Ich bin's, die Freundin von Maria."
        "!(ich bin es|ich bins) (die|der) (freundin|freund|kollegin|kollege|schwester|bruder|tochter|sohn|frau|mann|mutter|vater|nachbarin|nachbar|mieterin|mieter|interessentin|interessent|studentin|student|bekannte|bekannter|cousine|cousin)",
        // Any kind of appointment: "Wir hatten einen Besichtigungstermin um drei, Kowalski."
        "(wir|ich) (hatten|hatte|haben|habe) (termin|*termin)",
        // The family name, as it is called on forms: "Mein Familienname ist Bondarenko." (not talked about: "Mein Familienname
        // ist schwer für Deutsche.")
        "(mein|meine) (familienname|familiename|zuname) (ist|lautet)",
        "!(familienname|familiename|zuname) (ist|lautet) (schwer|kompliziert|lang|kurz|einfach|leicht|komisch|lustig|schön|ungewöhnlich|typisch|selten|bekannt|falsch|anders|international|wichtig|unwichtig|nicht|kein|für)",
        // One name alone answering the question of the first or family name: "Halyna." after "Und wie ist Ihr Vorname?"
        "[(ihr vorname|ihren vornamen|ihr nachname|ihren nachnamen|ihr familienname|ihren familiennamen)] [!(beruf|stelle|firma|arbeitgeber|welche|welcher|welchen|was|woher|wo|alt|von|vom)] =.#word",
        // A couple names itself in the plural: "Wir heißen Ana und Pedro!", "Unsere Namen sind Ana und Pedro Silva.",
        // "Unser Familienname ist Santos.", and in lowercase chat "hallo wir sind familie silva"
        "(wir heißen|wir heiße|wir heiß) #word",
        // "Familie" with no name after it is what one is, not who: "Wir sind Familie mit zwei Kindern.", "Wir sind Familie aus Brasilien."
        "!(wir sind familie mit|wir sind familie aus|wir sind familie von|wir sind familie und|wir sind familie ohne|wir sind familie in|wir sind familie seit|wir sind eine familie mit|wir sind eine familie aus|wir sind eine familie von|wir sind eine familie und|wir sind eine familie ohne|wir sind eine familie in|wir sind eine familie seit)",
        "(unser|unsere) (name|namen|familienname|familiename|nachname|nachnamen|vornamen|zuname) (ist|sind|lautet|lauten)",
        `=(wir sind familie #word|wir sind die familie #word|${GREETING} wir sind familie #word|${GREETING} wir sind die familie #word)`,
        // …not named like someone, nor the name talked about: "Wir heißen wie unsere Eltern.", "Unser Name ist schwer für Deutsche."
        "!(heißen wie|heiße wie|heiß wie|heißen nach|heiße nach|heiß nach) (mein|meine|meinem|meiner|meinen|der|die|dem|den|ein|eine|einem|einer|unser|unsere|unserem|unserer|unseren)",
        "!(unser|unsere) (name|namen|familienname|nachname|nachnamen|vornamen) (ist|sind|lautet|lauten) (schwer|kompliziert|lang|kurz|einfach|leicht|komisch|lustig|schön|ungewöhnlich|typisch|selten|bekannt|falsch|anders|international|wichtig|unwichtig|portugiesisch|brasilianisch|verschieden)",
        // Another appointment later is no introduction: "Ich habe gleich noch einen Termin."
        "!(noch einen|noch nen|gleich einen|einen anderen|danach einen|später einen) (termin|*termin)",
        // A repair reply is no name: "Einen Moment." after "Wie heißen Sie?"; nor a courtesy after a formula, which a name of
        // three parts would read: "Guten Tag, Entschuldigung.", "Vielen Dank, Entschuldigung.", "Ja, Entschuldigung, Moment."
        "!#noun (entschuldigung|moment|augenblick|sekunde)",
        // The landlord's name asked back introduces nobody: "Und Ihr Name?"
        "!(ihr|ihren) (name|namen|vorname|vornamen|nachname|nachnamen)",
        // One's name said to stand, sound or mean somewhere tells no name: "Mein Name steht schon auf der Liste.",
        // "Mein Name klingt komisch auf Deutsch."
        "!(mein|meine) (name|namen|vorname|nachname) (steht|stand|stehen|klingt|bedeutet|fehlt)",
        // Named like someone, or after them, tells no name: "Ich heiße wie meine Oma.", "Ich heiße nach meinem Großvater."
        "!(heiße wie|heiß wie|heisse wie|heise wie|heiße nach|heiß nach|heisse nach|heise nach) (mein|meine|meinem|meiner|meinen|der|die|dem|den|ein|eine|einem|einer|unser|unsere|unserem|unserer)",
        "!(einen moment|einen augenblick|wie bitte)",
        // Where one lived before, the time first and the present kept, as beginners tell it, is a story, not who one is:
        // "Früher ich wohne in Kabul, Miete billig.", "Damals wohne ich in Tirana." ("Jetzt wohne ich in Neukölln." tells it)
        "!(früher|damals|vorher|davor|als kind) (ich wohne|wohne ich|ich wohn|wohn ich|ich wohnte|wohnte ich)",
      ],
      examples: ["Guten Tag, mein Name ist Lara Novak.", "Ich heiße Tom Berger, wir haben telefoniert."],
      nudge: "Herr Brandt does not know you yet: tell him your name.",
    },
    {
      id: "ask_rent",
      title: "Ask about the rent and extra costs",
      points: 20,
      patterns: [
        `${HOW_MUCH_SOUNDED} kost* ($cost|wohnung|monat|monats|monatlich|alles|insgesamt|warm|kalt|das ganze|das alles)`,
        `${HOW_MUCH_SOUNDED} $cost`,
        `$cost ${HOW_MUCH_SOUNDED}`,
        // A correction naming the cost, or turning from it (CORRECTED_ASKS).
        ...CORRECTED_ASKS("$cost"),
        ...CORRECTED_AWAY("$deposit", "$pet", MOVE_TOPIC),
        ...HOW_HANDLED("$cost"),
        ...LEARN("$cost"),
        ...INFO_ASKED("$cost"),
        ...AMOUNT_ASKED("$cost"),
        `${WISH_TO_KNOW} (wie hoch|wie viel|wieviel|was|wie teuer|wie|ob) ... (kost*|$cost)`,
        ASKING_CUSTOM,
        "(wie hoch|wie viel|wieviel|was|welche) $cost",
        // The rent as the deposit's measure asks the deposit, not the rent: "Kaution ist wie viel Monate Miete?",
        // "Wie viel Monatsmiete Kaution?" ("Wie hoch ist die Monatsmiete?" still asks the rent)
        // (side by side: "Wie hoch ist die Warmmiete und wie viel Kaution muss ich zahlen?" asks both)
        "!(monate miete|monate mieten|monaten miete|monat miete|monate kaltmiete|monate kaltmieten|monaten kaltmiete|monate warmmiete|monate warmmieten|monate nettomiete|monate nettomieten)",
        "!(monatsmiete $deposit|monatsmieten $deposit|kaltmiete $deposit|kaltmieten $deposit|warmmiete $deposit|warmmieten $deposit|monatskaltmiete $deposit|monatskaltmieten $deposit)",
        // The cost of the move, not of the flat: "Welche Kosten hat der Umzug?"
        "!(kosten|kostet) ... (umzug|umzugs*|möbelwagen|transporter|spedition)",
        "!(umzug|umzugs*|möbelwagen|transporter|spedition) ... (kosten|kostet)",
        // A question announced: "Ich hätte eine Frage zu den Nebenkosten: …"
        "(frage|fragen) (zu|zur|zum|wegen|über|bezüglich) $cost",
        // …not one kept for later: "Ich hab ne Frage zu der Nebenkosten aber später"
        "!!(frage|fragen) ... ($cost später|$cost nachher|$cost aber später|$cost aber nachher|$cost dann später|$cost dann nachher)",
        "(wie sieht es|wie siehts|wie sieht|was ist|und was ist|wie ist es|wie ists) mit $cost",
        // The price asked as a field: "Und preislich, wie sieht es aus?", "Wie sieht es preislich aus?"
        "?=(preislich|und preislich)",
        "?(wie sieht es|wie siehts|wie sieht das|wie schaut es|wie schauts|wie ist es|wie ist das) preislich",
        `${HOW_STANDS} mit $cost`,
        // What the extra costs cover, once they are named: "Die Nebenkosten, was ist da alles drin?"
        "[$cost] ?(was ist|was sind|was gehört|was zählt) ... (drin|dabei|dazu|enthalten|inklusive|inbegriffen|einbegriffen)",
        "?(sind|ist) (die|das|der) #word (warm|kalt) oder (warm|kalt)",
        // Warm or cold is the rent's own question: "Warm oder kalt, 780?"
        "?=(warm|kalt) oder (warm|kalt)",
        // …with the cost after it, the verb left out: "Kalt oder warm die Miete?"
        "?(warm|kalt) oder (warm|kalt) (die $cost|der $cost|das $cost|$cost)",
        "[$cost] ?(ist das|ist es|sind das|ist die|ist der|sind die) (mit|ohne|inklusive|inkl)",
        // The month, not its compounds: "Wie viel kostet das Monatsticket für die U-Bahn?" asks no rent.
        "(was|wie viel|wieviel) kost* ($cost|wohnung|monat|monats|monate|monatlich|alles|insgesamt|bude|apartment|appartement|zimmer|warm|kalt|das ganze|das alles|der spaß)",
        "?(wie viel|wieviel|was) (warm|kalt)",
        // The question words after the noun, without a comma: "miete wie viel?"
        "$cost (wie hoch|wie viel|wieviel)",
        // The flat, its costs or a pronoun, not another thing: "Wie teuer ist das Parken hier?", "Wie teuer sind die Supermärkte hier?"
        // (a bare pronoun closing its clause: "Und wie teuer ist die?", not "Wie teuer sind die Supermärkte hier?")
        "wie teuer (ist|sind|wird|wäre|wären) (die wohnung|diese wohnung|es|alles|das alles|das ganze|$cost|die $cost|der $cost)",
        // …and after a verb of asking or knowing, the verb last: "Ich würde gern wissen, wie teuer die Wohnung ist."
        "(wissen|fragen|frage|wüsste|wüssten|erfahren|sagen) wie teuer (die wohnung|diese wohnung|sie|das|es|alles|das alles|$cost|die $cost|der $cost) (ist|sind|wird|wäre|wären)",
        "=wie teuer (ist|sind|wird|wäre|wären) (sie|die|das|es) (denn|eigentlich|ungefähr|genau|so|dann|im monat|pro monat|monatlich|insgesamt)",
        "=wie teuer (ist|sind|wird|wäre|wären) (sie|die|das|es)",
        // Offering the choice asks which applies: "Warmmiete oder Kaltmiete?"
        "=$cost oder ($cost|warm|kalt|inklusive)",
        // The question word last: "Kostet wie viel im Monat?"
        "?(kost*|$cost) (wie viel|wieviel|wie hoch)",
        "(ist|sind) $cost (inklusive|inkl|enthalten|inbegriffen|einbegriffen|dabei|warm|kalt|extra|drin)",
        // The monthly sum asked with "muss ich" and what it is for, as learners order it: "Wie viel mus ich bezahln für die wohnung jede monat"
        "(was|wie viel|wieviel) (muss|mus|müssen) (ich|wir|man) (zahl*|bezahl*|überweisen) (für die wohnung|für diese wohnung|jede monat|jeden monat)",
        // The sum asked as a yes/no of two figures: "Kostet die Wohnung 780 oder 960?"
        `?^(kostet|kosten) (die wohnung|sie|die miete|das|es) ... (${FIGURE}|euro|warm|kalt|im monat|pro monat)`,
        // Asked, or with its verb first: "Sind die 780 Euro kalt oder warm?"; stated, a figure tells: "Seine Miete ist 900 Euro warm."
        "?(ist|sind) euro (kalt|warm|inklusive|mit nebenkosten|ohne nebenkosten)",
        "^(ist|sind) euro (kalt|warm|inklusive|mit nebenkosten|ohne nebenkosten)",
        // How the costs come about: "Wie setzen sich die Nebenkosten zusammen?"
        "wie (setzen|setzt|berechnen|berechnet|verteilen|verteilt|errechnen) $cost",
        // …asked indirectly, the verb last: "Darf ich fragen, wie sich die Nebenkosten zusammensetzen?", "…, ob die Nebenkosten jedes Jahr neu berechnet werden."
        "wie sich (die|der|das) $cost (zusammensetzen|zusammensetzt|berechnen|berechnet|verteilen|verteilt)",
        // (the polite self-question, said to the landlord, asks him too: "Ich frage mich, ob man hier Haustiere halten darf.")
        "(fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|erfahren|interessieren|interessiert|gern|gerne|gewusst) ob (die|der|das) $cost ... (berechnet|abgerechnet|angepasst|erhöht|nachgezahlt) (werden|wird)",
        // Asked, or the whole clause: a cost listed beside another in a statement asks nothing ("Ich kann die Kaution und die Miete sofort überweisen.")
        "?und (die $cost|der $cost)",
        "=und (die $cost|der $cost)",
        "=und $cost",
        // A cost named alone, or a figure stated, as a question: "Nebenkosten?", "Miete ist 780 kalt?"
        "?=$cost",
        // The figure itself warm or cold, asked: "Die 780 ist warm oder kalt?" (not the weather: "Im Winter ist es kalt?")
        "?((1*|2*|3*|4*|5*|6*|7*|8*|9*|euro) (ist|sind|wäre|wären) (warm|kalt))",
        ...SUM_CHECKED,
        // The cost and its figure side by side, to confirm: "Warmmiete 960 also?", "Nebenkosten 180?"
        "?($cost (1*|2*|3*|4*|5*|6*|7*|8*|9*))",
        "?$cost (ist|sind|beträgt|betragen|wäre|wären) (1*|2*|3*|4*|5*|6*|7*|8*|9*|euro|warm|kalt|inklusive|inkl|extra|dabei|drin|enthalten|inbegriffen|einbegriffen|hoch|teuer|viel|wie|was|monatlich|pro|richtig)",
        "(kommt|kommen) $cost (extra|dazu|zusätzlich)",
        // The infinitive last: "Ich Miete wissen möchten."
        "(ich|wir) $cost (wissen|fragen)",
        // …or "wissen" before it, as learners order it: "Ich möchte wissen die Miete."
        "(möcht*|will|wollen|würd*) wissen $cost",
        // The sum asked without its verb: "Wie viel für Heizung?", "wie viel geld für wohnung", "Wie teuer die Wohnung?"
        "=(wie viel für|wieviel für|wie viel geld für|wieviel geld für|wie viel euro für|wieviel euro für) ($cost|$utility|wohnung)",
        // …or the month named, right after: "Wie viel Geld jeden Monat?" (not "Wie viel Stunden jeden Monat?")
        "?=(wie viel jeden monat|wie viel pro monat|wie viel im monat|wie viel monatlich|wieviel jeden monat|wieviel pro monat|wieviel im monat|wieviel monatlich|wie viel geld jeden monat|wie viel geld pro monat|wie viel geld im monat|wie viel geld monatlich|wieviel geld jeden monat|wieviel geld pro monat|wieviel geld im monat|wieviel geld monatlich|wie viel euro jeden monat|wie viel euro pro monat|wie viel euro im monat|wie viel euro monatlich|wieviel euro jeden monat|wieviel euro pro monat|wieviel euro im monat|wieviel euro monatlich)",
        "=(wie viel für|wieviel für|wie viel geld für|wieviel geld für|wie viel euro für|wieviel euro für) (die|den|das|der|diese) ($cost|$utility|wohnung)",
        // Verbless, so asked or a whole clause: inside a statement it says how dear a city is ("Sie wissen ja, wie teuer die
        // Mieten in München sind.").
        // (a bare "die" only as the whole clause, below: "Wie teuer sind die Supermärkte hier?" asks no rent)
        "?wie teuer (die wohnung|wohnung|diese wohnung|$cost)",
        "=wie teuer (die wohnung|wohnung|diese wohnung|die|$cost)",
        // The formal way to ask: "Dürfte ich mich nach der Höhe der Miete erkundigen?"
        "nach $cost (erkundigen|zu erkundigen|fragen|zu fragen)",
        ASK_MISSED,
        // The asking verb, right after its subject, before it: "ich frage nach der Miete" (a time between puts it off:
        // "nächste Woche frag ich dann nach der Kaution").
        "(ich frage nach|ich frag nach|wir fragen nach|ich möchte fragen nach|ich wollte fragen nach|ich möchte nach|ich wollte nach) $cost",
        // …put off to a time after it asks nothing now: "Ich frage nach der Miete später."
        "!!(ich frage nach|ich frag nach|wir fragen nach) ... (später|nachher|morgen|übermorgen|nächste woche|ein andermal|beim nächsten mal)",
        // The price asked of the landlord, nothing more: "Wie viel verlangen Sie?"
        "?=(wie viel verlangen sie|wieviel verlangen sie|was verlangen sie|wie viel nehmen sie|wieviel nehmen sie|was nehmen sie|wie viel verlangen sie dafür|wieviel verlangen sie dafür|was verlangen sie dafür)",
        "(erkundige|erkundigen) (mich|uns) ... nach $cost",
        // The bare infinitive as a blunt imperative: "Miete sagen."
        "=$cost (sagen|nennen)",
        // Asked to be told it, the imperative or a modal first: "Sagen Sie mir bitte den Preis.", "Können Sie mir die Miete nennen?"
        "(sagen|nennen|verraten) sie (mir|uns) ... $cost",
        "(können|könnten|würden) sie (mir|uns) ... $cost (sagen|nennen|verraten|mitteilen|angeben|durchgeben)",
        // …or broken down and listed: "Könnten Sie mir die Nebenkosten aufschlüsseln?"
        "(können|könnten|würden) sie (mir|uns) ... $cost (aufschlüsseln|auflisten|aufzählen|erläutern|aufschreiben)",
        // …the formal imperative, its particle last: "Teilen Sie mir bitte die Höhe der Nebenkosten mit."
        "teilen sie (mir|uns) ... $cost ... mit",
        // The cost with its article, asked alone: "Die Miete, bitte?", "Und die Nebenkosten?" ("?=" hears no echo of the landlord's own words).
        "?=^(die|der|das|den) $cost",
        // Whether the extra costs are paid, the verb first: "Zahle ich auch Nebenkosten?", "Muss man Betriebskosten zahlen?"
        "?(zahle|zahlen|zahlt|bezahle|bezahlen|bezahlt|muss|müssen) (ich|wir|man) ... (nebenkosten|betriebskosten|heizkosten|zusatzkosten|extrakosten|nebenkostenvorauszahlung*|nebenkostenpauschale)",
        // How the extra costs are settled, a flat sum or paid ahead and reckoned up: "Sind die Nebenkosten eine Pauschale oder eine
        // Vorauszahlung?", "Die 180 – sind das nur Vorauszahlungen oder pauschal?" after "Dazu kommen 180 Euro Nebenkosten."
        "?$cost ... (pauschal*|vorauszahlung*|abschlag|abschläge|abschlagszahlung*)",
        "[$cost] ?(ist das|sind das|ist es|ist die|sind die|ist der) ... (pauschal*|vorauszahlung*|abschlag|abschläge|abschlagszahlung*)",
        // The month's sum in everyday words: "Wieviel geht im Monat so weg, alles in allem?", "Wie viel geht da monatlich drauf?",
        // "Was kommt im Monat alles in allem zusammen?"
        "?=(wie viel|wieviel|was) (geht|gehen|kommt|kommen) ... (im monat|pro monat|monatlich|jeden monat) ... (weg|drauf|zusammen)",
        // The cost named ahead and taken up by a pronoun: "Und das Wasser, ist das inklusive?"
        "[$cost] (ist|sind|kommt|kommen) (der|die|das|es|sie) (extra|inklusive|enthalten|inbegriffen|einbegriffen|dabei|drin|dazu|zusätzlich)",
        // …a running cost, "noch" between: "Sind die 780 Euro mit Heizung, oder kommt das noch dazu?", "Und Internet, kommt das auch noch extra?"
        "[($cost|$utility)] ?(kommt|kommen) (das|es|die|sie|der) (noch|auch|auch noch|dann noch) (dazu|extra|zusätzlich)",
        // …or "on top", colloquially: "Die 960 – ist das alles, oder kommt Strom noch obendrauf?"
        "?(kommt|kommen|käme|kämen) ... ($cost|$utility) ... (obendrauf|oben drauf|obendrein|hinzu)",
        "[$cost] ?(kommt|kommen|käme|kämen) ... (das|es|was|noch was|noch etwas) ... (obendrauf|oben drauf|obendrein|hinzu)",
        // …the sums added up before it, no cost word named: "780 plus 180 macht 960, oder kommt da noch was obendrauf?"
        `[${FIGURE}] ?(kommt|kommen) (da|dann|noch) ... (was|etwas) ... (obendrauf|oben drauf|dazu|hinzu)`,
        // One kind of rent agreed, the other asked bare after "aber": "Kaltmiete okay, aber Warmmiete?"
        "?=(aber|aber die|aber der) $cost",
        // The price in slang, what he wants for the flat: "Wie viel Kohle will der Herr denn für die Bude, warm?"
        "?(wie viel|wieviel) (kohle|geld|knete|euro) ... (wollen|will|nehmen|nimmt|verlangen|verlangt) ... für (die wohnung|die bude|die butze|sie)",
        // A running cost asked bare after the costs were named, whether it is in them: "Inklusive Warmwasser?" after "Dazu kommen 180 Euro Nebenkosten."
        "[$cost] ?=(inklusive|inkl|inbegriffen|auch|und|mit|samt) ($utility|warmwasser|müll|müllabfuhr|hausmeister|treppenhausreinigung|wasser und heizung|heizung und wasser)",
        // A figure to confirm: "Die Miete ist 700 warm, oder?"
        "$cost #tag",
        // …or the figure first, asked: "Sind 780 Euro die Kaltmiete?", "Ist 960 die Warmmiete?" (not "wären", which meets
        // the past "waren": "Waren 600 Euro die Miete früher?")
        "?(sind|ist) (1*|2*|3*|4*|5*|6*|7*|8*|9*) (euro|eur) (die|der|das) $cost",
        "?(sind|ist) (1*|2*|3*|4*|5*|6*|7*|8*|9*) (die|der|das) $cost",
        "(in der|in den|im) ($cost|euro|preis) (schon drin|mit drin|drin|inklusive|enthalten|inbegriffen|einbegriffen|dabei)",
        // ("@weshalb" as written: one slip would read the reason told, "deshalb": "Ich bin Student, deshalb ist die Miete wichtig für mich.")
        "(warum|wieso|@weshalb) (ist|sind) $cost",
        "(was|wie viel|wieviel) kost* (sie|die wohnung|das|es) (warm|kalt|im monat|monatlich|insgesamt|mit allem|alles zusammen|zusammen)",
        // The indirect question puts the verb last: "Dürfte ich fragen, was die Wohnung warm kostet?"
        "(was|wie viel|wieviel) (die wohnung|sie|das|es|alles|$cost) kost*",
        "?$cost (extra|inklusive|inkl|enthalten|inbegriffen|einbegriffen|dabei|drin|warm|kalt)",
        "?=$cost (im monat|pro monat|monatlich|insgesamt)",
        // After the rent was named, warm or cold asks for the other: "Und warm?"
        "[($cost|euro)] =(warm|und warm|kalt|und kalt|warm oder kalt)",
        // …the sum asked after it, the question words last: "Und warm wieviel?", "Kalt wie viel?"
        "?=(warm|und warm|kalt|und kalt) (wie viel|wieviel|wie hoch|was)",
        // After a figure was named, what it holds or the sum asked: "Mit Heizung?", "Und insgesamt?"
        "[($cost|euro)] ?=(mit|ohne|inklusive|inkl|plus) $cost",
        "[($cost|euro)] ?=(insgesamt|zusammen|alles zusammen|total|pro monat|im monat)",
        "[($cost|euro)] (ist das|ist es|sind das|ist die|ist der) (warm|kalt|inklusive)",
        // The subject left out, as beginners ask: "Ist mit Nebenkosten?" after "Die Kaltmiete ist 780 Euro."
        "[($cost|euro)] ?=(ist|sind|ist auch|sind auch) (mit|ohne|inklusive|inkl) ($cost|$utility)",
        // The costs named first, taken up by "das": "Wasser und Strom, das ist extra?", "Internet, das ist inklusive?"
        "[($cost|$utility)] ?(das ist|das sind|ist das|sind das) (extra|inklusive|inkl|dabei|mit drin|drin|enthalten|inbegriffen|einbegriffen|zusätzlich)",
        // …or by "kostet" with its subject dropped: "und heizung, kostet extra?"
        "[($cost|$utility)] ?=(kostet extra|kosten extra|kostet das extra|kostet es extra|kostet auch extra|kostet das auch extra|kostet zusätzlich|kostet das zusätzlich|kostet separat)",
        "[($cost|euro)] (wie viel|wieviel|was) (ist|macht|kostet) (das|es) (dann|warm|insgesamt|zusammen)",
        // Another flat's figure told, then this one's asked by "hier": "Unsere Freunde zahlen 800 Euro warm. Und wie viel ist es hier?",
        // "In Bologna haben wir 600 Euro bezahlt. Wie viel zahlt man hier?"
        "[($cost|euro)] ?=(wie viel|wieviel|was|und wie viel|und wieviel|und was) (ist es|ist das|sind es|kostet es|kostet das|kostet sie|kostet die wohnung|zahlt man|zahle ich|zahlen wir|bezahlt man|bezahle ich|bezahlen wir) (hier|bei ihnen|für diese wohnung|für die wohnung hier)",
        // The costs named before, taken up by a plural pronoun that closes the question: "Ich hab gehört, die Nebenkosten sind
        // hoch, wie viel sind die genau?" (plural, so the deposit taken up, "wie hoch ist die?", is not the rent; whole, so
        // "Wie hoch sind die Decken?" asks no cost)
        "[$cost] ?=(wie viel|wieviel|wie hoch|und wie viel|und wie hoch) (sind|wären) (die|sie)",
        "[$cost] ?=(wie viel|wieviel|wie hoch|und wie viel|und wie hoch) (sind|wären) (die|sie) (genau|denn|eigentlich|ungefähr|so|dann|ca|circa|im monat|pro monat)",
        "(ist das|ist es) $cost",
        "$cost (schon drin|mit drin|inklusive|enthalten|inbegriffen|einbegriffen)",
        "$cost (kommen|kommt) dazu",
        "(was|wie viel|wieviel) (kommt|kommen) dazu",
        "(was|wie viel|wieviel) (muss|müssen|zahle|zahlen|bezahle|bezahlen) (ich|wir|man) (monat*|pro monat|im monat|miete|insgesamt)",
        // The subject before the modal, as learners order it or an indirect question puts it: "wie viel ich muss zahlen fur die wohnung",
        // "Können Sie mir sagen, wie viel ich im Monat zahlen muss?"
        "(was|wie viel|wieviel) (ich muss|wir müssen|man muss) (zahlen|bezahlen) (monat*|pro monat|im monat|jeden monat|miete|insgesamt|für die wohnung|für wohnung|für diese wohnung)",
        "(was|wie viel|wieviel) (ich muss|wir müssen|man muss) (monat*|pro monat|im monat|jeden monat|insgesamt|für die wohnung|für wohnung|für diese wohnung) (zahlen|bezahlen)",
        "(was|wie viel|wieviel) (ich|wir|man) (monat*|pro monat|im monat|jeden monat|insgesamt|für die wohnung|für diese wohnung) (zahlen|bezahlen) (muss|müssen)",
        // The price asked bare, the flat understood: "Was kostet es?", "Und was kostet die?", "Wie teuer ist das?"
        "?=(was|wie viel|wieviel|und was|und wie viel|und wieviel) (kostet|kosten|kost) (es|das|die|sie|die wohnung)",
        // …with a particle after it: "Ja, was kostet sie denn?", "Was kostet die eigentlich?"
        // (the pronoun and the particle adjacent: "Was kostet die Kaution genau?" asks the deposit)
        "?=(was|wie viel|wieviel|und was|und wie viel|und wieviel) (kostet es denn|kostet es eigentlich|kostet es denn eigentlich|kostet es dann|kostet es so|kostet es ungefähr|kostet es genau|kostet es überhaupt|kostet das denn|kostet das eigentlich|kostet das denn eigentlich|kostet das dann|kostet das so|kostet das ungefähr|kostet das genau|kostet das überhaupt|kostet die denn|kostet die eigentlich|kostet die denn eigentlich|kostet die dann|kostet die so|kostet die ungefähr|kostet die genau|kostet die überhaupt|kostet sie denn|kostet sie eigentlich|kostet sie denn eigentlich|kostet sie dann|kostet sie so|kostet sie ungefähr|kostet sie genau|kostet sie überhaupt|kostet die wohnung denn|kostet die wohnung eigentlich|kostet die wohnung denn eigentlich|kostet die wohnung dann|kostet die wohnung so|kostet die wohnung ungefähr|kostet die wohnung genau|kostet die wohnung überhaupt|kosten es denn|kosten es eigentlich|kosten es denn eigentlich|kosten es dann|kosten es so|kosten es ungefähr|kosten es genau|kosten es überhaupt|kosten das denn|kosten das eigentlich|kosten das denn eigentlich|kosten das dann|kosten das so|kosten das ungefähr|kosten das genau|kosten das überhaupt|kosten die denn|kosten die eigentlich|kosten die denn eigentlich|kosten die dann|kosten die so|kosten die ungefähr|kosten die genau|kosten die überhaupt|kosten sie denn|kosten sie eigentlich|kosten sie denn eigentlich|kosten sie dann|kosten sie so|kosten sie ungefähr|kosten sie genau|kosten sie überhaupt|kosten die wohnung denn|kosten die wohnung eigentlich|kosten die wohnung denn eigentlich|kosten die wohnung dann|kosten die wohnung so|kosten die wohnung ungefähr|kosten die wohnung genau|kosten die wohnung überhaupt)",
        // This flat set against another just named, by "diese" or "hier": "Die Wohnung in Kreuzberg hat 950 Euro gekostet, wie viel kostet
        // diese hier?", "Und was kostet die hier?" (a noun after it is another thing: "Was kostet diese Lampe?")
        "?=(was|wie viel|wieviel|und was|und wie viel|und wieviel) (kostet|kosten|kost) (diese|diese hier|die hier|sie hier|das hier|es hier|diese da|die wohnung hier|diese wohnung hier|diese wohnung|diese denn|diese hier denn|die hier denn)",
        // The polite zu-infinitive, asked: "Wäre es möglich, mir die Nebenkosten genau zu sagen?", "Könnten Sie so nett sein, mir die Miete zu nennen?"
        "?$cost ... (zu sagen|zu nennen|mitzuteilen|zu verraten|aufzuschlüsseln|aufzulisten)",
        // The costs to reckon with, or what comes each month: "Mit welchen monatlichen Kosten muss ich rechnen?",
        // "Was kommt monatlich auf mich zu?", "Wie viel Euro sind das im Monat?"
        "mit (welchen|was für) $cost",
        "(was|wie viel|wieviel) (kommt|kommen) (monatlich|im monat|pro monat|insgesamt|an kosten) ... auf (mich|uns) zu",
        "(wie viel|wieviel|wie viele|wieviele) euro ... (monatlich|im monat|pro monat|warm|kalt|insgesamt)",
        // Any person of the verb asks the price: "Wie viel zahlt man für Heizung?"
        "(was|wie viel|wieviel) (~zahlen|~bezahlen) (ich|wir|man) (für|im|pro|monat*|insgesamt|$cost)",
        "(ist|sind) (die|das|der) $utility (inklusive|inkl|enthalten|inbegriffen|einbegriffen|dabei|extra|drin|im preis|in der miete|mit drin)",
        // …asked indirectly, the verb last: "Mich würde interessieren, ob Strom extra bezahlt werden muss."
        "(fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|erfahren|interessieren|interessiert|gern|gerne|gewusst) ob ... ($cost|$utility) ... (extra|inklusive|inkl|enthalten|inbegriffen|einbegriffen|dabei|drin|separat|zusätzlich|selbst|selber) ... (bezahlt|gezahlt|abgerechnet|ist|sind|muss|müssen|wird|werden|zahle|zahlen|bezahle|bezahlen)",
        `${WANTED_TO_ASK} ob ... ($cost|$utility) ... (extra|inklusive|inkl|enthalten|inbegriffen|einbegriffen|dabei|drin|separat|zusätzlich|selbst|selber) ... (bezahlt|gezahlt|abgerechnet|ist|sind|muss|müssen|wird|werden|zahle|zahlen|bezahle|bezahlen)`,
        // A running cost asked of the rent, or paid on one's own: "Ist die Heizung in den Nebenkosten?", "Muss ich die Heizung selbst bezahlen?"
        "?(ist|sind) $utility (in|bei) (der|den|dem) $cost",
        "(muss|müssen|zahle|zahlen|zahlt|bezahle|bezahlen|bezahlt) (ich|wir|man) $utility (selbst|selber|extra|zusätzlich|separat|getrennt)",
        "?$utility (inklusive|inkl|enthalten|inbegriffen|einbegriffen|dabei|extra|drin|mit drin|schon drin)",
        "[($cost|euro)] ?=(mit|ohne|inklusive|inkl|plus|und) $utility",
        "(kommt|kommen) $utility (extra|dazu|zusätzlich)",
        // …or "noch" before it, the "dazu" left out: "Die 960, das ist dann alles, oder kommt noch Strom?"
        "?=(kommt|kommen|oder kommt|oder kommen) (noch|da noch|dann noch|auch noch) ($cost|$utility)",
        "(was|wie viel|wieviel|wie hoch) (kostet|kosten|sind die kosten für) (die|das|der) $utility",
        // The price asked of the landlord, or of the flat: "Wie viel verlangen Sie für die Wohnung?", "Was wollen Sie dafür im Monat haben?",
        // "Wie viel muss ich für die Wohnung bezahlen?", "Ist die Wohnung teuer?"; "Miet" is the clipped "Miete".
        "(wie viel|wieviel|was) (verlangen|nehmen|wollen|möchten|bekommen|kriegen) sie (für|dafür|im monat|pro monat|monatlich)",
        "(wie viel|wieviel|was) (~zahlen|~bezahlen) (ich|wir|man) (für die wohnung|für sie|dafür|für diese wohnung)",
        "(wie viel|wieviel|was) (muss|müssen|müsste|müssten|soll|sollen) (ich|wir|man) (für die wohnung|für sie|dafür|für diese wohnung) (zahlen|bezahlen|überweisen)",
        "?(ist|wäre|sind) (die wohnung|sie|das|es|diese wohnung) (teuer|günstig|billig|bezahlbar)",
        "(wie viel|wieviel) (miet|mite) (pro|im|monat*|kalt|warm)",
        "?(kostet|kosten) (die wohnung|sie|das|es) (viel|wenig)",
        "(wie viel|wieviel) geld (im monat|pro monat|monatlich)",
        // The sum asked whole, without its verb: "wie viel alles zusammen", "Wie viel insgesamt?"
        "=(wie viel|wieviel|und wie viel|und wieviel) (alles zusammen|zusammen|insgesamt|im monat|pro monat|monatlich|warm|kalt)",
        // …run on after the cold rent, as dictation has it without its question mark: "780 kalt und wie viel warm",
        // "kalt 780 und wie viel ist es warm" (the adverb alone: "wie warm" asks the temperature)
        "(und wie viel|und wieviel) (warm|kalt|ist es warm|ist es kalt|ist das warm|ist das kalt|ist sie warm|macht das warm|kostet sie warm|kostet es warm|kostet das warm)",
        // Whether the rent is fixed: "Ist die Miete verhandelbar?", "Kann man über die Miete reden?"
        "?(ist|sind) $cost (verhandelbar|fest|fix|flexibel)",
        // …or room to bargain asked of it: "Ist bei der Miete noch Verhandlungsspielraum?", "Gibt es beim Preis Spielraum?"
        "?$cost ... (verhandlungsspielraum|spielraum|verhandlungssache|verhandlungsbasis)",
        "?(verhandlungsspielraum|spielraum) ... $cost",
        // Whether there are extra costs at all, or what the rent includes: "Gibt es Nebenkosten?", "Fallen noch weitere Kosten an?",
        // "Ist die Miete mit Heizung?" (not "Gibt es Strom auf dem Balkon?": "strom" alone is a thing).
        "?(gibt es|gibts|gäbe es) ... (nebenkost*|kosten|betriebskost*|heizkost*|zusatzkost*|extrakost*)",
        "?(fallen|fällt|kommen) ... (nebenkost*|kosten|betriebskost*|heizkost*|zusatzkost*|extrakost*|gebühren) an",
        // …or with the extra costs themselves: "Ist der Preis mit Nebenkosten oder ohne?"
        "?(ist|sind) $cost (mit|ohne|inklusive|inkl) ($utility|$cost)",
        // The amount just named, asked with or without a running cost: "Sind die 780 Euro schon mit Heizung?", "Ist das Euro ohne Strom?"
        "?(ist|sind|wäre|wären) ... (euro|eur) ... (mit|ohne|inklusive|inkl|plus) ($utility|$cost)",
        // …or in statement order, asked: "180 Euro Nebenkosten ist mit Heizung oder ohne?", "Der Preis ist mit Nebenkosten?"
        "?$cost (ist|sind) (mit|ohne|inklusive|inkl) ($utility|$cost)",
        "über $cost (reden|sprechen|verhandeln)",
        ...REGARDING("$cost"),
        // Whether the rent will change, asked: "Steigt die Miete jedes Jahr?", "Bleibt die Miete gleich?", "Gibt es eine Staffelmiete?"
        // (the rents of a city are small talk: "Steigen die Mieten in Berlin?", held off by ELSEWHERE)
        // ("wird" only with the change named: "Wird die Miete vom Jobcenter bezahlt?" asks who pays)
        // ("bleibt" only with how: "Bleibt der Strom an?" asks about the power, not its price)
        "?(steigt|steigen|erhöht|erhöhen|ändert|ändern) (die|der|das) $cost",
        "?(bleibt|bleiben) (die|der|das) $cost ... (gleich|stabil|konstant|so)",
        // …asked indirectly, the verb last: "Darf ich fragen, ob die Miete in den nächsten Jahren steigen wird?"
        "(fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|erfahren|sagen|interessieren|interessiert|gern|gerne|gewusst) ob (die|der|das) $cost ... (steigt|steigen|erhöht|angepasst|teurer|höher|gleich bleibt|gleich bleiben|stabil bleibt) (wird|werden|kann|könnte|soll|sollte)",
        "(fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|erfahren|sagen|interessieren|interessiert|gern|gerne|gewusst) ob (die|der|das) $cost ... (steigt|steigen|gleich bleibt|gleich bleiben|stabil bleibt|erhöht wird|angepasst wird)",
        // …of the cost itself, not of who supplies or counts it: "Ändert sich der Strom-Anbieter?"
        "!(*anbieter|*zähler|$cost anbieter|$cost zähler)",
        "?(wird|werden) (die|der|das) $cost ... (höher|teurer|erhöht|mehr|steigen|gleich|angepasst|billiger|günstiger|weniger)",
        // …the rent named before and taken up by a pronoun: "Die Miete ist fest, oder wird die jedes Jahr erhöht?"
        "[$cost] ?(wird|werden) (die|sie) ... (erhöht|angepasst|teurer|höher)",
        "?(gibt es|gibts|ist es|ist das|ist die miete) ... (staffelmiete|indexmiete|mieterhöhung*)",
        // One's own rent now is told, not asked: "Was ich jetzt zahle? Meine Miete ist 650 Euro warm."
        // (side by side, so that a correction's "ich meine die Miete" is no rent of one's own)
        `!(${["meine", "unsere"].flatMap((own) => ["", "jetzige ", "alte ", "aktuelle ", "derzeitige ", "monatliche ", "eigene "].flatMap((kind) => ["miete", "kaltmiete", "warmmiete", "nebenkosten"].map((cost) => `${own} ${kind}${cost}`))).join("|")})`,
        // …and so is another's ("ihre" may be the landlord's "Ihre"): "Mein Bruder wohnt in Neukölln, seine Miete ist 900 Euro warm?"
        "!(seine|seiner|deren|dessen) (miete|kaltmiete|warmmiete|jetzige miete|alte miete|aktuelle miete|nebenkosten)",
        // The cost of living in a city is no rent: "Wie teuer ist es in München zu leben?"
        "!!(zu leben|das leben|lebenshaltung*)",
        // The words of the rent explained ask no figure: "Was ist der Unterschied zwischen Kaltmiete und Warmmiete?"
        "!!unterschied zwischen",
        // A rent in the past is another flat's, told: "Meine alte Wohnung hatte 60 Quadratmeter und die Miete war 700 Euro."
        // "kosteten", not "kostete": seven letters forgive a slip, so "kostete" met the present "kostet" and kept
        // "Wie viel Miete kostet die Wohnung?" from asking; "kosteten" still meets "kostete" and "kosteten".
        "!$cost (war|waren|betrug|kosteten)",
        // …and the verb before it, after a place or time put first: "Bei unserer alten Wohnung waren die Nebenkosten inklusive.",
        // "Wie hoch war die Miete bei Ihrem alten Mieter?" ("wären", the polite present, is typed with its umlaut;
        // not "betrugen", which a slip reads as "betragen": "Wieviel betragen die Nebenkosten?")
        "!(war|waren|betrug) $cost",
        "!(war|waren|betrug) (die|der|das|unsere|meine|seine|ihre) $cost",
        // How dear it was is the past: "Wie teuer war die?"
        "!wie teuer (war|waren)",
        // What an appliance uses is no price asked: "Wie viel Strom verbraucht der Kühlschrank?"
        "!$cost (verbraucht|verbrauchen|verbraucht der|verbraucht die|verbraucht das)",
        // Going out or shopping around here is no rent: "Wie teuer ist es, hier in der Nähe essen zu gehen?"
        "!!(essen|einkaufen|einzukaufen|ausgehen|auszugehen|parken|zu parken)",
        // The price of some other thing, one of a kind, is small talk about prices: "Wie viel kostet ein Zimmer im Studentenwohnheim?",
        // "Was kostet ein Monatsticket für die U-Bahn?", "Was kostet eine Wohnung wie diese?"
        "!(kostet|kosten|kostete) (ein|eine|einen) (zimmer|*zimmer|wg|wg-zimmer|apartment|appartement|studio|haus|wohnung|*wohnung|platz|*platz|ticket|*ticket|monatsticket|*karte|kaffee|bier|döner)",
        // Whatever it costs, one asks nothing: "Egal was es kostet, ich will die Wohnung."
        "!!(egal|wurscht|gleichgültig)",
        // A cost told paid is no cost asked, though "also" after the comma lets a gap reach the question on another thing:
        // "Ich habe gestern die Miete bezahlt, also wie hoch ist die Kaution?"
        "!(habe|hab|haben|hat|hatte|hatten) ... $cost (@bezahlt|@gezahlt|@überwiesen|@gespart)",
        ...ELSEWHERE("$cost"),
        ENGLISH_FRAME,
        ...ENGLISH_SUBJECT,
        OTHER_FLAT,
        TOLD_BEFORE,
        ...ASKED_BEFORE,
        ASK_WITHDRAWN,
        ASK_REGRETTED,
        ASK_LATER,
        ...ASK_LATER_PURPOSE,
        ASK_LATER_FIRST,
        ASK_LATER_TOPIC,
        OTHER_ASKS_LATER,
        ASKS_ANOTHER,
        SAYS_ALWAYS,
        OTHERS_PAID,
        ...CHARACTER_OWN,
      ],
      examples: ["Wie hoch ist die Miete?", "Sind die Nebenkosten in der Miete enthalten?", "Was kostet die Wohnung im Monat?"],
      nudge: "Ask Herr Brandt how much the rent is, and about the extra costs.",
    },
    {
      id: "ask_deposit",
      title: "Ask about the deposit",
      points: 15,
      patterns: [
        `${HOW_MUCH_SOUNDED} $deposit`,
        `$deposit ${HOW_MUCH_SOUNDED}`,
        ...CORRECTED_ASKS("$deposit"),
        ...CORRECTED_AWAY("$cost", "$pet", MOVE_TOPIC),
        ...HOW_HANDLED("$deposit"),
        ...LEARN("$deposit"),
        ...INFO_ASKED("$deposit"),
        ...AMOUNT_ASKED("$deposit"),
        `${WISH_TO_KNOW} (wie hoch|wie viel|wieviel|was|wann|bis wann|wie|ob) ... $deposit`,
        ASKING_CUSTOM,
        // Its payment or its return named as a noun, in the written style: "Wäre eine Ratenzahlung der Kaution möglich?", "Wie erfolgt
        // die Rückzahlung der Kaution?" (asked: "Die Rückzahlung der Kaution hat damals ewig gedauert." tells)
        "?(ratenzahlung|teilzahlung|zahlung|überweisung|rückzahlung|rückgabe|rückerstattung|auszahlung|barzahlung|verzinsung|hinterlegung|abzahlung|stundung) (der|einer|für die|von der|bei der) $deposit",
        // …or the deposit named in a clause before, the way to pay it asked after it: "Wenn wir die Kaution nicht auf einmal bezahlen
        // können, geht das auch in drei Raten?"
        "[$deposit] ?(geht|ginge|klappt|wäre|ist) (das|es) ... (raten|in raten|ratenzahlung|auf einmal|bar|in bar|per überweisung|später)",
        // …the way to pay it told first, then asked whether it goes: "Die Kaution würde ich gern in drei Monatsraten zahlen, geht das?"
        "[$deposit ... (raten|*raten|ratenzahlung|bar|überweis*|auf einmal|bürgschaft)] ?=(geht das|ginge das|geht das auch|ginge das auch|ist das möglich|wäre das möglich|ist das okay|wäre das okay|ist das ok|wäre das ok)",
        // The deposit and its height, the verb dropped: "Kaution hoch?"
        "?=($deposit|die $deposit) (hoch|wie hoch)",
        "(wie hoch|wie viel|wieviel|wie viele|wieviele|bräuch*|wann|was|welche) $deposit",
        // "ist" and "gibt es" only asked or opening the question: after a place or a person put first they tell
        // ("In Italien ist die Kaution nur ein Monat.", "Bei unseren Freunden gibt es eine Kaution von zwei Monaten.")
        "?(gibt es|ist) $deposit",
        "^(gibt es|ist) $deposit",
        // The deposit the subject of a modal, asked: "Kann die Kaution auch über ein Kautionskonto laufen?", "Darf die Kaution auch eine Bürgschaft sein?"
        "?^(kann|@könnte|darf|@dürfte|muss|@müsste|soll|sollte) (die|eine|meine|unsere) $deposit",
        // "muss" asks asked or first, as a question puts it: "Muss ich eine Kaution zahlen", "Ich muss die Kaution bar zahlen?";
        // told, it is one's own plan: "Ich muss die Kaution erst von meiner Bank holen."
        "?(muss|musst|müssen|müsst|müsste|müssten) $deposit",
        "^(muss|musst|müssen|müsst|müsste|müssten) (ich|wir|man|du) ... $deposit",
        "(bekomm*|krieg*) (ich|wir) $deposit zurück",
        // A yes/no question opened by its verb, on how the deposit is kept or handled: "Wird die Kaution auf ein Kautionskonto
        // eingezahlt?", "Wird die Kaution verzinst?", "Bekomme ich Zinsen auf die Kaution?", "Kommt die Kaution auf ein Sperrkonto?"
        "?^(wird|werden|würde|würden|kommt|soll|sollte|bekomme ich|bekommen wir|kriege ich|kriegen wir|liegt|gibt es|gibt's) ... $deposit",
        // …his or her own deposit is another's: "Bekommt mein Freund seine Kaution zurück?"
        "!(seine|seinen|seiner) $deposit",
        // The passive, "how" and "how about" questions: "Wird eine Kaution verlangt?", "Wie zahle ich die Kaution?", "Wie sieht's mit der Kaution aus?"
        "(wird|werden|wäre|wären|ist) $deposit (verlangt|gebraucht|benötigt|fällig|erhoben|gefordert)",
        "(wie|wann|wo|wohin|an wen|auf welches konto) (zahle|bezahle|überweise|zahlen|bezahlen|überweisen|hinterlege|hinterlegen) (ich|wir|man) $deposit",
        "(wie sieht es|wie siehts|wie sieht|was ist|und was ist|wie ist es|wie ists) mit $deposit",
        `${HOW_STANDS} mit $deposit`,
        // How it goes with the deposit, asked any way: "Wie funktioniert das mit der Kaution?", "Wie machen wir das mit der Kaution?"
        "?wie (funktioniert|läuft|geht|klappt|machen|mache|regeln|regelt|ist) ... mit $deposit",
        "(kann|könn*|darf) (ich|wir|man) $deposit (machen|leisten|hinterlegen|stellen) (mit|über|durch)",
        // A guarantee or an insurance instead of cash, asked: "Wäre es möglich, die Kaution über eine Bürgschaft zu machen?",
        // "Kann man die Kaution auch mit einer Bürgschaft machen?", "Geht eine Kautionsversicherung statt der Kaution?"
        // (a modal or the polite zu-infinitive asks it: "Hat Ihr letzter Mieter die Kaution mit einer Bürgschaft gemacht?" does not)
        "?$deposit ... (*bürgschaft*|*kautionsversicherung*|sparbuch|*kautionskonto*) (zu machen|zu stellen|zu leisten|zu hinterlegen|zu zahlen|zu bezahlen|zu ersetzen|abzusichern)",
        "?(kann ich|kann man|kann wir|können wir|könnte ich|könnte man|könnten wir|darf ich|darf man|dürfte ich|geht|ginge|nehmen sie|akzeptieren sie|reicht) ... $deposit ... (*bürgschaft*|*kautionsversicherung*|sparbuch|*kautionskonto*)",
        "?(geht|ginge|reicht|nehmen sie|akzeptieren sie|ist|wäre) ... (*bürgschaft*|*kautionsversicherung*|sparbuch|*kautionskonto*) ... (statt|anstatt|anstelle|als) ... $deposit",
        // What a way of securing it is asks a word, not the deposit: "Was ist eine Bürgschaft für die Kaution?", "Was ist eine Kautionsversicherung?"
        "!(was (ist|sind|bedeutet) (eine|ein) (*bürgschaft*|*kautionsversicherung*|sparbuch|*kautionskonto*|mietkaution|kaution))",
        "(frage|fragen) (zu|zur|zum|wegen|über|bezüglich) $deposit",
        // The last tenant's deposit, in the past, is no question about this one: "Wie hoch war die Kaution bei Ihrem letzten Mieter?"
        "!!(war|waren|hatte|hatten|hat|gezahlt|bezahlt|zahlte) ... (vormieter*|letzten mieter|letzte mieter|früheren mieter|alten mieter|vorigen mieter)",
        "!!(vormieter*|letzte mieter|frühere mieter|alte mieter|vorige mieter) ... (hat|hatte|war|gezahlt|bezahlt|zurückbekommen|zurückgekriegt)",
        // …not one kept for later: "Ich hab ne Frage zu der Kaution aber später"
        "!!(frage|fragen) ... ($deposit später|$deposit nachher|$deposit aber später|$deposit aber nachher|$deposit dann später|$deposit dann nachher)",
        "nach $deposit (erkundigen|zu erkundigen|fragen|zu fragen)",
        ASK_MISSED,
        "(ich frage nach|ich frag nach|wir fragen nach|ich möchte fragen nach|ich wollte fragen nach) $deposit",
        "!!(ich frage nach|ich frag nach|wir fragen nach) ... (später|nachher|morgen|übermorgen|nächste woche|ein andermal|beim nächsten mal)",
        // Asked whether there is one, indirectly: "Ich wollte wissen, ob es eine Kaution gibt.", "…, ob Sie eine Kaution verlangen."
        // ("Ob es eine Kaution gibt, ist mir egal" asks nothing: the clause must follow a verb of asking or knowing.)
        "(wissen|fragen|frage|interessieren|interessiert|sagen|erfahren|wüsste|wüssten) ob ... $deposit (gibt|gäbe|verlangen|verlangt|brauchen|wollen|nehmen|fällig|nötig|notwendig|erforderlich)",
        // …or whether, or how, one pays it, the modal last: "Ich wollte fragen, ob man eine Kaution zahlen muss.", "…, ob ich die Kaution in Raten zahlen kann."
        "(wissen|fragen|frage|wüsste|wüssten|erfahren) (ob|wie|wann) (ich|wir|man) ... $deposit ... (zahlen|bezahlen|überweisen|hinterlegen|leisten|abzahlen) (muss|müssen|soll|sollen|kann|können|darf|dürfen)",
        // Getting it back, asked when or whether: "Wie lange dauert es, bis ich die Kaution zurückbekomme?"
        "(wann|bis|ob) ... $deposit (zurückbekomme|zurückkriege|zurückerhalte|wiederbekomme|zurück bekomme|zurück kriege)",
        // …this flat's, not the old one's: "Ich warte, bis ich die Kaution von der alten Wohnung zurückbekomme."
        "!$deposit (von|aus|für) (der|meiner|meinem|dem|den|unserer|unserem|die|meine) (alten|altem|alter|letzten|vorherigen|früheren|jetzigen|anderen)",
        // Whether one need not pay it, asked with its negation: "Muss ich eigentlich keine Kaution zahlen, oder doch?"
        "?(muss ich|müssen wir|muss man|brauche ich|brauchen wir) ... keine $deposit",
        // The ways of paying it named, then asked which one goes: "Mit Kautionskasse oder Bürgschaft vom Amt, was geht bei Ihnen?"
        "[$deposit] ?=(was geht|was geht bei ihnen|was geht für sie|was nehmen sie|was akzeptieren sie|was passt ihnen|was ist ihnen lieber)",
        // Money paid at the start is the deposit: "Wie viel muss ich am Anfang bezahlen?" (not "…am Anfang des Monats", the rent)
        "(wie viel|wieviel|was) (muss|müssen|soll|sollen) (ich|wir|man) (am anfang|zu beginn|im voraus|vorab|beim einzug|vor dem einzug) (zahlen|bezahlen|überweisen|hinterlegen)",
        "!(anfang|ende|mitte|beginn) (des|jedes|vom|im) monat*",
        // Got back once is a story: "…, bis ich die Kaution zurückbekommen habe" ("zurückbekommen" would forgive a slip into "zurückbekomme").
        "!!(zurückbekommen|zurückgekriegt|zurückerhalten|wiederbekommen) (habe|hab|hat|haben|hatte|hatten)",
        // How to pay it, asked tersely: "Kaution bar oder Konto?"
        "?$deposit (bar|cash|überweis*|konto|bank|raten|auf einmal|per)",
        // The deposit first, the question words after it, tersely: "Kaution muss?", "Kaution zurück wann?"
        "?$deposit ... (wann|wie|wieviel|muss|zurück)",
        // The passive, in an indirect question: "…, ob eine Kaution verlangt wird?"
        "$deposit (verlangt|fällig|erforderlich|notwendig|nötig) (wird|werden|ist)",
        "(kann|könn*|darf|muss) (ich|wir|man) $deposit (zahlen|bezahlen|überweisen|raten|teilen)",
        // The polite zu-infinitive, asked: "Wäre es möglich, die Kaution später zu zahlen?", "Ist es okay, die Kaution in Raten abzuzahlen?"
        "?$deposit ... (zu zahlen|zu bezahlen|zu überweisen|zu hinterlegen|abzuzahlen|abzubezahlen|zu teilen|zu leisten|zu stellen|zu sagen|zu nennen|mitzuteilen)",
        // Money laid down at the start is the deposit, named or not: "Wie viel Geld muss ich am Anfang hinterlegen?"
        "(wie viel|wieviel|was|muss|müssen) ... (hinterlegen|hinterlege|zu hinterlegen)",
        // Months of rent as security: "Wie viele Monatsmieten Sicherheit wollen Sie?"
        "(wie viel|wieviel|wie viele|wieviele) ... sicherheit",
        "$deposit (ist das|kalt|warm|raten)",
        // Asked, or the whole clause: "Ich zahle die Miete und die Kaution pünktlich." asks nothing
        "?und (die|eine) $deposit",
        "=und (die|eine) $deposit",
        "=und $deposit",
        "?=$deposit",
        "?$deposit (muss|kann|soll|darf) (ich|wir|man)",
        "$deposit (wie hoch|wie viel|wieviel)",
        // …or when, as a whole clause without its mark: "kaution zahlen wann", "kaution zurück wann"
        "=($deposit|die $deposit) (zahlen|bezahlen|überweisen|zurück|zurückbekommen|geben) (wann|bis wann|wie)",
        // Whether it is to be paid in some way, asked: "Wäre die Kaution auf ein Kautionskonto einzuzahlen?"
        "?(ist|wäre|sind) (die|eine) $deposit ... (einzuzahlen|zu zahlen|zu bezahlen|zu überweisen|zu hinterlegen|zu leisten)",
        // Anything of it asked indirectly: "Ich wollte fragen, ob die Kaution verzinst wird.", "Mich würde interessieren, ob die Kaution in bar …"
        "(fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|erfahren|interessieren|interessiert|gern|gerne|gewusst) ob (die|eine|der|das|ich|wir|man) ... $deposit",
        `${WANTED_TO_ASK} ob (die|eine|der|das|ich|wir|man) ... $deposit`,
        // A figure stated as a question: "Kaution ist 2340?"; tersely, the verb left out: "Kaution drei Monat?"
        "?=($deposit (ein|eine|zwei|drei|vier|fünf|sechs|#word) (monat|monate|monaten|monatsmiete|monatsmieten|kaltmiete|kaltmieten|miete|mieten|euro))",
        "?$deposit (ist|sind|beträgt|wäre|wären)",
        // Paying what the landlord just named: "Muss ich das alles auf einmal bezahlen?"
        "[$deposit] (muss|kann|darf|soll) (ich|wir|man) (das|die|sie|es) (zahlen|bezahlen|überweisen|raten|teilen)",
        // …the deposit named first in the same dictated run, taken up by a pronoun after the verb, the time or way between: "und die
        // kaution also muss man die gleich am anfang überweisen oder …" (a pronoun after the verb marks the question a comma would)
        "$deposit ... (muss|müssen|kann|können|soll|sollen|darf|dürfen) (ich|wir|man) (die|sie) ... (zahlen|bezahlen|überweisen|hinterlegen|leisten)",
        // …or how: "Das ist viel. Kann ich in Raten zahlen?" after "Die Kaution beträgt drei Kaltmieten."
        "[$deposit] ?(kann|muss|darf|soll|könnte) (ich|wir|man) ... (raten|auf einmal|später|bar|sofort|monatlich) ... (zahlen|bezahlen|überweisen|abzahlen|abbezahlen)",
        // Its amount asked back: "Und wie viel ist das?", "Also 2340 Euro?"
        "[$deposit] ?=(wie viel|wieviel|wie hoch|und wie viel|und wieviel|und wie hoch) (ist|sind|wäre|macht) (das|es|die)",
        "[$deposit] ?=(also|das sind|das wären|also dann|dann) #word euro",
        // A figure to confirm: "Die Kaution ist drei Kaltmieten, richtig?"
        "$deposit (ist|sind|beträgt|wäre|wären) #tag",
        // Or the figure alone: "Zwei Monatsmieten Kaution, richtig?"
        "$deposit #tag",
        // The deposit named, then how or when one pays it, the verb first: "Kaution drei Kaltmieten, zahlt man bei Schlüsselübergabe?"
        // Adjacent, so the rent paid is not asked as the deposit: "Zahle ich die Miete bar?"
        "[$deposit] ?((zahlt|zahle|zahlen|bezahlt|bezahle|bezahlen|überweist|überweise|überweisen) (man|ich|wir) (bei|beim|am|vor|nach|zum|mit|bar|sofort|in|auf|direkt|gleich|per|jetzt|später))",
        "(~akzeptieren|~nehmen) (sie|man|ihr) $deposit",
        "(geht|gehts|reicht|klappt) $deposit",
        // Whether the landlord wants one, or one more thing asked: "Wollen Sie Kaution?", "Kaution auch?"
        "(wollen|brauchen|verlangen|möchten|nehmen) sie $deposit",
        "?(ich|wir) $deposit (bezahlen|zahlen|überweisen|geben)",
        "?=$deposit (auch|noch|extra|dazu)",
        // After the deposit was named, how to pay it asked tersely: "Auf einmal?", "In Raten auch?"
        "[$deposit] ?=(auf einmal|in raten|raten|in raten auch|auch in raten|bar|per überweisung|überweisung|cash|in bar)",
        // …or its measure offered as a choice: "Zwei Kaltmieten oder drei?" after "Eine Kaution gibt es natürlich auch."
        "[$deposit] ?=(eine|ein|zwei|drei|vier|1|2|3|4) (kaltmiete|kaltmieten|monatsmiete|monatsmieten|monat|monate|miete|mieten|warmmiete|warmmieten|netto*) oder (eine|ein|zwei|drei|vier|1|2|3|4)",
        "=$deposit (sagen|nennen)",
        // Wanting to know it, in either order: "Ich möchte die Kaution wissen.", "Ich will wissen die Kaution."
        "(ich|wir) $deposit (wissen|fragen)",
        "(möcht*|will|wollen|würd*) wissen $deposit",
        // Asked to be told it, or named with its article alone: "Sagen Sie mir bitte die Kaution.", "Die Kaution, bitte?"
        "(sagen|nennen|verraten) sie (mir|uns) ... $deposit",
        "(können|könnten|würden) sie (mir|uns) ... $deposit (sagen|nennen|verraten|mitteilen|angeben|durchgeben)",
        "teilen sie (mir|uns) ... $deposit ... mit",
        // Opening the sentence: set after a question ("Ist das kalt oder warm gerechnet, die Kaution?") it is that question's topic.
        "?=^(die|der|das|den) $deposit",
        // A deposit saved or paid is told, not asked: "Die Kaution habe ich schon gespart, ja.", "Wie viel Kaution haben Sie bezahlt?"
        // (the sentence only where the deposit is the thing paid: another payment told before the question leaves it standing,
        // "Ich habe gestern die letzte Miete für die alte Wohnung bezahlt, also wann muss ich die Kaution überweisen?")
        "!(habe|hab|haben) ... (gespart|bezahlt|überwiesen|gezahlt)",
        "!!$deposit ... (habe|hab|haben|hat|hatte|hatten) ... (@gespart|@bezahlt|@überwiesen|@gezahlt)",
        "!!(habe|hab|haben|hat|hatte|hatten) ... $deposit ... (@gespart|@bezahlt|@überwiesen|@gezahlt)",
        // (the words kept together: "also" at a comma is read as a filler, and a gap would reach the question after it)
        "!!(habe|hab|haben|hat|hatte|hatten) ... ((@gespart|@bezahlt|@überwiesen|@gezahlt) $deposit|(@gespart|@bezahlt|@überwiesen|@gezahlt) (für|die|eine|meine|unsere|seine|ihre|für die|für eine|schon die|auch die) $deposit)",
        // Where the money comes from is told, not asked: "Ich muss die Kaution von meinem Vater leihen."
        "!!(leihen|ausleihen|borgen|leihe|borge|geliehen|geborgt)",
        // When one pays it, told later, asks nothing: "Wann ich die Kaution zahle, sage ich Ihnen morgen."
        "!!(sage ihnen|sag ihnen|sage ich ihnen|sag ich ihnen|schreibe ihnen|schreibe ich ihnen|melde mich|melde ich mich|gebe ihnen bescheid|sage bescheid|sag bescheid)",
        // The words of the deposit explained ask no figure: "Was ist der Unterschied zwischen Kaution und Miete?"
        "!!unterschied zwischen",
        ...ELSEWHERE("$deposit"),
        ENGLISH_FRAME,
        ...ENGLISH_SUBJECT,
        OTHER_FLAT,
        TOLD_BEFORE,
        ...ASKED_BEFORE,
        ASK_WITHDRAWN,
        ASK_REGRETTED,
        ASK_LATER,
        ...ASK_LATER_PURPOSE,
        ASK_LATER_FIRST,
        ASK_LATER_TOPIC,
        OTHER_ASKS_LATER,
        ASKS_ANOTHER,
        SAYS_ALWAYS,
        OTHERS_PAID,
        ...CHARACTER_OWN,
        PAST_MODAL_TOLD,
        // What the word is like asks its meaning, not the deposit: "Is that like a deposit?", "Ist das so etwas wie eine Kaution?"
        "!((like|wie|so wie|sowas wie|so etwas wie|ähnlich wie) (a|an|ein|eine|einer|einen) $deposit)",
      ],
      examples: ["Wie hoch ist die Kaution?", "Muss ich eine Kaution bezahlen?", "Wann muss ich die Kaution überweisen?"],
      nudge: "Ask about the deposit: how much it is, or when to pay it.",
    },
    {
      id: "ask_move_in",
      title: "Ask when you can move in",
      points: 15,
      patterns: [
        ...CORRECTED_AWAY("$cost", "$deposit", "$pet"),
        ...HOW_HANDLED("(einzug|einziehen|schlüsselübergabe)"),
        `${WISH_TO_KNOW} (ab wann|wann|bis wann|ab welchem|zu welchem) ... (einzieh*|einzuziehen|einzug*|frei|verfügbar|bezugsfertig|beziehbar|bezugsbereit|rein|reinziehen|wohnen)`,
        ASKING_CUSTOM,
        // Another's moving in, relayed: "Mein Bruder fragt, wann kann er einziehen." (the landlord's "Sie" is plural in its verb)
        "!(kann|könnte|darf|dürfte|soll|sollte|muss) (er|sie) ... (einzieh*|reinzieh*|wohnen|rein)",
        "(ab wann|wann|bis wann) (frei|einzieh*|einzug*|verfügbar|bezugsfertig|bezugsfrei|bezugsbereit|beziehbar|bezieh*|leer|movein|move in)",
        "(kann|könn*|könnt*|darf|dürf*) (ich|wir) einzieh*",
        "(kann|könn*|könnt*|darf|dürf*) (ich|wir) ... (einziehen|reinziehen|einzuziehen|beziehen|zu beziehen)",
        "ist (die wohnung|sie) (frei|verfügbar|bezugsfertig|beziehbar|bezugsbereit|bezugsfrei)",
        // A date and "frei" asked alone, clipped: "Zum Ersten frei?", "Ab Mitte März frei?" (an echo of the landlord's date asks nothing)
        "?=(zum|ab|ab dem|am|schon zum|schon ab|schon ab dem|bereits zum|bereits ab|auch zum|auch schon zum) (ersten|erste|mitte|anfang|ende|nächsten|#date|1*|2*|3*) ... (frei|verfügbar|bezugsfertig|beziehbar|bezugsfrei)",
        // The verb first, the subject left out or set after a comma, a time named: "Ist frei ab nächste Monat, die Wohnung?", "Ist schon ab Mai frei?"
        // (a time, right after the verb or "frei": "Ist der Keller ab Mai frei?" asks another thing)
        "?^(ist frei|wäre frei|ist verfügbar|wäre verfügbar|ist bezugsfertig|wäre bezugsfertig|ist bezugsfrei|ist beziehbar) (ab|zum|am|im|schon|bereits|sofort|anfang|mitte|ende|nächst*|erste*|#date)",
        // …the verb left out too, "frei" first and its time after: "Frei ab sofort oder erst später?", "Frei zum Ersten?"
        "?^(frei|verfügbar|bezugsfertig|bezugsfrei) (ab sofort|sofort|zum ersten|ab dem ersten|zum nächsten|ab nächstem|ab nächsten|nächsten monat|schon|bereits|erst) (oder|monat|#date)",
        "?=^(frei|verfügbar|bezugsfertig|bezugsfrei) (ab sofort|sofort|zum ersten|ab dem ersten|schon zum ersten|zum #date|ab #date)",
        "?^(ist schon|ist bereits|ist ab|ist zum|ist sofort|ist anfang|ist mitte|ist ende|wäre schon|wäre bereits|wäre ab|wäre zum|wäre sofort|wäre anfang|wäre mitte|wäre ende) ... (frei|verfügbar|bezugsfertig|bezugsfrei|beziehbar)",
        // A pronoun only right before the word, so nothing else is asked free: "Ist das frei?", not "Ist das Parken hier frei?"
        "(ist das frei|ist es frei|ist die frei|ist das verfügbar|ist es verfügbar|ist das bezugsfertig|ist es bezugsfertig)",
        // Asked in statement order, a date between: "Die Wohnung ist ab Dezember frei?", "Wohnung ist schon frei?"
        // (not "leer": "Die Wohnung ist leer? Keine Möbel?" asks about furniture)
        "?(wohnung|die wohnung|diese wohnung) (ist|wäre) ... (frei|verfügbar|bezugsfertig|beziehbar|bezugsfrei|bezugsbereit)",
        // …this flat, free of nothing else: not "Die alte Wohnung ist ab Mai frei?", "Die Wohnung ist frei von Schimmel?"
        "!(alte|alten|meine|unsere|jetzige|jetzigen|aktuelle|bisherige) wohnung",
        "!frei von",
        // Moving in with a pet asks about the pet, not when: "Kann ich mit meinem Hund einziehen?"
        "!((mit|samt) (meinem|meiner|unserem|unserer|einem|einer|dem|der|zwei|unseren|meinen) $pet (einzieh*|einzuziehen|reinzieh*|wohnen|rein))",
        // Another's flat, or one that became free once, is no date asked for oneself: "Wann ist die Wohnung von Luca frei geworden?",
        // "Wann war die Wohnung bei unseren Freunden frei?"
        "!(wohnung|wohnungen) (von|vom|bei) (unseren|unsere|unserem|unserer|meinen|meine|meinem|meiner|seinen|seiner|seinem|ihren|ihrer|ihrem|#noun)",
        "!(war|waren|wurde|wurden|geworden|gewesen)",
        // The indirect question, the modal last, a time named: "Ich wollte fragen, ob ich schon am 1. März rein kann."
        // (a time is needed: "…, ob ich mit meinem Hund einziehen kann" asks about the dog)
        "(fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|sagen|erfahren|interessieren|interessiert|gern|gerne|gewusst) ob (ich|wir) ... (schon|bereits|früher|eher|sofort|ab|zum|am|im|anfang|mitte|ende|nächst*|erste*|#date|bald|vorher|vorzeitig) ... (rein|einziehen|reinziehen|umziehen|wohnen) (kann|könnte|darf|dürfte|können|könnten|dürfen)",
        `${WANTED_TO_ASK} ob (ich|wir) ... (schon|bereits|früher|eher|sofort|ab|zum|am|im|anfang|mitte|ende|nächst*|erste*|#date|bald|vorher|vorzeitig) ... (rein|einziehen|reinziehen|umziehen|wohnen) (kann|könnte|darf|dürfte|können|könnten|dürfen)`,
        // Without the article, a date between: "Ist Wohnung ab Mai frei?"
        "?(ist|wäre) (wohnung|die wohnung|sie) ... (frei|verfügbar|bezugsfertig|beziehbar|bezugsfrei|bezugsbereit|leer)",
        // "To be had" from a date: "Ist die Wohnung schon ab Mai zu haben?" ("Ist sie noch zu haben?" asks whether it is taken).
        "?(ist|wäre) (wohnung|die wohnung|sie) (ab|zum|sofort|schon|bereits|anfang|mitte|ende) ... zu haben",
        // A time and the clause-final particle: "Könnten wir auch schon Mitte des Monats rein?"
        "(kann|könn*|könnt*|darf|dürf*) (ich|wir) (schon|früher|eher|sofort|mitte|anfang|ende|zum|ab) (rein|einzieh*|reinzieh*)",
        // Living here from a time, asked: "Kann ich nechsten monat schon wohnen hier?", "Können wir ab Mai hier wohnen?"
        // (a time, not a place: "Kann ich im Erdgeschoss wohnen?" asks no date)
        "?(kann|kan|könn*|darf|dürf*) (ich|wir) (schon|früher|eher|sofort|bald|ab|zum|anfang|mitte|ende|nächst*|nechst*|erste*|#date|im januar|ab januar|im februar|ab februar|im märz|ab märz|im april|ab april|im mai|ab mai|im juni|ab juni|im juli|ab juli|im august|ab august|im september|ab september|im oktober|ab oktober|im november|ab november|im dezember|ab dezember) ... wohnen",
        "(einzugstermin*|einzugsdatum|mietbeginn*)",
        // …in two words, as one dictates it: "wann wäre denn der früheste termin zum einziehen", "Welches Datum für den Einzug?"
        "(wann|welcher|welches|welchen|was) ... (termin|datum|zeitpunkt) (zum|für den|fürs|für das) (einziehen|einzug)",
        // The date asked by "welch-": "Ich wüsste gern, ab welchem Datum die Wohnung bezugsfertig wäre.", "Ab welchem Tag kann ich rein?"
        "(ab welchem|zu welchem|an welchem|welches|welchen) (datum|tag|termin|zeitpunkt) ... (frei|verfügbar|bezugsfertig|bezugsfrei|beziehbar|bezugsbereit|einzieh*|einzuziehen|rein|reinziehen|wohnen|haben)",
        "(ab wann|wann|bis wann) (bekomme|bekommen|kriege|kriegen|habe|haben) (ich|wir) (die wohnung|sie|diese wohnung|die schlüssel|den schlüssel)",
        // …asked indirectly, the modal last: "Ich möchte wissen, wann ich die Wohnung haben kann." (not "…, wann ich den Vertrag haben kann")
        "(wissen|fragen|frage|wüsste|wüssten|erfahren|sagen) (ab wann|wann) (ich|wir|man) (die wohnung|diese wohnung|sie|die schlüssel|den schlüssel) (haben|bekommen|kriegen|mieten|nehmen|übernehmen|beziehen) (kann|könnte|darf|dürfte|können|könnten|dürfen)",
        // How long until one can move in, the clause after a comma: "Wie lange muss ich warten, bis ich einziehen kann?"
        // (stated, it is one's own patience: "Ich muss warten, bis ich einziehen kann.")
        "[wie lange] ?(bis|bevor) (ich|wir) (einziehen|reinziehen|rein|hier einziehen|hier wohnen) (kann|können|darf|dürfen|könnte|könnten)",
        "?wie lange ... (bis|bevor) (ich|wir) (einziehen|reinziehen|rein|hier einziehen|hier wohnen) (kann|können|darf|dürfen|könnte|könnten)",
        // The move as a noun, asked when: "Wann kann der Umzug sein?", "Ab wann könnte der Einzug stattfinden?"
        "(wann|ab wann) (kann|könnte|darf|dürfte) (der|ein|mein|unser) (umzug|einzug) (sein|stattfinden|passieren|beginnen|losgehen)",
        // …one's own move, not another's: "Wann kann der Umzug von meiner Schwester sein?"
        "!(umzug von|umzug vom|umzug meiner|umzug meines|umzug ihrer|umzug ihres|umzug seiner|umzug seines|einzug von|einzug vom|einzug meiner|einzug meines|einzug ihrer|einzug ihres|einzug seiner|einzug seines)",
        // When the flat can be had: "Ab wann ist die Wohnung zu haben?", "Ab wann kann ich die Wohnung mieten?"
        "(ab wann|wann|bis wann) (ist|wäre) (die wohnung|sie|das|diese wohnung) (zu haben|zu mieten)",
        "(ab wann|wann) (kann|könn*|darf|dürf*) (ich|wir|man) ... (mieten|haben|bekommen|übernehmen|nehmen|wohnen|anfangen zu wohnen|nutzen|benutzen)",
        // …the subject before the modal, as learners order it: "wann ich kann wohnung haben"
        "(ab wann|wann) (ich kann|ich kan|wir können|ich darf) ... (mieten|haben|bekommen|übernehmen|wohnen|einziehen|rein)",
        // …in the indirect question's own order, after a verb of asking: "Darf ich wissen, ab wann ich hier wohnen kann?"
        "(wissen|fragen|frage|frage mich|wüsste|wüssten|erfahren|sagen) (ab wann|wann) (ich|wir|man) ... (wohnen|einziehen|reinziehen|rein) (kann|könnte|darf|dürfte|können|könnten|dürfen)",
        // When the rent or the tenancy starts, and the move itself asked: "Ab wann läuft die Miete?", "Geht der Einzug zum 1. März?", "Wann ist der Umzug möglich?"
        "(ab wann|wann) (läuft|beginnt|startet|gilt) (die miete|das mietverhältnis|mietverhältnis)",
        "?(geht|ginge|klappt) (der einzug|ein einzug|einzug|der umzug|ein umzug)",
        // …its verb first, which asks though a date's dot and a comma cut the mark off: "Geht ein Einzug auch erst zum 15., weil …?"
        "^(geht|ginge|klappt) (der einzug|ein einzug) ... (zum|ab|am|im|erst|schon|früher|später|mitte|anfang|ende)",
        "(wann|ab wann) (ist|wäre) (der|ein) (umzug|einzug|bezug) (möglich|okay|ok|denkbar|machbar)",
        // The formal noun for moving in, asked whether it can be, a date named or not: "Wäre ein Bezug der Wohnung bereits zum
        // 1. März denkbar?", "Ist ein Einzug zum Ersten möglich?" (one's own: "Wäre ein Umzug für Sie stressig?" asks no date)
        `?(ist|wäre) (ein|der) (einzug|bezug) ... ${FEASIBLE}`,
        // The flat "at one's disposal" from a date, the formal "free": "Zu welchem Termin steht die Wohnung zur Verfügung?",
        // "Ab wann stünde sie zur Verfügung?", "Steht die Wohnung schon ab März zur Verfügung?" (the landlord's time is no flat's:
        // "Wann stehen Sie für Fragen zur Verfügung?")
        "(ab wann|wann|bis wann|ab welchem|zu welchem|von welchem) ... (steht|stünde|stände) (die wohnung|diese wohnung|wohnung|sie|die|es) ... zur verfügung",
        "?(steht|stünde|stände) (die wohnung|diese wohnung|sie) (ab|zum|schon|bereits|sofort|anfang|mitte|ende|nächst*|erste*|#date) ... zur verfügung",
        // The date one needs it from, then asked: "Ich brauche die Wohnung ab Oktober. Geht das?", "Wir müssen bis Ende März umziehen. Ist das möglich?"
        "(ich|wir) (brauche|brauchen) (die wohnung|sie) (ab|zum|bis|schon|spätestens)",
        "[(umziehen|einziehen|raus|ausziehen)] ?=(ist das möglich|geht das|wäre das möglich|ginge das|klappt das|passt das|ist das okay|ist das ok)",
        // …with a word between: "Ich müsste bis Anfang April umziehen, wäre das bei Ihnen möglich?"
        "[(umziehen|einziehen|raus|ausziehen)] ?=(ist das|wäre das|ginge das|geht das) (bei ihnen|für sie|denn|auch|überhaupt|denn überhaupt) (möglich|okay|ok|in ordnung|machbar)",
        // …or when it can be done: "Ich möchte so schnell wie möglich einziehen. Wann geht das?"
        "[(umziehen|einziehen|einzug)] ?=(wann geht das|ab wann geht das|wann ginge das|ab wann ginge das|wann wäre das möglich|ab wann wäre das möglich|wann ist das möglich|ab wann ist das möglich|wann klappt das)",
        // …the move-in set first and the question run on, as dictation gives it with no comma and no question mark:
        // "und der einzug ähm wann wäre das möglich", "einzug wann geht das" (in its own clause: "nach dem Einzug" is blocked below)
        "(einzug|der einzug|den einzug|einziehen|das einziehen) (wann geht das|ab wann geht das|wann ginge das|ab wann ginge das|wann wäre das möglich|ab wann wäre das möglich|wann ist das möglich|ab wann ist das möglich|wann klappt das|wann wäre der möglich|wann ist der möglich|wann wäre das|wann ist das)",
        // Moving in named, then an earlier time asked: "Ich würde gern bald einziehen, ist es möglich schon am Ersten?"
        // ("schon" or the first of a month, not any day: "Ist es möglich, am Samstag die Wohnung noch mal zu sehen?")
        "[(einzieh*|reinzieh*|einzug*|umziehen)] ?(ist es|ist das|wäre es|wäre das|geht es|geht das|ginge es|ginge das) (möglich|machbar|okay|ok) ... (schon|bereits|früher|eher|sofort)",
        "[(einzieh*|reinzieh*|einzug*|umziehen)] ?(ist es|ist das|wäre es|wäre das|geht es|geht das|ginge es|ginge das) (möglich|machbar|okay|ok) ... (am|zum|ab|ab dem) (erste*|#date)",
        // Whether someone still lives there: "Wohnt hier noch jemand?", "Wie lange wohnt der Mieter noch hier?"
        "?(wohnt|wohnen) (hier|da|dort|darin|drin) noch (jemand|wer|die alten|der alte|der mieter|die mieter)",
        "wie lange (wohnt|wohnen) (der|die) (mieter|mieterin|vormieter*|alte mieter|alten mieter) noch",
        // Earlier than the date just named: "Geht es auch früher?", "Wäre das auch eher möglich?"
        "[(frei|einzug*|einzieh*|verfügbar|ersten|monat*)] ?(geht|ginge|wäre|ist) (es|das) ... (früher|eher)",
        // …tersely, or a nearer date offered: "Geht auch früher?", "Nicht früher?", "Und schon Mitte des Monats?"
        "[(frei|einzug*|einzieh*|verfügbar)] ?=(geht|ginge|geht auch|ginge auch|und|auch|nicht|vielleicht|und nicht|also nicht) ... (früher|eher)",
        // …or a nearer date with "schon": "Ginge es auch schon zum 15.?" after "Die Wohnung ist ab dem Ersten frei."
        // (not a day with "am": "Ginge es auch schon am Samstag, die Besichtigung?")
        "[(frei|einzug*|einzieh*|verfügbar)] ?(geht es|ginge es|geht das|ginge das|wäre es|wäre das|klappt es|klappt das) ... (schon|bereits) (zum|ab|ab dem|mitte|anfang|ende|#date|erste*)",
        "[(frei|einzug*|einzieh*|verfügbar)] ?^(und schon|schon|auch schon|oder schon|und auch schon|nicht schon) ... (mitte|anfang|ende|nächste woche|morgen|#date|erste*|zum)",
        // When the lease starts or the tenant before leaves: "Wann beginnt der Mietvertrag?", "Wann zieht der alte Mieter aus?"
        "(wann|ab wann) (beginnt|startet|läuft|gilt) (der mietvertrag|der vertrag|mietvertrag|vertrag)",
        "(wann|ab wann|bis wann) (zieht|ziehen|ist|sind|geht|gehen) ... (vormieter*|mieter|mieterin|bewohner*) (aus|raus|weg)",
        // …asked indirectly, the verb last: "Könnten Sie mir sagen, wann der jetzige Mieter auszieht?"
        "(wann|bis wann) (der|die) ... (vormieter*|mieter|mieterin|bewohner*) (auszieht|ausziehen|rauszieht|rausziehen|weg ist|raus ist)",
        // Asked in statement order: "Erste nächste Monat ich kann schon wohnen hier?"
        "?(ich|wir) (kann|könnte|darf|können|könnten|dürfen) ... (wohnen|einziehen|rein|reinziehen)",
        // The keys mean moving in: "Wann bekomme ich die Schlüssel?"
        "(wann|ab wann) (schlüssel*|übergabe|wohnungsübergabe)",
        // …the keys or the handover put first, the question word after: "Schlüssel wann?", "Übergabe ab wann?"; or the flat handed over: "Wann wird die Wohnung übergeben?"
        "?=(schlüssel|die schlüssel|schlüsselübergabe|übergabe|die übergabe|einzug|der einzug) (wann|ab wann|wann genau)",
        "?(wann|ab wann) (wird|werden) (die wohnung|sie|die schlüssel) ... übergeben",
        // Coming in, as the north says it: "Moin, Hinrichs, Jan. Wann komm ich hier rein?"
        "?(wann|ab wann) (komm|komme|kommen|käme|kämen) (ich|wir) ... (rein|hier rein|da rein)",
        "(kann|könn*|könnt*|dürf*) (ich|wir) (rein|einziehen|reinziehen)",
        // "kan" is the learner's commonest spelling of "kann": "wann kan ich hier wohnen"
        // (speech-to-text splits the verb: "wann kann ich ein ziehen")
        "(ab wann|wann) (kann|kan|könn*|darf|dürf*) (ich|man|wir) (wohnen|rein|einziehen|umziehen|reinziehen|herziehen|ein ziehen)",
        "(früher|eher) (einziehen|reinziehen|rein|einzuziehen|reinzuziehen)",
        // "How soon" asks when: "Wie bald könnte ich hier wohnen?", "Wie schnell können wir rein?"
        "(wie bald|wie schnell|wie früh) (kann|kan|könnte|können|könnten|darf|dürfte|dürfen) (ich|wir|man) ... (wohnen|rein|einziehen|reinziehen|umziehen|herziehen)",
        // The subject left out, the verb right after the modal: "ab wann kann wohnen", "Wann kann einziehen?"
        "(ab wann|wann) (kann wohnen|kann hier wohnen|kann einziehen|kann rein|kann reinziehen|kann umziehen|kan wohnen|kan einziehen|darf einziehen|darf wohnen|darf rein)",
        // The flat ready: "Wann ist die Wohnung fertig für mich?", "Ab wann ist sie bereit?"
        "(ab wann|wann|bis wann) (ist|wäre|wird) (die wohnung|sie|wohnung|diese wohnung) (fertig|bereit)",
        // …or fit to live in, for whom between: "Ab wann wäre sie für uns bewohnbar?"
        "(ab wann|wann|bis wann) (ist|wäre|wird) (die wohnung|sie|wohnung|diese wohnung) ... (bewohnbar|bezugsfertig|beziehbar|bezugsbereit|bezugsfrei)",
        // Plain "ziehen" with the place, asked when: "Wann kann ich in die Wohnung ziehen?", "Ab wann dürfen wir hierher ziehen?"
        // (only with "wann": "Kann ich mit Hund in die Wohnung ziehen?" asks about the dog).
        "(ab wann|wann|bis wann) (kann|kan|könn*|darf|dürf*|soll|sollen) (ich|wir|man) ... (in die wohnung|in diese wohnung|in die|hier|hierher|hierhin|hier rein) (ziehen|umziehen|einziehen)",
        // Whether moving in at a time is possible, the time between: "Wäre es möglich, schon zum Ersten einzuziehen?"
        // (a time is needed: "Ist es möglich, mit Hund einzuziehen?" asks about the dog).
        "(möglich|machbar|denkbar|geht es|ginge es) ... (schon|bereits|sofort|ab|zum|am|im|anfang|mitte|ende|nächst*|erste*|#date) ... (einzuziehen|reinzuziehen|zu beziehen)",
        // The furniture comes when one moves in: "Kann ich schon am 15. mit meinen Möbeln kommen?"
        "(kommen|komme|ziehen|ziehe|rein) mit (meine|meinen|unseren|unsere|den) möbel*",
        // …and so do one's things, with a time: "Kann ich schon morgen kommen mit meine Sachen?"
        "(kann|könn*|darf|dürf*) (ich|wir) (schon|früher|eher|ab|zum|am|anfang|mitte|ende|nächst*|erste*|morgen|#date) ... (kommen|komme|rein) mit (meine|meinen|unseren|unsere|den) (sachen|kisten|kartons|umzugskartons)",
        "(wann|ab wann) (ich|wir) (meine|unsere|die|mit) möbel*",
        // …or carried in, asked when: "Ab wann könnten wir unsere Sachen reinbringen?", "Ab welchem Tag könnte ich die Kartons bringen?"
        "(ab wann|wann|ab welchem tag|an welchem tag|ab welchem datum) (kann|könn*|darf|dürf*) (ich|wir|man) ... (sachen|möbel*|kisten|kartons|umzugskartons) (bringen|reinbringen|reintragen|einräumen|reinstellen|hinbringen|herbringen)",
        // …the modal after the subject, as learners order it: "wann ich kann kommen mit meine sachen"
        "(wann|ab wann) (ich kann|wir können|kann ich|können wir) ... (kommen|komme|rein) mit (meine|meinen|unseren|unsere|den) (sachen|kisten|kartons|umzugskartons|möbel*)",
        // Asked yes or no, the furniture comes in only with a time: "Kann ich meine Möbel schon am 15. bringen?"
        // ("Kann ich meine Möbel mitbringen?" asks whether the flat takes them, not when one moves in).
        "(kann|könn*|darf|dürf*) (ich|wir) (schon|früher|eher|ab|zum|am|anfang|mitte|ende|nächst*|erste*|#date) ... möbel*",
        "(kann|könn*|darf|dürf*) (ich|wir) (meine|unsere|die|mit) möbel* ... (schon|früher|eher|ab|zum|am|anfang|mitte|ende|nächst*|erste*|#date)",
        "?=(einzug*|einzugstermin*|mietbeginn*|bezug)",
        // The question word last: "Einziehen wann?"
        "?(einzieh*|einzug*|reinzieh*|frei) (wann|ab wann)",
        // …as a whole clause, chat leaving the question mark off: "wohnung frei ab wann", "ich einziehen wann", "einziehen ab wann"
        "=(einziehen|einziehn|einzug|frei|reinziehen) (ab wann|wann)",
        "=(wohnung|die wohnung|diese wohnung|wohnung ist|die wohnung ist|ist wohnung|ist die wohnung|ich|wir|ich kann|wir können|kann ich|können wir) (einziehen|einziehn|einzug|frei|reinziehen|wohnen|hier wohnen) (ab wann|wann)",
        // After the landlord names a date: "Und ab wann genau?"
        "[(frei|einzug*|einzieh*|verfügbar|bezugsfertig)] ?=(ab wann|wann|ab wann genau|wann genau|ab wann denn|ab wann dann|wann denn genau|ab wann denn genau|und wann genau|wie bald|wie bald genau)",
        // …or the landlord's vague time asked to be made exact: "Bald heißt wann?", "Demnächst bedeutet wann genau?" after "Die Wohnung wird bald frei."
        "[(frei|einzug*|einzieh*|verfügbar|bezugsfertig)] ?=(bald|demnächst|zeitnah|in kürze|später) (heißt|bedeutet|ist) (wann|wann genau|konkret wann|genau wann)",
        // …or after the keys promised, which open the flat: "Wann?" after "Sie können die Schlüssel bekommen, sobald der Vertrag unterschrieben ist."
        "[(schlüssel bekommen|schlüssel kriegen|schlüssel abholen|schlüssel übergebe|schlüssel übergeben)] ?=(ab wann|wann|ab wann genau|wann genau|ab wann denn|ab wann dann|und wann|und ab wann)",
        // The date between: "Wäre ein Einzug bereits zum Ersten des kommenden Monats möglich?"
        `(ist|wäre) (ein|der|unser|mein) einzug ... ${FEASIBLE}`,
        // …asked indirectly, the verb last: "Ich wollte fragen, ob ein Einzug zum 1. März möglich ist." (after a verb of asking:
        // "Ob ein Einzug im März möglich ist, weiß ich noch nicht." asks nothing)
        `(wissen|fragen|frage|wüsste|wüssten|erfahren|interessieren|interessiert|gern|gerne|gewusst) ob (ein|der|unser|mein) (einzug|umzug|bezug) ... ${FEASIBLE} (ist|wäre|sei)`,
        // One word before the move: "Geht ein früherer Einzug?", "Wäre ein sofortiger Einzug möglich?"
        "?(geht|ginge|klappt|ist|wäre) (ein|der) (früher*|eher*|schnell*|sofortig*|baldig*|vorzeitig*) (einzug|umzug)",
        // A nearer day offered after the date just named: "Geht auch der fünfzehnte?", "Passt auch der 15.?" after "Die Wohnung
        // ist ab dem Ersten frei." (a day of the week is the viewing's, not the flat's: "Geht auch der Dienstag?")
        "[(frei|einzug*|einzieh*|verfügbar)] ?=(geht|ginge|klappt|passt|ginge denn|geht denn) (auch|vielleicht auch|auch schon|schon) (der|am|zum|ab dem|ab) (*zehnte|*zehnten|*zigste|*zigsten|zweite|zweiten|dritte|dritten|vierte|vierten|fünfte|fünften|sechste|sechsten|siebte|siebten|achte|achten|neunte|neunten|#date)",
        // The move only with a time: "Wäre der Umzug schon Ende Mai möglich?" (not "Ist ein Umzug mit dem Transporter möglich?").
        "(ist|wäre) (ein|der|unser|mein) umzug (schon|bereits|ab|zum|am|im|anfang|mitte|ende|früher|eher) ... (möglich|okay|ok|machbar|denkbar)",
        // Moving in asked as ok, or a time asked with it: "Einziehen am Ersten ok?", "Erste nächste Monat einzieh?"
        "?(einzieh*|einzug*|reinzieh*|move in|moving in|move-in) (ok|okay|möglich|geht|gehts|in ordnung)",
        // …or the time asked after it, the verb dropped: "Einziehen ab Juni?", "Einzug am Ersten?", "Move in ab Juni?"
        "?^(einzieh*|einzug|reinzieh*|move in|moving in|und einzieh*|und einzug|und move in) (ab|am|zum|im|anfang|ende|mitte|nächst*|schon|sofort|#date)",
        "?(anfang|ende|mitte|erste*|nächst*|ab|zum|am) ... (einzieh*|reinzieh*|move in)",
        // The landlord's free time, a look into a room and furniture kept are no moving in: "Wann haben Sie frei?"
        "!(haben sie frei|hast du frei|habt ihr frei|hat er frei)",
        // Since when it stands empty is its past, not the day one moves in: "Seit wann ist die Wohnung leer?"
        "!seit wann",
        // The landlord's free time, another appointment, or work before moving in: "Wann sind Sie morgen frei für einen zweiten Termin?",
        // "Kann ich vor dem Einziehen noch die Wände streichen?"
        "!(sind sie|bist du|seid ihr) ... frei",
        // (the appointment itself, not the date to move in: "Wann wäre denn der früheste Termin zum Einziehen?" asks it)
        "!!(besichtigungstermin|besichtigungstermine)",
        "!!(einen|nen|ein|zweiten|neuen|anderen|weiteren|nächsten|zweite|neue|andere|weitere|dem|den) termin",
        // ("zur" right after it: "Zu welchem Termin steht die Wohnung zur Verfügung?" asks the date)
        "!!(termin zur)",
        "!!termin (für|fur|um|am|morgen|heute|nächste|nächsten|ausmachen|machen|vereinbaren|verschieben|absagen|bei|mit|beim|zum besichtigen|zum anschauen|zum ansehen|zur besichtigung)",
        "!!termin (hat|haben|ist|war|wurde|wird)",
        // When one moves in, told, left to another or to chance, asks nothing: "Ich sage Ihnen morgen, wann ich einziehen kann.",
        // "Wann ich einziehe, entscheidet mein Arbeitgeber.", "Wann ich einziehen kann, ist mir egal."
        "!!(sage ihnen|sag ihnen|sage ich ihnen|sag ich ihnen|schreibe ihnen|schreibe ich ihnen|melde mich|melde ich mich|gebe ihnen bescheid|sage bescheid|sag bescheid)",
        // (another's decision, not the learner's own one to take: "Ab wann wäre die Wohnung frei, falls ich mich dafür entscheiden sollte?" asks)
        "!!(hängt|hängen|egal|wurscht|gleichgültig)",
        // One's own moving date not yet settled is one's own plan, no question: "Ich weiß noch nicht, wann ich einziehen kann.",
        // "Wir wissen noch nicht, ab wann wir umziehen." ("…, aber ich weiß nicht, wann ich einziehen kann" still asks)
        "!!(weiß|weiss|wissen) (noch nicht|es noch nicht|ich noch nicht|wir noch nicht|auch noch nicht|selbst noch nicht) (wann|ab wann|bis wann) (ich|wir)",
        // …and with no "noch", the move itself told in the indicative or the future, not what one may do: "Ich weiß nicht, wann ich
        // einziehe.", "ich weiss nicht wann ich umziehen werde" ("Ich weiß nicht, wann ich einziehen kann." hints the question)
        "!!(weiß|weiss|wissen) (nicht|es nicht|ich nicht|wir nicht|auch nicht|selbst nicht) (wann|ab wann|bis wann) (ich|wir) (@einziehe|@umziehe|einziehen werde|umziehen werde|einziehen werden|umziehen werden|einziehen will|umziehen will|einziehen wollen|umziehen wollen|einziehen möchte|einziehen möchten)",
        "!!entscheidet (mein|meine|der|die|das|unser|unsere|er|sie|man|sich|ihr|mein chef|meine chefin|dann)",
        "!!entscheiden (wir|sie|meine|mein|unsere|unser|die|der|später|noch|morgen)",
        "!!(eltern|mann|frau|freund|freundin|partner|partnerin|chef|chefin|arbeitgeber|firma|familie) ... entscheiden",
        // One's things brought to the viewing are no move: "Kann ich morgen kommen mit meine Sachen für die Besichtigung?"
        "!!(für die besichtigung|für besichtigungen|zur besichtigung|zu der besichtigung)",
        "!(vor dem einziehen|nach dem einziehen|beim einziehen|vor dem einzug|nach dem einzug|beim einzug)",
        // Keys handed back are the moving out: "Wann kann ich die Schlüssel zurückgeben?"
        "!schlüssel* (zurückgeben|zurückbringen|abgeben|zurück geben)",
        "!(mal rein|mal reinschauen|mal reingucken|mal reingehen)",
        "!(rein ins|rein in den|rein in das)",
        "!möbel* ... (behalten|übernehmen|kaufen|verkaufen|lassen|abholen)",
        ENGLISH_FRAME,
        OTHER_FLAT,
        TOLD_BEFORE,
        ...ASKED_BEFORE,
        ASK_WITHDRAWN,
        ASK_REGRETTED,
        ASK_LATER,
        ...ASK_LATER_PURPOSE,
        ASK_LATER_FIRST,
        ASK_LATER_TOPIC,
        OTHER_ASKS_LATER,
        ASKS_ANOTHER,
        SAYS_ALWAYS,
        PAST_MODAL_TOLD,
      ],
      examples: ["Ab wann ist die Wohnung frei?", "Wann kann ich einziehen?", "Könnten wir schon im März einziehen?"],
      nudge: "Ask Herr Brandt from when you could move in.",
    },
    {
      id: "ask_pets",
      title: "Ask whether pets are allowed",
      points: 15,
      patterns: [
        ...CORRECTED_ASKS("$pet"),
        ...CORRECTED_AWAY("$cost", "$deposit", MOVE_TOPIC),
        // An English "allowed" in a German question frame: "Sind Haustiere allowed hier?" (not the English frame, "is" read as "ist": "Is a Hund allowed?")
        "?@sind $pet (allowed|permitted)",
        "?@sind (meine|unsere|die|zwei|kleine) $pet (allowed|permitted)",
        ...HOW_HANDLED("$pet"),
        "(darf|dürfen|kann|können|dürft*|könnt*) (ich|wir|man) $pet",
        // One of the household who moves in along, with an animal: "Darf mein Frau Katze hier haben?", "Darf mein Sohn einen Hamster haben?"
        // (a visitor's is no tenant's: "Darf meine Schwester ihren Hund mitbringen, wenn sie zu Besuch kommt?")
        "?(darf mein|darf meine|darf unser|darf unsere|dürfte mein|dürfte meine|dürfte unser|dürfte unsere|kann mein|kann meine|kann unser|kann unsere|könnte mein|könnte meine|dürfen meine|dürfen unsere|können meine|können unsere) (frau|mann|ehefrau|ehemann|partner|partnerin|freund|freundin|verlobte|verlobter|sohn|tochter|kind|kinder) ... $pet",
        // Moving in with the animal: "Kann ich mit meinem Vogel einziehen?"
        "(darf|dürfen|kann|können|dürft*|könnt*) (ich|wir|man) mit $pet",
        "(frage|fragen) (zu|zur|zum|wegen|über|bezüglich) $pet",
        // …not one kept for later: "Ich hab ne Frage zu der Haustiere aber später"
        "!!(frage|fragen) ... ($pet später|$pet nachher|$pet aber später|$pet aber nachher|$pet dann später|$pet dann nachher)",
        // Moving in with the animal, asked: "Ist es möglich, mit Hund einzuziehen?"
        "?mit $pet ... (einzuziehen|zu wohnen|einziehen|wohnen)",
        "nach $pet (erkundigen|zu erkundigen|fragen|zu fragen)",
        ASK_MISSED,
        // Keeping one, in the nominal style: "Wäre die Haltung einer Katze gestattet?"
        "haltung $pet (gestattet|erlaubt|möglich|okay|ok|in ordnung)",
        // The animal named, then a bare modal asked: "Hund klein. Darf?"
        "[$pet] ?=(darf|darf ich|darf man|darf er|darf sie|darf das|geht das|erlaubt|möglich|ein problem)",
        // …or a Konjunktiv or "für Sie" asked after the animal: "…, will aber einen aus dem Tierheim holen. Ginge das hier?", "Zwei Ratten im Käfig, ist das für Sie ein Thema?"
        "[$pet] ?=(ginge das|geht das hier|ginge das hier|geht das bei ihnen|ginge das bei ihnen|wäre das okay|wäre das ok|wäre das in ordnung)",
        "[$pet] ?=(ist das|wäre das) (für sie|bei ihnen) (ein thema|ein problem|okay|ok|in ordnung)",
        // …or a bare word of leave, the verb dropped: "ich hab katze, problem?", "Hund klein, ist ok?"
        // (the learner's own animal, or one opening the line: "Der Nachbar hat eine Katze, Problem?" asks nothing)
        "[(ich|wir|mein|meine|meinen|unser|unsere|unseren) ... $pet] ?=(problem|ist problem|ist ein problem|ist das problem|kein problem|ist kein problem|ist ok|ist okay|ist erlaubt|in ordnung|ist in ordnung|geht|geht auch|erlauben|sie erlauben|hier erlauben|hier erlaubt|wohnung erlauben|wohnung erlaubt)",
        // …or whether it bothers anyone: "Mein Kaninchen wohnt im Käfig, das stört doch niemanden, oder?"
        "[(mein|meine|meinen|unser|unsere|unseren) $pet] ?(das|es|er|sie) (stört|störe|stören|würde) ... (niemand|niemanden|keinen|keiner|sie|jemanden|jemand|die nachbarn)",
        "[^$pet] ?=(problem|ist problem|ist ein problem|ist das problem|kein problem|ist kein problem|ist ok|ist okay|ist erlaubt|in ordnung|ist in ordnung|geht|geht auch|erlaubt|erlaubt oder nicht|ok oder nicht|okay oder nicht)",
        "(darf|dürfen|kann|können|dürft*|könnt*) (ich|wir|man) ... $pet (halten|haben|mitbringen|mitnehmen)",
        "(sind|ist) $pet (erlaubt|gestattet|ok|okay|in ordnung|möglich)",
        // …the place set between, asked: "Sind Haustiere hier in Neukölln in der Wohnung erlaubt?" (a town's or country's rules held off by ELSEWHERE)
        "?^(sind|ist) $pet ... (erlaubt|gestattet|in ordnung|möglich)",
        // What the lease or the house rules say of animals, asked: "Ist die Haltung von Haustieren im Mietvertrag geregelt?",
        // "Steht im Mietvertrag etwas über Haustiere?"
        "?(mietvertrag|vertrag|hausordnung) ... $pet",
        "?$pet ... (mietvertrag|vertrag|hausordnung)",
        // …an old lease's: "Stand in Ihrem alten Mietvertrag etwas über Haustiere?"
        "!(alten|altem|alter|letzten|früheren|vorherigen|anderen) (mietvertrag|vertrag|hausordnung)",
        // …asked indirectly, the verb last: "Ich wüsste gern, ob Kleintiere in der Wohnung gestattet sind."
        "(fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|erfahren|interessieren|interessiert|gern|gerne|gewusst) ob ... $pet ... (erlaubt|gestattet|okay|ok|in ordnung|möglich|verboten|ein problem|problem) (sind|ist|wären|wäre)",
        `${WANTED_TO_ASK} ob ... $pet ... (erlaubt|gestattet|okay|ok|in ordnung|möglich|verboten|ein problem|problem) (sind|ist|wären|wäre)`,
        // The infinitive for the participle, as learners say it: "Sind Tiere hier erlauben?"
        "?(sind|ist|wäre|wären) $pet ... erlauben",
        "(was ist mit|wie ist es mit|wie ist das mit|wie sieht es mit|wie sieht es aus mit) $pet",
        `${HOW_STANDS} mit $pet`,
        ...REGARDING("$pet"),
        // Animals in a city or a country, or in another flat, are no question about this one: "Sind Haustiere in Deutschland erlaubt?"
        ...ELSEWHERE("$pet"),
        // The animal named before, taken up by a pronoun: "Ich habe einen Hund. Darf ich ihn mitbringen?"
        "[$pet] (darf|dürfen|kann|können) (ich|wir|man) (ihn|sie|es|die|den|das) (halten|haben|mitbringen|mitnehmen)",
        // Only animals are kept ("halten"): "Darf ich einen Leguan halten?"
        "(darf|dürfen|kann|können) (ich|wir|man) (ein|eine|einen) #noun halten",
        "$pet (ok|okay|erlaubt|möglich)",
        "?$pet (darf|dürfen|geht|geht das)",
        // Whether the animal is a problem, asked in statement order: "Hund ist Problem für Sie?"
        "?$pet (ist|sind|wäre|wären) ... (problem|okay|ok|erlaubt|möglich|in ordnung)",
        // Forbidden asked is allowed asked: "Sind Tiere verboten?"
        "?(sind|ist|wäre|wären) $pet (verboten|ein problem|problem)",
        // …or ruled out in a loan word: "Sind Hunde hier ein No-Go?"; or the house asked whether it welcomes them: "Ist das Haus tierfreundlich?"
        "?(sind|ist|wäre|wären) $pet ... (no go|nogo|tabu|ausgeschlossen)",
        "?(ist|wäre) (das haus|die wohnung|es|sie|der vermieter|das hier) ... (*tierfreundlich|hundefreundlich|katzenfreundlich)",
        // …or fine, the Konjunktiv first: "Wäre ein kleiner Hund in Ordnung für Sie?"
        "?(wäre|wären) $pet (in ordnung|okay|ok|erlaubt|gestattet|möglich)",
        // A ban on them asked: "Gibt es ein Haustierverbot?", "Besteht ein Hundeverbot?"
        "?(gibt es|gibts|ist|besteht|haben sie) ... (haustierverbot|tierverbot|hundeverbot|katzenverbot|tierhaltungsverbot)",
        // The animal's own modal, asked in statement order: "Meine Katze kann mitkommen?", "Der Hund kann mit einziehen?"
        "?$pet (kann|können|darf|dürfen) (mit|mitkommen|mitziehen|einziehen|mit einziehen|hier wohnen|auch mit|auch mitkommen|rein)",
        // Assumed no problem, asked; naming "kein" passes the negation: "Ist Katze kein Problem?"; tersely "Geht Hund?"
        "?(sind|ist|wäre|wären) $pet (kein problem|keine problem)",
        // Adjacent, so "Geht der Hund der Nachbarn oft raus?" asks nothing.
        "?=((geht|ginge|gehts) $pet)",
        "?=((geht|ginge|gehts) (ein|eine|mein|meine|auch ein|auch eine|auch mein|auch meine|ein kleiner|eine kleine|ein kleines) $pet)",
        "[$pet] ?(wie ist das|wie ist es|wie sieht es aus|wie sieht das aus)",
        // An animal seen or had is a story: "Ich habe einen Hund gesehen."
        "!!(gesehen|gehabt|getroffen|gestorben)",
        "(erlauben|erlaubt|akzeptieren|akzeptiert) $pet",
        "?(problem|probleme) mit $pet",
        // Tenants with animals taken, and the house's rules on them: "Nehmen Sie auch Mieter mit Haustieren?", "Gibt es Regeln für Haustiere?"
        "(mieter|mieterin|mieterinnen|leute|menschen|familien|bewerber) mit $pet",
        "(regel*|vorschrift*|bestimmung*|hausordnung) (für|zu|über|bei|wegen) $pet",
        // The animal assumed welcome, with a tag: "Tiere sind kein Problem, oder?"
        "$pet (ist|sind) (kein problem|keine problem|okay|ok|erlaubt) #tag",
        "(etwas|was) gegen $pet",
        // Whether one would bother the landlord: "Stört Sie ein Hund?", "Würde Sie eine Katze stören?", "Stören Sie Haustiere?"
        // (one's own or any, not another's: "Stört Sie der Hund der Nachbarn?")
        "?(stört|stören|würde|würden|störte|störten) (sie|es sie|das sie) (ein|eine|mein|meine|unser|unsere|zwei|ein kleiner|eine kleine|ein kleines) $pet",
        "?(stört|stören|würde|würden|störte|störten) (sie|es sie|das sie) (haustiere|tiere|hunde|katzen)",
        // A bare "Haustiere." in a viewing asks whether they are allowed (opening its sentence: the last of a keyword list,
        // "miete, kaution, einzug, haustiere", asks nothing).
        "^=(haustier*|tiere)",
        "?=$pet",
        "?=(auch|und auch) $pet",
        // After the landlord spoke of an animal, "und" and another one asks, its mark left out: "und ein hund" after "Eine Katze ist kein Problem."
        // Only after one was allowed or refused: after "Haben Sie Haustiere?" "Eine Katze. Und einen Hund." answers, and
        // "Früher hatte ich einen Hund. Und eine Katze." tells.
        "[$pet ... (kein problem|erlaubt|okay|ok|in ordnung|möglich|geht|verboten|nicht erlaubt|leider nicht|darf|dürfen)] =(und|und ein|und eine|und einen|und mein|und meine|und meinen|und zwei|und auch ein|und auch eine) $pet",
        // With an article or a number: "Und ein Hund?" after "Eine Katze ist kein Problem."
        "?=(ein|eine|einen|zwei|mein|meine|meinen|auch ein|auch eine|auch zwei|ein kleiner|eine kleine|ein kleines) $pet",
        // The zu-infinitive after "erlaubt", "möglich": "Wäre es gestattet, eine Katze zu halten?"
        "$pet (zu halten|mitzubringen|zu haben|mitzunehmen)",
        // The verb second where a question puts it first: "ich darf haben katze?"
        "?(ich|wir|man) (darf|dürfen|kann|können) $pet",
        "(ich habe|wir haben) $pet",
        // …not one that lives elsewhere: "Ich habe Hund in Pakistan, nicht hier.", "Wir haben eine Katze bei meinen Eltern."
        "!$pet (in|bei) (pakistan|indien|brasilien|der türkei|syrien|polen|afghanistan|nigeria|heimat|der heimat|meiner heimat|unserer heimat|meinem land|meinen eltern|meiner mutter|meinem vater|meiner familie|meiner schwester|meinem bruder)",
        // …but answering the landlord's question about one's animals asks nothing: "Ja, ich habe einen Hund." after "Haben Sie
        // Haustiere?" ("…, ist das ein Problem?" still asks)
        "!![(haben sie|hätten sie|besitzen sie) (haustiere|tiere|ein haustier|ein tier|einen hund|eine katze|irgendwelche haustiere|irgendwelche tiere)] (ich habe|wir haben|ich hab|habe ich|haben wir)",
        // A condition that asks: "Wäre es ein Problem, wenn ich meinen Kater mitbringe?"
        "(wenn|falls|ob) (ich|wir) $pet (mitbringe|mitbringen|habe|haben|halte|halten|mitnehme|mitnehmen)",
        // The indirect question, its modal last: "Ich wollte fragen, ob ich mit meinem Hund einziehen kann.", "…, ob wir zwei Katzen halten dürfen."
        "(fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|sagen|erfahren|interessieren|interessiert|gern|gerne|gewusst) ob (ich|wir|man) ... $pet ... (halten|haben|mitbringen|mitnehmen|einziehen|wohnen) (kann|könnte|darf|dürfte|können|könnten|dürfen|dürften)",
        `${WANTED_TO_ASK} ob (ich|wir|man) ... $pet ... (halten|haben|mitbringen|mitnehmen|einziehen|wohnen) (kann|könnte|darf|dürfte|können|könnten|dürfen|dürften)`,
        // …the animal named before and taken up by a pronoun: "Mein Freund hat einen kleinen Hund, und ich wollte fragen, ob er hier mit uns wohnen dürfte."
        "[$pet] (fragen|frage|frage mich|fragen uns|frag mich|wissen|wüsste|wüssten|erfahren|interessieren|interessiert|gern|gerne|gewusst) ob (er|sie|es|der|die|das|die beiden|beide) ... (mit|mitkommen|mitziehen|einziehen|wohnen|leben|rein|bleiben) (kann|könnte|darf|dürfte|können|könnten|dürfen|dürften)",
        // Fear or an allergy names an animal, it asks nothing: "Ich habe Angst vor Hunden."; the allergy's compound too:
        // "Ich habe eine Tierhaarallergie.", "Mein Sohn hat eine Katzenallergie."
        "!!(angst|allergi*|*allergie|*allergien|*allergiker|*allergikerin)",
        // The neighbours' animal is theirs, not one the learner would keep: "Stört Sie ein Hund von meinem Nachbar?"
        // …nor a relative's or a neighbour's own, asked about for them: "Mein Nachbar hat Hund, Problem?", "Meine Schwester hat ne
        // Katze, ist das ein Problem für sie?" (a partner or a child moves in with it: "Mein Freund hat einen kleinen Hund, …")
        "!!(mein|meine|unser|unsere) (nachbar|nachbarin|bruder|schwester|vater|mutter|eltern|kollege|kollegin|chef|chefin|oma|opa|onkel|tante|cousin|cousine|kumpel) (hat|haben|hatte|hatten|hält|halten) ... $pet",
        "!$pet (vom|von meinem|von meiner|von dem|von der|von den|der|des) (nachbar*|nachbarn)",
        // Vermin in the old flat ask nothing: "Wir haben Mäuse in der alten Wohnung, deshalb ziehen wir um!"
        "!(mäuse|maus|ratten|ratte) (in|im|bei|überall)",
        // Passive and short questions: "Dürfen hier Tiere gehalten werden?", "Und mein Hund, geht das?"
        "(darf|dürfen|kann|können) hier $pet",
        "$pet (gehalten|erlaubt)",
        // Bringing the animal along asks too: "Mein Kater kommt mit, geht das?"
        "$pet (kommt|kommen|zieht|ziehen) (mit|ein)",
        "(darf|dürfen|kann|können) $pet (mit|mitkommen|mitziehen|einziehen|rein|hier wohnen)",
        // The animal let into the flat, the verb of motion left out: "Dürfen Katzen in die Wohnung?", "Darf mein Hund hier rein?"
        "?(darf|dürfen|kann|können) ... $pet (in die wohnung|in diese wohnung|mit in die wohnung|hier rein|hierher|mit rein|auch rein|auch mit)",
        "(geht das|geht es|gehts|geht|ginge das|ist das ok|ist das okay|ist das erlaubt|ist das möglich|ist das ein problem) mit $pet",
        // …the subject dropped, asked: "ist ok mit tiere?", "Ist es okay mit Katze?"
        "?(ist ok|ist okay|ist es ok|ist es okay|ist erlaubt|ist es erlaubt|ist möglich|ist es möglich|ist problem|ist ein problem|ist es ein problem) mit $pet",
        // The animal taken up by a pronoun: "Mein Hund ist ganz ruhig – darf er mit einziehen?"
        "[$pet] (darf|dürfen|kann|können) (er|sie|es|der|die|das) (mit|mitkommen|mitziehen|einziehen|mit einziehen|rein|hier wohnen|hier leben|wohnen|leben)",
        // …in the same run-on clause, the verb before the pronoun asking: "ich hab einen Hund einen kleinen darf der mit"
        // ("…, der darf mit" tells).
        "$pet (darf|dürfen|kann|können) (er|sie|es|der|die|das) (mit|mitkommen|mitziehen|einziehen|mit einziehen|rein|hier wohnen|hier leben)",
        "$pet (haben|halten|mitbringen|mitnehmen) (geht das|geht es|ist das ok|ist das okay|ist das erlaubt|möglich|erlaubt|ok|okay)",
        "(was sagen sie zu|was halten sie von|wie stehen sie zu|wie ist es mit) $pet",
        // …asked indirectly, the verb last: "Mich würde interessieren, wie Sie zu Haustieren stehen."
        "wie sie (zu|zu einem|zu einer) $pet stehen",
        "?(ich|wir) $pet (mitbringen|haben|halten|mitnehmen)",
        // The animal named in an earlier clause, then asked about: "…, eine kleine Katze, ist das erlaubt hier?"
        "[$pet] ?(ist das|ist es|isch das|geht das|geht es|wäre das|wäre es|ist dies|wäre dies) (erlaubt|ok|okay|in ordnung|möglich|ein problem|gestattet)",
        // …in casual words: "…, eine Katze. Geht das klar?", "Passt das?"
        "[$pet] ?=(geht das klar|geht klar|geht das klar für sie|passt das|passt das für sie|passt das so|ist das cool|ist das fine|ist das in ordnung für sie)",
        // …or whether one's own animal bothers him: "Mein Kaninchen lebt frei in der Wohnung – stört Sie das?", "…, würde Sie das stören?"
        // (not another's: "Die Katze vom Nachbarn, stört Sie das?")
        "[(ich|wir|mein|meine|meinen|unser|unsere|unseren) ... $pet] ?=(stört sie das|stört das sie|stört es sie|stört das|würde sie das stören|würde das sie stören|würde es sie stören|wäre das störend|wäre das ein problem für sie|stört sie das nicht)",
        // (the southern "isch" for "ist": "Ich hab ne Katze isch das ein Problem?")
        "$pet (geht das|ist das ok|ist das okay|ist das erlaubt|ist das in ordnung|ist das ein problem|ist das möglich|isch das ok|isch das okay|isch das erlaubt|isch das ein problem)",
        ASK_LATER,
        ...ASK_LATER_PURPOSE,
        ASK_LATER_FIRST,
        ASK_LATER_TOPIC,
        OTHER_ASKS_LATER,
        ASKS_ANOTHER,
        SAYS_ALWAYS,
        TOLD_BEFORE,
        ...ASKED_BEFORE,
        ASK_WITHDRAWN,
        ASK_REGRETTED,
        PAST_MODAL_TOLD,
      ],
      examples: ["Sind Haustiere erlaubt?", "Darf ich meine Katze mitbringen?", "Was ist mit Haustieren, zum Beispiel einem kleinen Hund?"],
      nudge: "Ask whether pets are allowed in the flat.",
    },
    {
      id: "express_interest",
      title: "Say that you want to rent the flat",
      points: 25,
      patterns: [
        "(ich|wir) interessiert",
        // …spelt as heard, two letters off, beyond the one slip forgiven: "wir sind sehr intresiert an die wohnung"
        "(ich|wir) (intresiert|intresirt|interesirt|intresziert)",
        "an (der|dieser|ihrer) wohnung (interessiert|interesse)",
        // The formal register: one's own interest in the flat or in renting it, declared: "Ich möchte hiermit mein Interesse an der
        // Anmietung der Wohnung bekunden.", "Meinerseits besteht großes Interesse an dieser Wohnung.", "Ich bin an der Anmietung
        // interessiert." (another's, or asked: "Gibt es viel Interesse an der Wohnung?"; gone: "Mein Interesse an der Wohnung ist gesunken.")
        ".(mein|unser|meinerseits|unsererseits|hiermit) ... interesse an (der|dieser|ihrer) (wohnung|anmietung)",
        "(ich|wir) ... an der anmietung ... interessiert",
        // …or in signing the lease: "Ich bin an einem Abschluss des Mietvertrags sehr interessiert." (the present only: "Ich war an
        // der Anmietung interessiert" is gone)
        "(ich bin|wir sind|bin ich|sind wir) ... an (der|dem|einem|einer|einem baldigen|einem schnellen|einer baldigen) (abschluss|vertragsabschluss|mietvertrag|unterzeichnung|unterschrift) ... interessiert",
        "!interesse an ... (war|waren|gesunken|verloren|vorbei|erloschen|weg|geringer|kleiner)",
        // The formal wish, verb last: "…, wenn ich die Wohnung mieten dürfte."
        "(ich|wir) (die wohnung|diese wohnung|sie) (mieten|nehmen) (dürfte|dürften|könnte|könnten|darf|dürfen|kann|können|würde|würden|möchte|möchten|will|wollen)",
        "(ich|wir) (die wohnung|diese wohnung) (bekommen|haben) (dürfte|dürften|könnte|könnten|darf|dürfen|kann|können)",
        "(ich|wir) (möcht*|würd*|will|wollen) (mieten|nehmen)",
        // A Dutch speaker's article or verb ("ik wil", "graag" fold to German): "Ik wil de Wohnung graag huren", "Ik wil de Wohnung hebben"
        "(ich|wir) (will|wollen|möcht*|würd*) (die wohnung|de wohnung|de woning|diese wohnung|sie) ... (huren|hebben|nemen)",
        "(ich|wir) (will|wollen|möcht*|würd*) (de wohnung|de woning) ... (haben|mieten|nehmen)",
        "(ich|wir) nehm* (die wohnung|wohnung|sie)",
        // The verb itself, right after its subject: "miet*" also opens the nouns, "Ich zahle die Miete für die Wohnung pünktlich",
        // "Ich habe den Mietvertrag von meiner alten Wohnung dabei."
        // Verb first only after a word that decides: "Okay, dann miete ich die Wohnung." (not the condition "Miete ich die
        // Wohnung, dann brauche ich einen Parkplatz.", nor the question "Miete ich die Wohnung direkt von Ihnen?")
        "(ich miete|ich miet|wir mieten) (die wohnung|wohnung|sie|diese wohnung)",
        "(dann|also|gut|gerne|gern|natürlich|klar|sofort) (miete ich|mieten wir) (die wohnung|wohnung|sie|diese wohnung)",
        "!?(ich miete|ich miet|wir mieten|miete ich|mieten wir) (die wohnung|wohnung|sie|diese wohnung)",
        "(gefällt|gefallen) (mir|uns)",
        // Liking the flat, the dative first: "Mir gefällt die Wohnung sehr gut."; or loved: "Ich liebe diese Wohnung!", "Wir mögen die Wohnung."
        "(mir|uns) (gefällt|gefallen) (die wohnung|diese wohnung|sie|es|alles)",
        // The city liked, or a room not liked, wants nothing: "Berlin gefällt mir sehr", "Das Bad gefällt mir nicht so."
        "!(berlin|stadt|viertel|gegend|kiez|neukölln|deutschland|nachbarschaft|umgebung) (gefällt|gefallen)",
        "!(gefällt|gefallen) (mir|uns) (berlin|die stadt|das viertel|die gegend|neukölln|deutschland|nicht|gar nicht|überhaupt nicht)",
        // One room or feature liked is an opinion, not the flat wanted: "Die Küche gefällt mir.", "Der Balkon gefällt mir sehr!"
        // ("Der Balkon gefällt mir, ich nehme die Wohnung." still takes it in its own clause)
        `!${FEATURE} (gefällt|gefallen)`,
        // Another flat liked, a friend's, the old one or another seen, is a comparison, not this one wanted: "Die Wohnung von unseren
        // Freunden gefällt uns mehr.", "Unsere alte Wohnung gefällt uns immer noch besser.", "Die andere Wohnung gefällt mir besser."
        // ("Diese Wohnung gefällt uns besser als die von unseren Freunden." names the other after the liking)
        "!(wohnung|wohnungen|haus|zimmer) (von|vom|bei) (unseren|unsere|unserem|unserer|meinen|meine|meinem|meiner|seinen|seiner|seinem|ihren|ihrer|ihrem|#noun) ... (gefällt|gefallen)",
        "!(alte|alten|andere|anderen|frühere|früheren|letzte|letzten|vorige|vorigen|erste|ersten|zweite|zweiten|jetzige|jetzigen|unsere|meine) (wohnung|wohnungen|haus) ... (gefällt|gefallen|ist|war|waren|perfekt|ideal|passt|passte)",
        // …or this one judged in the past: "Die Wohnung war perfekt für uns, aber jetzt sind wir drei."
        "!(war|waren) ... (perfekt|ideal|genau richtig|wie gemacht|optimal) für (mich|uns)",
        // Wondering aloud whether one likes it asks oneself, it wants nothing: "Gefällt uns die Wohnung? Ich weiß nicht."
        "!?(gefällt|gefallen) (mir|uns) (die wohnung|diese wohnung|die|sie|das|es)",
        // Another flat wanted: "Eigentlich sind wir an einer größeren Wohnung interessiert."
        "!(einer|eine|einen) (größeren|kleineren|anderen|günstigeren|billigeren|ruhigeren|helleren|größere|kleinere|andere|günstigere) wohnung",
        "(ich|wir) (mag|mögen|liebe|lieben) (die wohnung|diese wohnung|sie)",
        // The lease asked for, taken or held: "Ich möchte den Vertrag.", "Können wir den Mietvertrag machen?",
        // "Können Sie die Wohnung für mich reservieren?", "Ich sage zu.", "Ich nehme das Angebot an."
        "(möcht*|hätt*|will|wollen) (den|einen) (vertrag|mietvertrag)",
        "(den|einen|einen) (vertrag|mietvertrag) (machen|aufsetzen|schicken|vorbereiten|fertig machen|abschließen)",
        "(wohnung|sie|die) (für mich|für uns) (reservieren|freihalten|zurückhalten|zurücklegen)",
        // …asked with the learner as subject: "Kann ich die Wohnung reservieren?", "Könnten wir sie vormerken lassen?"
        "(kann|könn*|darf|dürf*) (ich|wir) (die wohnung|diese wohnung|sie) (reservieren|vormerken|reservieren lassen|vormerken lassen)",
        "=(ich sage zu|wir sagen zu|ich sag zu)",
        // The wish with "gern" before the flat, or the flat first: "Ich hätte gern die Wohnung.", "Die will ich haben."
        "(ich|wir) (hätt*|möcht*) (gern|gerne|sehr gern|sehr gerne) (die wohnung|diese wohnung)",
        "^(die|sie|diese) (will|möchte|möchten|wollen|würde|würden) (ich|wir) (haben|nehmen|mieten|gern haben|gerne haben)",
        // …after the flat named in a clause before it: "Super Wohnung, die will ich haben!"
        "[*wohnung] (die|diese) (will|möchte|möchten|wollen|würde|würden) (ich|wir) (haben|nehmen|mieten|gern haben|gerne haben)",
        // Won over by it: "Ich bin begeistert.", "Wir haben uns in die Wohnung verliebt.", "Die Wohnung ist ein Traum."
        // …said alone, or of the flat: one room or one town won over by is an opinion ("Ich bin begeistert von der Küche.",
        // "Ich bin verliebt in den Balkon.", "Ich bin begeistert von Berlin.")
        "=(ich bin|wir sind|bin ich|sind wir) (begeistert|total begeistert|sehr begeistert|schon verliebt|verliebt)",
        "(ich bin|wir sind|bin ich|sind wir) (begeistert|total begeistert|sehr begeistert|schon verliebt|verliebt) (von|vom|in|über) (der wohnung|die wohnung|dieser wohnung|diese wohnung|ihrer wohnung|ihre wohnung|allem|ihr)",
        "in (die|diese) wohnung verliebt",
        "(die wohnung|diese wohnung) ist (perfekt|ideal|ein traum|traumhaft|wunderschön|genau richtig|genau das richtige)",
        "(ich finde|wir finden|finde ich|finden wir) (die wohnung|sie|diese wohnung) ... (wunderschön|toll|super|perfekt|klasse|traumhaft|genial|sehr schön)",
        // The landlord asked how one likes it: "Sehr gut!" after "Und, wie gefällt Ihnen die Wohnung?"
        "[(gefällt|gefallen|wie finden sie)] =(sehr gut|super|toll|sehr schön|wunderschön|perfekt|ja sehr|ja sehr gut|sehr|ganz toll|echt toll|sehr sehr gut|wirklich gut|wirklich schön)",
        // …or says so of it: "Sie ist toll!"
        "[(gefällt|gefallen|wie finden sie)] =.(sie ist|die ist|die wohnung ist|es ist|ist) ... (toll|super|sehr schön|wunderschön|perfekt|klasse|großartig|fantastisch|traumhaft|wunderbar|genial)",
        // Getting the papers together for it: "Welche Unterlagen brauchen Sie?", "Ich kann Ihnen meine Unterlagen sofort schicken.",
        // "Was muss ich tun, um die Wohnung zu bekommen?"
        "(welche|was für) (unterlagen|dokumente|papiere|nachweise) (brauchen|benötigen|wollen|möchten) sie",
        "(was|welche*) ... (brauchen|benötigen) sie ... (für den vertrag|für den mietvertrag|für die bewerbung)",
        "(ich|wir) (kann|können|könnte|könnten|werde|werden|würde|würden|schicke|schicken|bringe|bringen|sende|senden|maile) ... (unterlagen|mietermappe|bewerbermappe|schufa*|gehaltsnachweis*|gehaltsabrechnung*|selbstauskunft) ... (schicken|zuschicken|senden|mailen|geben|einreichen|mitbringen|vorbeibringen|bringen)",
        // Naming "Ihnen" passes the blocker of the landlord's "Gefällt Ihnen …?"
        "(ich|wir) (kann|können|könnte|könnten|werde|werden|würde|würden|schicke|schicken|sende|senden|maile) ihnen ... (unterlagen|mietermappe|bewerbermappe|schufa*|gehaltsnachweis*|gehaltsabrechnung*|selbstauskunft)",
        "um (die wohnung|sie|diese wohnung) zu (bekommen|kriegen|mieten)",
        "(nehme|nehmen) (das|ihr) angebot an",
        // The infinitive for the verb, as beginners say it: "Ich mieten wollen.", "Wohnung gut. Ich nehmen."
        "(ich|wir) (mieten|nehmen) (wollen|will|möchte|möchten|möcht)",
        "=(ich nehmen|ich mieten|ich nehmen wohnung|ich mieten wohnung)",
        "(ich|wir) (hätt*|habe|hab|haben) interesse",
        // The subject left out after "und" or a comma: "… und möchte sie nehmen", "würd sie sofort mieten".
        // The formal verb too: "ich würde sie sehr gerne anmieten".
        "(möchte|möcht|würde|würd|will) (sie|die wohnung|diese wohnung) ... (nehmen|mieten|anmieten|haben)",
        // …"die" for the flat, an adverb or nothing before the verb (an article would take a noun): "Ich will die wirklich haben.",
        // "Wir würden die sofort nehmen."
        // (one phrase, no gap: "Ich will die Küche neu haben." wants no flat)
        `(${["ich möchte", "wir möchten", "ich möcht", "ich würde", "wir würden", "ich würd", "ich will", "wir wollen"].flatMap((modal) => ["die", "die wirklich", "die unbedingt", "die sofort", "die gern", "die gerne", "die echt", "die total", "die auf jeden fall", "die definitiv"].flatMap((it) => ["nehmen", "mieten", "haben"].map((verb) => `${modal} ${it} ${verb}`))).join("|")})`,
        // Asking for the flat itself: "Kann ich die Wohnung haben?", "Bitte geben Sie mir die Wohnung.", "Ich hoffe, ich bekomme sie."
        "(kann|könnte|darf|dürfte|können|könnten|dürfen) (ich|wir) (die wohnung|diese wohnung|sie) (haben|bekommen|kriegen|mieten|nehmen)",
        // …"sie" kept somewhere in the flat is an animal or a thing, not the flat: "Ich habe eine Katze. Darf ich sie hier haben?"
        "!sie (hier|da|dort|drin|drinnen|mit) (haben|halten)",
        "(geben|vermieten|überlassen|gib) sie (mir|uns) ... wohnung",
        // …asked politely: "Können Sie mir die Wohnung geben?", "Würden Sie uns die Wohnung vermieten?"
        "(können|könnten|würden|wollen|möchten) sie (mir|uns) (die wohnung|diese wohnung) (geben|vermieten|überlassen)",
        // The flat put first, the wish a whole clause: "Die Wohnung will ich!" ("…will ich noch mal sehen" goes on)
        "=(die wohnung|diese wohnung) (will|möchte|nehme|nehm|miete) (ich|wir)",
        // Deciding for it: "Ich entscheide mich für die Wohnung.", "Wir haben uns für die Wohnung entschieden."
        // (a whole clause: "…für die Wohnung in Kreuzberg entschieden" is another flat)
        "=(ich entscheide mich|wir entscheiden uns|ich entscheid mich) (für die wohnung|für diese wohnung|für sie)",
        "=(ich habe mich|ich hab mich|wir haben uns) (für die wohnung entschieden|für diese wohnung entschieden|für sie entschieden)",
        "(geben|vermieten|überlassen) sie (die wohnung|wohnung|diese wohnung) (mir|uns|an mich|an uns)",
        "(ich|wir) (bekomme|bekommen|kriege|kriegen) (die wohnung|diese wohnung)",
        // The lease wanted as a noun: "Ich möchte gerne einen Mietvertrag."
        "(möcht*|hätt*) (einen|den|gern einen|gerne einen|gern den|gerne den) mietvertrag",
        // The plain "Vertrag" too: "Ich möchte erst den Vertrag lesen."
        "!(mietvertrag|vertrag) ... (lesen|sehen|durchlesen|prüfen|anschauen|ansehen|zeigen|übersetzen)",
        // Applying for it: "Ich würde mich gerne bewerben", "für die Bewerbung", "Soll ich Ihnen meine Unterlagen schicken?"
        "(ich|wir) (würd*|möcht*|will|wollen) (mich|uns) ... bewerben",
        "(für|zur|zu) (die|der|meine|meiner|unsere|unserer) bewerbung",
        "(soll|sollen|kann|können|darf|dürfen) (ich|wir) ... (unterlagen|bewerbung*|mietermappe|bewerbermappe|schufa*|gehaltsnachweis*|selbstauskunft) (schicken|zuschicken|senden|mailen|geben|einreichen|mitbringen)",
        // Judging that it fits: "Die Wohnung ist perfekt für uns.", "Das ist genau, was ich suche."
        "(perfekt|ideal|genau richtig|wie gemacht|optimal) für (mich|uns)",
        // …said of this flat, not of one still sought ("Ich suche die richtige Wohnung für mich"): "Das ist genau die richtige Wohnung für mich."
        // (stated: "Das ist die richtige Wohnung für mich? Ich weiß nicht." wonders)
        ".(das ist|die ist|sie ist|das wäre|die wäre|es ist) ... (richtige|perfekte|ideale|passende) wohnung (für mich|für uns)",
        // The flat fits what one wants: "Die Wohnung entspricht genau meinen Vorstellungen.", "Sie passt perfekt zu uns."
        "(wohnung|sie|alles) (entspricht|entsprechen) ... (meinen|unseren) (vorstellungen|wünschen|erwartungen|anforderungen)",
        "(wohnung|sie) (passt|passen) (perfekt|genau|ideal|super|sehr gut|wunderbar|optimal) (zu mir|zu uns)",
        // The dream flat found: "Das ist meine Traumwohnung!"
        "(ist|wäre) (meine|unsere|die|eine) traumwohnung",
        // Becoming the tenant ("Ihr" passes the landlord's "Ihr" blocker): "Ich würde gern Ihr neuer Mieter werden."
        "(ihr|ihre) (mieter|mieterin|neuer mieter|neue mieterin|nachmieter|nachmieterin) (werden|sein)",
        // …wished as what one would be, the copula before it: "Wir wären gern Ihre neuen Mieter.", "Ich wäre gern Ihre neue Mieterin."
        "(ich wäre|wir wären|wäre ich|wären wir) (gern|gerne|sehr gern|sehr gerne|so gern|so gerne) (ihr|ihre) (mieter|mieterin|neuer mieter|neue mieterin|neuen mieter|nachmieter|nachmieterin|nächster mieter|nächste mieterin|nächsten mieter)",
        // …without "Ihr", the wish before it: "Ich möchte gern Mieter werden.", "Wir würden gerne die neuen Mieter sein."
        "(ich|wir) (möcht*|würd*|will|wollen) ... (mieter|mieterin|mieterinnen|nachmieter|nachmieterin|nachmieterinnen) (werden|sein)",
        "genau (das|das was|was) (ich|wir) (suche|suchen|gesucht|brauche|brauchen)",
        // The formal wish: "Ich würde mich freuen, die Wohnung mieten zu dürfen."
        "(die wohnung|diese wohnung|sie) (mieten|nehmen|bekommen|beziehen) zu (dürfen|können)",
        "(ich|wir) (will|wollen|möcht*) (die wohnung|wohnung|sie) (haben|mieten|nehmen)",
        "(ich|wir) (möcht*|will|wollen) (die wohnung|diese wohnung|sie)",
        // The inverted wish: "Gerne würde ich hier einziehen.", "Die Wohnung hätte ich gerne."
        "^(gern|gerne|sehr gern|sehr gerne) (würde|würden|möchte|möchten) (ich|wir) ... (einziehen|wohnen|mieten|anmieten|nehmen)",
        "^(die wohnung|diese wohnung|die|sie) (hätte|hätten) (ich|wir) (gern|gerne|sehr gern|sehr gerne)",
        // Hoping to get it: "Ich würde mich freuen, die Wohnung zu bekommen.", "Was muss ich machen, damit ich die Wohnung bekomme?"
        "[(freue|freuen|froh|hoffe|hoffen|glücklich|wünsche)] .(die wohnung|diese wohnung|sie) zu (bekommen|kriegen|mieten|anmieten)",
        "damit (ich|wir) (die wohnung|diese wohnung|sie) (bekomme|bekommen|kriege|kriegen)",
        // The lease asked to be sent: "Schicken Sie mir bitte den Mietvertrag.", "Können Sie mir den Vertrag schicken?"
        "(schicken|senden|mailen|geben) sie (mir|uns) ... (mietvertrag|vertrag)",
        "(können|könnten) sie (mir|uns) ... (mietvertrag|vertrag) (schicken|zuschicken|senden|mailen|geben|vorbereiten|fertig machen)",
        // Wishing for it: "Wir hätten die Wohnung sehr gern."
        "(ich|wir) (hätt*|möcht*) (die wohnung|diese wohnung|sie) (gern|gerne)",
        // …in a clause with its verb last: "Ich wollte sagen, dass ich die Wohnung sehr gern hätte."
        "(ich|wir) (die wohnung|diese wohnung) (gern|gerne|sehr gern|sehr gerne|wirklich gern|wirklich gerne) (hätte|hätten|haben möchte|haben möchten|haben würde|haben würden)",
        "(hätt*|möcht*) (ich|wir) (die wohnung|diese wohnung|sie) (gern|gerne)",
        "(ich|wir) (interessiere|interessieren) (mich|uns)",
        // Interest in a pastime is small talk, not the flat: "Ich interessiere mich für Fußball."
        "!(interessiere|interessieren|interessiert|intresiert|interesirt) (mich|uns) (für|sehr für|auch für) (fußball|sport|*sport|musik|kunst|geschichte|politik|kultur|filme|bücher|technik|autos|kochen|reisen|natur|fotografie|computer*|spiele|games)",
        // …as is interest in a kind of building or its features in general: "Ich interessiere mich sehr für Altbauten, die Stuckdecken sind toll."
        "!(interessiere|interessieren|interessiert|intresiert|interesirt) (mich|uns) (für|sehr für|auch für|schon immer für|besonders für|total für) (altbau|altbauten|altbauwohnungen|*bauten|häuser|gebäude|stuck*|denkmäler|antiquitäten|möbel|pflanzen|wohnungen)",
        // A field of interest named by its compound's head: "Kunstgeschichte", "Gartenarbeit", "Fotografie".
        "!(interessiere|interessieren|interessiert|interesse|intresiert|interesirt|intresse) (mich|uns|an|für) (*geschichte|*arbeit|*kunst|*musik|*sport|*kultur|*wissenschaft*|*technik|*fotografie|fotografie|*politik|*literatur|garten*|*sprachen|*sprache|*architektur|architektur|*design|design|mode|immobilien|wohnungen)",
        // Interest in the area or the house, not in renting: "Ich bin interessiert an der Gegend hier."
        "!(interessiere|interessieren|interessiert|interesse|intresiert|interesirt|intresse) (mich|uns|an|für) (der|dem|die|das|den) (gegend|viertel|kiez|lage|umgebung|nachbarschaft|stadt|haus|gebäude|geschichte|architektur)",
        "!(interessiert|interesse|intresiert|interesirt|intresse) (an|für) (der|dem|die|das|den) (gegend|viertel|kiez|lage|umgebung|nachbarschaft|stadt|haus|gebäude|geschichte|architektur)",
        // The flat wanted for another look, not taken: "Ich möchte die Wohnung noch mal mit meinem Mann sehen."
        "!(möcht*|will|wollen|würd*) (die wohnung|diese wohnung|sie) ... (sehen|ansehen|anschauen|anschaun|angucken|zeigen|fotografieren|besichtigen|ausmessen|messen|überlegen|prüfen|besprechen|bereden|beschreiben|vermessen)",
        "(wo|wie|kann|könn*|möcht*|würd*) (ich|wir) (mich|uns) bewerben",
        "(mietvertrag|vertrag) unterschreiben",
        // The infinitive alone, as a learner says it: "Wohnung nehmen, ja."
        "=(wohnung|die wohnung|diese wohnung) (nehmen|mieten)",
        // Infinitives stacked are a list of keywords, no wish: "Wohnung mieten nehmen".
        "!(nehmen|mieten) (nehmen|mieten|haben|kaufen|wohnen)",
        "(ich|wir) (wohnung|die wohnung|diese wohnung) (nehmen|mieten)",
        // Without the pronoun: "Nehme Wohnung."
        "(nehme|nehm) (wohnung|die wohnung|diese wohnung)",
        // Moving in soon wished says when, not that one takes it: "Ich würde gern so schnell wie möglich einziehen, ist es möglich schon am Ersten?"
        "!(so schnell wie möglich|so bald wie möglich|möglichst bald|möglichst schnell|möglichst früh|schnell|bald|sofort|früh|früher|eher) (einziehen|einziehn|reinziehen|rein)",
        // …and so does a date before it: "Wir würden gerne am 1. Mai einziehen, geht das?" (not "am liebsten")
        "!(ab|zum|anfang|ende|mitte|erste*|nächst*|#date|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|sommer|herbst|winter|frühling|monatsanfang|monatsende) ... (einziehen|einziehn|reinziehen)",
        // Wanting to live there is wanting the flat: "Ich würde sehr gern hier einziehen."
        "(ich|wir) (würd*|möcht*) (gern|gerne) (hier einziehen|hier wohnen|einziehen|mieten|nehmen)",
        "(ich|wir) (würd*|möcht*|will|wollen) (hier|gern|gerne) (wohnen|einziehen)",
        // …most of all: "Wir würden am liebsten sofort hier einziehen!", "Am liebsten würden wir hier wohnen."
        "(ich|wir) (würd*|möcht*) am liebsten ... (hier einziehen|hier wohnen|hier leben|die wohnung nehmen|die wohnung mieten|sie nehmen|sie mieten)",
        "am liebsten (würde|würden|möchte|möchten) (ich|wir) ... (hier einziehen|hier wohnen|hier leben|die wohnung nehmen|die wohnung mieten|sie nehmen|sie mieten)",
        // "leben" only right after "hier": "Ich möchte hier leben." ("…hier in Berlin leben" wants the city)
        "(ich|wir) (würd*|möcht*|will|wollen) (hier leben|gern hier leben|gerne hier leben)",
        // Moving in wished alone, with no date: "Ich möchte einziehen!" ("Ich möchte am Ersten einziehen" says when)
        "=(ich möchte einziehen|ich will einziehen|wir möchten einziehen|wir wollen einziehen|ich möchte hier einziehen|ich will hier einziehen)",
        // The lease wished without its article: "Ich möchte Vertrag machen."
        "(ich|wir) (möcht*|will|wollen|würd*) (vertrag|mietvertrag) (machen|unterschreiben|haben|abschließen)",
        // Wanting the papers before deciding decides nothing: "Ich möchte Vertrag haben, bevor ich entscheide."
        "!!bevor (ich|wir) ... (entscheide|entscheiden|überlege|überlegen)",
        // Signing at once: "Ich unterschreibe sofort!"
        "(ich|wir) (unterschreibe|unterschreiben|unterschreib) (sofort|gleich|gern|gerne|jetzt|direkt|hier)",
        // "Here" put first: "Hier würde ich gerne wohnen."
        "^hier (würd*|möcht*|will|wollen) (ich|wir) ... (wohnen|einziehen)",
        // Renting something else is no flat wanted: "Ich möchte einen Stellplatz mieten.", "Ich möchte ein Auto mieten."
        "!(stellplatz*|parkplatz*|garage*|tiefgarage*|keller*|auto|autos|transporter|umzugswagen|möbelwagen|lagerraum|abstellraum) ... (mieten|anmieten)",
        // Taking what the landlord offers: "Möchten Sie die Wohnung?" "Ja gerne, die nehme ich."
        // Taking the flat without an object, in the viewing: "Ich nehme.", "Ich will."
        "=(ich nehme|ich nehm|nehme ich|nehm ich|wir nehmen|ich nehme sie|wir nehmen sie|ich will|ich will sie|wir wollen|wir wollen sie|ich nehme die|wir nehmen die|ich nehm die)",
        // …the flat named before it in the same run-on clause, as speech and chat leave out the comma: "super wohnung ich nehm die"
        // (the pronoun closing the clause: "…ich nehm die Bahn" takes no flat; asked, "…ich nehm die?", it asks)
        ".=(*wohnung (ich nehme|ich nehm|wir nehmen|nehme ich|nehm ich) (die|sie))",
        ".=(#word *wohnung (ich nehme|ich nehm|wir nehmen|nehme ich|nehm ich) (die|sie))",
        ".=(#word #word *wohnung (ich nehme|ich nehm|wir nehmen|nehme ich|nehm ich) (die|sie))",
        // …or praised, then taken with nothing after, the comma left out: "wohnung ist gut ich nehme", "die wohnung gefällt mir ich will sie"
        ".=(*wohnung|die *wohnung|diese *wohnung) (ist|gefällt mir|gefällt uns) ... (ich nehme|ich nehm|wir nehmen|ich nehme sie|ich nehm sie|wir nehmen sie|ich nehme die|ich nehm die|ich will sie|ich miete sie|ich will|wir wollen)",
        // The flat as "es" or "das": "Okay, ich nehme es."
        // (not after another thing offered: "Ich nehme es." after "Hier ist meine Visitenkarte.", "Das nehme ich." after "Möchten Sie ein Glas Wasser?")
        "[!(wasser|kaffee|tee|glas|getränk|karte|visitenkarte|nummer|telefonnummer|prospekt|flyer|formular|zettel|kopie|infoblatt|exposé|expose|broschüre|kuchen|keks|kekse|plan|grundriss)] =(ich nehme es|ich nehm es|ich nehme das|ich nehm das|wir nehmen es|wir nehmen das|das nehme ich|das nehmen wir)",
        "(wo|wann) unterschreib*",
        // Taking it at once, the flat understood: "Die nehm ich, wirklich schön hier."
        "=(die nehme ich|die nehm ich|die nehmen wir|die miete ich|die mieten wir|die will ich|die wollen wir|die möchte ich|die möchten wir)",
        "[*wohnung] =(ich nehme|ich nehme sie|ich nehm|wir nehmen|wir nehmen sie|ich miete sie|ich nehme die|nehme ich|nehm ich|nehmen wir)",
        "[*wohnung] (die nehme ich|die nehm ich|die nehmen wir|die miete ich|die mieten wir|die möchte ich|die möchten wir|die würde ich nehmen)",
        "(wo|wann|kann|könn*|darf|dürf*) (ich|wir) unterschreib*",
        "(ich|wir) (würd*|möcht*|will|wollen) unterschreib*",
        // …the lease between: "Ich würde den Mietvertrag gerne so bald wie möglich unterschreiben."
        "(ich|wir) (würd*|möcht*|will|wollen) ... (mietvertrag|vertrag) ... unterschreiben",
        "(ich|wir) (würd*|möcht*|will|wollen|kann|könnt*) zusag*",
        "(krieg*|bekomm*) (ich|wir) (die wohnung|sie)",
        // The verb first, for emphasis: "Nehmen würde ich sie gern."
        "(nehmen|mieten) (würde|möchte|will|würden|möchten|wollen) (ich|wir)",
        // Applying for it now, in the present: "Ich bewerbe mich hiermit offiziell um die Wohnung."
        "(ich|wir) (bewerbe|bewerben) (mich|uns) ... (um|für) (die wohnung|sie|diese wohnung)",
        // The flat put first, the verb before its subject: "Die Wohnung muss ich haben!", "diese hier will ich", "Zusagen würde ich sofort."
        "(die wohnung|diese wohnung) (muss|will|möchte) (ich|wir) (haben|mieten|nehmen)",
        "=(diese hier|die hier|diese wohnung|die wohnung) (will|nehme|nehm) (ich|wir)",
        "^(zusagen|unterschreiben) (würde|würd|möchte|will|werde) (ich|wir)",
        // Yes to the landlord's question: "Haben Sie Interesse?" "Ja, auf jeden Fall."
        // Only where interest was asked: "Ja." after "Es gibt viel Interesse an der Wohnung. Haben Sie noch Fragen?" answers the question.
        "[(haben sie interesse|hätten sie interesse|haben sie noch interesse|sind sie interessiert|wären sie interessiert|sind sie noch interessiert|interessiert sie die wohnung)] =(ja|ja gerne|ja gern|auf jeden fall|ja auf jeden fall|natürlich|ja natürlich|sehr|ja sehr|ja klar|klar|klar gerne|klar sehr gerne|sehr gerne|sehr gern|ja sehr gerne|gerne|gern|absolut|unbedingt|ja unbedingt|definitiv|ja definitiv|sicher|ja sicher|selbstverständlich|auf alle fälle)",
        "[(sind|wären) sie interessiert] =(ja|ja gerne|ja gern|auf jeden fall|ja auf jeden fall|natürlich|ja natürlich|sehr|ja sehr|ja klar|klar|klar gerne|klar sehr gerne|sehr gerne|sehr gern|ja sehr gerne|gerne|gern|absolut|unbedingt|ja unbedingt|definitiv|ja definitiv|sicher|ja sicher|selbstverständlich|auf alle fälle)",
        "[(haben|hätten) sie interesse] =(ja|ja gerne|ja gern|auf jeden fall|ja auf jeden fall|natürlich|ja natürlich|sehr|ja sehr|ja klar|klar|klar gerne|klar sehr gerne|sehr gerne|sehr gern|ja sehr gerne|gerne|gern|absolut|unbedingt|ja unbedingt|definitiv|ja definitiv|sicher|ja sicher|selbstverständlich|auf alle fälle)",
        // …or the interest named in the answer, the verb dropped as chat and speech drop it: "ja sehr interessiert" after "Haben Sie
        // Interesse an der Wohnung?" (asked back, "interessiert?", it says nothing)
        "[(haben sie interesse|hätten sie interesse|haben sie noch interesse|sind sie interessiert|wären sie interessiert|sind sie noch interessiert|interessiert sie die wohnung)] .=(interessiert|sehr interessiert|ja interessiert|ja sehr interessiert|ja sehr sehr interessiert|total interessiert|ja total interessiert|auf jeden fall interessiert|ja auf jeden fall interessiert|ja bin interessiert|ja bin sehr interessiert|sehr sogar|ja sehr sogar|ja interesse|ja großes interesse|großes interesse|sehr großes interesse)",
        // Or to "Möchten Sie die Wohnung nehmen?"
        "[(möchten|wollen|würden|nehmen|mieten) sie (die wohnung|sie|diese wohnung)] =(ja|ja gerne|ja gern|auf jeden fall|ja auf jeden fall|natürlich|ja natürlich|ja klar|gerne|gern|will|ja will|will ich|ja will ich|klar will ich|na klar|absolut|ja absolut|sofort|ja sofort|unbedingt|ja unbedingt)",
        // …or to being put on the list of applicants: "Ja, gerne." after "Soll ich Sie auf die Liste der Interessenten setzen?"
        "[(auf die liste|auf die interessentenliste|auf meine liste|in die liste|vormerken|eintragen|sich bewerben|bewerben sie sich)] =(ja|ja gerne|ja gern|auf jeden fall|ja auf jeden fall|natürlich|ja natürlich|ja klar|gerne|gern|sehr gerne|sehr gern|ja bitte|unbedingt|ja unbedingt|bitte|ja sehr gerne)",
        "!(die wohnung|sie) nicht",
        // Another's wish, "er" or "sie" before the modal: "Ich habe die Wohnung meinem Bruder empfohlen, er will sie vielleicht mieten."
        "!(er|sie|es) (will|möchte|würde|möcht|würd) (sie|die wohnung|diese wohnung)",
        // The landlord's question: "Gefällt Ihnen die Wohnung?", "Sind Sie interessiert?"
        // Split so that a pattern naming "Ihnen" passes it: "Ich kann Ihnen meine Unterlagen schicken."
        "!(sind sie)",
        "!(ihnen|ihr)",
        // When the flat can be had asks the date, it takes nothing yet: "Ab wann kann ich die Wohnung mieten?"
        "!(ab wann|wann|bis wann) (kann|könnte|könnten|können|darf|dürfte|dürfen) (ich|wir) (die wohnung|sie|diese wohnung) (haben|bekommen|kriegen|mieten|nehmen)",
        "!(ab wann|wann|bis wann) (bekomme|bekommen|kriege|kriegen|habe|haben) (ich|wir)",
        // Liking one room, or another district, then a fault after "aber" wants nothing: "Der Balkon gefällt mir, aber die Küche ist zu klein."
        ...futureConditionBlockers,
        // …or the flat or its costs having to change first: "Ich würde die Wohnung nehmen, wenn die Kaution kleiner ist."
        "!!(wenn|falls|sobald) ... (kleiner|niedriger|günstiger|billiger|weniger|größer|ruhiger|heller|besser|wärmer) (ist|sind|wird|werden|wäre|wären)",
        // …or something the flat lacks, wished in the Konjunktiv: "Ich würde die Wohnung nehmen, wenn sie einen Aufzug hätte.",
        // "…, wenn es hier einen Aufzug gäbe." ("…, wenn das möglich ist" still takes it)
        "!!(wenn|falls) (sie|die wohnung|diese wohnung|wohnung|das haus|es|hier|da|dort) ... (hätte|hätten|gäbe)",
        // A relative's wish is not the learner's (the partner rents along: "Meine Freundin möchte die Wohnung auch nehmen"):
        // "Meine Mutter möchte die Wohnung mieten."
        ...othersBesidePartnerBlockers,
        // …nor a relative's wish in the Konjunktiv, which the shared blockers do not list: "Meine Schwester würde die Wohnung sehr gern mieten, aber …"
        "!!((mein|meine|meinem|meiner|unser|unsere) (bruder|schwester|vater|mutter|sohn|tochter|kind|kinder|eltern|kollege|kollegin|chef|chefin|nachbar|nachbarin|oma|opa|onkel|tante|cousin|cousine) (würde|würden|hätte|hätten|möchte|möchten|wollte|wollten|könnte|könnten))",
        // A partner's wish in the Konjunktiv or the past is theirs, not the learner's (the plural takes both: "Meine Frau und ich würden
        // sie gern nehmen"): "Meine Frau würde die Wohnung sofort nehmen.", "Wenn meine Frau die Küche sehen könnte, sie würde die Wohnung nehmen."
        "!!((mein|meine|unser|unsere) (mann|frau|ehemann|ehefrau|partner|partnerin|freund|freundin|verlobte|verlobter) (würde|wollte|könnte|hätte))",
        "!(sie|er) (würde|wollte|könnte) ... (nehmen|mieten|anmieten|haben|einziehen|wohnen)",
        // …the verb before "sie" right after the condition's last verb: "Wenn meine Frau die Küche sehen könnte, würde sie die Wohnung
        // nehmen." (not the flat as "sie": "Ich würde sie nehmen, wenn es geht", "Wenn es geht, würde ich sie nehmen")
        "!!(könnte|könnten|hätte|hätten|wäre|wären|dürfte|würde|würden) (würde sie|würde er|wollte sie|wollte er|könnte sie|könnte er)",
        // A flat wanted once, or the decision still open, wants nothing now: "Letztes Jahr wollte ich eine Wohnung in Mitte mieten.",
        // "Meine Freundin möchte die Wohnung nehmen, ich weiß noch nicht."
        "!(ich wollte|wir wollten|wollte ich|wollten wir) (eine|ein|damals|früher|schon mal|mal|auch mal) ... (mieten|nehmen|anmieten)",
        // A flat rented now, for years, is the old one: "Ich miete seit fünf Jahren eine Wohnung in Wedding."
        "!(ich miete|ich miet|wir mieten) ... (seit|eine wohnung|einer wohnung|meine wohnung|unsere wohnung)",
        // The flat inside a question one wants answered is no flat wanted: "Ich möchte gerne wissen, was kostet die Wohnung.",
        // "Ich will sehen, wie groß die Wohnung ist."
        "!(wissen|fragen|erfahren|sehen|hören) (was|wie|wann|ob|wo|warum|wieso|wieviel|welche|welcher|welches)",
        // …or this flat wanted, meant or urged in the past tense, the verb last: "Ich wollte die Wohnung mieten, aber mein Mann war
        // dagegen.", "Wir wollten die Wohnung nehmen, aber dann kam die Absage.", "Ich sollte die Wohnung nehmen, meint meine Mutter."
        // ("Ich wollte sagen, dass ich die Wohnung gern hätte" says it in a clause of its own; stems, as "wollten" is a slip of "wollen")
        "!(ich|wir) (wollt*|sollt*|konnt*|musst*) (die wohnung|diese wohnung|wohnung|sie)",
        // …and so is the lease meant to be signed once: "Früher wollte ich den Mietvertrag unterschreiben, aber dann kam die Absage."
        // (stems, as a long past form forgives a slip and "wollten" would read "Wir wollen den Mietvertrag unterschreiben")
        "!((ich|wir) (wollte|wollt*|sollte|sollt*|musste|musst*)|(wollte|wollt*|sollte|sollt*|musste|musst*) (ich|wir)) ... (vertrag|mietvertrag)",
        // One's own yes told as a step of a story, "dann" or "damals" after the auxiliary: "Letzte Woche waren wir in Wedding. …
        // Wir haben dann gesagt, dass wir die Wohnung nehmen, aber er hat sie jemand anderem gegeben." ("Ich habe Ihnen ja schon
        // gesagt, dass wir sie nehmen" says it again now)
        "!!(haben|hatten|habe|hatte|hab) (dann|damals|da|sofort|gleich|danach|dort) ... (gesagt|zugesagt|geschrieben|gemailt|erklärt)",
        "!!(weiß noch nicht|weiß es noch nicht|weiß ich noch nicht|bin noch nicht sicher|bin mir noch nicht sicher)",
        // …in the learner's own language or English, the wish taken back in the same breath: "Ich will die Wohnung mieten, bueno,
        // no sé, ich muss noch andere Wohnungen anschauen.", "…, hmm, not sure"
        "!!(no sé|no lo sé|no estoy seguro|no estoy segura|not sure|i don't know|i dont know|idk|je ne sais pas|non lo so|não sei|nie wiem|bilmiyorum)",
        // …or more flats still to see, with no "aber": "…, ich muss noch andere Wohnungen anschauen." ("…, ich muss noch den Vertrag sehen" still wants it)
        "!!(muss|müssen|will|möchte|werde|werden) (noch|erst|zuerst|erstmal|auch) ... (andere wohnungen|andere wohnung|weitere wohnungen|andere angebote|mehr wohnungen)",
        // Whether one takes it is still open in an "ob" clause: "Morgen sagen wir Ihnen, ob wir die Wohnung nehmen."
        "!ob (ich|wir)",
        // Believing one will not take it, or another's saying, wants nothing: "Ich glaube nicht, dass wir die Wohnung nehmen."
        "!!(glaube|glaub|denke|denk) (nicht|kaum) ... dass",
        SAYS_ALWAYS,
        "!!aber ... (zu klein|zu teuer|zu groß|zu dunkel|zu laut|zu weit|zu alt|zu eng)",
        // …or any fault after "aber": "Ich finde die Wohnung toll, aber die Miete ist hoch."
        "!!aber ... (klein|teuer|hoch|dunkel|laut|eng|kalt|wenig|schmutzig|problem|leider)",
        // …or a decision put off after "aber": "Die Wohnung gefällt mir, aber ich muss noch überlegen.", "…, aber ich muss erst mit meinem Mann sprechen."
        "!!aber ... (überlegen|nachdenken|besprechen|entscheiden|nicht sicher|unsicher|andere wohnungen|noch andere)",
        // …or one's own mind not made up after a partner's wish, or whether one takes it: "Mein Mann möchte die Wohnung mieten, aber
        // ich weiß nicht.", "Sie gefällt mir, aber ich weiß nicht, ob ich sie nehme." ("Ich nehme sie, aber ich weiß nicht, wann ich
        // einziehen kann." still takes it)
        // ("…, aber ich weiß nicht, ob Haustiere erlaubt sind" still wants it)
        "!!(mann|frau|partner|partnerin|freund|freundin|ehemann|ehefrau|familie) (möchte|möchten|will|wollen|würde|würden|mag) (die wohnung|diese wohnung|sie|die) (mieten|nehmen|haben|gern|gerne) aber (ich weiß nicht|ich weiß es nicht|weiß ich nicht|ich bin nicht sicher|ich bin mir nicht sicher|ich bin unsicher|ich nicht)",
        "!!aber (ich weiß nicht|ich weiß es nicht|weiß ich nicht|ich weiß noch nicht) ob (ich|wir|sie|die wohnung|das|es) ... (nehme|nehmen|miete|mieten|will|wollen|möchte|möchten|passt|passen|richtig|nehm)",
        "!!aber ... (mit meinem|mit meiner|mit meinen|mit unserem|mit unserer) ... (sprechen|reden)",
        // …or waiting on another's look or word: "Ich mag die Wohnung, aber meine Frau muss sie noch sehen.", "…, aber ich muss erst meinen Mann fragen."
        // ("…, aber ich muss noch den Vertrag sehen" still wants it).
        "!!aber ... (muss|müssen|soll|sollen) (sie|die wohnung|es|sie sich|sich die wohnung) ... (sehen|anschauen|ansehen|angucken|besichtigen)",
        "!!aber ... (muss ich|müssen wir|ich muss|wir müssen) ... (mein|meine|meinen|meiner|unsere|unseren) ... fragen",
        "!!aber ... (muss|müssen) ... (zustimmen|einverstanden sein|ja sagen)",
        // …or a partner's or family's look still to come: "Ich möchte mieten, aber erst mein Mann muss sehen.", "…, aber erst muss meine Frau sie sehen."
        "!!aber ... (mein|meine|unser|unsere) (mann|frau|partner|partnerin|freund|freundin|ehemann|ehefrau|familie|eltern|mutter|vater|sohn|tochter|kinder) ... (muss|müssen|soll|sollen|will|möchte|wollen|möchten) ... (sehen|anschauen|ansehen|angucken|besichtigen|entscheiden|zustimmen|überlegen)",
        "!!aber ... (muss|müssen|soll|sollen) (mein|meine|unser|unsere) (mann|frau|partner|partnerin|freund|freundin|ehemann|ehefrau|familie|eltern|mutter|vater|sohn|tochter|kinder) ... (sehen|anschauen|ansehen|angucken|besichtigen|entscheiden|zustimmen|überlegen)",
      ],
      examples: ["Die Wohnung gefällt mir sehr gut, ich würde sie gern mieten.", "Wir sind sehr interessiert.", "Ich möchte die Wohnung nehmen."],
      nudge: "Tell Herr Brandt that you like the flat and want to rent it.",
    },
  ],
};
