/**
 * German's closed word classes (articles, pronouns, prepositions, conjunctions, particles) and
 * the common adverbs. The npm dictionaries hold nouns, verbs and adjectives only, so without these
 * the checker would call "bitte" a misspelt "bitten" or "morgen" a lowercase "Morgen".
 */
export const CLOSED_WORDS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
  mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine seinen seinem seiner seines
  ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures
  dieser diese diesen diesem dieses jeder jede jeden jedem jedes welcher welche welchen welchem welches
  alle allen aller alles beide beiden manche mancher viele vielen wenige wenigen einige einigen mehrere
  ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen man jemand niemand etwas nichts
  wer was wen wem wessen wo wann wie warum wieso weshalb woher wohin womit wofür worüber wozu
  und oder aber denn sondern doch dass weil ob wenn als obwohl damit bevor nachdem während falls sobald seit seitdem
  bis ohne für gegen um durch mit zu bei von aus nach an auf in im ins am zum zur beim vom über unter vor hinter neben
  zwischen wegen trotz statt dank laut gegenüber ab außer entlang innerhalb außerhalb
  nicht auch noch schon nur sehr ganz gern gerne bitte danke ja nein doch mal halt eben eigentlich wirklich
  hier da dort jetzt heute morgen gestern übermorgen vorgestern bald dann danach davor zuerst später früher
  immer oft manchmal selten nie niemals wieder gleich sofort vielleicht leider natürlich genau gerade eigentlich
  zusammen allein links rechts geradeaus zurück weg hin her herein heraus hinein hinaus oben unten vorne hinten drinnen draußen
  morgens mittags abends nachts montags dienstags mittwochs donnerstags freitags samstags sonntags
  heutzutage zurzeit momentan täglich wöchentlich insgesamt ungefähr etwa fast kaum mehr weniger meistens besonders
  so also deshalb deswegen trotzdem sonst außerdem dabei dafür dagegen damit danach darauf daran darin davon dazu dahin
  wo woanders irgendwo überall nirgends weh leid schuld recht bescheid teil los
  eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend
  erst einmal zweimal dreimal oft viel wenig genug zu sowieso ebenfalls jedoch bereits inzwischen
  super prima klasse spitze cool lila rosa extra gratis egal schade pleite fit online offline live
  bisschen pro ander andere anderen anderem anderer anderes paar
  hallo tschüss tschüs servus moin okay ok`.split(/\s+/).filter(Boolean),
);

/** Subject pronouns and the persons a finite verb may take after each (3P covers the polite Sie). */
export const SUBJECT_PERSONS: Readonly<Record<string, readonly string[]>> = {
  ich: ["1S"],
  du: ["2S"],
  er: ["3S"],
  es: ["3S", "3P"],
  wir: ["1P"],
  ihr: ["2P"],
  sie: ["3S", "3P"],
  man: ["3S"],
};
