// Greetings, farewells and thanks sound the same in every scene, so scenes share these
// patterns (lib/engine/objectives.ts explains the language). They use no lexicon sets.

// What glosses a greeting, a farewell or thanks as a word: "Hallo ist auf Englisch hello", "Tschüss heißt bye", "Danke schön
// heißt thank you", "Guten Tag ist formell". Only such words, never "ist" or "heißt" alone, and every word adjacent (a pattern's
// top-level words may stand four apart, and adjacent ones are read across a comma): the learner's own question or praise may
// follow there: "Guten Tag, ist ein Zimmer frei?", "hallo ist eine apotheke in der nähe?", "Hallo, wie heißt die Straße?",
// "Danke, heißt das, ich kann jetzt aufs Zimmer?", "Auf Wiedersehen, ist ein tolles Restaurant!", "Ciao, bedeutet mir viel, danke!"
const GLOSS_REGISTER = "(formell|informell|formal|informal|förmlich|altmodisch|veraltet|höflich|unhöflich|umgangssprachlich|typisch|norddeutsch|süddeutsch|bayerisch|österreichisch|schweizerisch|korrekt|falsch)";
// One group of alternatives, so the matcher tries the heads once and the glosses only after one (a flat list of every
// head joined to every gloss ran to two thousand phrases a blocker and doubled the time to judge a message).
const GLOSS_TAIL = [
  // The English gloss opens with its first word: "Guten Abend heißt good evening", "Vielen Dank heißt many thanks".
  "(heißt|heisst|bedeutet) (auf|im|in|hello|hi|hey|bye|goodbye|thank|thanks|thx|merci|gracias|grazie|so viel wie|das gleiche|dasselbe|wie|etwa|ungefähr|eigentlich|hallo|tschüss|danke|good|many|see|have|nice|cheers|excuse|sorry)",
  "ist (auf|im|in) (englisch*|deutsch*|französisch*|spanisch*|italienisch*|türkisch*|russisch*|arabisch*|polnisch*|ukrainisch*|portugiesisch*|norden|süden|dialekt|bayern|österreich|der schweiz|norddeutschland|süddeutschland|england|amerika|deutschland)",
  "ist (das deutsche|das wort|das gleiche wie|dasselbe wie|wie hello|wie hi|wie bye|wie ciao|wie goodbye|hello|hi|bye|goodbye)",
  `ist ${GLOSS_REGISTER}`,
  // Compared with another: "Ciao ist lockerer als Auf Wiedersehen."
  "ist (lockerer|netter|höflicher|formeller|informeller|freundlicher|persönlicher|besser|schöner|normaler|üblicher|moderner|kürzer|einfacher|cooler) als",
  `ist (nicht|sehr|zu|eher|ganz|nicht so|auch|mehr) ${GLOSS_REGISTER}`,
  // Saying the word as a custom: "Hallo sagen ist wichtig in Deutschland", "Tschüss sagt man nur zu Freunden."
  "(sagen|zu sagen|sagt man|schreibt man) (ist|sind|war|klingt|gehört|macht|in|im|auf|nur|immer|oft|zu|bei)",
].join("|");
/** Blockers for the word glossed rather than said, each head (a greeting, a farewell, a thanks) joined to each gloss. */
function glossedBlockers(heads: string[]): string[] {
  const head = `(${heads.join("|")})`;
  return [
    `!(${head} (${GLOSS_TAIL}))`,
    // "Hallo ist ein deutsches Wort."
    `!(${head} (ist ein|ist eine|ist das)) ... (wort|gruß|gruss|begrüßung|begrüssung|ausdruck|floskel|grußformel|abschied|abschiedsgruß)`,
  ];
}

export const greetPatterns: string[] = [
  "(hallo*|hallöchen|hallöle|halli*|halo|hi|hii*|hey|heyy*|servus|moin*|tach|nabend|grüzi|grützi|griass di|tag auch|tag zusammen)",
  // A greeting sent to a third person greets nobody here: "Ich sage morgen hallo zu meinem Vermieter.", "Sag hallo zu deiner Mutter!"
  // The verb of saying first, so a greeting before a comma is still one: "Hallo, an der Rezeption hat man gesagt, …"
  "!(sage|sag|sagen|sagt|sagst) ... (hallo|hi|servus|moin|guten tag|guten morgen|guten abend) (zu|an) (meinem|meiner|meinen|deinem|deiner|deinen|seinem|seiner|ihrem|ihrer|unserem|unserer|dem|der|den)",
  // "Grüß Gott", "Grüß Sie", "Ich grüße Sie"; the imperative "Grüßen Sie …" passes regards on ("Grüßen Sie Ihren Mann").
  "grüs* gott",
  "(grüs|grüss|grüsse) (dich|sie|euch)",
  // The Bavarian and Austrian spellings: "Griaß Gott", "Griass eich", "Grias di".
  "(griass*|griaß*|grias) (gott|god|di|dich|eich|enk|euch)",
  // Swiss "Grüessech", "Grüessi".
  "(grüessech|grüessi|grüessdi)",
  // Chat slang opening a line: "yo einmal München".
  "^(yo|yoo|jo moin)",
  // "Gitten Tag": a phone's English autocorrect of "Guten". Adjacent: a wish before "bis morgen" greets nobody
  // ("Gute Nacht und bis morgen!", "Guten Appetit beim Frühstück morgen!").
  "((guten|gute|gutes|gutn|gutten|gudn|guden|gitten) (tag|tach|morgen|mogen|abend|abent|mittag|nachmittag))",
  "(gutentag|gutenmorgen|gutenabend)",
  // Regional and spoken forms: "Griaß Gott", "Grüessech", "Hoi", "Salü", "gutn morgn", "Morjen".
  "((griass|griaß|grias|griasd) (gott|di|eich|enk|euch)|griasdi|grüessech|grüessi|hoi|salü|sali|servas|habedere|morjen|moinsen)",
  "((guten|gute|gutn|gudn|guadn|guatn) (morgn|morjen|obend|omd|tach))",
  // …and "Tag" spelt as heard: "Gutn Tak!", "Guten Tak, zwei Karten bitte".
  "((guten|gute|gutn|gudn|gutten|guden) (tak|takk))",
  // Formal and old-fashioned: "Sehr geehrte Frau Lang", "Habe die Ehre!"
  "sehr (geehrte|geehrter|geehrtes) (dame|damen|frau|herr|doktor|frau doktor)",
  "=(ich habe die ehre|ich hab die ehre)",
  // A learner's own language greets too: "Bonsoir!", "Selam abla", "Dzień dobry", "Goedemiddag"; short ones only alone.
  // So does English "hello" beside German, as "Hallo" does: "hello, haben sie was gegen husten". With no German word in the
  // message none of them practises anything ("Hello, one ticket to Berlin please."; FOREIGN_GREETINGS in objectives.ts).
  "(hello|helloo|bonjour|bonsoir|selam|merhaba|salam|salaam|goedemorgen|goedemiddag|goedenavond|dzien dobry|hyvää päivää|kumusta|namaste|dobryi den|dobry den)",
  // Portuguese, Spanish, Italian and Romanian ones too: "Bom dia, Frau Krüger", "Buonasera! Eine Wasser und die Pasta", "Buna ziua, Frau Doktor!".
  "(bom dia|boa tarde|boa noite|buenos dias|buenas tardes|buenas noches|buongiorno|buonasera|buna ziua|buna dimineata|buna seara)",
  // …and Greek ones: "Kalimera, wir sind die Familie Papadopoulos, …".
  "(kalimera|kalispera|yia sas|geia sas)",
  // …and Vietnamese and Swedish ones: "Chào anh, zwei Bier bitte", "Hej Hans! Ich hätte gern …" ("Hej då" takes leave).
  "(xin chao|chao anh|chao chi|chao ong|chao ba)",
  "(hej|hejsan|hallå)",
  "!(hej da|hej do|hejda)",
  "=(salut|oi|ola|olá|moi|hei|terve|hola)",
  // Clipped greetings stand alone as a clause: "Abend!", "Tag, zwei Brötchen bitte"; "Morgen" only where it opens its
  // sentence: after a clause, it is a time ("Heute habe ich keine Zeit, morgen.").
  "=(tag|abend|nabend|n abend)",
  "^=morgen",
  // Adjacent only: "Morgen haben Sie auch offen?" asks about tomorrow.
  "^((tag|abend|morgen) (zusammen|allerseits|auch))",
  // Or with the form of address after it, unpunctuated, as a clause of its own: "morgen frau doktor", "Tag Herr Brandt"
  // (not "Morgen Frau Doktor komme ich wieder").
  "=((tag|abend|morgen) (frau|herr) #word)",
  "=((tag|abend|morgen) (frau|herr) #word #word)",
  // …or after an interjection that opens the line: "Na, Abend zusammen!", "Oh, Morgen allerseits."
  "=(na|oh|ah|hey) (tag|abend|morgen) (zusammen|allerseits)",
  // A clipped greeting with the name after it: "'n Abend, Hans!"
  "=(n abend|n tag|n morgen|nabend) #word",
  // Opening an unpunctuated chat line: "n abend ne cola pls" (inside one, "für n Abend" greets nobody).
  "^(n abend|n tag|n morgen)",
  // Chat's "n" is also "einen": "N Tag länger, geht das?" asks for a day, it greets nobody.
  "!(n|ne|nen|ein|einen) (tag|abend|morgen|nacht) (länger|später|früher|eher|mehr|extra|zusätzlich|vorher|nachher)",
  // "Einen guten Abend noch!" is a farewell, not a greeting.
  "!(guten|gute) (tag|abend) noch",
  "!(einen (guten|gute))",
  // A day named inside a sentence greets nobody: "am letzten Tag auch später".
  "!(am|im|letzten|nächsten|jeden|den|dem|diesen|ganzen|pro) (tag|abend|morgen)",
  // A linking word makes it a time: "Dann morgen.", "Und abends?" greet nobody.
  "!((dann|und|also) (tag|abend|morgen))",
  // A greeting someone says, or a greeting as a word, greets nobody: "Meine Oma sagt immer Guten Abend", "Hallo ist auf Englisch hello".
  "!(sagt|sagte|sagten|sagst)",
  // "ist" only with words that gloss it, for a question may follow the greeting: "Hallo, ist jemand da?", "Guten Tag, ist
  // das die Apotheke?" greet ("Hallo ist auf Englisch hello", "Guten Tag ist formell, oder?" talk about the word).
  ...glossedBlockers(["hallo", "servus", "moin", "tschüss", "grüß gott", "guten tag", "guten abend", "guten morgen"]),
  // A greeting passed on to another greets nobody here: "Grüßen Sie bitte Ihre Frau.", "Sagen Sie Hallo zu Ihrer Frau."
  // Only "grüßen Sie" passes one on: "Grüß dich, deine Kollegin hat mir geholfen." greets (the comma is read past).
  "!(grüßen|grüssen) sie ... (ihre|ihren|ihrem|ihr|von mir|von uns)",
  "!grüs* (sie|dich|euch) ... (von mir|von uns)",
  "!((hallo|hi|grüsse|gruss) (zu|an) (ihre|ihren|ihrem|ihrer|deine|deinen|deinem|deiner|eure|euren|eurer))",
  // A greeting set against another is a word compared, not said: "Mein Sohn sagt immer Moin statt Guten Tag."
  "!(statt|anstatt|anstelle|anstelle von)",
  // ...and so does one's own habit or what was said: "Ich sage immer Hallo zu allen.", "Sie hat mir guten Abend gesagt."
  "!((sage|sagen) (immer|oft|nie|auch|gern|gerne|nur))",
  "!!(hallo|servus|moin|grüß gott|guten tag|guten abend|guten morgen) ... gesagt",
  // Greetings passed on to another greet nobody here: "Grüßen Sie Ihren Chef von mir."
  "!((grüßen|grüsst|grüßt) (sie|euch) (ihren|ihre|ihrem|ihr|euren|eure|den|die|das|alle))",
  // A greeting to one's own people greets nobody here: "Hallo Schatz, wo bist du?" (the character is never "Schatz").
  "!!((hallo|hi|hey|na|servus|moin|guten morgen|guten abend) (schatz|schatzi|liebling|mama|mami|papa|papi|oma|omi|opa|opi|spatz|maus|hase|kinder|jungs|mädels))",
  // "Servus" answering the character's farewell takes leave (goodbyePatterns), it greets nobody.
  "!![(wiedersehen|wiederschauen|tschüss|bis bald|bis zum nächsten|noch einen schönen|beehren|bald wieder|kommen sie gut|gute besserung)] servus",
];

// The "see you …" that takes leave: "Bis bald!", "Bis morgen!"
const BIS = "(bis bald|bis später|bis dann|bis morgen|bis demnächst)";
// …and "see you next time", which needs more words after it: "Bis nächste Woche!", "Bis zum nächsten Mal."
const BIS_NEXT = "(bis bald|bis später|bis dann|bis morgen|bis nächst*|bis zum nächst*|bis demnächst)";

// Any day of the week wishes well as the weekend does: "Schönen Samstag noch!", "Schöne Woche!"
const WISH_ADJECTIVES = "(langes|langen|ruhigen|ruhiges|erholsamen|erholsames|tollen|tolles|entspannten|entspanntes|sonnigen|sonniges|gemütlichen|gemütliches|restlichen|restliches)";
const DAY_PARTS = "(abend|tag|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|woche|feiertag|feiertage|feierabend|aufenthalt|urlaub|nachmittag|tag noch)";

export const goodbyePatterns: string[] = [
  "auf (wiederseh*|widerseh*|wiedersen|wiederschau*|widerschau*|wiederhor*)",
  "(wiederseh*|widerseh*|wiedersen|wiederschau*|widerschau*|wiederhor*|aufwieder*)",
  "auf wieder (sehen|schauen)",
  // Dictation splits it as it hears it: "auf wie der sehen".
  "auf wie der (sehen|schauen|hören)",
  "(tschüs*|tschö|tschau|ciao|ade|adieu|bye|pfiat*)",
  // Chat stretches the vowel: "Tschüü!", "byee", "ciaoo". Folding reads a longer stretch as the word ("tschüüüss", "byeee")
  // and a doubled umlaut as one, so "tschü" is whole: no prefix, or "Tschuldigung" would take leave.
  "(tschü|tschö|byee*|ciaoo*)",
  // A Portuguese or Brazilian learner spells "tschau" as at home: "obrigado tchau", "tchauu Hans".
  "(tchau|tchauu*)",
  // "bis bald" after the learner's own thanks in their language or English takes leave: "obrigado bis bald", "thanks bis
  // dann" (the verb blockers below still keep "bis bald gehe ich" a time).
  "(obrigado|obrigada|gracias|merci|grazie|thanks|thank you|thx|danku|dankie) (bis bald|bis dann|bis später|bis nächst*|bis zum nächst*)",
  // Spelt as heard, without the t: "Schüss!"
  "=(schüss|schüs|tschüß|schüssi)",
  // "Servus" answering the character's farewell takes leave: "Servus!" after "Einen schönen Abend noch!", or after the
  // wish to see the guest again: "Beehren Sie uns bald wieder!", "Kommen Sie gut nach Hause!"
  "[(wiedersehen|wiederschauen|tschüss|schönen abend|schönen tag|einen schönen|bis bald|bis zum nächsten|noch einen schönen|beehren|bald wieder|kommen sie gut|gute besserung)] =(servus|servus danke|danke servus)",
  "=(baba|babaa)",
  // Swiss and Austrian farewells: "Uf Wiederluege!", "Baba!"
  "(wiederlueg*|widerlueg*|uf widerseh*|uf wiederseh*)",
  // "Servus" greets and takes leave alike ("Servus, ich hätte noch gern einen Kaffee" is no farewell):
  // it takes leave after a closing word.
  "(danke*|dank|also|dann|ok|okay|gut|so) servus",
  "servus und (danke*|dank)",
  "gute nacht",
  // The wish and its day side by side, or one more word of wishing between: "schönes langes Wochenende". Any word would let
  // the arrival's "Schönen guten Abend!" take leave.
  `((schönen|schöne|schönes) ${DAY_PARTS})`,
  `((schönen|schöne|schönes) ${WISH_ADJECTIVES} ${DAY_PARTS})`,
  `(einen (schönen|guten|gute) ${DAY_PARTS})`,
  `(guten|gute|gutes) ${DAY_PARTS} noch`,
  // "bis morgen" takes leave as a clause of its own ("Danke, bis morgen!"); inside one it is a time: "Ist der Kuchen bis
  // morgen noch frisch?", "Hoffentlich ist es bis morgen besser."
  // Asked, it checks a plan instead of taking leave: "Bis später?" when the waiter says he will be right back.
  `=.${BIS_NEXT} (dann|also|mal|ciao|tschüss|und danke)`,
  `=.${BIS}`,
  "=(bis nächst*|bis zum nächst*) #word",
  `(tschüs*|danke*|also|dann|und) ${BIS_NEXT}`,
  // The clause may close on a time of day or a "see you again": "Bis morgen früh!", "bis morgen wieder", "Vielen Dank,
  // bis bald mal wieder!"
  `=${BIS} (früh|wieder|mal wieder|dann mal wieder)`,
  // …or on the name or form of address, unpunctuated: "Bis bald Hans!", "danke schön, bis dann greta", "Bis bald Herr
  // Neumann" (a verb there makes it a time again, blocked below: "Bis morgen reicht.").
  `=.${BIS} #word`,
  `=.${BIS} (herr|frau|herr doktor|frau doktor) #word`,
  // …or open after "ok", "gut", "alles klar", "na dann", unpunctuated: "ok bis dann", "gut bis dann", "okay bis später
  // Frau Müller".
  `=(ok|okay|oke|gut|alles klar|na dann|na gut) ${BIS}`,
  `=.(ok|okay|oke|gut|alles klar|na dann|na gut) ${BIS} #word`,
  `=.(ok|okay|oke|gut|alles klar|na dann|na gut) ${BIS} (herr|frau|herr doktor|frau doktor) #word`,
  // A verb right after "bis morgen" makes it the time of a clause: "Bis morgen reicht.", "Bis dann bin ich zurück."
  `!${BIS} (ist|sind|bin|bist|war|wird|werde|reicht|geht|gehts|passt|dauert|bleibt|brauche|brauchen|habe|hab|hat|haben|kann|kannst|können|muss|müssen|soll|sollte|sollen|mache|machen|gibt|klappt|schaffe|schaffen)`,
  // …and so does a verb with its subject after it: "Bis später gehe ich zum Arzt.", "Bis morgen lerne ich das." A verb, not
  // any word: "Bis morgen früh, ich bin um acht da." and "Bis dann und wir sehen uns." take leave.
  `!${BIS} (gehe|gehen|lerne|lernen|arbeite|arbeiten|warte|warten|esse|essen|komme|kommen|fahre|fahren|schlafe|schlafen|rufe|rufen|schreibe|schreiben|lese|lesen|kaufe|kaufen|hole|holen|bringe|bringen|finde|finden|weiß|wissen|überlege|überlegen|entscheide|entscheiden|will|wollen|werde|werden|sollte|sollten|möchte|möchten|bin|sind|habe|haben|mache|machen|muss|müssen|kann|können|erledige|erledigen|putze|putzen|koche|kochen|trinke|trinken|spiele|spielen|suche|suchen|frage|fragen|bleibe|bleiben|ruhe|sehe|sehen|schaue|schauen|packe|packen|telefoniere|telefonieren) (ich|wir)`,
  // Adjacent, or with its own pronoun: "Machen Sie's gut!" ("Machen Sie das gut?" asks how well a thing is made).
  "((machs|mach|machen|macht) gut)",
  "((machen sie|machen sie es|mach es|macht es|machen sies) gut)",
  // The character's parting wish returned takes leave too: "Danke, Ihnen auch!" after "Schönes Wochenende!"
  `[((schönen|schöne|schönes|einen schönen) ${DAY_PARTS}|tschüs*|wiedersehen|wiederschauen|bis bald|bis zum nächsten|machen sie es gut|machen sies gut)] =(ihnen auch|danke ihnen auch|danke gleichfalls|gleichfalls|danke ebenfalls|ebenfalls|dir auch|danke dir auch|euch auch|danke euch auch)`,
  "wir sehen uns",
  // "Wir sehen uns noch die Torten an" looks at something (ansehen), it takes no leave.
  "!wir sehen uns ... (an|um)",
  // "Ich hatte einen schönen Abend" tells, it does not take leave ("hat super geschmeckt tschüss" still does).
  "!(hatt*|hab*|war|waren|wars)",
  // …nor with the verb after the wish put first: "Schönen Abend hatten wir, das stimmt."
  `!((schönen|schöne|schönes|einen schönen) ${DAY_PARTS} (hatt*|hab*|hat|war|waren|gehabt))`,
  // A farewell as an infinitive, or compared, is talk about it: "Gestern hab ich vergessen, Tschüss zu sagen.", "Bis bald ist
  // netter als Auf Wiedersehen.", "Tschüss sage ich statt Auf Wiedersehen."
  "!((tschüs*|auf wiedersehen|auf wiederschauen|ciao|bis bald) zu sagen)",
  "!!((als|statt|anstatt) (auf wiederseh*|auf wiederschau*|tschüs*|ciao|bis bald|bis dann|bis später))",
  // A farewell someone says as a habit, said already, or one asked about, takes no leave: "Mein Sohn sagt immer Tschüss zu allen.", "Meine Frau hat schon Tschüss gesagt",
  // "Kann ich Tschüss sagen oder ist das unhöflich?", "Sage ich Tschüss oder Auf Wiedersehen?" ("Wir sagen auch tschüss!" still does).
  "!(sagt|sagte|sagten|sagst)",
  "!!(hat|habe|hab|haben|hatte|hatten) ... gesagt",
  "!((sage|sagen) (immer|oft|nie|gern|gerne|nur))",
  // A farewell glossed is a word, not said: "Tschüss heißt bye.", "Ciao ist informell, oder?"
  ...glossedBlockers(["tschüs*", "ciao", "tschau", "adieu", "bye", "auf wiedersehen", "auf wiederschauen", "wiedersehen"]),
  "!?((kann|darf|soll|sollte|muss|sage|sag) (ich|man|wir))",
  // …and two farewells offered as a choice ask which to say: "Tschüss oder Auf Wiedersehen?"
  "!?((tschüs*|wiedersehen|wiederschauen|ciao) oder)",
  "!?(oder (tschüs*|auf wiedersehen|auf wiederschauen|ciao))",
];

// Giving one's name, wherever a scene hears it, is not talking about the name or turning it down.
export const nameTalkBlockers: string[] = [
  // A name denied, or the name talked about, gives none: "Ich heiße nicht Müller.", "Mein Name ist schwer auszusprechen."
  "!(heiss*|heis*|heise|name ist) (nicht|kein)",
  // "Ich heiße Sie willkommen" welcomes, it gives no name.
  "!(heiss*|heis*|heise) (sie|euch|dich)",
  // The name as the subject of another verb is talked about: "Mein Name tut nichts zur Sache", "Mein Name klingt komisch."
  "!(name|vorname|nachname) (tut|spielt|klingt|kommt|bedeutet|macht|stammt|ist egal|ist unwichtig)",
  "!name ist (schwer|kompliziert|lang|kurz|einfach|leicht|komisch|lustig|schön|ungewöhnlich|typisch|selten|bekannt|falsch|anders|international|wichtig|unwichtig)",
];

// Saying who you are sounds the same at a viewing and at an interview.
export const introducePatterns: string[] = [
  "(mein name ist|ich heiss*|ich heis*|ich heise)",
  // Without its verb, only told, or asked with the name after it: "Mein Name: Emeka.", "Mein Name Emeka, und Ihrer?";
  // "Mein Name?" asks the question back.
  ".(mein vorname|mein nachname|mein name)",
  "(mein vorname|mein nachname|mein name) #noun",
  // Names the lexicon cannot know: "Ich bin Anna Kowalski", "ich bin die Irina".
  "(ich bin #noun|ich bin die #noun|ich bin der #noun|wir sind #noun)",
  "(ich bin 1*|ich bin 2*|ich bin 3*|ich bin 4*|ich bin 5*|ich bin 6*)",
  // Bavarian "i" is "ich": "I bin die Resi Huber.", "I hoaß Alois."
  "(i bin #noun|i bin die #noun|i bin der #noun|i bin da #noun|i heiß*|i hoas*|i hoaß*)",
  // "Name" with no verb opening the line: "Name Wang Li, Ingenieur."
  "^(name #noun)",
  "(mich|uns) vorstellen",
  // The surname alone, answering a question of the name itself: "Müller." after "Wie war Ihr Name noch mal?" (not after
  // "Sie sind …?", which a bare "Ja." answers). Only after the question itself: "Komisch." after "Ihr Name steht nicht auf
  // meiner Liste." names nobody, and "Wer sind Sie?" is answered with a role as often ("Student.", "Interessent.").
  "[(wie war ihr name|wie ist ihr name|wie war noch mal ihr name|wie war nochmal ihr name|ihr name bitte|ihren namen bitte|und ihr name|ihr name noch mal|ihr name nochmal|ihr name noch einmal|ihren namen noch mal|ihren namen noch einmal|wie heißen sie|wie war der name|wie ist der name)] [!(beruf|stelle|firma|arbeitgeber|welche|welcher|welchen|was|woher|wo|alt|von|vom)] =.#word",
  // …when it asks nothing more ("Und Ihr Name, und was ist Ihr Beruf?" "Koch."), and not refused or judged: "Geheim.",
  // "Egal.", "Schwierig." after "Wie war Ihr Name noch mal?"
  "!(geheim|egal|privat|unwichtig|schwierig|kompliziert)",
  "zu meiner person",
  "ich (komme|komm) aus",
  // Clipped, as learners list facts: "bin Maria, komme aus Spanien".
  "(komme aus|komm aus)",
  "(ich bin|bin) jahre alt",
  // A number after "ich bin" is an age only without a unit: "Entschuldigung, ich bin 10 Minuten zu spät.", "Ich bin 1,80 groß."
  // Numbers only, and adjacent: "Ich bin Anna, groß und stark" still gives the name. No "Stunden": one slip from "Student".
  "!((ich bin|bin ich|wir sind) (1*|2*|3*|4*|5*|6*|7*|8*|9*|ein|eine|zwei|drei|vier|fünf|zehn|zwanzig|paar) (minuten|minute|min|meter|zentimeter|cm|kilo|kg|groß|gross|zu spät|zu früh))",
  // The age alone, as learners list facts after "Erzählen Sie über sich": "ich bin oksana, 38 jahre, aus der ukraine".
  "[(über sich|vorstellen|wer sind sie|wie alt)] =(1*|2*|3*|4*|5*|6*|7*) (jahre|jahre alt)",
  "ich bin (verheiratet|ledig|geschieden)",
  // Where one lives, as a town or for how long; a street alone introduces nobody ("Ich wohne in der Lagerstraße").
  "(ich wohne in #noun|ich wohne seit|ich wohne jetzt in #noun|ich wohne schon|wohne ich seit)",
  // Without the copula, as beginners say it: "Ich Thuy.", "Hallo, ich Dimitri, aus Athen."
  "=(ich #noun)",
  "!(ich bin|wir sind) (interessiert|froh|hier|da|sicher|nicht)",
  // An opinion, not a name: "Ich bin der Meinung, dass die Miete zu hoch ist."
  "!(ich bin|bin ich|wir sind) (der|die) (meinung|ansicht|überzeugung|auffassung)",
  ...nameTalkBlockers,
  // Where one just came from is no origin: "Ich komme gerade aus der Stadt", "Ich komme aus dem Büro."
  "!(komme|komm) (gerade|grad|eben|direkt|jetzt|sofort) aus",
  "!aus (dem|der|einem|einer) (büro|stadt|innenstadt|zentrum|arbeit|schule|uni|kurs|bahnhof|bus|zug|ubahn|sbahn|supermarkt|laden|termin|fitnessstudio|kita|kindergarten|krankenhaus|praxis|urlaub|pause)",
  // "Ich bin die Treppe hochgelaufen": a participle of motion closes a perfect, not a name.
  "!(ich bin|bin ich|wir sind) ... (*gelaufen|*gegangen|*gefahren|*gekommen|*gerannt|*gestiegen|*geflogen|*gezogen|gewesen|geworden|*geblieben)",
];

// A commitment under a condition of the learner's own future makes none now: "Wenn ich einen Job finde, nehme ich die Wohnung."
export const futureConditionBlockers: string[] = [
  // The person's own verb form, exactly: "wenn ich die Wohnung bekommen könnte" wishes for it (an infinitive after "ich"
  // goes with a modal), where "bekommen" would otherwise meet "bekomme" as a slip.
  "!!(wenn|falls|sobald) ich ... (@finde|@bekomme|bekäme|@kriege|@verdiene|habe)",
  "!!(wenn|falls|sobald) wir ... (finden|bekommen|bekämen|kriegen|verdienen|haben)",
];

// Habits and past visits tell a story; they ask for nothing now: "Letztes Mal hatte ich eine Rückfahrkarte."
// A choice offered to one's own company orders nothing: "Anna, willst du Wein oder Bier?", "Schatz, magst du ein Croissant?"
// (the character is addressed with "Sie").
export const companionOfferBlockers: string[] = [
  "!!(willst|möchtest|nimmst|magst|trinkst|isst|hättest|kriegst|bekommst) du",
  "!!(wollt|möchtet|nehmt|mögt|trinkt|esst|hättet|kriegt|bekommt) ihr",
];

// Named, so a scene can leave one out or narrow it without matching its text: the past told by a word, a habit, and the
// last time.
export const pastWordBlocker = "!!(gestern|vorgestern|früher)";
export const habitWordBlocker = "!!(normalerweise|immer|meistens|oft)";
export const lastTimeBlocker = "!!(letztes|letzte|letzten) (mal|woche|jahr|monat|sommer|winter)";

export const storyBlockers: string[] = [
  pastWordBlocker,
  habitWordBlocker,
  lastTimeBlocker,
  // Every weekday, month or year is a habit too: "Ich fahre jeden Freitag nach Hamburg."
  "!!jeden (morgen|tag|abend|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sommer|winter|monat)",
  "!!(jede woche|jedes jahr|jedes wochenende|jedes mal|jedesmal)",
];

const OTHERS_ACT = "(ist|sind|hat|haben|war|waren|hatte|hatten|arbeitet|arbeitete|wurde|braucht|brauchen|möchte|möchten|will|wollen|wollte|kann|könnte|könnten|muss|soll|sollte|darf|wird|würde|würden|hätte|hätten)";
// Plurals too: "Meine Kollegen haben zehn Jahre bei DHL gearbeitet."
// …and the household and in-laws beyond them: "Mein Mitbewohner arbeitet seit drei Jahren bei DHL.", an au pair's host family too.
const RELATIVES = "bruder|schwester|vater|mutter|sohn|tochter|kind|kinder|eltern|kollege|kollegin|chef|chefin|nachbar|nachbarin|oma|opa|onkel|tante|cousin|cousine|kollegen|kolleginnen|nachbarn|geschwister|brüder|schwestern|söhne|töchter|neffe|nichte|enkel|enkelin|mitbewohner|mitbewohnerin|schwager|schwägerin|kumpel|gastfamilie|gastmutter|gastvater|gasteltern|gastkind|gastkinder|gastbruder|gastschwester|gastmama|gastpapa|gastsohn|gasttochter";
// The partner counts as the spouse does: "Meine Partnerin kann ab Juli anfangen."
const PARTNERS = "mann|frau|partner|partnerin|verlobte|verlobter";

const POSSESSIVE = "(mein|meine|meinem|meiner|unser|unsere)";
const SUBJECT_ADVERBS = "(auch|noch|schon|heute|morgen|dann|jetzt|leider|bald|erst|selbst|später)";

// The relative as the subject: its verb follows it, or one or two adjectives stand between ("meine kleine Tochter hat");
// "an dem Geburtstag von meinem Sohn, und da hat es angefangen" is the learner's own story.
const subjectBlockers = (who: string): string[] => [`!!(${POSSESSIVE} (${who}) ${OTHERS_ACT})`, `!!(${POSSESSIVE} #word (${who}) ${OTHERS_ACT})`,
  `!!(${POSSESSIVE} #word #word (${who}) ${OTHERS_ACT})`,
  // …or the relative's name after them: "Mein Freund Karim hat zwei Jahre im Lager gearbeitet."
  `!!(${POSSESSIVE} (${who}) #noun ${OTHERS_ACT})`,
  // The verb last, as beginners put it, after an adverb: "Mein Bruder auch anmelden muss."
  `!!(${POSSESSIVE} (${who}) ${SUBJECT_ADVERBS}) ... ${OTHERS_ACT}`,
];

// What a relative or a friend did or is tells about them, not about the learner: "Mein Vater hat im Lager gearbeitet."
export const othersBlockers: string[] = subjectBlockers(`${RELATIVES}|${PARTNERS}|freund|freundin|freunde|freundinnen`);

// An employer who wants a paper wants it from the learner: "Mein Chef braucht ein Attest." asks for one; what the
// employer is or has had still tells about them ("Mein Chef ist krankgeschrieben").
export const othersBesideEmployerBlockers: string[] = [
  ...subjectBlockers(`${RELATIVES.replace("|chef|chefin", "")}|${PARTNERS}|freund|freundin`),
  `!!(${POSSESSIVE} (chef|chefin) (ist|sind|hat|haben|war|waren|hatte|wurde|wird))`,
];

// The partner one travels with books for both: "Mein Mann hat für uns reserviert" states the learner's own booking.
export const othersBesidePartnerBlockers: string[] = subjectBlockers(RELATIVES);

// Having paid already pays nothing now: "Ich habe schon bezahlt."
// A card that is not money pays nothing: a loyalty or stamp card, a business card, a postcard or a menu ("Hier ist meine
// Stempelkarte, ist die voll?", "Ich habe eine Bonuskarte", "Meine Visitenkarte"), nor the shop's own card ("Hier ist meine
// Karte von der Bäckerei"). Paying by card names the card alone or a bank card ("Mit Karte", "EC-Karte", "Kreditkarte").
// Gift cards and vouchers are money, so they are not here; nor are menus, which a guest thanks for before the bill
// ("Danke für die Weinkarte, die Rechnung bitte").
const NOT_MONEY_CARDS = ["stempel", "bonus", "kunden", "treue", "visiten", "payback", "sammel", "rabatt", "punkte", "mitglieds", "club", "klub",
  "vorteils", "post", "geburtstags", "glückwunsch", "dankes", "weihnachts", "fahr", "eintritts", "kranken", "krankenkassen",
  "versicherten", "gesundheits", "bibliotheks", "studenten", "mensa", "sim", "land", "stadt"];
export const notMoneyCardBlockers: string[] = [
  `!!(${NOT_MONEY_CARDS.flatMap((head) => [`${head}karte`, `${head}karten`, `${head}kärtchen`]).join("|")})`,
  "!!(karte|karten|kärtchen) (von der|vom|von|von ihrer|von ihrem|von dieser|von diesem|aus der|aus dem|für die|für den|fürs) (bäckerei|bäcker|bäckerin|laden|geschäft|café|cafe|kette|filiale|restaurant|lokal|ihnen|euch|hier)",
  "!!(karte|karten|kärtchen) (zum|für) (stempeln|sammeln|punkte|punkten|rabatt)",
];

export const paidBlockers: string[] = ["!!(habe|hab|haben|hat|hatte|hatten) (bezahlt|gezahlt)", "!!(schon|bereits) (bezahlt|gezahlt)"];

export const thankPatterns: string[] = [
  "(danke*|dank|dankeschön|merci|thx|danki|dankö)",
  // Thanks in the learner's own language, like "merci" and the greetings above: "Muchísimas gracias, Frau Vogel! Das war so schön!"
  "(gracias|muchas gracias|muchísimas gracias|grazie|obrigado|obrigada|teşekkürler|teşekkür ederim|dziękuję|spasibo|shukran|bedankt|dank je|dank u)",
  // English thanks right beside a German sentence thank as "danke" does (code-switching): "thank you, das ist sehr nett",
  // "Das ist sehr nett, thank you." Alone ("ok thank you", "thank you so much") they practise no German.
  "(thank you|thanks|thank u) (das|sie|für|sehr|vielen|alles|toll|perfekt|bis|schönen|einen)",
  // The German word must be the learner's own, right before: after the character's German line "Thank you!" alone is English.
  "(nett|freundlich|lieb|gut|perfekt|toll|klar|prima|wunderbar|schön|sehr|bitte|ja) (thank you|thanks|thank u)",
  // Regional and spoken: "Dankschee!", "Ich bin Ihnen sehr dankbar."
  "(dankschee|dankscheen|dankschön|dankschon|danggschön|danggsche|danggschee|dankbar)",
  "bedank*",
  "vergelt* gott",
  // Gratitude said as what the person did: "Sie haben mir sehr geholfen." A thing that helped thanks nobody: "Ich habe
  // Ibuprofen genommen, das hat mir ein bisschen geholfen.", "Ich habe im Lager gearbeitet, das hat mir sehr geholfen."
  "(sie haben|du hast|ihr habt) (mir|uns) ... geholfen",
  // "Ich wäre Ihnen dankbar, wenn Sie langsamer sprechen" asks a favour; it thanks for nothing yet.
  "!(wäre|wären|würde|würden) ... dankbar",
  // Thanks to one's own people, "thanks to" a cause, and "Gott sei Dank" thank nobody here: "Ich danke meiner Frau für die Buchung.",
  // "Dank meiner Freundin habe ich das Hotel gefunden.", "Ich bin meiner Schwester sehr dankbar.", "Gott sei Dank, es geht mir besser."
  // ("danke der Nachfrage" still thanks).
  // The verb with its subject, not a bare "Danke", which a comma may part from what follows: "Danke, meinen Bus finde ich jetzt!"
  "!((ich danke|wir danken|danken|dankt|bedanke mich bei|bedanken uns bei) (meiner|meinem|meinen|seiner|seinem|unserer|unserem|unseren))",
  "!(dank (meiner|meinem|seiner|seinem|unserer|unserem))",
  "!(meiner|meinem|meinen|unserer|unserem|unseren) ... dankbar",
  "!(gott sei dank|gottseidank)",
  // Thanks another gave, or one gave before, thank nobody now: "Mein letzter Chef hat sich nie bei uns bedankt.",
  // "Er bedankt sich immer beim Fahrer." ("Ich bedanke mich für Ihre Zeit" still thanks).
  "!(hat|hatte|haben|hatten|habe|hab) (sich|mich|uns) ... bedankt",
  "!((er|sie|man) (bedankt|bedankte|dankt|dankte))",
  // Thanks owed to one's own people, put off or passed on, thank nobody here: "Ich danke später meinem Chef.", "Ich muss mich
  // bei meiner Frau bedanken.", "Sagen Sie meiner Mutter danke."; nor do thanks reported, a habit of thanking, or the word
  // glossed: "Ich habe ihr gestern danke gesagt.", "Mein Freund sagt immer danke.", "Danke schön heißt thank you, oder?"
  // ("Ich sage danke!" and "Ich möchte mich bei Ihnen bedanken" still thank).
  "!((ich danke|wir danken) (später|morgen|nachher|dann|noch|auch|heute|immer|erst|gleich) (meiner|meinem|meinen|seiner|seinem|unserer|unserem|unseren))",
  "!bei (meiner|meinem|meinen|deiner|deinem|deinen|seiner|seinem|unserer|unserem|unseren) ... bedank*",
  "!bedank* ... bei (meiner|meinem|meinen|deiner|deinem|deinen|seiner|seinem|unserer|unserem|unseren)",
  "!(sagen sie|sag|sagt) (meiner|meinem|meinen|deiner|deinem|deinen|seiner|seinem|unserer|unserem|unseren|ihr|ihm) ... (danke|dankeschön)",
  "!(danke|dankeschön|danke schön|danke sehr|vielen dank) gesagt",
  // Saying thanks as a topic, forgot or put off thanks nobody now: "Danke sagen ist in Deutschland sehr wichtig.", "Gestern
  // habe ich vergessen, mich zu bedanken.", "Ich sage später danke." ("Ich sage nochmal danke!" still thanks.)
  "!((danke|dankeschön|danke schön) (sagen|zu sagen) (ist|sind|war|gehört|kostet|finde|muss))",
  "!((vergessen|vergesse|vergisst|vergaß|vergass) (danke|dankeschön|mich|uns))",
  "!((sage|sagen) (später|morgen|nachher|übermorgen) (danke|dankeschön))",
  // Grateful to one's own people, the adjective first: "Dankbar bin ich meiner Familie."
  "!dankbar ... (meiner|meinem|meinen|seiner|seinem|unserer|unserem|unseren)",
  "!(sagt|sagen|sage|sag|sagst) immer (danke|dankeschön|danke schön)",
  ...glossedBlockers(["danke", "dankeschön", "danke schön", "merci", "vielen dank"]),
];

// Medicines asked for by brand or agent, which no word for "tablet" covers: "Aspirin, bitte."
export const medicineNames: string[] = [
  "aspirin*", "ibuprofen*", "ibu", "paracetamol*", "voltaren*", "nurofen*", "dolormin*", "thomapyrin*", "grippostad*",
  "sinupret*", "otriven*", "olynth*", "nasic*", "buscopan*", "imodium*", "loperamid*", "cetirizin*", "lorano*",
  "fenistil*", "bepanthen*", "diclofenac*", "wick medinait",
];

// Doctor and pharmacy both ask "what is wrong?"; the answers are the same words.
export const symptomLexicon: Record<string, string[]> = {
  symptom: [
    // Chat drops the "e" of "-en" and a short vowel's length: "halsschmerzn", "fiber".
    "*schmerzen", "*schmerz", "*schmerzn", "*weh", "fieber", "fiber", "husten", "schnupfen", "durchfall", "verstopfung", "grippe",
    "erkältung", "*ausschlag", "atemnot", "kopfweh", "bauchweh", "halsweh", "schüttelfrost", "verstopfte nase", "laufende nase", "schwindel*", "migräne", "übelkeit", "allergie", "halskratzen", "sonnenbrand",
    // What learners call it by the illness's name: "Ich habe eine Angina", "wohl eine Blasenentzündung".
    // Cramps, and the problems of an organ: "Krämpfe im Bauch", "Magenprobleme"; an infection named: "Corona".
    // What a pharmacy hears of most: "Heuschnupfen", "Sodbrennen", "Muskelkater", "Herpes", a sting, an illness of travel.
    "heuschnupfen", "sodbrennen", "muskelkater", "herpes", "*krankheit", "mückenstich*", "insektenstich*", "wespenstich*", "zeckenbiss*", "fieberblase*",
    "krampf*", "krämpfe", "*krämpfe", "magenprobleme", "herzprobleme", "atemprobleme", "verdauungsprobleme", "rückenprobleme", "corona", "covid",
    // The English name inside German, as learners reach for it: "Ich habe so ein headache", "ich habe sore throat".
    "headache*", "stomachache*", "stomach ache", "bellyache", "toothache", "earache", "backache", "sore throat", "fever", "cough", "diarrhea", "diarrhoea", "flu",
    "angina", "*entzündung", "bronchitis", "infekt", "infektion", "*infekt", "*infektion", "nasenbluten", "magen darm*", "magendarm*", "sinusitis", "druckgefühl", "engegefühl", "taubheitsgefühl", "herzrasen", "kreislauf*",
  ],
};

// What may follow "seit" when it dates a symptom: "seit gestern", "seit drei Tagen", "seit letzter Woche".
const SINCE =
  "(gestern|vorgestern|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|letzte*|ein|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|paar|kurzem|langem|tagen|wochen|1*|2*|3*|4*|5*|6*|7*|8*|9*)";

// Parts of the body a complaint names, with learners' spellings ("ohre"); the lower belly too.
const BODY =
  "(kopf|schädel|bauch|magen|hals|rachen|rücken|brust|herz|ohr|ohren|ohre|auge|augen|nase|zahn|zähne|knie|fuss|füsse|füssen|bein|beine|arm|arme|hand|hände|nacken|schulter|schultern|blase|haut|gelenke|lippe|lippen|mund|zeh|zehen|finger|gesicht|knöchel|handgelenk|fussgelenk|hüfte|ellbogen|ellenbogen|kiefer|zunge|stirn|leiste|unterleib|unterbauch|lunge|niere|nieren|wade|waden)";
// The flank too, where the pain sits or what hurts: "ein Stechen in der Seite", "Die Seite tut weh". Not where a part of the
// body acts up or makes trouble: "Die Seite spinnt", "Probleme mit der Seite" are a website's.
const BODY_SIDE = BODY.replace(/\)$/, "|seite)");
// How many days it has been, verbless: "Drei Tag schon Fieber.", "Husten schon zwei Wochen."
const COUNT = "(ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|paar|1*|2*|3*|4*|5*|6*|7*|8*|9*)";
const SPAN = "(tag|tage|tagen|woche|wochen|nacht|nächte|nächten|monat|monate|monaten)";

/** A symptom with how long it has lasted, without a verb: it says what is wrong and since when at once. */
export const symptomSpanPatterns: string[] = [
  `${COUNT} ${SPAN} $symptom`,
  `${COUNT} ${SPAN} (schon|lang|lange|jetzt) $symptom`,
  `$symptom (schon|jetzt|jetzt schon|bestimmt schon) ${COUNT} ${SPAN}`,
];

export const describeSymptomPatterns: string[] = [
  ...symptomSpanPatterns,
  // The verb before the part of the body: "Mir brummt der Schädel", "mir dröhnt der Kopf".
  `(mir|mich) (brummt|dröhnt|platzt|schmerzt|juckt|brennt|sticht|pocht|drückt|kratzt|schmerzen|brennen) (der|die|das|mein|meine|den) ${BODY}`,
  `${BODY_SIDE} (brummt|dröhnt|platzt|pocht|sticht)`,
  // Where a feeling sits: "Druck in der Brust", "ein Stechen im Rücken", "Brennen beim Wasserlassen".
  `(druck|stechen|brennen|ziehen|kribbeln|druckgefühl|engegefühl|taubheitsgefühl|schmerz|schmerzen) (in der|im|in den|am|an der|in meiner|in meinem) ${BODY_SIDE}`,
  "(brennen|stechen|schmerzen|schmerz) beim (wasserlassen|pinkeln|schlucken|atmen|husten|gehen|laufen)",
  // Feeling it, as one has it: "Ich spüre ein Stechen", "Es besteht ein Druckgefühl in der Brust."
  "(ich|wir) (spüre|spür|verspüre|merke|fühle) $symptom",
  // The complaint as the subject, begun or growing: "Der Husten hat am Donnerstag angefangen", "Das Fieber wird nicht besser".
  "(der|die|das|mein|meine) $symptom (hat|ist|haben|sind) ... (angefangen|begonnen|gekommen|schlimmer|stärker)",
  "$symptom (wird|werden) (nicht besser|schlimmer|immer schlimmer|stärker|nicht weniger)",
  // It comes and goes: "Die Schmerzen kommen und gehen."
  "$symptom (kommt|kommen) (und geht|und gehen|immer wieder|in wellen)",
  // Where it sits: "Meine Lippe hat Herpes", "Blasen an den Füßen".
  `(mein|meine) ${BODY} (hat|haben) $symptom`,
  `(blasen|$symptom) (an den|an der|am|an|auf der|auf dem) ${BODY}`,
  // An organ in trouble, or a reading too high: "Probleme mit dem Magen", "Mein Magen macht Probleme", "Mein Blutdruck ist zu hoch".
  `(probleme|beschwerden) mit (dem|der|den|meinem|meiner|meinen) ${BODY}`,
  `${BODY} (macht|machen) (probleme|ärger|beschwerden)`,
  // A part of the body that acts up, as speech puts it: "Mein Magen spinnt total", "Mein Rücken streikt".
  `${BODY} (spinnt|spinnen|streikt|streiken|rebelliert|rebellieren|spielt verrückt|spielen verrückt)`,
  "(mein|der) (blutdruck|zucker|blutzucker|puls) (ist|war) (zu hoch|zu niedrig|sehr hoch|sehr niedrig)",
  "(corona*|covid*|schnelltest) (ist|war) positiv",
  // Throwing up, sprains: "Ich muss mich oft übergeben", "Ich habe mir den Fuß verstaucht".
  // Dictation splits the verb: "ich muss mich immer über geben".
  "ich (muss|musste) mich ... (übergeben|über geben|erbrechen)",
  `(habe|hab) mir (den|die|das|meinen|meine|mein) ${BODY} (verstaucht|gebrochen|verdreht|geprellt|verrenkt|verletzt|verdorben|verbrannt|gezerrt)`,
  // Cut or stung into a part of the body: "Ich habe mir in den Finger geschnitten."
  `(in den|in die|ins|in meinen|in meine) ${BODY} (geschnitten|gestochen|gebissen)`,
  // Stung or bitten, in the passive: "Ich wurde von einer Biene gestochen."
  "(ich wurde|wurde ich|ich bin|bin ich) ... (gestochen|gebissen)",
  // Hearing or seeing badly: "Ich höre auf dem linken Ohr ganz schlecht.", "Ich sehe alles verschwommen."
  "(ich|wir) (höre|hör|sehe|seh) ... (schlecht|kaum|verschwommen|doppelt)",
  // How one looks is no sense failing: "Ich sehe schlecht aus, oder?"
  "!(schlecht|krank|müde|blass|komisch) aus",
  // Trouble doing something the body does: "Ich habe Probleme beim Atmen."
  "(probleme|schwierigkeiten|mühe) (beim|mit dem) (atmen|schlucken|gehen|laufen|schlafen|essen|hören|sehen|sprechen|wasserlassen)",
  // The subject dropped after "und": "Ich habe keine Energie und bin immer müde."
  "(und|aber) bin (immer|so|sehr|total|ständig|oft|ganz|echt|dauernd|auch) (müde|schlapp|schwach|erschöpft|krank|erkältet)",
  // Had it and has it still: "Ich hatte schon am Montag Husten, und jetzt noch immer."
  "(ich hatte|hatte ich) ... $symptom ... (immer noch|noch immer)",
  // A part of the body and how it looks: "ich habe Hals ganz rot", "Ich habe einen roten Hals".
  `(habe|hab|hat) ${BODY} (rot|geschwollen|entzündet|dick|wund)`,
  `(habe|hab|hat) (einen|eine|ein) (roten|rote|rotes|geschwollenen|geschwollene|geschwollenes|entzündeten|entzündete|dicken|dicke) ${BODY}`,
  "(es besteht|es bestehen|besteht|bestehen) $symptom",
  // Verbless: "Bauch nicht gut", "Mein Magen ist nicht gut" ("nicht gut" is the complaint).
  `^${BODY} (nicht gut|nicht ok|nicht okay|nicht in ordnung|schlecht|komisch|krank|schlimm|sehr schlimm|so schlimm|ganz schlimm)`,
  `^(mein|meine) ${BODY} (ist|sind) (nicht gut|nicht ok|nicht okay|nicht in ordnung|schlecht|komisch|krank)`,
  // The pronoun between: "beim Schlucken tut es sehr weh"; "we" is how a phonetic writer spells "weh".
  "(tut|tun) (es|das) (weh|we|sehr weh|so weh|echt weh|richtig weh|total weh|ganz weh)",
  "(tut we|tun we|tut mir we|tut sehr we|tut so we)",
  `(${BODY_SIDE} (weh|we))`,
  // "auch" too, the verb dropped: "Rücken auch weh, hier unten."
  `(${BODY_SIDE} (so|sehr|ganz|total|auch|immer) (weh|we))`,
  // Dizzy: "alles dreht sich", "mir dreht sich alles" (not "dreht sich alles um Geld").
  "mir dreht sich alles",
  "(und|dann|jetzt|plötzlich) alles (dreht|drehte)",
  "=(alles dreht sich|alles dreht|dreht sich alles)",
  // A part of the body alone, where it hurts: "Wo tut es weh?" "Hals." – or beside a symptom turned down: "Kein Fieber. Nur Hals."
  `[(wo tut|was tut|wo haben sie|wo genau|welche stelle|fehlt|beschwerde*|was ist los|was haben sie)] =(${BODY_SIDE}|der ${BODY_SIDE}|die ${BODY_SIDE}|mein ${BODY_SIDE}|meine ${BODY_SIDE}|im ${BODY_SIDE}|am ${BODY_SIDE})`,
  `[(wo tut|was tut|wo haben sie|wo genau|welche stelle|fehlt|beschwerde*|was ist los|was haben sie)] =(${BODY}|der ${BODY}|die ${BODY}) (und|oder) (${BODY}|der ${BODY}|die ${BODY})`,
  // The side or spot named first: "Vorne im Kopf.", "Links am Knie."
  `[(wo tut|was tut|wo haben sie|wo genau|welche stelle)] =(vorne|hinten|oben|unten|links|rechts|innen|aussen|hier|da) (im|am|in der|an der|in den) ${BODY_SIDE}`,
  // Yes to the question whether one has it: "Haben Sie auch Fieber?" "Ja, ein bisschen."
  // Not "Haben Sie Allergien?", which asks about the medicine, not the complaint.
  // Adjacent: "Haben Sie schon etwas gegen die Schmerzen genommen?" "Ja." tells what was taken; a yes to having measured the
  // fever, or to it in the family, tells no complaint: "Haben Sie Fieber gemessen?" "Ja."
  "[((haben sie|haben sie auch|haben sie noch|haben sie starke|haben sie hohes|haben sie oft) (fieber|husten|schnupfen|*schmerzen|*schmerz|*weh|durchfall|übelkeit|schwindel*|schüttelfrost|temperatur|erbrechen))] [!(gemessen|in der familie)] =(ja|ja leider|leider ja|ja ein bisschen|ein bisschen|ja etwas|ja schon|ja sehr|ja ziemlich|ja stark)",
  `[$symptom] =(nur|aber|nur der|nur die|nur mein|nur meine|aber der|aber die) ${BODY}`,
  // Thrown up, fallen, no hunger: "Ich habe erbrochen", "Ich muss immer kotzen", "Ich bin gestürzt", "kein Hunger".
  "(ich habe|hab|habe) (erbrochen|gekotzt|gebrochen)",
  "ich muss (immer|oft|ständig|dauernd|viel) (kotzen|brechen|spucken|husten|niesen|erbrechen)",
  "ich (muss|musste) (kotzen|brechen|spucken)",
  "ich bin (gestürzt|hingefallen|umgeknickt|ausgerutscht|gefallen)",
  "(habe|hab) (keinen|kein) hunger",
  "(habe|hab) (temperatur|erhöhte temperatur|hohe temperatur|leichte temperatur)",
  // A fever in degrees, answered: "Ja. 39." after "Haben Sie Fieber?"
  "[(fieber*|temperatur)] =(37*|38*|39*|40*|41*)",

  "(ich|wir) (hab*|habe) $symptom",
  "$symptom (hab*|habe) (ich|wir)",
  "(hab|habe) (ich|wir) $symptom",
  // Chat drops the subject: "Hab Fieber, brauch Tabletten."
  "(hab|habe) $symptom",
  "(tut weh|tun weh|tut sehr weh|tut so weh|tun sehr weh|tut mir weh|tun mir weh|tut richtig weh)",
  "mir (tut|tun) weh",
  // Where it hurts may stand between: "Es tut hier weh, im Ohr."
  "(tut|tun) (hier|da|dort|so|überall|immer|ständig|ganz|echt|total|auch) weh",
  // …and since when: "Es tut seit gestern weh.", "Das tut schon seit Tagen so weh."
  "(tut|tun) (seit|schon seit|schon) ... weh",
  // A symptom that began or joined: "Es hat mit Husten angefangen, jetzt kommt Fieber dazu."
  "(kommt|kommen|kam) $symptom dazu",
  "mit $symptom (angefangen|begonnen|los)",
  "mir (ist|is) (schlecht|übel|schwindelig|schwindlig|kalt|heiss)",
  // The verb before "mir" once a time or a reason opens the clause: "Heute ist mir schlecht.", "Beim Essen wird mir übel."
  // (Not cold or hot, which a room or the winter makes: "Hier ist mir zu heiß.", "Im Winter ist mir immer kalt.")
  "(ist|is|wird) mir (schlecht|übel|schwindelig|schwindlig)",
  // What a medicine may cause, asked, is no complaint: "Wird mir von den Tabletten schlecht?"
  "!?wird mir (von|vom|davon|danach)",
  // Breath is short, not "no breath": "Ich kriege schlecht Luft."
  "(kriege|krieg|bekomme|bekomm|habe|hab) (schlecht|keine|kaum|wenig) luft",
  "ich bin (erkältet|krank|verletzt|verkühlt|gestochen|heiser|verschnupft|müde|schlapp|erschöpft|schwach|matt)",
  // Names its negation: no appetite is the complaint.
  "(habe|hab) (keinen|kein) appetit",
  // …and no voice: "Ich habe keine Stimme mehr."
  "(habe|hab) (keine|kaum|fast keine) stimme",
  // A part of the body and how it looks: "Der Hals ist rot", "Die Augen sind geschwollen".
  "((hals|rachen|mandeln|auge|augen|haut|nase|zunge|ohr|ohren|knie|fuss|hand|arm|bein) (ist|sind)) (rot|dick|trocken|geschwollen|entzündet)",
  // Any part of the body, "ganz" or "sehr" between: "Mein Knöchel ist ganz dick."
  `(${BODY} (ist|sind)) (ganz|sehr|so|total|etwas|ein bisschen|stark) (rot|dick|geschwollen|entzündet|blau)`,
  // A symptom that came on: "zuerst Schnupfen, dann kam Fieber".
  "(dann|jetzt|noch|dazu) (kommt|kam|kamen|kommen) $symptom",
  // The symptom with its start: "Halsschmerzen seit gestern Abend."
  // "seid" is how learners often spell "seit": "bauchschmerz seid 2 tage".
  `$symptom (seit|seid) ${SINCE}`,
  // The start first, the verb dropped: "seit sonntag bauchschmerzen", "Seit einer Woche Husten." Opening and told, so neither
  // a relative's ("Meine Tochter seit Montag Fieber") nor the character's question echoed ("Seit gestern Fieber?") tells it.
  `^.(seit|seid) ${SINCE} $symptom`,
  `^.(seit|seid) ${SINCE} (abend|morgen|nacht|früh|mittag|nachmittag|vormittag|tag|tagen|woche|wochen|monat|monaten) $symptom`,
  // How bad, verbless: "Husten sehr schlimm.", "Fieber hoch."
  "^$symptom (schlimm|stark|schlimmer|stärker|sehr schlimm|so schlimm|sehr stark|so stark|ganz schlimm)",
  "^(fieber|temperatur) (hoch|sehr hoch|ganz hoch)",
  "ich (schlafe|esse|atme) (nicht gut|schlecht|kaum|nicht mehr gut)",
  // English word order for "I feel sick": "Ich fühle krank."
  "ich (fühle|fühl) (krank|schlecht|schwach|elend|mies|fiebrig|schwindelig)",
  // The reflexive dropped, as learners whose language has none say it: "Ich fühle nicht gut." It names its negation.
  "ich (fühle|fühl) (nicht gut|gar nicht gut|nicht so gut|nicht wohl)",
  // Not well said as not healthy or fit; it names its negation: "Ich bin nicht gesund.", "Ich fühle mich nicht ganz fit."
  "(ich bin|ich fühle mich|ich fühl mich) (nicht|gar nicht|nicht so|nicht ganz|nicht richtig) (gesund|fit)",
  // Fit for something is a plan's fitness, no complaint: "Ich bin nicht fit für den Marathon."
  // (Unfit for work is the complaint: "Ich fühle mich nicht fit genug zum Arbeiten.")
  "!(fit|fit genug) (für|fürs|zum|zur) ... (marathon|sport|training|urlaub|reise|reisen|prüfung|spiel|wandern|wanderung|laufen|joggen|party|umzug|fußball|schwimmen|tanzen|turnier|wettkampf)",
  // …nor is being weak at a subject: "Ich bin nicht fit in Deutsch.", "Ich bin nicht so fit am Computer."
  "!fit (in|im|am|mit|beim) ... (deutsch|englisch|grammatik|mathe|computer|sprache|sprachen|technik|excel|internet|handy)",
  // How one is, answered alone: "Nicht gut." after "Wie geht es Ihnen?"
  // (Not how the job or the family is going: "Nicht gut." after "Wie geht es Ihnen mit dem neuen Job?")
  "[(wie geht es ihnen|wie gehts ihnen|wie geht es dir|wie fühlen sie sich)] [!(job|arbeit|stelle|familie|kind*|frau|mann|urlaub|kurs|deutschkurs|wohnung|umzug|chef|kollegen)] =(nicht gut|nicht so gut|gar nicht gut|schlecht|sehr schlecht|nicht so toll|nicht besonders|nicht besonders gut|mies|nicht gut leider|leider nicht gut|leider schlecht)",
  // Going somewhere is no limp: "Ich kann nicht gehen zur Arbeit."
  "!(gehen|laufen) (zur|zum|in die|ins|nach)",
  // …nor with the place before the verb: "Ich kann nicht zur Arbeit gehen."
  // ("nach" only of a place: "Nach dem Sturz kann ich nicht mehr richtig laufen." is the complaint.)
  "!(zur|zum|in die|ins|nach hause|nach draußen|nach oben|nach unten) ... (gehen|laufen)",
  // Where, opening the sentence: "Schmerzen im Bauch, seit Samstag."
  "^$symptom (im|in der|in die|in den|in meinem|in meiner|am|an der)",
  // A fever in degrees, once fever is named: "was gegen Fieber, ich habe 38,5".
  "[(fieber*|temperatur)] (ich habe|ich hab|habe ich|hab ich) (37*|38*|39*|40*|41*)",
  "ich (huste|niese|schwitze|friere)",
  // Suffering from it, the symptom later in the clause: "Ich leide seit Tagen unter starkem Husten."
  "(ich|wir) (leide|leiden) ... (unter|an) ... $symptom",
  "(nase|nebenhöhle*|ohren|ohr) (ist|sind) (zu|verstopft)",
  // Verbless, as A1 learners list what is wrong: "Ich Husten.", "Nase zu, Kopf heiß."
  "^((ich|wir) $symptom)",
  "^=((ich|wir) (krank|erkältet|verletzt|heiser))",
  "^((ich|wir) (krank|erkältet|verletzt|heiser))",
  // The participle tells what was: "Ich krank gewesen letztes Jahr."
  "!!(gewesen|gehabt)",
  // A complaint as the condition of a habit or a plan is none had now: "Wenn ich Fieber habe nehme ich immer Paracetamol.",
  // "Falls ich morgen noch Kopfschmerzen habe, …" ("Wenn ich schlucke, tut es weh" still tells it, after its comma).
  "!(wenn|falls|sobald) (ich|wir) ... $symptom (habe|hab|haben|bekomme|bekommen|kriege|kriegen)",
  "!(wenn|falls|sobald) (ich|wir) ... (krank|erkältet) (bin|sind|werde|werden)",
  // How long it lasted, in the past: "Letzten Winter hatte ich drei Wochen Husten." ("Ich habe seit drei Tagen Husten" is now.)
  `!(hatte|hatten|war|waren) ... ${COUNT} ${SPAN}`,
  "((hals|kopf|bauch|rücken|magen|knie|fuss|arm|bein|ohr|zahn) (kaputt|ganz kaputt))",
  "((nase|nebenhöhle*|ohren|ohr) (zu|verstopft))",
  "((kopf|stirn) (heiss|warm|glüht|brennt))",
  "(kopf|bauch|magen|ohren|ohr|hals|rücken) (drück*|brumm*|tut|tun|brennt|brennen|juckt|kratzt|sticht|pocht|schmerzt|schmerzen)",
  // Any part of the body that hurts, as the subject: "Meine Schulter schmerzt sehr.", "Das Knie schmerzt."
  `${BODY_SIDE} (schmerzt|schmerzen)`,
  // ...with more words between, as a reason puts the verb last: "…, da mein Hals seit heute Morgen sehr stark schmerzt."
  // Present only: "Mein Hals tat gestern weh" tells what was.
  `(mein|meine) ${BODY_SIDE} ... (schmerzt|schmerzen)`,
  // …with the possessive's ending dropped, as A1 writes it: "mein nase lauft immer".
  "(mein|meine|die) nase läuft",
  // …and as it is said with "mir": "Mir läuft die Nase.", "Seit Sonntag läuft mir die Nase."
  "(mir läuft|läuft mir) (die nase|meine nase)",
  "(ich kann|kann ich) (nicht|kaum|schlecht) (schlafen|essen|atmen|schlucken|laufen|gehen)",
  "(ich habe|hab|habe) mir verletzt",
  "(ich habe|hab|habe) mich (erkältet|verkühlt|verletzt|verbrannt|geschnitten|übergeben|gestossen)",
  "(ist|sind) (geschwollen|entzündet|gebrochen|verstaucht|verletzt|verbrannt)",
  // A bare symptom opening the talk names what is wrong: "Halsweh. Gibt es Lutschtabletten?"
  "=$symptom",
  "=$symptom (und so|oder so)",
  // Only this, after something turned down: "Nicht so schlimm, nur Schnupfen."
  "=(nur|bloss|bloß|nur ein bisschen|nur etwas|nur leichter|nur leichtes|nur leichte) $symptom",
  // A bare symptom answers "Was fehlt Ihnen?": "Halsschmerzen.", "Schwindelig, und Kopfweh."
  "[(fehlt|beschwerde*|was ist los|was haben sie|wo tut|symptom*|was führt sie)] =$symptom",
  // Or two of them: "Halsweh und Schnupfen."
  "[(fehlt|beschwerde*|was ist los|was haben sie|wo tut|symptom*|was führt sie)] =$symptom (und|oder|sowie) $symptom",
  // "etwas gegen den Husten" asks for a remedy; it does not say what is wrong.
  "!gegen",
  // A short answer to "Haben Sie auch Fieber?": "Und Kopfweh."
  "[(fieber|husten|schmerz*|beschwerden|symptom*|noch|sonst|auch)] (und|auch|nur|aber) $symptom",
  "[(fieber|husten|schmerz*|beschwerden|symptom*|noch|sonst|auch)] =(ja|nein|ein bisschen|etwas) $symptom",
  "[(fieber|temperatur)] grad",
  "(mir|mich) (geht|gehts|fühle|fühl) (schlecht|krank|schwach|mies|elend|miserabel|furchtbar|schrecklich|schlapp|erschöpft|matt|fiebrig|scheisse|beschissen|dreckig)",
  "(geht|gehts|fühle|fühl) (mir|mich) (schlecht|krank|schwach|mies|elend|miserabel|furchtbar|schrecklich|schlapp|erschöpft|matt|fiebrig)",
  // A compound split in two, as learners write it: "Bauch weh", "Kopf schmerzen".
  // Adjacent: "Mein Hals tat gestern weh" tells what was.
  "((kopf|bauch|hals|rücken|ohr|ohren|zahn|magen|brust) (weh|schmerzen|schmerz))",
  // What the skin or an eye does: "Es juckt überall", "Die Augen brennen".
  // Not "das": "Das brennt?" asks about the spray.
  "((es|haut|auge|augen|wunde) (juckt|jucken|brennt|brennen|sticht|pocht|kratzt|tränen|tränt))",
  // Stated, not asked ("Muss ich husten?"), and not "brechen" ("Muss ich die Tablette brechen?").
  "ich muss (husten|niesen|erbrechen)",
  // These name their negation on purpose; "nicht" here describes the symptom.
  "(mir|mich) (geht|gehts|fühle|fühl) (nicht gut|gar nicht gut|nicht so gut|nicht wohl)",
  "(geht|gehts|fühle|fühl) (mir|mich) (nicht gut|gar nicht gut|nicht so gut|nicht wohl)",
];
