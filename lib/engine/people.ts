import { foldWord } from "./fold";

/**
 * The learner's people (and pets), as "mein …" names them: a clause about one of them tells of another, the learner does
 * nothing in it ("Mein Sohn hat Fieber"); a "mein …" naming anything else is the learner's own ("Mein Geburtsdatum ist …").
 * An au pair's host family are people of theirs too ("Meine Gastmutter hat Fieber").
 */
export const PEOPLE: ReadonlySet<string> = new Set(
  `mann frau sohn tochter kind kinder baby bruder schwester mutter vater mama papa eltern oma opa großmutter großvater onkel tante
  cousin cousine neffe nichte kollege kollegin kollegen freund freundin freunde nachbar nachbarin nachbarn chef chefin
  partner partnerin mitbewohner mitbewohnerin enkel enkelin schwiegermutter schwiegervater verlobte verlobter schwager schwägerin
  kumpel hund katze kater
  gastfamilie gastmutter gastvater gasteltern gastkind gastkinder gastbruder gastschwester gastmama gastpapa gastsohn gasttochter`
    .split(/\s+/)
    .map(foldWord),
);
