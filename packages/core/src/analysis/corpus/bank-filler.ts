import { exchanges } from './template.ts';

/**
 * Exchanges that fit any call and realise no practice or reaction: line trouble, contact details,
 * the customer looking for a pen. They give calls their length (3 to 8 minutes).
 */
export const COMMON_FILLERS = exchanges([
  ['A: Vous m’entendez bien ? La ligne grésille un peu.', 'C: Oui, là ça va, je vous entends.'],
  [
    'A: Je note aussi votre numéro de portable, c’est toujours le $tel ?',
    'C: Oui, c’est toujours celui-là.',
    'A: Parfait.',
  ],
  [
    'A: Vous préférez être contacté$ec par mail ou par téléphone à l’avenir ?',
    'C: Plutôt par mail, je réponds plus vite.',
    'A: C’est noté.',
  ],
  [
    'C: Excusez-moi, vous pouvez parler un peu plus fort ? Il y a du bruit chez moi.',
    'A: Bien sûr, c’est mieux comme ça ?',
    'C: Oui, c’est parfait.',
  ],
  ['A: Pouvez-vous m’épeler votre nom, pour la fiche ?', 'C: $nom, comme ça se prononce.', 'A: Parfait.'],
  [
    'C: Attendez, je vais chercher de quoi noter.',
    'A: Allez-y, prenez votre temps.',
    'C: Voilà, c’est bon, je vous écoute.',
  ],
  [
    'A: Vous êtes client$ec chez nous depuis longtemps ?',
    'C: Ça doit faire six ou sept ans maintenant.',
    'A: Oui, je vois la date d’ouverture du contrat.',
  ],
  [
    'A: L’adresse mail enregistrée est toujours la bonne ?',
    'C: Oui, je n’en ai pas changé.',
    'A: Très bien.',
  ],
  [
    'A: Vous avez bien reçu notre dernier courrier ?',
    'C: Je crois, oui, mais je ne l’ai pas encore ouvert.',
    'A: Ce n’est pas grave.',
  ],
  [
    'C: Ah, excusez-moi, on sonne à la porte... c’est bon, c’est le facteur.',
    'A: Pas de problème, je vous attends.',
  ],
  [
    'A: Vous avez accès à internet, pour consulter vos documents ?',
    'C: Oui, sur mon téléphone surtout.',
    'A: Très bien.',
  ],
  [
    'C: Excusez-moi, je n’ai pas bien compris.',
    'A: Je reprends plus lentement, pas de souci.',
    'C: Merci, c’est plus clair.',
  ],
  ['C: Pardon, le chien aboie, je ferme la porte.', 'A: Allez-y.', 'C: Voilà, je suis à vous.'],
  [
    'A: Je vous entends mal, vous êtes en voiture ?',
    'C: Oui, je me suis garé$ec, ça devrait aller mieux.',
    'A: Oui, c’est beaucoup mieux.',
  ],
  ['C: Vous pouvez me redonner votre prénom ?', 'A: $agent.', 'C: Merci, je le note.'],
  [
    'A: Je mets une note dans votre dossier pour que mes collègues soient au courant.',
    'C: Ah oui, c’est bien, comme ça je n’aurai pas à tout réexpliquer.',
  ],
]);
