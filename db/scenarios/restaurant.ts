import { companionOfferBlockers, goodbyePatterns, greetPatterns, notMoneyCardBlockers, storyBlockers } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// Asking whether something exists, what it costs or how it is ("Haben Sie Apfelschorle?",
// "Was kostet ein Bier?", "Ist der Fisch frisch?") is not yet an order; these blockers keep it so.
// "Ein Bier ist hier teuer" talks about a drink or dish; it does not order one.
const DESCRIBES = "(ist|sind|war|waren|schmeckt|schmecken|kostet|kosten)";
// Ordering what someone else has: "Ich nehme das Gleiche wie meine Frau." (food or drink, by the waiter's question).
const SAME_AS = "(ich nehme|nehme ich|ich nehm|ich hätte gern|ich hätte gerne|ich möchte|ich bestelle|für mich|für uns|wir nehmen) (das gleiche|das selbe|dasselbe|auch das gleiche|auch dasselbe) wie";
// …and with the verb left out, opening a sentence that does not ask: "Das Gleiche wie meine Freundin, bitte." ("Das Gleiche
// wie meine Frau?" asks back.)
const SAME_AS_BARE = "^.(das gleiche|das selbe|dasselbe|auch das gleiche|auch dasselbe) wie";

// A companion's order in the third person, for a drink or a dish: "Meine Frau hätte gern die Apfelschorle."
const COMPANION_ORDERS =
  "(mein|meine|unser|unsere) (frau|mann|freundin|freund|sohn|tochter|kind|kleine|kleiner|partner|partnerin|mutter|vater|kollege|kollegin|begleitung|schwester|bruder) (nimmt|möchte|hätte gern|hätte gerne|würde gern|würde gerne)";

// What one eats or drinks with, asked for, orders nothing: "Ich brauche einen Löffel für die Suppe."
const UTENSIL = "(löffel|gabel|gabeln|messer|serviette|servietten|teller|besteck|schälchen|schüssel|strohhalm)";

const questionBlockers = [
  // Goods one has, asked to take away, are no order: "Darf ich das Wasser mitnehmen?" ("Kann ich eine Currywurst zum
  // Mitnehmen haben?" orders)
  "!(darf|kann|könnte|dürfte|dürfen|können) (ich|wir) (das|den|die|dem) ($drink|$dish) (mitnehmen|einpacken)",
  // A price exclaimed at, asked back, orders nothing: "Ein Schnitzel für 25 Euro? Das ist teuer!"
  "!?($dish|$drink) für ... (euro|euros|eur)",
  // Two goods each with "vielleicht", undecided: "Vielleicht eine Cola, vielleicht ein Bier, ich weiß nicht."
  "!![vielleicht] vielleicht ($article|$count) ($drink|$dish)",
  "!!vielleicht ($article|$count) ($drink|$dish) vielleicht",
  // Paying for a thing had, once the bill is split, orders nothing: "Getrennt bitte: ich zahle das Schnitzel und die Cola,
  // meine Freundin den Rest."
  "!$pay ($article|für das|für den|für die|nur das|nur den|nur die) ($dish|$drink)",
  // A later visit told time first, then the subject, as beginners order it: "Nächste Woche ich komme wieder und esse das
  // Gulasch.", "Nächstes Mal ich nehme die Suppe." (not "morgen": "Guten Morgen ich nehme …")
  "!((nächste woche|nächstes mal|nächste mal|beim nächsten mal|am wochenende|nächstes wochenende|nächstes jahr|übermorgen) (ich|wir))",
  // …and a visit to come so told silences its sentence: "nächste Woche ich komme wieder und trinke ein Bier".
  "!!((nächste woche|nächstes mal|nächste mal|beim nächsten mal|am wochenende|nächstes wochenende|nächstes jahr|übermorgen) (ich|wir) (komme|kommen|kome|komen|komm))",
  // An order in a textbook, a film or an exercise is read out, not made: "Im Lehrbuch bestellt Herr Müller ein Schnitzel."
  "!!((im|in meinem|in dem|in unserem) (lehrbuch|kursbuch|buch|film|video|dialog|text|beispiel|deutschbuch))",
  "!!(in der|in meiner|in unserer) (geschichte|serie|übung|lektion|aufgabe|szene)",
  "!(was|wie viel|wieviel|wie teuer) (kost*|ist|sind|macht)",
  // A choice offered to one's company orders nothing: "Anna, willst du Wein oder Bier?", "Was möchtet ihr trinken?"
  ...companionOfferBlockers,
  "!(haben|habt|hast) (sie|ihr|du)",
  "!gibt es",
  "!(ist|sind|war|kostet|kosten)",
  // A bill, a menu or a board read out names, it orders nothing: "Auf dem Zettel steht zweimal Bier, wir hatten nur eins.",
  // "Auf der Tafel steht heute Gulasch."
  "!(steht|stehen|stand|standen)",
  "!(ob|wissen|frage*)",
  "!(möchten|hätten|wollen) (sie|ihr)",
  "!(darf|dürfte) es",
  // Past and habit are not orders: "Gestern hatte ich Pizza", "Ich trinke oft Wein".
  "!(gestern|früher|normalerweise|oft|immer|meistens|manchmal|selten)",
  // …and a past visit: "Bei meinem letzten Besuch hatte ich das Schnitzel." (not "wie letztes Mal", which orders the same again)
  "!!(beim|bei meinem|bei unserem|bei dem) (letzten|vorigen) (besuch|mal)",
  ...storyBlockers,
  // One's company named with "die" or "der", then what they want, like or eat, is told, not ordered (as "will" is not in
  // COMPANION_ORDERS): "Die Kinder wollen Pommes, aber das ist nicht gesund.", "Der Kleine mag keine Suppe."
  "!((die|der|das) (kinder|kids|jungs|mädchen|kleine|kleinen|kleiner|junge|eltern|oma|opa|leute|gäste|freunde|kollegen|frau|mann) (will|wollen|mag|mögen|liebt|lieben|isst|essen|trinkt|trinken|hasst|hassen|braucht|brauchen))",
  // A habit held by its occasion silences the sentence still: "Immer wenn ich hier bin, nehme ich das Schnitzel."
  "!!(immer|meistens|oft|normalerweise|jedes mal|jedesmal) (wenn|wann|falls|sobald|als)",
  // …but another's habit of saying or having it still silences the sentence, quotes and all: "Meine Tochter sagt immer: ein
  // Bier, bitte!", "Mein Mann bestellt immer zwei Bier."
  "!!(sagt|sagen|meint|meinen|ruft|rufen|bestellt|nimmt|trinkt|isst) (immer|oft|meistens|normalerweise)",
  "!(habe|hab|hat|getrunken|gegessen)",
  // What the waiter himself drinks or eats, asked, orders nothing: "Hans, trinken Sie nach der Arbeit auch ein Bier?",
  // "Essen Sie selbst manchmal eine Currywurst?" ("Ein Bier bitte. Trinken Sie auch gern Bier?" orders the first.)
  "!(trinken|essen|trinkst|isst|mögen|magst) (sie|du) ... ($drink|$dish)",
  // Ordered already, the goods told after a comma: "Ich habe schon bestellt, ein Wasser und die Suppe." ("…, aber jetzt
  // hätte ich gern noch ein Wasser" turns to now and orders)
  "!!((ich|wir) (habe|hab|haben) (schon|bereits) bestellt)",
  "!!((habe|hab|haben) (ich|wir) (schon|bereits) bestellt)",
  // A habit told with the goods first: "Ein Bier trinke ich nur am Wochenende."
  // (the goods and the habit in one clause: "Ein Weißwein bitte, zuhause trinke ich nur Mezcal" orders the wine before it)
  "!(($drink|$dish) (trinke|esse|trinken|essen) (ich|wir) (nur|nie|selten|am wochenende|zu hause|zuhause|abends|sonntags))",
  "!(trinke|esse|trinken|essen) (ich|wir) (nur|nie|selten|am wochenende|zu hause|zuhause|abends|sonntags)",
  // Put off to later: "Einen Kaffee nehme ich später, nach dem Essen.", "Ein Glas Wein vielleicht später."
  "!!($order|trinke|trinken) (ich|wir) (später|nachher|danach)",
  "!!(vielleicht|erst|dann) (später|nachher)",
  "!((ich|wir) (hatte|hatten) (ein|eine|einen|das|die|den|der))",
  // …and to the second thing had: "Ich hatte ein Glas Wein und eine Pizza."
  "!((ich|wir) (hatte|hatten) (ein|eine|einen|das|die|den|der|zwei|drei)) ... (und|sowie|plus)",
  // …and so with what one counts on the bill: "Ich hatte nur ein Bier, nicht zwei.", "Ich hatte auch ein Schnitzel, das fehlt."
  "!((ich|wir) (hatte|hatten) (nur|auch|auch nur|doch nur) (ein|eine|einen|das|die|den|der|zwei|drei|vier|1*|2*|3*|4*))",
  // …and with the verb first, after the time told: "Wir waren letzten Freitag hier. Da hatten wir zwei Bier und Gulasch."
  "!((da|dann|damals|gestern|zuletzt|beim letzten mal|letztes mal) (hatte|hatten) (ich|wir))",
  // …and with the goods first, "hatte" typed as the umlaut-less "hätte": "Das Bier hatte ich schon, danke.", "Die Suppe
  // hatten wir gestern." ("Ein Bier hatte ich gern" still orders.)
  "!(($drink|$dish) (hatte|hatten) (ich|wir) (schon|bereits|gerade|eben|vorhin|gestern|vorgestern|damals|letztes|letzte|letzten))",
  // Had already today: "Nein, ich hatte schon einen Kaffee heute."
  "!!((ich|wir) (hatte|hatten) (schon|heute|gerade|eben|vorhin))",
  // A yes/no question about a dish asks what comes with it: "Ist bei dem Schnitzel ein Salat dabei?"
  "!!(ist|sind) ... (dabei|inklusive|inklusiv|enthalten)",
  // A drink one already has is not ordered: "Darf ich mein Bier mit nach draußen nehmen?"
  "!((mein|meine|meinen|unser|unsere|unseren) ($drink|$dish))",
  // A condition orders nothing: "Wenn ich das Schnitzel nehme, ist Salat dabei?"
  "!wenn",
  // …nor one unreal by "gäbe", the wish in the clause after it: "Wenn es keine Spätzle gäbe, würde ich Gulasch nehmen."
  "!!(wenn|falls) ... (gäbe|gäben|gäbs|gäb)",
  // …nor does a visit to come, set first in a condition: "Wenn ich wieder nach Berlin komme, nehme ich das Gulasch.",
  // "Falls ich wiederkomme, nehme ich den Fisch."
  "!!(wenn|falls) (ich|wir) ... (wieder|nochmal|noch mal|noch einmal|wiederkomme|wiederkommen|zurückkomme|zurückkommen)",
  // …and so with the next visit named: "Wenn ich nächstes Mal nach Berlin komme, nehme ich bestimmt das Eisbein."
  "!!(wenn|falls) (ich|wir) ... (nächstes mal|nächste mal|beim nächsten mal|nächstes jahr|nächste woche|irgendwann)",
  // Later, in any person, orders nothing now: "Mein Freund nimmt später noch ein Bier." ("Ein Bier jetzt, später noch
  // einen Kaffee" still orders the beer.)
  "!(später|nachher)",
  // …and so with the time first and a wish between it and the goods, in its clause: "Später möchte ich vielleicht noch
  // einen Kaffee.", "Nachher hätten wir gern noch ein Eis." ("Ein Bier bitte, später noch einen Kaffee" orders the beer.)
  "!(später|nachher) (möchte|möchten|will|wollen|würde|würden|hätte|hätten|nehme|nehmen|bestelle|bestellen|trinke|trinken|esse|essen|ich|wir) ... ($drink|$dish)",
  // …and so is one put off in the clause after: "Gerne das Schnitzel, aber nicht heute.", "Ein Bier, aber nicht jetzt."
  "!!aber (nicht|noch nicht) (jetzt|heute|sofort)",
  // …and a wish in the Konjunktiv taken back by what one must or cannot do: "Ich würde gern ein Bier trinken, aber ich muss
  // noch fahren.", "…, aber ich darf keinen Alkohol." (only that wish: "…, aber ich muss fahren, also ein Wasser bitte" orders
  // the water; a hurry takes nothing back: "Wir würden gern zwei Wasser bestellen, aber wir müssen gleich los.")
  "!(würde|würden) ... (trinken|nehmen|essen|bestellen|probieren|haben) aber (ich|wir) (muss noch fahren|muss fahren|müssen noch fahren|müssen fahren|muss noch arbeiten|muss arbeiten|darf kein|darf keinen|darf keine|darf nicht|dürfen kein|dürfen nicht|kann kein|kann keinen|kann keine|kann nicht|können nicht|soll kein|soll nicht|sollte kein|sollte keinen|sollte nicht)",
  // …and so is a plain wish, "hätte gern" or "möchte", taken back so: "Ich hätte gern ein Bier, aber ich muss noch fahren.",
  // "Ich möchte ein Glas Wein, aber ich darf keinen Alkohol." (only that wish: "…, aber ich muss fahren, also ein Wasser
  // bitte" orders the water)
  "!($drink|$dish) (hätte|hätten|hätt|möchte|möchten|möcht) (ich|wir) (gern|gerne|jetzt gern|jetzt gerne|so gern|so gerne|wirklich gern|wirklich gerne|jetzt) aber (ich|wir) (fahre noch|fahre taxi|fahre auto|fahre heute|fahren noch|fahren auto|muss noch fahren|muss fahren|darf kein|darf keinen|darf nicht)",
  "!(hätte|hätten|hätt|möchte|möchten|möcht) ... ($drink|$dish) aber (ich|wir) (fahre noch|fahre taxi|fahre auto|fahre heute|fahren noch|fahren auto)",
  "!(hätte|hätten|hätt|möchte|möchten|möcht) ... ($drink|$dish) aber (ich|wir) (muss noch fahren|muss fahren|müssen noch fahren|müssen fahren|muss noch arbeiten|muss arbeiten|darf kein|darf keinen|darf keine|darf nicht|dürfen kein|dürfen nicht|kann kein|kann keinen|kann keine|kann nicht|können nicht|soll kein|soll nicht|sollte kein|sollte keinen|sollte nicht)",
  // …and so with the time first: "Ich würde ein Bier nehmen, aber morgen habe ich eine Prüfung."; a "ja" in the wish
  // concedes it: "Ich würde ja ein Bier nehmen, aber …", "Ich hätte ja gern ein Schnitzel, aber …"
  "!(würde|würden) ... (trinken|nehmen|essen|bestellen|probieren|haben) aber (morgen|heute|gleich|danach|nachher|heute abend) (habe|hab|haben|muss|müssen|fahre|fahren|arbeite|arbeiten|bin|sind) (ich|wir)",
  "!(würde|würden|hätte|hätten) ja",
  // …and so is a wish in the Konjunktiv taken back by what one is: "Ich würde gern die Spätzle probieren, aber ich bin
  // allergisch gegen Ei." (a plain "hätte gern" only by what rules the goods out: "Ich hätte gern den Salat, aber ich bin
  // allergisch gegen Nüsse, bitte ohne" still orders)
  "!(würde|würden) ... (trinken|nehmen|essen|bestellen|probieren|haben) aber (ich|wir) (bin|sind) (allergisch|vegetarier|vegetarierin|vegetarisch|veganer|veganerin|vegan|satt|auf diät|schwanger|muslim|muslima)",
  "!(hätte|hätten|hätt|möchte|möchten|möcht) ... ($drink|$dish) aber (ich|wir) (bin|sind) (vegetarier|vegetarierin|vegetarisch|veganer|veganerin|vegan|satt|schwanger)",
  // What the goods cost or are in another place is talk, the price compared: "In Schweden bezahlt man für so ein Schnitzel
  // fast das Doppelte.", "Bei uns kostet ein Bier acht Euro."
  // (only its clause: "Ein Bier bitte, in Schweden kostet das zehn Euro." orders)
  "!(in #noun|in der #noun|in den #noun|bei uns|in meinem land|in meiner heimat|in deutschland) ... (bezahlt|zahlt|bezahlen|zahlen|kostet|kosten) ... ($dish|$drink)",
  "!für (so ein|so eine|so einen|solch ein|solche) ($dish|$drink)",
  // What one's company had, and "ich" with the verb left out after it, is the bill told, no order: "Mein Kollege hatte das
  // Schnitzel und ich die Suppe." ("Meine Frau nimmt die Suppe und ich das Schnitzel", "Mein Mann hatte ein Bier und ich
  // hätte gern eine Cola" order)
  "!(hatte|hatten) (das|den|die|der|ein|eine|einen|zwei|drei|nur|auch|schon) ... (und ich das|und ich den|und ich die|und ich der|und ich ein|und ich eine|und ich einen|und ich zwei|und ich drei|und ich nur|und ich auch|und wir das|und wir den|und wir die|und wir der|und wir ein|und wir eine|und wir einen|und wir zwei|und wir drei|und wir nur|und wir auch)",
  // Going out for a drink or a meal elsewhere is a plan: "Nach dem Essen gehen wir noch ein Bier trinken, irgendwo anders."
  "!(gehen|gehe|geh|gehn) ... ($drink|$dish) (trinken|essen)",
  // Another's words told in the past, without a comma as voice typing writes them, order nothing: "meine Freundin sagte
  // zwei Bier bitte", "mein Vater rief einmal Schnitzel". (The present "sagt" may pass on a companion's order now.)
  "!(sagte|meinte|rief|erzählte) ... ($drink|$dish)",
  // …and so told in the perfect: "meine frau hat gesagt die beste currywurst", "mein Sohn hat gerufen zwei Cola".
  "!(gesagt|gemeint|gerufen|erzählt) ($drink|$dish|$article $drink|$article $dish|$article #word $drink|$article #word $dish|$count $drink|$count $dish)",
  // An order meant once and given up is told, no order: "ich wollte ein bier bestellen aber mein sohn hat gesagt …"
  // (only its clause: "…, aber Sie haben keins, also eine Cola" orders the cola)
  "!(wollte|wollten) ... ($order|bestellen|nehmen|trinken|essen|probieren) aber",
  // Medicine taken with a drink orders none: "Ich nehme meine Tabletten mit Wasser."
  "!(tablette*|medikament*|pille*|medizin)",
  // What another had already is told, not ordered: "Die Kinder hatten mittags schon Currywurst." (no "heute": learners type
  // "hatte" for "hätte" in "Ich hatte heute gern …")
  "!(hatte|hatten) (schon|mittags|vorhin|gerade|eben|bereits|zu mittag|zum mittag|zum frühstück|heute mittag|heute morgen)",
  // What one's children do not drink or eat is a habit told: "Unsere Kinder trinken keine Cola, nur Wasser."
  // (only that clause: "Meine Kinder trinken nur Wasser, also zwei Wasser bitte" orders)
  "!(unsere|meine|die) (kinder|kids|jungs|mädchen|eltern) (trinken|essen|mögen) (kein|keine|keinen|nie|nur|gern|gerne|immer|lieber) ($drink|$dish)",
  "!(unsere|meine|die) (kinder|kids|jungs|mädchen|eltern) (trinken|essen|mögen) (kein|keine|keinen|nie) ($drink|$dish) nur ($drink|$dish)",
  // What one's children or company get if something holds is a rule told, no order: "Wenn die Kinder brav sind, bekommen sie
  // eine Cola.", "Falls mein Sohn aufisst, kriegt er ein Eis."
  "!!(wenn|falls) (die|der|mein|meine|meinen|unser|unsere) (kinder|kind|kids|kleine|kleinen|kleiner|sohn|tochter|jungs|mädchen|frau|mann|kollege|kollegin|freund|freundin)",
  // A wish for the past, not had, orders nothing: "Ich hätte das Gulasch nehmen sollen.", "Wir hätten den Wein probieren können."
  "!!(hätte|hätten|hätt) ... (nehmen|bestellen|essen|trinken|probieren|haben) (sollen|können|müssen|dürfen)",
  // A stretch of time tells a habit: "Ich esse seit drei Tagen nur Schnitzel!", "Wir trinken seit Jahren nur Wasser."
  "!!(esse|ess|essen|isst|trinke|trink|trinken|trinkt|nehme|nehmen|bestelle|bestellen) seit",
  // Tomorrow at a time of day, set first, is a plan: "Morgen Abend will ich hier Gulasch essen."
  "!!((morgen|übermorgen) (abend|mittag|früh|nachmittag|vormittag) ($order|esse|essen|trinke|trinken|komme|kommen))",
  // A craving taken back by what one must do or waits for: "Ich habe Lust auf ein Bier, aber ich muss arbeiten.", "Ich habe
  // Hunger auf Schnitzel, aber zuerst warte ich auf meinen Kollegen." (only the craving: "…, aber ich muss fahren, also ein
  // Wasser bitte" orders the water)
  "!(lust|hunger|durst|appetit) auf ... ($drink|$dish) aber (ich|wir|zuerst|erst|noch) (muss|müssen|darf|dürfen|kann|können|warte|warten)",
  // …or by what one is: "Ich hätte Lust auf Schnitzel, aber ich bin Vegetarier."
  "!(lust|hunger|durst|appetit) auf ... ($drink|$dish) aber (ich|wir) (bin|sind) (vegetarier|vegetarierin|vegetarisch|veganer|veganerin|vegan|satt|allergisch|auf diät|muslim|muslima|schwanger)",
  // Dishes in general, new or of a country, name no dish chosen: "Ich probiere gern neue Gerichte, zum Beispiel Gulasch.",
  // "Deutsche Gerichte mag ich sehr."
  "!(neue|neuen|andere|anderen|verschiedene|deutsche|deutschen|typische|typischen|lokale|regionale|fremde|viele|alle) (gerichte|speisen|sachen|essen)",
  // A drink or dish at a time of day, judged, is talk: "Eine Cola am Abend ist nicht gut für mich.", "Eine Currywurst um
  // Mitternacht ist das Beste."
  "!(($drink|$dish) (am|um|zum|nach dem|vor dem|jeden|pro|in der)) ... (ist|sind|war|macht|schmeckt|tut)",
  // A visit to come, wished, orders nothing today: "Ich würde gern wiederkommen und das Gulasch probieren."
  "!!(würde|würden|möchte|möchten|will|wollen) ... (wiederkommen|zurückkommen|wieder kommen|nochmal kommen|noch mal kommen|noch einmal kommen)",
  // How one likes it, the goods first, is a taste told: "Ich trinke Bier lieber kalt, wie in Amerika." ("Ich trinke lieber
  // ein Wasser" still orders.)
  "!((trinke|trinken|trink|esse|essen|ess) ($drink|$dish) (lieber|am liebsten|gern|gerne|immer|meistens))",
  // Asking for advice orders nothing yet: "Soll ich das Schnitzel oder das Gulasch nehmen?"
  "!!?(soll|sollte|sollen) (ich|wir) ... ($order|nehmen|bestellen|probieren|essen|trinken)",
  // Asking which there are orders nothing: "Was für Bier haben Sie?", "Welchen Wein empfehlen Sie?"
  "!(was für|welche|welches|welcher|welchen)",
  // A plan for later is no order now: "Später bestelle ich vielleicht noch eine Suppe."
  // (later, only its clause: "Das Schnitzel bitte, nachher nehme ich noch ein Dessert" orders the Schnitzel; see "!(später|nachher) …" above)
  "!!((morgen|übermorgen) (bestelle|bestellen|nehme|nehmen|esse|essen|trinke|trinken))",
  "!((später|nachher) (bestelle|bestellen|nehme|nehmen|esse|essen|trinke|trinken))",
  // …and with the subject before the verb, as beginners order it: "Später ich bestelle die Pizza." (not "morgen": "Guten Morgen, ich nehme …")
  "!!((später|nachher|übermorgen) (ich|wir) (bestelle|bestellen|nehme|nehmen|esse|essen|trinke|trinken))",
  // …and so with a wish for tomorrow, the day first or after the verb: "Morgen möchte ich mal die Currywurst probieren.",
  // "Ich will übermorgen das Gulasch essen."
  "!!((morgen|übermorgen) $order (ich|wir))",
  "!!((ich|wir) $order (morgen|übermorgen))",
  // Only the wondering clause itself, not an order after it: "Ich weiß nicht, ob ich Hunger habe, aber ein Bier bitte."
  "!(weiss|weiß|wissen) (nicht|noch nicht) ob",
  "!!ob ... (morgen|übermorgen|nächste woche|am wochenende|ein andermal)",
  // A habit held by a condition of what one does or is orders nothing: "Ich trinke nur Wasser, wenn ich Sport mache.",
  // "Wir essen Salat, wenn wir Diät machen." ("Ich trinke ein Wasser, wenn das geht.", "…, wenn ich darf." still order.)
  // Being somewhere is no habit but the occasion of an order: "Wenn ich schon hier bin, nehme ich das Schnitzel."; a state is.
  "!!((wenn|falls) (ich|wir)) ... (mache|machen|fahre|fahren|arbeite|arbeiten|gehe|gehen|lerne|lernen|koche|kochen|reise|reisen|verreise|verreisen)",
  "!!((wenn|falls) (ich|wir)) (müde|krank|allein|alleine|unterwegs|gestresst|traurig|erkältet|im urlaub|zu hause) (bin|sind)",
  // A dish or drink set in a condition is only supposed: "Wenn das Schnitzel groß ist, nehme ich es.", "Falls der Fisch
  // frisch ist, nehme ich ihn." ("Wenn möglich, die Pasta ohne Käse." still orders.)
  "!!((wenn|falls) (das|der|die|den|ihr|ihre|euer|eure) ($dish|$drink))",
  // …and so is one held by whether the place has it: "Wenn es Döner gibt, nehme ich Döner.", "Falls Sie Ayran haben, nehme
  // ich einen." ("Wenn es keinen Ayran gibt, dann eine Cola bitte" orders the cola.)
  "!!((wenn|falls) es ($dish|$drink|$article $dish|$article $drink|noch $dish|noch $drink|noch $article $dish|noch $article $drink|auch $dish|auch $drink) gibt)",
  "!!((wenn|falls) (sie|ihr) ($dish|$drink|$article $dish|$article $drink|noch $dish|noch $drink|noch $article $dish|noch $article $drink|auch $dish|auch $drink) (haben|habt))",
  "!(vielleicht später|später vielleicht)",
  // ...and so is one for another day, the time set first: "Nächste Woche will ich die Spätzle probieren", "Am Wochenende
  // will ich hier Schnitzel essen".
  "!!((nächste woche|nächsten monat|nächstes jahr|nächstes mal|nächste mal|beim nächsten mal|am wochenende|nächstes wochenende) ($order|esse|essen|ess|trinke|trinken|trink|komme|kommen))",
  // A visit to come, with its order, orders nothing today: "Morgen komme ich wieder und bestelle die Suppe", "Ich komme
  // nächste Woche wieder und nehme dann das Gulasch".
  // (and as a learner who rarely writes spells the verb: "morgen kome ich wieder und esse gulasch")
  "!!((morgen|übermorgen|bald|nächste woche|am wochenende) (komme|kommen|kome|komen|komm) (ich|wir))",
  "!!((komme|kommen|kome|komen|komm) (ich|wir) (morgen|übermorgen|bald|nächste woche|am wochenende|nächstes mal|ein andermal) wieder)",
  // …and with the subject first: "Wir kommen morgen wieder, dann essen wir Gulasch."
  "!!((ich|wir) (komme|kommen|kome|komen|komm) (morgen|übermorgen|bald|nächste woche|am wochenende|nächstes mal|nächstes jahr|ein andermal) wieder)",
  // A likeness to food from home orders nothing: "Das Gulasch erinnert mich an Egusi Suppe von meiner Mutter." (the
  // Bavarian "an" for "einen" is no count after "erinnert … an" or "denke an")
  "!(erinnert|erinnern|erinnere|erinnerte|erinnerst)",
  "!(denke|denken|denkt|dachte|dachten) an",
  // A price or taste of a place compared, the place after the goods: "Ein Bier in Lagos kostet nur einen Euro."
  `!(($drink|$dish) (in|im|bei|aus) (#noun|der #noun|dem #noun|uns|hause|deutschland) ${DESCRIBES})`,
  // Too much or too strong, supposed: "Zwei Bier für Emeka wären zu viel, er fährt." ("Ein Bier wäre toll" still orders.)
  "!($drink|$dish) ... (wäre|wär|wären) (zu|nicht|viel zu)",
  // A wish held by the dish being otherwise: "Ich würde die Currywurst nehmen, wenn sie scharf wäre." ("…, wenn es
  // möglich wäre" is polite and still orders.)
  "!!wenn (sie|er|der|die|das) ... (nicht so|weniger|mehr|scharf|schärfer|billiger|günstiger|größer|kleiner|frisch|frischer|warm|wärmer|kalt|kälter|vegetarisch|vegan|halal|süß|süßer) (wäre|wär|wären)",
  // A photo with or of the food or drink orders nothing: "Können Sie ein Foto von uns mit dem Bier machen?"
  "!(foto|fotos|selfie|selfies|bild|bilder)",
  // Cooking it oneself orders nothing: "Am Sonntag kochen wir Gulasch mit der Familie", "Ich koche oft Spätzle".
  // (only in its clause: "Ich nehme das Gulasch, kochen Sie das selbst?" orders; the verb after the dish too: "Ich würde gern
  // mal Rouladen kochen.")
  "!(koche|kochen|kocht|kochte|kochten|gekocht)",
  "!(würde|würden|möchte|möchten|will|wollen|kann|können|lerne|lernen|wie man) ... (kochen|zu kochen|nachkochen)",
  // What one has at home, or likes in general, orders nothing: "Ich trinke nur Wasser zu Hause", "Ich esse gern Pasta".
  "!!(zu hause|daheim)",
  // "Ich trinke nur Wasser." after the drinks question orders it; another's "trinkt nur" tells a habit.
  "!((esse|essen|ess|isst|trinke|trinken|trink|trinkt) (gern|gerne|oft|viel) ($dish|$drink))",
  "!((isst|trinkt) nur ($dish|$drink))",
  // …and one's own, set against what one never has: "Ich trinke nur Wein, niemals Bier." ("Ich trinke nur Wasser, keinen
  // Alkohol" after the drinks question still orders.)
  "!((esse|essen|ess|trinke|trinken|trink) nur ($dish|$drink) (nie|niemals))",
  // A habit told by when or with whom it happens orders nothing: "Ich trinke Bier nur mit Freunden.", "Ich trinke abends
  // gern ein Bier.", "Ich esse Schnitzel nur bei meiner Mutter." ("Ich trinke nur Wasser." still orders).
  "!!(trinke|trink|trinken|trinkt|esse|ess|essen|isst) ... (abends|morgens|mittags|nachmittags|nachts|sonntags|samstags|wochenends|am wochenende|im sommer|im winter|im urlaub)",
  "!!(trinke|trink|trinken|trinkt|esse|ess|essen|isst) ... nur (mit freunden|mit kollegen|mit meiner|mit meinem|mit meinen|mit der familie|bei meiner|bei meinem|bei meinen|bei freunden|zu weihnachten|auf partys|auf festen|zu feiertagen|an feiertagen|am feiertag|zu festen|an festen|zu geburtstagen|an geburtstagen|bei festen|bei feiern|auf hochzeiten|zu silvester|an silvester)",
  // A wish turned down at once by what keeps one from it: "Ein Bier wäre toll, aber ich muss noch fahren."
  "!!(wäre|wär|wären) (toll|schön|super|gut|nett|lecker|prima|klasse|herrlich) aber (ich|wir) (muss|müssen|darf|dürfen|kann|können|bin|sind|fahre|fahren)",
  // What people drink or eat in a country is talk about customs: "Wir trinken Bier in Deutschland zum Essen, richtig?"
  // (only its clause: "Ein Bier bitte, in Deutschland trinkt man das so, oder?" orders the beer)
  "!(in deutschland|in österreich|in der schweiz|in meinem land|in meiner heimat|bei uns zu hause)",
  "!(in deutschland|in österreich|in der schweiz|in meinem land|in meiner heimat|bei uns zu hause) ... ($drink|$dish)",
  // …and so is what "we" or "one" drink or eat in a place named, in any order: "In Marokko wir trinken Tee mit viel Zucker!",
  // "In der Türkei trinken wir viel Tee", "Wir essen in Polen Pierogi", "Bei uns trinkt man Tee".
  // (only that clause: "Ich nehme Spätzle, bei uns essen wir Tacos" orders the Spätzle)
  "!(in #noun|in der #noun|in den #noun|im #noun|bei uns|in deutschland|in meinem land|in meiner heimat) ... (wir|man) (trinken|essen|trinkt|isst|trink|ess)",
  "!(in #noun|in der #noun|in den #noun|im #noun|bei uns|in deutschland|in meinem land|in meiner heimat) (trinken|essen|trinkt|isst) (wir|man)",
  "!(wir|man) (trinken|essen|trinkt|isst) ... (in #noun|in der #noun|in den #noun|bei uns|in deutschland|in meinem land|in meiner heimat)",
];

export const restaurant: ScenarioSeed = {
  id: "restaurant",
  title: "Im Restaurant",
  subtitle: "Order a meal in a Berlin restaurant",
  character: {
    name: "Hans",
    role: "Kellner",
    persona:
      "Du arbeitest seit zwanzig Jahren in einem Restaurant in Berlin-Kreuzberg. Du bist freundlich und ruhig und sagst „Sie“ zu den Gästen. Auf der Karte stehen Schnitzel, Currywurst, Gulasch, Spätzle, eine Suppe, Salate, Pasta und ein Tagesgericht. Du empfiehlst gern das Tagesgericht.",
  },
  setting:
    "A traditional restaurant in Berlin-Kreuzberg on a weekday evening. The guest has just come in; the menu has German classics (Schnitzel, Currywurst, Gulasch, Spätzle), a soup, salads, pasta and a dish of the day.",
  level: { min: "A1", max: "A2" },
  openingLine: "Guten Abend und willkommen! Ich bin Hans. Haben Sie reserviert, oder möchten Sie gleich Platz nehmen?",
  keyWords: [
    { de: "die Speisekarte", en: "the menu" },
    { de: "das Getränk", en: "the drink" },
    { de: "die Apfelschorle", en: "apple juice with sparkling water" },
    { de: "das Tagesgericht", en: "the dish of the day" },
    { de: "die Hauptspeise", en: "the main course" },
    { de: "die Rechnung", en: "the bill" },
    { de: "bezahlen", en: "to pay" },
    { de: "Ich hätte gern …", en: "I would like …" },
  ],
  exchanges: [
    { learner: "Guten Abend! Ein Tisch für zwei, bitte.", character: "Gern, hier am Fenster. Möchten Sie etwas trinken?" },
    { learner: "Was ist das Tagesgericht?", character: "Heute gibt es Gulasch mit Spätzle. Möchten Sie das?" },
    { learner: "Die Rechnung, bitte.", character: "Das macht 24 Euro. Zahlen Sie bar oder mit Karte?" },
  ],
  lexicon: {
    drink: [
      "*wasser", "wassers", "sprudel", "*sprudel", "*schorle", "*schorlen", "*shorle",
      // Spelt as heard by a learner who rarely writes German: "ein wasa", "eine apfelschore".
      "wasa", "wassa", "vasser", "*schore",
      "*bier", "*biere", "*biers", "pils", "radler", "weizen", "alster",
      "(wein|weine|weins|rotwein|rotweine|weisswein|weissweine|weiswein|hauswein|glühwein|apfelwein|rosewein|riesling|grauburgunder)",
      "sekt", "prosecco", "(berliner weisse|weisse)", "*cola", "*colas", "*kola", "*kolas", "pepsi", "fanta", "sprite", "spezi",
      "*saft", "*säfte", "*kaffee", "*kaffees", "kaffe", "cafe", "espresso*", "cappuccino*", "latte macchiato", "milchkaffee",
      "*tee", "*tees", "*limonade", "*limonaden", "*brause", "limo", "limos", "kakao", "(heisse|heise) schokolade", "schnaps", "whisky", "aperol*",
      // Bavarian half litre and lager, and the coffees of an Italian menu: "a Halbe", "ein Helles", "einen Caffè Latte".
      "halbe", "helles", "caffe*", "latte",
      // Regional beers by kind: "ein Hefeweizen", "ein Kölsch", "ein Weißbier".
      "*weizen", "*weissbier", "kölsch", "altbier", "dunkles",
      // Viennese coffees and wine spritzers, and the Austrian glass of beer: "a Melange", "an G'spritzten", "a Krügerl"; a Dutch "biertje".
      // Milk for a child, Turkish ayran, mate and spirits: "Ein Glas Milch für meinen Sohn", "Einen Ayran, bitte."
      "milch", "ayran", "gin tonic",
      // Buttermilk and a hot rum grog, ordered as any drink: "ein Glas Buttermilch, gut gekühlt", "Machen Sie mir einen Grog."
      "buttermilch", "grog",
      // Mate only as a drink named with its article or count: "Eine Mate, bitte.", "ne Club-Mate"; the bare word is the English
      // "mate" of an Australian learner ("Right, bezahlen bitte, mate.", "Ok mate, … Die nehm ich.").
      "(club mate|clubmate|matetee|mate tee)", "(eine|ne|einmal|zwei|drei|noch eine|noch ne|die) mate",
      // Teas by name, and "Helle" counted as the plural of "ein Helles": "einen Masala Chai", "Zwei Helle, bitte."
      "chai", "matcha", "rooibos", "(zwei|drei|vier|fünf|2|3|4|5) helle", "gin", "wodka", "vodka",
      "melange", "verlängerte*", "einspänner", "*brauner", "*braunen", "gspritzt*", "gespritzt*", "krügerl", "seidl*", "almdudler", "*biertje", "*biertjes",
      // More of the Austrian menu: "Mineral ohne", "ein Soda Zitron", "einen Spritzer", "einen Mokka", "ein Obi", "ein Achterl".
      "mineral", "*soda", "spritzer", "mokka", "obi", "kracherl", "achterl", "vierterl",
      // Brands and drinks a Nigerian learner names: "ein Guinness", "ein Malta", "einen Chapman".
      "guinness", "malta", "chapman", "zobo",
    ],
    dish: [
      "*schnitzel", "*schnitzels",
      // Spelt as heard: "das snitzel mit pomes".
      "*snitzel", "*snitzels", "*schnitsel", "pomes", "*wurst", "*würste", "*würstchen", "*salat", "*salate", "*suppe", "*suppen",
      "pasta", "*nudeln", "nudel", "spaghetti", "lasagne", "*pizza", "pizzas", "pizzen", "fisch", "*fisch", "lachs*",
      "forelle", "zander", "*steak", "*steaks", "gulasch*", "*spätzle", "*kartoffeln", "kartoffel", "pommes",
      "*burger", "*hähnchen", "*braten", "*knödel", "maultaschen", "*roulade", "*rouladen", "eisbein", "*haxe",
      "*frikadelle*", "bulette*", "boulette*", "*kassler", "kasseler", "*leberkäse", "klopse", "flammkuchen", "döner",
      "falafel", "risotto", "*auflauf", "eintopf", "tagesgericht*", "*gericht", "*gerichte", "hauptgang", "hauptspeise",
      // Dishes by their kind, as menus compound them: "Gemüsecurry", "Gemüsepfanne", "Kaiserschmarrn".
      "*curry", "*currys", "*pfanne", "*schmarrn", "*schmarren", "*maultaschen", "tafelspitz", "backhendl", "germknödel",
      // Duck, potato pancakes, liver, and Spätzle as learners spell them: "Ich nehme die Ente.", "die Käsespetzle".
      "ente", "entenbrust", "kartoffelpuffer", "reibekuchen", "leber", "*spetzle",
      // Liver by its animal: "einmal Kalbsleber, bitte".
      "*leber",
      "menü", "menüs", "gnocchi", "ravioli", "tortellini", "penne", "tagliatelle", "saltimbocca", "*leberkas",
      // Potatoes by their kind, and sausages by the Austrian or Bavarian name: "die Ofenkartoffel mit Quark", "a Paar
      // Frankfurter", "zwei Weißwürstel", "eine Käsekrainer".
      "*kartoffel", "frankfurter", "*würstel", "*krainer", "wienerle", "debreziner",
      // A dish named with its style is one dish: "die Spaghetti Bolognese", "Schnitzel Wiener Art".
      "(spaghetti|pasta|penne|pizza|tagliatelle|lasagne|risotto|schnitzel|gnocchi) (bolognese|carbonara|napoli|arrabiata|arrabbiata|margherita|funghi|hawaii|salami|milanese|pomodoro|wiener art|nach wiener art|art des hauses|nach art des hauses)",
    ],
    // A verb that closes an order spoken without the verb second: "Ich grün Tee haben möchten", "…, dass i a kleins Bier kriag".
    // No participle: "dass ich ein Bier bestellt habe" orders nothing.
    wantLast: [
      "möchte", "möchten", "möcht", "nehme", "nehmen", "bestelle", "bestellen", "bekomme", "krieg", "kriege", "haben",
      "(bekommen|kriegen|haben) (kann|könnte|könnten|würde|dürfte|möchte|möchten)",
    ],
    order: [
      "möcht*", "nehm*", "nimm", "krieg*", "bekomm*", "bestell*", "würd*", "will", "wollen", "wollt*", "bräuch*",
      "probier*",
      // Choosing is ordering: "Ich wähle das Tagesgericht", "Ich entscheide mich für die Pasta".
      "wähle", "wählen", "(entscheide|entscheiden) (mich|uns) für",
      // English "I will have …" word for word: "Ich werde haben das Schnitzel".
      "(werde|werden) haben",
      // Plain "hatte" is also the past tense ("Ich hatte eine Pizza"); the wish comes with "gern".
      "hätt* (gern*|lieber|bitte|dann|auch|noch|sehr|jetzt|mal)",
      // "möchte" and "hätte gern" spelt as heard: "ich mögte ein wasser", "ich hete gern ein apfelschorle".
      "mögte", "mögten", "möchde", "(hete|hette|häte|heten|hetten) (gern*|bitte|lieber)",
    ],
    // Bavarian "an" and "des" are "einen" and "das": "an Schweinsbraten", "des Gulasch".
    article: ["ein", "eine", "einen", "das", "die", "den", "der", "einmal", "zweimal", "ne", "nen", "an", "des"],
    // An indefinite article or a number in front of a drink or dish is how a short answer orders: "Ein Wasser."
    count: ["ein", "eine", "einen", "ne", "nen", "zwei", "drei", "vier", "2", "3", "4", "an"],
    // The waiter's question that a bare "Zusammen." or "Mit Karte." answers.
    payQuestion: [
      // "bar" only beside a way of paying: "Möchten Sie an der Bar oder am Tisch sitzen?" asks where to sit.
      "(zusammen oder|oder zusammen|getrennt oder|oder getrennt|bar oder mit|bar oder karte|bar oder kreditkarte|bar oder ec|karte oder bar|oder mit karte|oder karte|oder kreditkarte)",
      "(wie|womit) (möchten|wollen|zahlen|bezahlen) sie", "(zahlen|bezahlen) sie (bar|mit)",
    ],
    // The written word for settling it: "Ich würde gern begleichen.", "Wäre es möglich, mit Kreditkarte zu begleichen?"
    // …and the Bavarian "zoin" for "zahlen": "Zoin, bittschön!"
    pay: ["zahl", "zahle", "zahlen", "zahln", "zoin", "bezahl", "bezahle", "bezahlen", "bezahln", "begleiche", "begleichen"],
    // Not "rechn*": the verb "rechnen" is no bill ("Ich kann das im Kopf rechnen").
    bill: ["rechnung*", "rechung*"],
    // The waiter's own verbs for settling up, asked of him: "Chef, kassieren bitte!", "Bitte einmal abrechnen."
    settle: ["kassieren", "abkassieren", "abrechnen"],
    request: [
      "möcht*", "mögte", "mögten", "hätt*", "kann", "könn*", "könnt*", "darf", "dürft*", "krieg*", "bekomm*", "würd*", "will", "wollen",
      "wollt*", "gib", "geben sie", "bring mir", "bring uns", "bringen sie", "bringen mir", "bringen uns",
    ],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the waiter",
      points: 20,
      patterns: [
        ...greetPatterns,
        // "Abend" typed without its vowel or with a letter slipped (a short word forgives no slip): "guten abnd hans".
        "(guten|gutn|gute) (abnd|abemd|abned)",
        // The Berlin diminutive of "Tag": "Tagchen, Hans!"
        "(tagchen|tachchen)",
        // The French "moi" of a learner ordering for themselves is no Finnish or Frisian hello: "Moi, je prends... ich nehme …"
        "!moi (je|j|aussi|non|oui|ich|für|pour)",
        // A greeting passed on to someone else greets nobody here: "Sagen Sie dem Koch hallo von mir.", "Richten Sie der
        // Köchin ein Hallo aus." (the verb of saying first: "Hallo, sagen Sie mal, …" greets)
        "!(sagen sie|sag|sagt|richten sie|richte|richtet|bestellen sie) ... (hallo|hi|servus|moin)",
        "!(ein|einen|nen|schönes|liebes) (hallo|servus)",
        // A greeting word that names a place greets nobody: "Gestern waren wir im Café Servus am Kanal."
        "!(café|cafe|restaurant|bar|kneipe|lokal|hotel|gasthaus|gasthof|wirtshaus|imbiss|club) (servus|hallo|moin|hi|hey|salut|ciao)",
        // The clipped "Tag" with a name or the Berlin "ooch" after it, as a clause of its own: "tag hans", "Tag ooch!"
        "=.(tag|abend) #word",
        // A greeting word talked about as a word greets nobody: "Moinsen ist norddeutsch, oder?", "Servus sagt man in Bayern."
        "!(moin*|servus|hallo|grüß gott|grüezi|tach|nabend) (ist|heißt|bedeutet|sagt man) (norddeutsch|süddeutsch|bayrisch|bayerisch|bairisch|österreichisch|schweizerisch|schwäbisch|berlinerisch|typisch|informell|formell|höflich|unhöflich|umgangssprachlich|dialekt|nur|auch|im|in)",
      ],
      examples: ["Guten Abend!", "Hallo, guten Tag, Hans!", "Grüß Gott!"],
      nudge: "Hans has just welcomed you: say hello back.",
    },
    {
      id: "order_drink",
      title: "Order a drink",
      points: 20,
      patterns: [
        "(ich|wir) $order $drink",
        "($order|hätt*) (ich|wir) $drink",
        "$drink ($order|hätt*) (ich|wir)",
        "für (mich|uns) $drink",
        "$drink für (mich|uns)",
        "$drink bitte",
        "bitte $drink",
        "(einmal|zweimal|dreimal) $drink",
        "sondern $drink",
        "$count $drink",
        "(ich|wir) $order ($dish|$drink) (und|dazu|sowie) $drink",
        // …and with the verb first, after a reason or a time set before it: "Da ich noch fahren muss, nehme ich das Schnitzel
        // und dazu ein alkoholfreies Bier."
        "$order (ich|wir) ($dish|$drink) (und|dazu|sowie) $drink",
        // Choosing, the verb first: "Nach langem Überlegen entscheide ich mich für ein Glas Riesling."
        ".(entscheide|entscheiden) (ich|wir) (mich|uns) für $drink",
        // Yes to the waiter's offer of a drink by name takes it, as a yes to an offered ticket or certificate does: "Noch ein
        // Bier?" "Ja, bitte." ("Möchten Sie etwas trinken?" names none; beside "oder" a yes takes neither.)
        // Nor an offer about the drink on the table: "Möchten Sie zu Ihrem Wein etwas essen?", "Soll ich Ihnen das Wasser
        // abräumen?", "Möchten Sie Eis in die Cola?"
        "[(noch ein|noch eine|noch einen|möchten sie|darf ich ihnen|soll ich ihnen|wollen sie|hätten sie gern|hätten sie gerne) ... $drink] [!(oder|etwas essen|was essen|etwas zu essen|was zu essen|abräumen|mitnehmen|nachschenken|in die|in den|in das|ins|in ihr|in ihre|in ihren)] =(ja|ja bitte|ja gerne|ja gern|gerne|gern|ja sehr gerne|sehr gerne|ja bitte gerne|ja tack)",
        // Another round is drinks for the table: "Noch eine Runde für alle!" ("Wir drehen noch eine Runde" walks.)
        "(noch eine|noch ne|eine|ne) runde (für|bitte|$drink)",
        "=.(noch eine runde|noch ne runde|nochmal eine runde|noch mal eine runde)",
        // The first or the second of two drinks offered: "Das Zweite, bitte." after "Weißwein oder Rotwein?"
        "[$drink oder] =.(das|die|den|der|lieber das|lieber die|lieber den|dann das|dann die|dann den) (erste|zweite|erstere|letztere|letzte|erstes|zweites)",
        // The companion's drink in the third person, as the dish: "Meine Frau hätte gern die Apfelschorle."
        // (not "will": what a child or partner wants is often what one then refuses, "Mein Sohn will Cola, aber …")
        `${COMPANION_ORDERS} ($drink|$article $drink)`,
        "(ich|wir) (trinke|trinken|trink) $article $drink",
        // Articles dropped, or the verb last, as learners of Chinese or Turkish write: "Ich trinke Wasser.", "Wasser ich möchte."
        // The infinitive of a learner who does not conjugate yet orders too: "Ich trinken Cola."
        "(ich|wir) (trinke|trink|trinken) $drink",
        "$drink (ich|wir) ($order|hätt*)",
        // A wish named by its appetite: "Ich hätte Lust auf ein Radler."
        "(lust|bock|appetit|durst) auf $drink",
        "(habe|hab) (lust|bock|appetit|durst) auf $drink",
        // Typed without its umlaut, "hatte" is the past: "Ich hatte Lust auf ein Bier, aber …"
        "!(hatte|hatten) (lust|bock|appetit|durst)",
        // A choice made after asking or weighing: "Ayran haben? Nein? Dann Cola."
        "=(dann|also) $drink",
        "(kann|könn*|könnt*|darf|dürft*) (ich|wir) $drink",
        "(bring*|geb*|gib) (mir|uns) $drink",
        "(mach|machst|machste|machen|machen sie|machst du) (mir|uns) $drink",
        "=$drink (eins|zwei|drei|vier|einmal|zweimal|2|3|4)",
        // A short answer to "Und zu trinken?": "Wasser ohne Kohlensäure."
        "[(trinken|getränk*)] $drink",
        // …and to "Was darf ich Ihnen bringen?", alone or paired with the dish: "Cola und Currywurst, mit Pommes."
        "[(bringen|bestellen|wünschen|darf es sein)] =$drink",
        "[(bringen|bestellen|wünschen|darf es sein)] =($drink und $dish|$dish und $drink)",
        "=((ich|wir) $drink)",
        "((ich|wir) $drink) (mit|und|dazu|bitte|ohne)",
        "(ich|wir) $drink $wantLast",
        "dass (ich|wir) ... $drink $wantLast",
        "wenn (ich|wir) ... $drink (bekommen|kriegen|haben) (kann|könnte|könnten|dürfte)",
        // …and by a polite frame, the verb last without a modal: "Wär's recht, wenn i a Radler krieg?"
        "(recht|möglich|okay|ok|in ordnung) wenn (ich|wir) ... $drink $wantLast",
        // Asked indirectly, as "wenn" is: "Ich wollte fragen, ob ich einen Orangensaft haben kann." (not wondered, nor for
        // tomorrow: "Ich weiß nicht, ob ich ein Bier haben kann.", "…, ob ich das Gulasch morgen haben kann.")
        "ob (ich|wir) ... $drink (bekommen|kriegen|haben) (kann|können|könnte|könnten|dürfte)",
        // Asked in the Konjunktiv, the drink in the infinitive clause, as the dish: "wäre es möglich die apfelschorle ohne eis
        // zu bekommen" (not warmed up or for another day, as for the dish)
        "(wäre es möglich|wär es möglich|wäre das möglich|ginge es|ginge das) ... $article $drink ... zu (bekommen|bestellen|haben|kriegen)",
        "ob (es|das) (möglich wäre|möglich wär|ginge) ... $article $drink ... zu (bekommen|bestellen|haben|kriegen)",
        "!(warm|heiss|heiß|wärmer|heisser|heißer|morgen|übermorgen|später|nächste woche|am wochenende|mitzunehmen|mit nach hause) zu (bekommen|bestellen|haben|kriegen)",
        "=$drink (nehmen|nehme|bestellen|bestelle|möchte|möchten)",
        "[$drink] =(ich|wir) (nehme|nehmen|nehm|möchte|möchten|bestelle) (ein|eine|einen|eins|einmal)",
        // Another of the drink offered or named: "Noch eins, bitte." after "Noch ein Bier?", "Das Gleiche nochmal."
        "[$drink] =(noch eins|noch einen|noch eine|gern eins|gerne eins|gern noch eins|gerne noch eins|ja eins|ja noch eins)",
        // …and by its glass or bottle: "Noch ein Glas, bitte." after "Noch ein Glas Rotwein?"
        "[$drink] =(noch ein glas|noch eine flasche|noch zwei gläser|gern noch ein glas|gerne noch ein glas|ja noch ein glas|ja gern noch ein glas|ja gerne noch ein glas|ja noch eine flasche)",
        "[$drink] =(das gleiche|das selbe|dasselbe) (nochmal|noch mal|noch einmal)",
        // …with "noch mal" first: "Noch mal das Gleiche, bitte." after "Darf es noch ein Glas Wein sein?"
        "[$drink] =(nochmal|noch mal|noch einmal) (das gleiche|das selbe|dasselbe)",
        // The drink offered, taken by the verb and its subject alone: "Nehm ich!" after "Noch ein Bier?"
        "[$drink] =(nehme|nehm|nehmen) (ich|wir)",
        // "Gern" opening the clause takes the drink: "Gerne ein Bier.", "Ja gern, eine Apfelschorle." (as for the dish)
        "=.(gern|gerne|ja gern|ja gerne|sehr gerne) ($count|noch ein|noch eine|noch einen) $drink",
        // A count for the drink asked about or offered, as a clause of its own: "Haben Sie Radler? Dann zwei, bitte."
        "[$drink] =($count|eins|einmal|zweimal|ein glas|eine flasche|zwei gläser|$count portion|$count portionen|ne portion)",
        "[$drink] =(dann|ja|gern|gerne|bitte|ich nehme|nehme ich|ich hätte gern|ich möchte) ($count|eins|einmal|zweimal|ein glas|eine flasche|zwei gläser|$count portion|$count portionen|ne portion)",
        // A drink asked about or offered, then taken by its pronoun: "Hätten Sie einen Rhabarbersaft? Den hätte ich gern."
        // A whole clause only: "Den trinke ich gern", "Den hätte ich gern gehabt" tell a taste or a wish that was.
        "[$drink] =(den|die|das) (hätte|hätten) (ich|wir) (gern|gerne)",
        "[$drink] =(dann|also|ja|gern|gerne|ok|okay) (den|die|das) für (mich|uns)",
        "[$drink] =(den|die|das) (nehme|nehmen|nehm|möchte|möchten|bestelle|bestellen) (ich|wir)",
        // The same as a drink just named: "Ihr Mann nimmt ein Bier. Und Sie?" "Das Gleiche, bitte."
        "[$drink] =(das gleiche|das selbe|dasselbe|für mich auch|für uns auch)",
        // …with the one it is for first: "Und für mich das Gleiche, bitte."
        "[$drink] =(für mich|für uns|für mich auch|für uns auch) (das gleiche|das selbe|dasselbe)",
        // The same as one's company, after the waiter asked about drinks: "Ich nehme das Gleiche wie meine Frau."
        `[(trinken|getränk*|$drink)] ${SAME_AS}`,
        `[(trinken|getränk*|$drink)] ${SAME_AS_BARE}`,
        ...questionBlockers,
        `!($drink ${DESCRIBES})`,
        "!((halbe|halbes|halben) (portion|portionen|stunde|$dish))",
        // "Helle" before a noun is the adjective, no beer: "Zwei helle Brötchen, bitte."
        "!helle (#noun|brötchen|semmeln|semmel|brote|brot|soße|soßen|sosse|sauce|bohnen|nudeln|kartoffeln|schokolade)",
        // Berliner Weiße is a drink; white sauce or asparagus is not: "Dazu hätte ich gern eine weiße Soße."
        "!weisse (soße|sosse|sauce|soßen|saucen|bohnen|schokolade|wurst|würste|spargel|nudeln|reis|zwiebeln)",
        // What goes with a drink one has is no drink ordered: "Ein Glas für das Wasser bitte, wir haben eine Flasche.",
        // "Einen Strohhalm für die Cola bitte", "Eiswürfel in die Cola, bitte."
        "!((glas|gläser|strohhalm|strohhalme|eis|eiswürfel|zitrone|untersetzer|öffner|flaschenöffner) (für|zum|in|ins) ($drink|das $drink|den $drink|die $drink|dem $drink|mein $drink|meine $drink|meinen $drink|unser $drink|unsere $drink))",
        // Juice for the dish, or an extra of it, is no drink: "Den Lachs, und extra Zitronensaft bitte."
        "!(zitronensaft|limettensaft|bratensaft|extra|zusätzlich)",
        // A drink that its clause's participle tells as done: "…, dass ich ein Bier bestellt habe", "Ich habe gestern im Hotel
        // ein Bier getrunken." (the auxiliary or "dass" before the drink: a past told after a "bitte" and a comma leaves the
        // order before it standing, "Ein Bier bitte, gestern habe ich zu viel Wein getrunken")
        "!$drink (bestellt|getrunken|gehabt)",
        "!(habe|hab|haben|hat|hatte|hatten|dass|ob) ... $drink ... (bestellt|getrunken|gehabt)",
      ],
      examples: ["Ich hätte gern ein Wasser, bitte.", "Für mich ein Bier, bitte.", "Ich nehme eine Apfelschorle."],
      nudge: "Hans is waiting for your drink order.",
    },
    {
      id: "order_food",
      title: "Order a main dish",
      points: 20,
      patterns: [
        "(ich|wir) $order $dish",
        "($order|hätt*) (ich|wir) $dish",
        "$dish ($order|hätt*) (ich|wir)",
        "für (mich|uns) $dish",
        // The dish named as a clause of its own after "zum Essen": "Zum Trinken ein Spezi, zum Essen die Frikadellen."
        "=(zum essen|zu essen|als hauptgericht|als hauptspeise) ($article $dish|$count $dish|$dish)",
        // The dative a learner writes for it: "fur mir die schnitzel"
        "für (mir|uns) ($article|einmal|einen|eine|ein) $dish",
        "$dish für (mich|uns)",
        "$dish bitte",
        "bitte $dish",
        // A tourist's English courtesy and request around the German dish: "das schnitzel please", "for me die spatzle please",
        // "I want die currywurst" (the English words are no German said; the dish with its article, kept German, orders).
        "$dish please",
        // (not after the waiter asks how it was: "Hat es geschmeckt?" "Das Schnitzel, das war lecker.")
        "[!(geschmeckt|zufrieden|wie war|alles in ordnung|alles recht|schmeckt)] =.$article $dish",
        // …after a word of assent, or an English verb of ordering: "ich nehme was sie empfehlen... ok das gulasch", "I'll take das schnitzel"
        // …with its side or sauce: "Die Pasta mit Tomatensoße." after "Haben Sie schon gewählt?"
        "[!(geschmeckt|zufrieden|wie war|alles in ordnung|alles recht|schmeckt)] =.$article $dish (mit|ohne) ($dish|#word)",
        "[!(geschmeckt|zufrieden|wie war|alles in ordnung|alles recht|schmeckt)] =.(ok|okay|gut|na gut|also gut|na dann|alles klar) $article $dish",
        "(take|order|try) $article $dish",
        "!(dont|don't|do not|not|never|wont|won't|will not|doesnt|doesn't) (take|order|try)",
        "(einmal|zweimal|dreimal) $dish",
        "sondern $dish",
        "$count $dish",
        // A dish named with its article answers the waiter: "Die Käsespätzle."
        "[(essen|bringen|bestellen|wünschen|darf es sein|gewählt)] =$article $dish",
        "(ich|wir) $order ($dish|$drink) (und|dazu|sowie) $dish",
        // …and with the verb first, after a reason or a time set before it: "Da ich noch fahren muss, nehme ich ein
        // alkoholfreies Bier und dazu das Schnitzel."
        "$order (ich|wir) ($dish|$drink) (und|dazu|sowie) $dish",
        // Choosing, the verb first: "Nach reiflicher Überlegung entscheide ich mich für die Rinderroulade."
        ".(entscheide|entscheiden) (ich|wir) (mich|uns) für $dish",
        "(ich|wir) (esse|essen|ess) $article $dish",
        "(ich|wir) (esse|ess|essen) $dish",
        "$dish (ich|wir) ($order|hätt*)",
        "(lust|bock|appetit|hunger) auf $dish",
        "(habe|hab) (lust|bock|appetit|hunger) auf $dish",
        "!(hatte|hatten) (lust|bock|appetit|hunger)",
        "=(dann|also) $dish",
        // "Gern" opening the clause takes the dish, as "dann" does: "Gerne das Tagesgericht.", "Ja gern, einmal die Spätzle."
        // (a whole clause, not a question: "Ich esse gerne das Schnitzel", "Gern das Schnitzel?" do not order)
        "=.(gern|gerne|ja gern|ja gerne|sehr gerne) $article $dish",
        // The bare dish answers "Was möchten Sie essen?": "Tagesgericht."
        "[(essen|bestellen|wünschen|gewählt|hauptgang|hauptspeise)] =$dish",
        "[(essen|bringen|bestellen|wünschen|darf es sein|gewählt)] =($drink und $dish|$dish und $drink)",
        // A dish with its side, as a short answer: "Schnitzel mit Pommes."
        "=$dish (mit|ohne) ($dish|#word)",
        "(können|könnten|würden) sie (mir|uns) $article $dish",
        // The wish said first, the dish in a clause after it: "Ich hätte gerne was ohne Fleisch, vielleicht die Gemüsepfanne."
        "[$order] =(vielleicht|lieber|eher) $article $dish",
        // The course named before the dish: "als Hauptgericht die Rouladen", "als plat principal die Rouladen".
        "(als|zum|zur) (hauptgericht|hauptspeise|hauptgang|vorspeise|plat principal|main course|plat) ... $dish",
        // A menu number stands for the dish: "Die Nummer 12, bitte.", "Ich nehme die 7."
        "((die|einmal die|einmal|zweimal) (nummer|nr) (1*|2*|3*|4*|5*|6*|7*|8*|9*))",
        "=((ich|wir) (nehme|nehmen|möchte|möchten|hätte gern|hätte gerne|bestelle) (die|einmal die) (1*|2*|3*|4*|5*|6*|7*|8*|9*))",
        "(kann|könn*|könnt*|darf|dürft*) (ich|wir) $dish",
        "(bring*|geb*|gib) (mir|uns) $dish",
        "(mach|machst|machste|machen|machen sie|machst du) (mir|uns) $dish",
        "=$dish (eins|zwei|drei|vier|einmal|zweimal|2|3|4)",
        // Yes to the waiter's offer of a dish by name: "Möchten Sie das Tagesgericht?" "Ja, gern."
        // (nor an offer about the dish served: "Möchten Sie den Rest vom Schnitzel einpacken?", "Soll ich Ihnen den Salat
        // abräumen?", "Möchten Sie Pfeffer auf die Pasta?")
        "[(möchten sie|darf ich ihnen|soll ich ihnen|wollen sie|hätten sie gern|hätten sie gerne) ... $dish] [!(oder|abräumen|einpacken|mitnehmen|rest|reste|pfeffer|salz|parmesan|auf die|auf den|auf das|auf ihre|auf ihren|aufwärmen|geschmeckt)] =(ja|ja bitte|ja gerne|ja gern|gerne|gern|ja sehr gerne|sehr gerne|ja bitte gerne|ja tack)",
        // The first or the second of two dishes offered: "Das Zweite, bitte." after "Möchten Sie lieber das Schnitzel oder
        // die Roulade?"
        "[$dish oder] =.(das|die|den|der|lieber das|lieber die|lieber den|dann das|dann die|dann den) (erste|zweite|erstere|letztere|letzte|erstes|zweites)",
        // A portion of a dish just named: "Die Spätzle klingen gut, davon hätte ich gern eine Portion."
        "[$dish] davon (hätte|hätten|nehme|nehmen|nehm|möchte|möchten) (ich|wir) ... (portion|portionen|teller)",
        // The companion's dish, ordered in the third person: "Meine Frau nimmt die Suppe und ich den Salat." (not "bekommt":
        // "Wer bekommt das Schnitzel?" "Meine Frau bekommt das Schnitzel." names whose plate it is)
        // (not "will", as for the drink: "Mein Kind will Pommes, aber haben Sie auch etwas Gesundes?")
        `${COMPANION_ORDERS} ($dish|$article $dish)`,
        // Asked in the Konjunktiv, the dish in the infinitive clause: "Wäre es möglich, die Pasta ohne Käse zu bekommen?"
        // (The context leaves out the verb: one holding the one-word blocker "ist" sets no scene. "es möglich" adjacent, so
        // the waiter's "Es ist leider nicht möglich, …" sets none either.)
        "[(es möglich|das möglich|ginge es|geht es|geht das)] $article $dish ... zu (bekommen|bestellen|haben|kriegen)",
        // …and dictated without the comma, the polite Konjunktiv frame in the same clause: "wäre es möglich das schnitzel ohne
        // soße zu bekommen", "ich wollte fragen ob es möglich wäre das gulasch zu bestellen" (the plain "ist es möglich …"
        // stays with the one-word blocker "ist").
        "(wäre es möglich|wär es möglich|wäre das möglich|ginge es|ginge das) ... $article $dish ... zu (bekommen|bestellen|haben|kriegen)",
        "ob (es|das) (möglich wäre|möglich wär|ginge) ... $article $dish ... zu (bekommen|bestellen|haben|kriegen)",
        // …not the dish served warmed up, ordered for another day, or its recipe: "Ist es möglich, die Suppe warm zu
        // bekommen? Sie ist kalt.", "…, den Salat morgen zu bestellen?", "…, das Rezept von der Suppe zu bekommen?"
        "!(warm|heiss|heiß|wärmer|heisser|heißer|morgen|übermorgen|später|nächste woche|am wochenende) zu (bekommen|bestellen|haben|kriegen)",
        "!(rezept|rezepte|das rezept|foto|bild|name|namen) (von|vom|für|der|des|von der|von dem)",
        // Taking what the waiter recommended: "Gut, dann nehme ich das."
        "[(empfehle*|empfiehlt|empfehlung|tagesgericht|haben wir|gibt es)] (~nehmen|~probieren) (ich|wir) (das|den|die|es|ihn)",
        "[(empfehle*|empfiehlt|empfehlung|tagesgericht|haben wir|gibt es)] (das|den|die) (~nehmen|~probieren) (ich|wir)",
        // A dish named before, taken up by a pronoun: "Geht die Pasta ohne Fleisch? Dann nehme ich die."
        "[$dish] (~nehmen|~probieren) (ich|wir) (das|den|die|es|ihn)",
        "=((ich|wir) $dish)",
        "((ich|wir) $dish) (mit|und|dazu|bitte|ohne)",
        "(ich|wir) $dish $wantLast",
        "dass (ich|wir) ... $dish $wantLast",
        "wenn (ich|wir) ... $dish (bekommen|kriegen|haben) (kann|könnte|könnten|dürfte)",
        "(recht|möglich|okay|ok|in ordnung) wenn (ich|wir) ... $dish $wantLast",
        // Asked indirectly, as for the drink: "Ich wollte fragen, ob ich einen Salat mit Hähnchen haben kann."
        "ob (ich|wir) ... $dish (bekommen|kriegen|haben) (kann|können|könnte|könnten|dürfte)",
        "=$dish (nehmen|nehme|bestellen|bestelle|möchte|möchten)",
        "[$dish] =(ich|wir) (nehme|nehmen|nehm|möchte|möchten|bestelle) (ein|eine|einen|eins|einmal)",
        "[$dish] =($count|eins|einmal|zweimal|ein glas|eine flasche|zwei gläser|$count portion|$count portionen|ne portion)",
        "[$dish] =(dann|ja|gern|gerne|bitte|ich nehme|nehme ich|ich hätte gern|ich möchte) ($count|eins|einmal|zweimal|ein glas|eine flasche|zwei gläser|$count portion|$count portionen|ne portion)",
        // Taking what was recommended: "Gut, dann das.", "Ja, das klingt gut, ich nehme es."
        "[(empfehle*|empfiehlt|empfehlung|tagesgericht|haben wir|gibt es)] =(dann das|ja das|gern das|gerne das|das bitte)",
        "[(empfehle*|empfiehlt|empfehlung|tagesgericht|haben wir|gibt es)] =(ich|wir) (~nehmen|~probieren) (das|den|die|es|ihn)",
        // …by the verb and its subject alone: "Nehm ich, klingt gut!", "Probier ich gern."
        "[(empfehle*|empfiehlt|empfehlung|tagesgericht|haben wir|gibt es)] =(nehme|nehm|nehmen|probiere|probier|probieren) (ich|wir)",
        "[(empfehle*|empfiehlt|empfehlung|tagesgericht|haben wir|gibt es)] =(nehme|nehm|nehmen|probiere|probier|probieren) (ich|wir) (gern|gerne|dann|auch|sofort)",
        // A dish asked about, then taken by its pronoun: "Gibt es heute Gulasch? Das hätte ich gern."
        "[$dish] =(den|die|das) (hätte|hätten) (ich|wir) (gern|gerne)",
        // …or by its pronoun and whom it is for: "Roulade, ja? Gut, dann die für mich."
        "[$dish] =(dann|also|ja|gern|gerne|ok|okay) (den|die|das) für (mich|uns)",
        "[$dish] =(den|die|das) (nehme|nehmen|nehm|möchte|möchten|bestelle|bestellen) (ich|wir)",
        // …and with the subject first, as learners order it after telling of the dish: "Das Schnitzel am Nebentisch sieht gut
        // aus. Ich nehme das auch."
        "[$dish] =(ich|wir) (nehme|nehmen|nehm|möchte|möchten|bestelle|bestellen) (das|den|die|es|ihn) (auch|bitte|dann|auch bitte|gern|gerne)",
        // The same as a dish just named: "Ihre Frau nimmt das Schnitzel. Und Sie?" "Das Gleiche."
        "[$dish] =(das gleiche|das selbe|dasselbe|für mich auch|für uns auch)",
        // …with the one it is for first: "Und für mich das Gleiche, bitte."
        "[$dish] =(für mich|für uns|für mich auch|für uns auch) (das gleiche|das selbe|dasselbe)",
        // The same as one's company is the dish, unless the waiter asked about drinks: "Ich nehme das Gleiche wie meine Frau.",
        // "für mich das gleiche wie der Herr da drüben".
        SAME_AS,
        `!![(trinken|getränk*|$drink)] ${SAME_AS}`,
        SAME_AS_BARE,
        "!![(trinken|getränk*|$drink)] (das gleiche|das selbe|dasselbe|auch das gleiche|auch dasselbe) wie",
        ...questionBlockers,
        // Learners say "Menü" for the menu card: "Kann ich das Menü sehen?" orders nothing.
        "!(menü|menüs|karte|speisekarte) (sehen|lesen|anschau*|anguck*|zeigen|haben|bringen)",
        `!${UTENSIL} (für|zum|zur) ($dish|$article $dish|mein $dish|meine $dish|meinen $dish)`,
        // "Das Menü bitte" on arrival asks for the menu card, as learners call it.
        "!(das|die) (menü|menüs) bitte",
        // A drink for the dish names what it goes with, no dish ordered: "Ein Bier zum Schnitzel wäre toll.", "Einen Wein zu
        // dem Gulasch, bitte."
        "!($drink (zum|zur|zu dem|zu der|zu ihrem|zu meinem|für das|für den|für die) $dish)",
        "!(etwas|was|nichts|alles) ohne",
        // (as for the drink: "Das Schnitzel bitte, gestern habe ich zu viel Currywurst gegessen" orders)
        "!$dish (bestellt|gegessen|gehabt)",
        "!(habe|hab|haben|hat|hatte|hatten|dass|ob) ... $dish ... (bestellt|gegessen|gehabt)",
        `!($dish ${DESCRIBES})`,
        // Unpunctuated, a dish praised then the bill asked for: the "bitte" is the bill's, no dish ordered ("das essen war gut
        // die beste currywurst ähm die rechnung bitte").
        "!$dish ... (die|der|den|eine) (rechnung|quittung)",
      ],
      examples: ["Ich nehme das Schnitzel mit Kartoffelsalat.", "Für mich bitte die Currywurst.", "Ich hätte gern das Tagesgericht."],
      nudge: "Hans wants to know which main dish you would like.",
    },
    {
      id: "ask_bill",
      title: "Ask for the bill",
      points: 20,
      patterns: [
        "$request $bill",
        "$bill bitte",
        // A foreign courtesy word for "bitte": "Rechnung por favor", "La cuenta, die Rechnung per favore."
        "$bill (por favor|porfavor|per favore)",
        "(die|der|den|eine) $bill",
        // "Check" with a German article is the American learner's word for it: "Kann ich den Check haben?" ("Check, please!" is English).
        "(die|der|den) check",
        "bitte $bill",
        ...notMoneyCardBlockers,
        "(ich|wir|man) $pay",
        // The Bavarian "mir" for "wir", with its plural verb: "Herr Ober, mir möchten zahln." ("Können Sie mir …" has no
        // plural wish before the paying)
        "mir (möchten|wollen|würden|täten|mögen) $pay",
        // Forgetting to pay, or almost doing so, is told, no call for the bill: "Ich hätte fast vergessen zu bezahlen."
        "!(vergessen|vergesse|vergisst|vergaß|vergass) (zu|zum) $pay",
        "!(hätte|hätten) (fast|beinahe)",
        // Another's wish that one should not pay is told, no call for the bill: "Mein Enkel zahlt heute, er will nicht, dass ich
        // zahle." ("Ist es okay, dass ich mit Karte zahle?" still asks)
        "!nicht (dass ich|dass wir)",
        // Not paying one way is no call for the bill: "ich bezahle nicht mit karte, ich habe keine karte" (the forms
        // written out: a set inside a group is not read here)
        "!((zahl|zahle|zahlen|bezahl|bezahle|bezahlen) nicht (mit|bar|cash))",
        "!((zahl|zahle|zahlen|bezahl|bezahle|bezahlen) (heute|hier|lieber|jetzt|diesmal|leider) nicht (mit|bar|cash))",
        "$pay (ich|wir)",
        // Numbers, the noun, learnt or listed, ask for no bill: "Zahlen und Buchstaben lerne ich im Kurs.", "Ich übe die Zahlen."
        // (the words adjacent: "Zahlen bitte, ich lerne noch Deutsch" asks)
        "!(zahlen|zahl) (und|oder|sowie) (buchstaben|vokabeln|wörter|farben|monate|wochentage|uhrzeiten)",
        "!(zahlen|zahl) (lerne|lernen|lernt|übe|üben|übt) (ich|wir|man)",
        "!(lerne|lernen|lernt|gelernt|übe|üben|übt) (die|noch die|gerade die|jetzt die|heute die) (zahlen|zahl)",
        "$pay bitte",
        // The call alone, or to the waiter: "Zahlen!", "Zahlen, Chef!", "Dann Rechnung."
        "=$pay",
        "=$bill",
        "bitte $pay",
        "(was|wie viel|wieviel) macht das",
        // Whether it was or is not possible elsewhere asks for no bill: "War es möglich, dort mit Karte zu zahlen?", "Es ist
        // nicht möglich, hier bar zu zahlen, oder?"
        "!!(war es|war das|waren) möglich",
        // Paying asked of "man" in a condition, or wondered how one should, is about the custom or one's choice, no call for
        // the bill: "Kann man die Rechnung auch teilen, wenn man zu viert ist?", "Ich frage mich, ob ich bar oder mit Karte
        // zahlen soll."
        "!!(wenn|falls) man",
        "!ob (ich|wir) ... $pay (soll|sollen|sollte|sollten)",
        "!!nicht möglich",
        // Asking whether paying now is possible: "Wäre es möglich, getrennt zu zahlen?" (the clause whole, so "…, morgen zu
        // zahlen?" or "…, später zu zahlen?" ask for none)
        "[(wäre es möglich|ist es möglich|ist das möglich|wäre das möglich|geht es|ginge es|geht das)] =(zu|jetzt zu|getrennt zu|zusammen zu|bar zu|mit karte zu|mit kreditkarte zu|per karte zu|gleich zu|sofort zu) $pay",
        // The waiter taking the money: "Kassieren Sie bitte?", "Was bekommen Sie von mir?"
        "(kassieren sie|bitte kassieren|können sie kassieren|könnten sie kassieren)",
        // …and the call for it, or a wish for it: "Chef, kassieren bitte!", "Bitte einmal abrechnen.", "Können Sie bei uns abrechnen?"
        "$settle bitte",
        "bitte (einmal|mal|dann) $settle",
        "=$settle",
        "(können|könnten|würden|kannst|könntest) (sie|du) ... $settle",
        "(ich|wir) (möchte|möchten|würde|würden|will|wollen) ... $settle",
        // The old word for the bill: "Herr Ober, die Zeche bitte!" (only so: the Zeche is also a pit)
        "(die|der|unsere|meine) zeche (bitte|zahlen|bezahlen|begleichen)",
        "$request (die|der|unsere|meine) zeche",
        "was (bekommen|kriegen) sie (von mir|von uns|noch|denn)",
        "=was (bekommen|kriegen) sie",
        // …or how much: "Wie viel bekommen Sie?", "Wieviel kriegen Sie von mir?" ("Wie viel bekommen Sie im Monat?" asks a wage).
        // (not after the waiter's talk of the job: "Ich arbeite hier schon zehn Jahre." "Wie viel bekommen Sie?")
        "[!(arbeite|arbeiten|arbeit|job|beruf|verdiene|gehalt|lohn)] =(wie viel|wieviel) (bekommen|kriegen) sie",
        // Whole clause: "Wie viel bekommen Sie denn so im Monat?", "…jetzt pro Stunde?", "…dann für das Menü?" ask no bill.
        "=(wie viel|wieviel) (bekommen|kriegen) sie (von mir|von uns|noch|denn|dann|jetzt|zusammen|insgesamt)",
        // "What is the weather doing" is not what it comes to: "Was macht das Wetter draußen?"
        "!macht das #noun",
        "!(macht|machen) (das|der|die|den) #word (so|denn so)",
        // Paying gladly for good food is no call for the bill: "Für gutes Essen zahle ich gern mehr."
        // …nor is the saying of a bill drawn up without the landlord: "Da haben Sie die Rechnung ohne den Wirt gemacht."
        "!!ohne (den|dem) wirt",
        // …nor paying only once something is done: "Wir zahlen erst, wenn der Apfelstrudel da war."
        "!!$pay ... erst (wenn|nachdem|sobald|nach dem|nach der|nach unserem)",
        "!!(gern|gerne) mehr",
        // How one pays, with the verb: "Cash zahlen ok?", "Mit Karte zahlen geht?"
        "(bar|cash|karte|kreditkarte|eckarte|girokarte) $pay",
        // The verb left out: "Kann ich mit Karte?"
        "?(kann|darf|könnte|können) (ich|wir|man) (mit karte|bar|mit kreditkarte|mit eckarte|cash)",
        // A short answer to "Zusammen oder getrennt?" or "Bar oder mit Karte?"
        // Keyed on the question, not one word: "Ja, Karte bitte." after "Möchten Sie die Karte sehen?" asks for the menu.
        "[$payQuestion] =(zusammen|getrennt|bar|mit karte|karte)",
        "[$payQuestion] =(jeder für sich|jeder einzeln|einzeln|separat)",
        // "alles" before it: "alles zusammen bitte" after "Zusammen oder getrennt?"
        "[$payQuestion] =(alles zusammen|alles getrennt|alles auf eine rechnung|alles zusammen bitte|alles getrennt bitte)",
        // Yes to the waiter's offer to bring the bill: "Möchten Sie zahlen?" "Ja, bitte, mit Karte." (not beside another
        // offer: a yes to "Darf es noch etwas sein, oder möchten Sie zahlen?" takes either)
        // (nor to paying later, or to a thing put on the bill: "Wollen Sie später zahlen?", "Soll ich das Bier auf die
        // Rechnung schreiben?")
        "[(möchten sie|wollen sie|darf ich|soll ich) ... (zahlen|bezahlen|kassieren|rechnung)] [!(oder|später|nachher|nach dem essen|morgen|auf die rechnung|auf ihre rechnung|auf die gleiche rechnung)] =(ja|ja bitte|ja gerne|ja gern|gerne|gern|ja sehr gerne|sehr gerne|ja bitte gerne|ja tack)",
        // Paying added after a last order: "noch eine Cola und dann zahlen, tamam?"
        "(und dann) $pay",
        // How one pays, asked verb first or by the compound: "Nehmen Sie Kreditkarte?", "Geht auch Kartenzahlung?"
        "?(nehmen sie|akzeptieren sie|geht|gehts|geht auch|geht hier) (karte|kreditkarte|eckarte|ec karte|girokarte|girocard|kartenzahlung|apple pay|paypal)",
        "[$payQuestion] =(zusammen|getrennt|bar|mit karte|karte) bitte",
        "macht (das|es|alles) (zusammen|insgesamt)",
        // "kostet" asks the bill only once the meal is done or paying is named: "Was kostet das zusammen?" while ordering prices the order.
        "[(geschmeckt|noch etwas|noch was|sonst noch|dessert|nachtisch|rechnung|zahlen|bezahlen|fertig|$payQuestion)] kost* (das|es|alles) (zusammen|insgesamt)",
        "?(möglich|machbar) $bill",
        // What one owes, or what it all comes to: "Was bin ich Ihnen schuldig?", "Was macht das alles?"
        "(bin|sind) (ich|wir) ... schuldig",
        "(was|wie viel|wieviel) (schulde|schulden) (ich|wir)",
        // …asked indirectly, the verb last: "Könnten Sie mir sagen, was wir Ihnen schuldig sind?"
        "(was|wie viel|wieviel) (ich|wir) ... schuldig (bin|sind)",
        "=(was|wie viel|wieviel) (kostet|macht) (alles|das alles)",
        "?$bill (möglich|machbar)",
        // The waiter's own lines: "Hier ist Ihre Rechnung", "Zahlen Sie bitte vorne", "Möchten Sie zahlen?"
        "!hier (ist|sind|kommt)",
        "!(ihre|deine) $bill",
        // Another bill talked about: "Die Rechnung von meinem Handy ist so hoch."
        "!$bill (von|vom) (meinem|meiner|mein|dem|der|#noun)",
        // Whether one can pay so in general asks about the place, not for the bill: "Kann man hier eigentlich mit Karte zahlen?"
        "!!man (eigentlich|generell|überhaupt|grundsätzlich)",
        // …and so does asking the waiter whether the place takes cards at all, or how the bill is settled as a rule: "Bevor
        // wir bestellen: Nehmen Sie eigentlich Kreditkarten?", "Wird die Rechnung hier normalerweise am Tisch beglichen?"
        "!!(nehmen|akzeptieren) sie (eigentlich|generell|überhaupt|grundsätzlich)",
        "!!(kassieren|kassiert|abrechnen|rechnen) (sie|ihr|man) (eigentlich|generell|überhaupt|grundsätzlich|normalerweise|immer)",
        "!?(wird|werden|wie|wo|wann) ... $bill ... (normalerweise|üblicherweise|gewöhnlich|generell|grundsätzlich|in der regel)",
        "!!(bevor|ehe) (wir|ich) (bestellen|bestelle|essen|esse|anfangen|anfange)",
        // …and so does asking it as one comes in, before anything is eaten: "Kann man hier mit Karte bezahlen oder nur bar?"
        // after "Guten Abend und willkommen! … Haben Sie reserviert?"
        "!![(willkommen|reserviert|platz nehmen)] (kann|können|darf|dürfen) (ich|wir|man) ... (karte|kreditkarte|bar|cash|$pay)",
        // …and so does asking to be told how or whether one pays so there: "Könnten Sie mir erklären, wie man hier bezahlt?",
        // "Ich würde gern wissen, ob man hier mit Karte zahlen kann."
        "!(wie|wo|womit|ob) man",
        "!(ist|sind|war)",
        "!($bill (stimmt|ist|war|falsch|kommt|sofort|gleich))",
        "!(habe|hab|hat)",
        // Paid already, told with "haben": "Wir haben schon bezahlt, danke."
        "!(wir|ich) (haben|hatten) ... (bezahlt|gezahlt|beglichen)",
        "!(haben|hatten) (wir|ich) ... (bezahlt|gezahlt|beglichen)",
        // Another bill judged, the place named, or this place's bills as a rule: "Die Rechnung im Hotel war sehr hoch.", "Die
        // Rechnung bei Ihnen ist immer korrekt, nicht wie in Warschau.", "Die Rechnung hier ist immer fair." (the words
        // adjacent: "Die Rechnung bitte, das Essen war super", "Die Rechnung bei mir, bitte, mein Mann ist müde" ask)
        "!($bill (hier|dort|da|(im|in|vom|von|beim|bei|aus) (#noun|der #noun|dem #noun|diesem #noun|dieser #noun|ihnen|euch|dir|uns|denen|deutschland|polen)) (war|waren|ist|sind|kostet|kostete))",
        // A wish to pay that is a habit, anyone's: "Mein Mann will immer die Rechnung bezahlen."
        "!(will|wollen|möchte|möchten) (immer|meistens|normalerweise|jedes mal)",
        // Paying at the end, told as a plan: "Am Ende zahlen wir getrennt, okay?"
        "!!(am ende|zum schluss|am schluss) ($pay|(ich|wir) $pay)",
        "!ich (bring*|hol*)",
        "!$pay (sie|ihr)",
        // Another's call told without a comma, as voice typing writes it, asks for no bill: "meine Mutter sagt immer die
        // Rechnung bitte", "mein Bruder rief zahlen bitte" (the learner's own "ich sage" and "Sie sagten" are not here).
        "!(sagt|sagte|meint|meinte|ruft|rief|erzählt|erzählte) ... ($bill|$pay)",
        // …and so does another's question told, with a colon or "ob": "Mein Kollege fragt: Können wir zahlen?", "Meine Frau
        // fragt, ob wir bar zahlen können." (the learner's own "Ich frage mal: …" asks)
        "!!(fragt|fragte|fragten)",
        // Who pays, asked of another with the verb first, asks for no bill: "Bezahlt mein Kollege oder ich?", "Zahlt er heute?"
        "!(bezahlt|zahlt) (mein|meine|unser|unsere|er|sie|der|die|dein|deine|#noun)",
        // Paying later, or by someone else, asks for no bill now: "Ich zahle nachher", "Die Rechnung bezahlt mein Chef".
        "!!$pay ... (später|nachher)",
        // …or another day: "Ich bezahle morgen.", "Ich zahle nächste Woche."
        // (the day beside the verb and its subject: "Zahlen bitte, wir fliegen morgen nach Hause." asks now)
        "!!((ich|wir) $pay (morgen|übermorgen|nächste woche|nächstes mal|beim nächsten mal|ein andermal|dann morgen|erst morgen|lieber morgen))",
        "!!($pay (ich|wir) (morgen|übermorgen|nächste woche|nächstes mal|beim nächsten mal|ein andermal|dann morgen|erst morgen|lieber morgen))",
        "!!((morgen|übermorgen|nächste woche|nächstes mal|beim nächsten mal|ein andermal) $pay (ich|wir))",
        "!!((ich|wir) (kann|können|möchte|möchten|will|wollen|würde|würden) (morgen|übermorgen|nächste woche|ein andermal|erst morgen|lieber morgen) $pay)",
        // …and a wish or plan for tomorrow told day first, in either order of subject and verb: "morgen ich will zahlen",
        // "Morgen ich bezahle.", "Morgen möchte ich zahlen." (nobody greets "Guten Morgen" when asking for the bill)
        "!!(morgen|übermorgen) (ich|wir) ... $pay",
        "!!(morgen|übermorgen) (kann|können|möchte|möchten|will|wollen|würde|würden|muss|müssen) (ich|wir) ... $pay",
        "!($bill (bezahlt|zahlt|übernimmt|begleicht))",
        // …and with the payer in the learner's own language: "Mi esposa bezahlt die Rechnung immer."
        "!(bezahlt|zahlt|übernimmt|begleicht) ... $bill",
        // ...with the payer first: the third person's "zahlt" is never the learner's own ("Mein Chef zahlt die Rechnung",
        // "meine frau bezahlt die rechnung").
        "!(er|sie|es|mann|frau|freund|freundin|chef|chefin|kollege|kollegin|kollegen|mutter|vater|sohn|tochter|eltern|#noun) (zahlt|bezahlt|übernimmt|begleicht)",
        "!(möchten|hätten|wollen|müssen) (sie|ihr)",
        // Asking when or whether one must pay asks for no bill: "Muss ich jetzt schon bezahlen?", "Kann ich später bezahlen?"
        "!(muss|müssen) (ich|wir)",
        "!!(später|nachher|vorher|im voraus) $pay",
        // …or after a course still to come: "Nach dem Dessert möchte ich dann zahlen.", "Wir zahlen nach dem Kaffee." (Not the
        // meal, which is over when one asks: "Nach dem Essen möchte ich zahlen, also jetzt bitte die Rechnung.")
        "!!(nach (dem|einem|unserem|dem letzten) (dessert|nachtisch|kaffee|espresso|schnaps|digestif|eis|hauptgang))",
        // …and so is a plan for after the meal, told with "wollen", "werden" or the present: "Nach dem Essen wollen wir die
        // Rechnung teilen.", "Nach dem Essen zahlen wir getrennt." (not the wish "Nach dem Essen möchte ich zahlen, also jetzt …")
        "!(nach dem essen) (wollen|will|wollten|werden|werde|zahlen|zahle|bezahlen|bezahle) (wir|ich)",
        // …and so with "dann" put before paying: "Nach dem Essen möchten wir dann zahlen." (a plan, not "…, also jetzt bitte")
        "!(nach dem essen) ... dann $pay",
        // A bill of another day, or what stood on one, asks for none: "gestern … auf der rechnung waren 2 bier".
        "!!(gestern|vorgestern|damals)",
        // Bills of every day, the waiter's work or one's own, ask for none: "Sie müssen bestimmt den ganzen Tag Rechnungen
        // schreiben, nicht wahr?", "Ich schreibe jeden Tag Rechnungen im Büro."
        "!(den ganzen tag|jeden tag|jeden abend|täglich|jede woche|so viele|viele) ... $bill",
        // …and so does one's own bill to write: "Ich muss noch die Rechnung für mein Taxi schreiben."
        "!(muss|müssen|werde|werden|soll|sollen) ... $bill ... (schreiben|tippen|schicken|abgeben|einreichen)",
        "!(ich|wir) (schreibe|schreiben|tippe|schicke|reiche) ... $bill",
        // A habit of paying, or paying once done, asks for no bill now: "Ich bezahle immer mit Karte.", "Ich zahle, wenn wir
        // fertig sind.", "Wir zahlen getrennt, wenn es soweit ist, okay?"
        "!!((ich|wir) $pay (immer|oft|meistens|normalerweise|nie|sonst|überall))",
        // …the same, a plain blocker without the subject: a way of paying after it ("ich zahle immer mit karte", "Ich zahle morgen mit Karte")
        // is read past a blocker that opens with "ich".
        "!($pay (immer|oft|meistens|normalerweise|nie|überall|morgen|übermorgen|nächste woche|nächstes mal|ein andermal) (mit|bar|cash|per))",
        "!!($pay (ich|wir) (immer|oft|meistens|normalerweise|nie|sonst|überall))",
        "!!wenn (wir|ich|es) ... (fertig|soweit|so weit|gegessen|getrunken)",
        // …and so once one's company is done, or soon: "Sobald die Kinder fertig sind, zahlen wir.", "Wir sind gleich fertig,
        // dann möchte ich zahlen." ("Sobald Sie Zeit haben, die Rechnung bitte" asks.)
        "!!(sobald|wenn|falls) (ich|wir|die|der|mein|meine|unser|unsere) ... (fertig|soweit|so weit|gegessen|getrunken|satt|aufgegessen)",
        "!!((gleich|bald) fertig) dann",
        // Paying set in a condition, the verb right after, asks for no bill: "Wenn ich zahle, bekomme ich eine Quittung?"
        // ("Wenn ich mit Karte zahle, geht das?" asks to pay so)
        "!!(wenn ich zahle|wenn ich bezahle|wenn wir zahlen|wenn wir bezahlen|falls ich zahle|falls ich bezahle|falls wir zahlen|falls wir bezahlen)",
        // A bill in a condition is only supposed: "Wenn die Rechnung zu hoch ist, wasche ich die Teller, haha!"
        "!!(wenn|falls) (die|der|unsere|meine|eine) $bill",
        // The bill put off asks for none now: "Kann ich die Rechnung später bekommen?"
        "!!$bill ... (später|nachher)",
        // …and so is one with the time first, in its clause: "Ich werde später die Rechnung verlangen."
        "!(später|nachher|morgen|übermorgen) ... $bill",
        // The bill read, checked or judged once it is there asks for none: "Ich prüfe die Rechnung.", "Sie sollten die
        // Rechnung prüfen.", "Ich finde die Rechnung zu hoch."
        "!(prüfe|prüfen|prüft|überprüf*|kontrollier*|lese|lesen|liest|verstehe|verstehen|versteht|finde|finden|findet|fotografier*|scanne|scannen|checke|checken|kopier*|unterschreib*|zerreiss*) ... $bill",
        "!$bill ... (prüfen|überprüfen|kontrollieren|lesen|verstehen|fotografieren|scannen|checken|kopieren|unterschreiben)",
        "!(auf|in) (der|die|meiner|unserer|ihrer|dieser|der letzten) $bill",
      ],
      examples: ["Die Rechnung, bitte.", "Ich möchte bitte bezahlen.", "Kann ich mit Karte zahlen?"],
      nudge: "You have finished eating: ask Hans for the bill.",
    },
    {
      id: "say_goodbye",
      title: "Say goodbye",
      points: 20,
      after: ["ask_bill"],
      // "Man sieht sich" takes leave as "Wir sehen uns" does: "Man sieht sich, Hans!"
      patterns: [...goodbyePatterns, "=.(man sieht sich|man sieht sich bald|man sieht sich wieder)"],
      examples: ["Auf Wiedersehen!", "Vielen Dank, schönen Abend noch!", "Tschüss, bis zum nächsten Mal!"],
      nudge: "You have paid: say goodbye to Hans before you leave.",
    },
  ],
};
