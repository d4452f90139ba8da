"""Seventh probe set: distress and guilt used as reproach, melodrama, blame through the
reader's staff, and neutral traps about health, tiredness and staff. Committed before measuring."""

FLAGGED_TEXT = """
J'ai passé la nuit à pleurer à cause de votre message. | J'ai passé la nuit à pleurer
Mes enfants ne me voient plus à cause de vos délais. | Mes enfants ne me voient plus
Je suis à ramasser à la petite cuillère. | à ramasser à la petite cuillère
Je frôle la crise de nerfs. | la crise de nerfs
Ce dossier me bouffe la vie. | me bouffe la vie
J'ai l'estomac noué chaque fois que je vois votre nom. | J'ai l'estomac noué
Je n'ai plus de vie depuis que je travaille pour vous. | Je n'ai plus de vie
Vous m'avez brisée. | Vous m'avez brisée
Vous rendez-vous compte du mal que vous m'avez fait ? | du mal que vous m'avez fait
J'ai tout donné pour ce projet et vous le jetez à la poubelle. | vous le jetez à la poubelle
Je me suis saignée aux quatre veines pour vous. | saignée aux quatre veines
Ce n'est pas comme ça qu'on remercie quelqu'un qui s'est défoncé pour vous. | Ce n'est pas comme ça qu'on remercie
Vous devriez penser un peu aux autres. | Vous devriez penser un peu aux autres
Je pensais que nous étions des partenaires, visiblement je me suis trompé. | visiblement je me suis trompé
J'ai honte pour vous. | J'ai honte pour vous
C'est une trahison. | C'est une trahison
Cette collaboration a viré au cauchemar. | viré au cauchemar
C'est l'enfer sur terre. | l'enfer sur terre
Jamais je n'ai été aussi mal traitée par un client. | Jamais je n'ai été aussi mal traitée
C'est le coup de grâce. | le coup de grâce
On frise la catastrophe à chaque livraison. | On frise la catastrophe
Votre secrétaire m'a envoyé promener. | m'a envoyé promener
Ton chef d'équipe m'a raccroché au nez deux fois. | m'a raccroché au nez
Vos livreurs se croient tout permis. | se croient tout permis
Votre standard est injoignable, comme toujours. | comme toujours
Votre comptable fait la sourde oreille. | fait la sourde oreille
Tes gars ont laissé le chantier dans un état lamentable. | dans un état lamentable
Votre commercial m'a promis monts et merveilles. | promis monts et merveilles
Votre service client se renvoie la balle. | se renvoie la balle
Personne chez vous ne prend ses responsabilités. | Personne chez vous ne prend ses responsabilités
"""

NEUTRAL_TEXT = """
J'ai passé la nuit à finir les retouches, tout est prêt.
Mes enfants ont adoré la visite de l'atelier.
Je suis un peu fatiguée cette semaine, je réponds demain matin.
Ma santé va mieux, merci de votre message.
Vous m'avez beaucoup aidée pendant cette période.
J'ai tout donné pour ce projet et je suis fière du résultat.
Je pensais que la réunion était jeudi, je me suis trompé de date.
Votre secrétaire m'a envoyé le planning ce matin.
Ton chef d'équipe m'a rappelé pour confirmer l'horaire.
Vos livreurs ont été très aimables.
Votre standard a transféré mon appel au bon service.
Votre comptable a bien reçu la facture.
Le chantier est dans un état impeccable, merci à tes gars.
Votre commercial m'a présenté la nouvelle gamme.
Le service client m'a rappelé dans l'heure.
"""
