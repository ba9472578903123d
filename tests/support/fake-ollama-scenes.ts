// The stand-in Ollama's lines for every built-in scene: it finds the scene being played and what
// is still open in the real chat request, and answers in that character's voice, steering toward
// the next open objective, so a newcomer without a model sees a believable scene.
import { builtinScenarios } from "../../db/scenarios";
import { goodbyePatterns } from "../../db/scenarios/shared-patterns";
import type { ScenarioSeed } from "../../db/scenarios/types";
import { compileObjectives, judgeMessage } from "../../lib/engine/objectives";

export interface ObjectiveLines {
  /** Said right after the learner met this objective: the character's natural answer. */
  answer: string;
  /** Said while this is the next open objective: leads the learner toward it (varied when they stay stuck). */
  lead: string[];
}

export interface SceneScript {
  objectives: Record<string, ObjectiveLines>;
  /** When the request names no open objective: keeps the scene going without leading anywhere. */
  generic: string[];
  /** Answers the learner's goodbye, and closes the scene once everything is done. */
  farewell: string;
  /** Answers a learner who wrote English. */
  inGerman: string;
}

export type ChatRequestMessage = { role?: unknown; content?: unknown };

/** The scene lines, by scene id; every objective of every built-in scene has its lines. */
export const SCENE_SCRIPTS: Record<string, SceneScript> = {
  restaurant: {
    objectives: {
      greet: { answer: "Guten Abend! Bitte, hier ist ein Tisch am Fenster für Sie.", lead: ["Guten Abend! Kommen Sie herein, hier ist noch ein Tisch frei."] },
      order_drink: {
        answer: "Sehr gern, kommt sofort.",
        lead: ["Möchten Sie zuerst etwas trinken? Wir haben Wasser, Apfelschorle und Bier vom Fass.", "Was darf ich Ihnen zu trinken bringen?"],
      },
      order_food: {
        answer: "Eine gute Wahl!",
        lead: ["Haben Sie schon etwas zum Essen gefunden? Heute empfehle ich das Schnitzel mit Bratkartoffeln.", "Und was möchten Sie essen? Das Gulasch ist heute sehr gut."],
      },
      ask_bill: {
        answer: "Gern, hier ist die Rechnung. Das macht zusammen 24 Euro 50.",
        lead: ["Hat es Ihnen geschmeckt? Darf ich Ihnen noch etwas bringen?", "Lassen Sie es sich schmecken! Sagen Sie Bescheid, wenn Sie noch etwas brauchen."],
      },
      say_goodbye: { answer: "Vielen Dank!", lead: ["Zahlen Sie bar oder mit Karte?", "Ich hoffe, es hat Ihnen geschmeckt."] },
    },
    generic: ["Ja, bitte? Was darf ich für Sie tun?", "Entschuldigung, das habe ich nicht verstanden. Was darf ich Ihnen bringen?"],
    farewell: "Vielen Dank für Ihren Besuch! Auf Wiedersehen und einen schönen Abend noch!",
    inGerman: "Oh, ich spreche leider kaum Englisch. Sagen Sie es bitte auf Deutsch, ganz einfach.",
  },
  baeckerei: {
    objectives: {
      greet: { answer: "Moin!", lead: ["Moin! Was darf es sein?"] },
      order_bread: {
        answer: "Gern, ich packe sie Ihnen ein.",
        lead: ["Brötchen oder Brot? Die Rundstücke kommen gerade aus dem Ofen.", "Darf es Brot sein? Das Vollkornbrot ist heute sehr schön."],
      },
      order_sweet: {
        answer: "Sehr gern, die sind heute besonders gut.",
        lead: ["Darf es noch etwas Süßes sein? Die Franzbrötchen sind noch warm.", "Noch ein Stück Kuchen dazu? Der Apfelkuchen ist ganz frisch."],
      },
      ask_price: { answer: "Das macht zusammen 6 Euro 40.", lead: ["Sonst noch etwas?", "Ist das alles für heute?"] },
      pay: { answer: "Danke schön, und hier ist Ihr Bon.", lead: ["Bar oder mit Karte?", "Sie können auch mit Karte zahlen."] },
      say_goodbye: { answer: "Danke!", lead: ["Schönen Tag noch!", "Bis zum nächsten Mal!"] },
    },
    generic: ["Was darf es sein?", "Wie bitte? Was hätten Sie gern?"],
    farewell: "Tschüss und ein schönes Wochenende!",
    inGerman: "Oh, auf Deutsch bitte! Was möchten Sie? Brötchen? Kuchen?",
  },
  wegbeschreibung: {
    objectives: {
      get_attention: { answer: "Grüß Gott!", lead: ["Grüß Gott! Suchen Sie etwas?"] },
      ask_way: {
        answer: "Da gehen Sie hier geradeaus bis zur Kirche, dann links und an der Ampel rechts.",
        lead: ["Wohin möchten Sie denn?", "Ich kenne mich hier gut aus. Wo wollen Sie hin?"],
      },
      ask_distance: { answer: "Das ist nicht weit, zu Fuß etwa zehn Minuten.", lead: ["Es ist wirklich nicht schwer zu finden.", "Sie sind fast schon da."] },
      repeat_direction: {
        answer: "Ja, genau! Dann können Sie es nicht verfehlen.",
        lead: ["Haben Sie sich das gemerkt? Erst geradeaus, dann links.", "Also noch einmal: geradeaus bis zur Kirche, dann links."],
      },
      thank: { answer: "Gern geschehen!", lead: ["Schauen Sie, dort drüben ist schon die Kirche.", "Sie finden das bestimmt."] },
    },
    generic: ["Wie bitte? Wohin möchten Sie?", "Entschuldigung, das habe ich nicht verstanden. Was suchen Sie?"],
    farewell: "Gern geschehen! Einen schönen Tag noch und viel Spaß in München. Servus!",
    inGerman: "Oh, mein Englisch ist nicht so gut. Bitte langsam auf Deutsch. Wohin möchten Sie?",
  },
  bahnhof: {
    objectives: {
      greet: { answer: "Guten Tag!", lead: ["Guten Tag! Der Nächste, bitte."] },
      buy_ticket: { answer: "Gern, da habe ich eine gute Verbindung für Sie.", lead: ["Wohin möchten Sie fahren?", "Wohin soll die Reise gehen?"] },
      choose_return: { answer: "Gut, ich buche das für Sie.", lead: ["Einfache Fahrt oder hin und zurück?", "Brauchen Sie auch eine Rückfahrt?"] },
      ask_price: { answer: "Mit dem Sparpreis kostet das 59 Euro 90.", lead: ["Möchten Sie den Sparpreis? Der ist günstiger.", "Zweite Klasse, nehme ich an?"] },
      ask_time: { answer: "Der ICE fährt um 14 Uhr 18 ab und ist um 18 Uhr 42 da.", lead: ["Möchten Sie heute noch fahren?", "Wann möchten Sie fahren?"] },
      ask_platform: { answer: "Der Zug fährt von Gleis 4.", lead: ["Haben Sie noch eine Frage?", "Brauchen Sie sonst noch etwas?"] },
    },
    generic: ["Wie kann ich Ihnen helfen?", "Entschuldigung, wohin möchten Sie fahren?"],
    farewell: "Gute Reise und auf Wiedersehen!",
    inGerman: "Bitte sprechen Sie Deutsch, ich spreche auch langsam. Wohin möchten Sie fahren?",
  },
  hotel: {
    objectives: {
      greet: { answer: "Guten Abend!", lead: ["Guten Abend! Herzlich willkommen im Hotel Seeblick."] },
      state_booking: {
        answer: "Ja, ich habe Ihre Reservierung: ein Doppelzimmer für drei Nächte. Hier ist Ihr Schlüssel, Zimmer 214.",
        lead: ["Haben Sie bei uns reserviert?", "Auf welchen Namen haben Sie gebucht?"],
      },
      ask_breakfast: { answer: "Frühstück gibt es von 7 bis 10 Uhr im Gartenzimmer.", lead: ["Haben Sie noch Fragen zum Hotel?", "Möchten Sie etwas über das Frühstück wissen?"] },
      ask_wifi: { answer: "Das WLAN heißt Seeblick, das Passwort steht auf Ihrer Schlüsselkarte.", lead: ["Kann ich Ihnen sonst noch helfen?", "Haben Sie noch eine Frage?"] },
      ask_checkout: { answer: "Check-out ist bis 11 Uhr.", lead: ["Gibt es noch etwas?", "Brauchen Sie noch etwas für Ihren Aufenthalt?"] },
      thank: { answer: "Sehr gern!", lead: ["Ich wünsche Ihnen einen schönen Aufenthalt.", "Der Aufzug ist gleich hier links."] },
    },
    generic: ["Wie kann ich Ihnen helfen?", "Entschuldigung, wie bitte? Was kann ich für Sie tun?"],
    farewell: "Sehr gern! Einen schönen Aufenthalt und gute Nacht!",
    inGerman: "Gern helfe ich Ihnen, aber bitte auf Deutsch. Haben Sie eine Reservierung?",
  },
  apotheke: {
    objectives: {
      greet: { answer: "Guten Tag!", lead: ["Guten Tag! Was kann ich für Sie tun?"] },
      describe_symptom: { answer: "Oh, das tut mir leid.", lead: ["Was fehlt Ihnen denn?", "Welche Beschwerden haben Sie?"] },
      ask_remedy: {
        answer: "Da empfehle ich Ihnen Ibuprofen. Haben Sie Allergien, oder nehmen Sie andere Medikamente?",
        lead: ["Möchten Sie etwas dagegen?", "Nehmen Sie schon etwas dagegen?"],
      },
      ask_prescription: { answer: "Nein, das bekommen Sie ohne Rezept.", lead: ["Dieses Mittel hilft gut.", "Das hier wirkt schnell."] },
      ask_dosage: { answer: "Nehmen Sie eine Tablette nach dem Essen, höchstens drei am Tag.", lead: ["Haben Sie noch Fragen zu dem Medikament?", "Wissen Sie, wie Sie es nehmen?"] },
      say_goodbye: { answer: "Gern.", lead: ["Das macht 7 Euro 95. Gute Besserung!", "Hier ist Ihre Tüte. Gute Besserung!"] },
    },
    generic: ["Was kann ich für Sie tun?", "Wie bitte? Welche Beschwerden haben Sie?"],
    farewell: "Gern. Gute Besserung! Auf Wiedersehen.",
    inGerman: "Bitte sagen Sie es auf Deutsch. Was fehlt Ihnen?",
  },
  arzt: {
    objectives: {
      greet: { answer: "Guten Morgen!", lead: ["Guten Morgen! Bitte setzen Sie sich."] },
      describe_symptom: { answer: "Das tut mir leid.", lead: ["Was fehlt Ihnen denn?", "Welche Beschwerden haben Sie?"] },
      say_since_when: {
        answer: "Gut, danke. Ich höre Sie kurz ab. Die Lunge ist frei, es ist eine Erkältung.",
        lead: ["Seit wann haben Sie das?", "Seit wann geht es Ihnen so?"],
      },
      ask_medicine: { answer: "Nehmen Sie Ibuprofen gegen die Schmerzen und trinken Sie viel Tee.", lead: ["Sie sollten sich ein paar Tage schonen.", "Ruhen Sie sich gut aus."] },
      ask_sick_note: { answer: "Ja, ich schreibe Sie bis Freitag krank.", lead: ["Müssen Sie diese Woche arbeiten?", "Arbeiten Sie zurzeit?"] },
      thank: { answer: "Gern geschehen.", lead: ["Haben Sie noch Fragen?", "Kommen Sie wieder, wenn es nicht besser wird."] },
    },
    generic: ["Was kann ich für Sie tun?", "Wie bitte? Erzählen Sie mir bitte genauer, was Ihnen fehlt."],
    farewell: "Gern geschehen. Gute Besserung und auf Wiedersehen!",
    inGerman: "Bitte sagen Sie es auf Deutsch, ganz einfach. Was fehlt Ihnen?",
  },
  wohnungsbesichtigung: {
    objectives: {
      introduce_yourself: { answer: "Freut mich.", lead: ["Guten Tag. Wer sind Sie, und was machen Sie beruflich?", "Stellen Sie sich doch kurz vor."] },
      ask_rent: {
        answer: "Die Kaltmiete ist 780 Euro, dazu 180 Euro Nebenkosten.",
        lead: ["Zwei Zimmer, 55 Quadratmeter, Balkon zum Hof. Haben Sie Fragen?", "Sehen Sie sich ruhig um."],
      },
      ask_deposit: { answer: "Die Kaution sind drei Kaltmieten, also 2340 Euro.", lead: ["Sonst noch Fragen?", "Was möchten Sie noch wissen?"] },
      ask_move_in: { answer: "Die Wohnung ist ab dem Ersten des nächsten Monats frei.", lead: ["Noch etwas?", "Gibt es noch Fragen?"] },
      ask_pets: { answer: "Eine Katze ist in Ordnung, einen großen Hund möchte ich nicht.", lead: ["Haben Sie noch Fragen zur Wohnung?", "Sonst noch etwas?"] },
      express_interest: {
        answer: "Schön. Dann brauche ich Ihre Schufa-Auskunft und die letzten drei Gehaltsnachweise.",
        lead: ["Und, wie gefällt Ihnen die Wohnung?", "Es kommen gleich weitere Interessenten. Wie gefällt sie Ihnen?"],
      },
    },
    generic: ["Gibt es noch Fragen? Es kommen gleich weitere Interessenten.", "Wie bitte? Was möchten Sie wissen?"],
    farewell: "Gut, ich melde mich bis Freitag bei Ihnen. Auf Wiedersehen!",
    inGerman: "Wir sprechen hier Deutsch, bitte. Was möchten Sie wissen?",
  },
  buergeramt: {
    objectives: {
      greet: { answer: "Guten Morgen.", lead: ["Guten Morgen. Bitte nehmen Sie Platz."] },
      state_purpose: { answer: "Eine Anmeldung, gut.", lead: ["Worum geht es bei Ihnen?", "Was ist Ihr Anliegen?"] },
      ask_documents: { answer: "Sie brauchen Ihren Pass, den Mietvertrag und die Wohnungsgeberbestätigung.", lead: ["Haben Sie alle Unterlagen dabei?", "Wissen Sie, was Sie mitbringen müssen?"] },
      hand_documents: { answer: "Danke, ich sehe mir das an.", lead: ["Dann geben Sie mir bitte Ihre Unterlagen.", "Ihre Unterlagen, bitte."] },
      give_birth_date: { answer: "Danke, ich trage das ein.", lead: ["Wie ist Ihr Geburtsdatum?", "Nennen Sie mir bitte Ihr Geburtsdatum."] },
      ask_certificate: { answer: "Hier ist Ihre Meldebescheinigung.", lead: ["Einen Moment, ich trage alles ein.", "So, die Anmeldung ist fertig."] },
    },
    generic: ["Was kann ich für Sie tun?", "Wie bitte? Worum geht es?"],
    farewell: "Auf Wiedersehen. Der Nächste, bitte.",
    inGerman: "Die Amtssprache ist Deutsch. Bitte sprechen Sie Deutsch.",
  },
  vorstellungsgespraech: {
    objectives: {
      introduce_yourself: { answer: "Freut mich, Sie kennenzulernen.", lead: ["Erzählen Sie doch zuerst etwas über sich.", "Stellen Sie sich bitte kurz vor."] },
      describe_experience: { answer: "Das ist eine gute Erfahrung für die Logistik.", lead: ["Welche Berufserfahrung haben Sie?", "Wo haben Sie bisher gearbeitet?"] },
      name_strength: { answer: "Das ist im Lager sehr wichtig.", lead: ["Was sind Ihre Stärken?", "Was können Sie besonders gut?"] },
      ask_about_job: { answer: "Gute Frage. Sie arbeiten von 7 bis 16 Uhr, im Team mit acht Kollegen.", lead: ["Haben Sie Fragen zur Stelle?", "Was möchten Sie über die Stelle wissen?"] },
      state_availability: { answer: "Das passt uns gut.", lead: ["Wann könnten Sie anfangen?", "Ab wann wären Sie verfügbar?"] },
      thank: { answer: "Ich danke Ihnen auch.", lead: ["Wir melden uns nächste Woche bei Ihnen.", "Dann haben wir alles besprochen."] },
    },
    generic: ["Können Sie das genauer erklären?", "Wie bitte? Können Sie ein Beispiel nennen?"],
    farewell: "Ich danke Ihnen auch. Wir melden uns. Auf Wiedersehen!",
    inGerman: "Das Gespräch führen wir auf Deutsch. Versuchen Sie es bitte auf Deutsch.",
  },
};

// Words that German does not use, so two of them mean the learner wrote English.
const ENGLISH_WORDS = new Set(["the", "i", "you", "please", "want", "would", "like", "where", "how", "much", "thanks", "thank", "have", "my", "is", "can", "what"]);

const compiledGoodbye = compileObjectives([{ id: "goodbye", patterns: goodbyePatterns }], {});
const compiledScenes = new Map(builtinScenarios.map((scene) => [scene.id, compileObjectives(scene.objectives, scene.lexicon)]));

/** The character's line for a chat request, or undefined when no built-in scene is recognised. */
export function sceneLine(messages: ChatRequestMessage[]): string | undefined {
  const texts = messages.map((message) => (typeof message.content === "string" ? message.content : ""));
  const scene = findScene(messages, texts);
  const script = scene && SCENE_SCRIPTS[scene.id];
  if (!scene || !script) return undefined;
  // The character's earlier lines: a learner who stays stuck hears a variation.
  const variant = messages.filter((message) => message.role === "assistant").length;
  const learner = [...messages].reverse().find((message) => message.role === "user" && !isStageDirection(message.content));
  const said = typeof learner?.content === "string" ? latestUtterance(learner.content) : "";
  if (said && judgeMessage(said, compiledGoodbye).length > 0) return script.farewell;
  if (said && writesEnglish(said)) return script.inGerman;

  // What the learner just did, judged by the app's own rules: the character answers it first.
  const compiled = compiledScenes.get(scene.id);
  const met = new Set(said && compiled ? judgeMessage(said, compiled).map((match) => match.objectiveId) : []);
  const answered = scene.objectives.filter((objective) => met.has(objective.id)).at(-1);
  const answer = answered ? script.objectives[answered.id]?.answer : undefined;

  const open = openObjectives(scene, texts);
  // The last step done: answer it, then close (a thank-you's answer already opens the farewell).
  if (open !== undefined && open.length === 0) return answer && !script.farewell.startsWith(answer) ? `${answer} ${script.farewell}` : script.farewell;
  const next = open?.find((objective) => !met.has(objective.id));
  const lead = next ? pick(script.objectives[next.id]?.lead ?? script.generic, variant) : answer ? undefined : pick(script.generic, variant);
  return [answer, lead].filter(Boolean).join(" ");
}

// A request from outside the built-in scenes (a custom scene, curl) still gets German back.
export const UNKNOWN_SCENE_LINE = "Entschuldigung, das habe ich nicht ganz verstanden. Können Sie das noch einmal sagen?";

/** The reply to any chat request's messages, as the stand-in CLI streams it. */
export function sceneReplyText(messages: unknown[]): string {
  const chat = messages.filter((message): message is ChatRequestMessage => typeof message === "object" && message !== null);
  return sceneLine(chat) ?? UNKNOWN_SCENE_LINE;
}

/** The scene whose character is named in the system text, else anywhere in the request. */
function findScene(messages: ChatRequestMessage[], texts: string[]): ScenarioSeed | undefined {
  const system = texts.filter((_, index) => messages[index]?.role === "system").join("\n");
  const all = texts.join("\n");
  for (const haystack of [system, all]) {
    const named = builtinScenarios.find((scene) => haystack.includes(`${scene.character.name}, ${scene.character.role}`));
    const found = named ?? builtinScenarios.find((scene) => haystack.includes(scene.title) || containsWord(haystack, scene.character.name));
    if (found) return found;
  }
  return undefined;
}

/**
 * The objectives the newest steering text names, in the scene's order: the latest message that
 * names any objective by its title. Undefined when none does; an empty list when the request says
 * everything is done.
 */
function openObjectives(scene: ScenarioSeed, texts: string[]): ScenarioSeed["objectives"] | undefined {
  for (const text of [...texts].reverse()) {
    const named = scene.objectives.filter((objective) => containsWord(text, objective.title));
    if (named.length > 0) return named;
    if (/done everything|everything is done|all (objectives|steps) (are )?(done|complete)|alles ist erledigt/i.test(text)) return [];
  }
  return undefined;
}

/** The prompt may end with a bracketed stage direction in a user message of its own: the learner did not write it. */
function isStageDirection(content: unknown): boolean {
  return typeof content === "string" && /^\s*\[[^\]]*\]\s*$/.test(content);
}

/** A user message may carry a steering note after the learner's words: judge the first paragraph. */
function latestUtterance(content: string): string {
  return content.split(/\n\s*\n/)[0] ?? content;
}

function writesEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-zäöüß']+/g) ?? [];
  return words.filter((word) => ENGLISH_WORDS.has(word)).length >= 2;
}

function containsWord(haystack: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "iu").test(haystack);
}

function pick(lines: string[], variant: number): string {
  return lines[variant % lines.length] ?? "";
}
