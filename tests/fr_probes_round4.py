"""Fourth probe set, written after train3 was scored: more trades and registers (Belgium,
Switzerland, Quebec, informal tu), tone phrases inside ordinary sentences, and neutral traps from
termination emails and reminders. Committed before being measured."""

FLAGGED_TEXT = """
Je ne vais pas supplier pour être payée, j'ai passé l'âge. | Je ne vais pas supplier
Vous avez le don de me faire perdre mon temps. | Vous avez le don de me faire perdre mon temps
Ta cliente m'a parlé comme à un chien et tu n'as pas bronché. | tu n'as pas bronché
Vous n'avez visiblement aucune idée de ce que représente ce travail. | Vous n'avez visiblement aucune idée
On voit bien que ce n'est pas vous qui vous levez à cinq heures. | On voit bien que ce n'est pas vous qui
Vous vous croyez tout permis parce que vous êtes le plus gros client. | Vous vous croyez tout permis
Ça ne vous a pas effleuré l'esprit de me prévenir ? | Ça ne vous a pas effleuré l'esprit
Vous avez eu le culot de me demander un geste commercial. | Vous avez eu le culot
Tu te moques du monde avec ce planning. | Tu te moques du monde
Je me suis sentie prise pour une idiote pendant toute la réunion. | prise pour une idiote
J'ai l'impression de parler à un mur. | parler à un mur
Ça fait trois mois que je rame pour obtenir un simple bon de commande. | que je rame pour obtenir un simple bon de commande
Votre comptable joue la montre, et ça se voit. | joue la montre
Vous me prenez vraiment pour une pomme. | Vous me prenez vraiment pour une pomme
Je ne suis pas à votre service vingt-quatre heures sur vingt-quatre. | Je ne suis pas à votre service
C'est toujours moi qui dois rattraper les bêtises de ton équipe. | les bêtises de ton équipe
Vous n'êtes pas foutus de retrouver un colis. | Vous n'êtes pas foutus
Tes promesses, je n'y crois plus. | je n'y crois plus
Il faudrait savoir ce que vous voulez ! | Il faudrait savoir ce que vous voulez
Faudrait savoir, tu veux le bleu ou le vert ? | Faudrait savoir
Vous n'avez aucun respect pour le travail des autres. | Vous n'avez aucun respect
C'est d'un amateurisme rare. | d'un amateurisme rare
Votre réponse est à côté de la plaque. | à côté de la plaque
Votre devis, c'est de l'arnaque pure et simple. | de l'arnaque pure et simple
Je suis à bout de nerfs avec ce dossier. | à bout de nerfs
Vous m'avez pourri l'été avec vos changements. | Vous m'avez pourri l'été
Vous allez devoir vous trouver un autre pigeon. | vous trouver un autre pigeon
Si c'est comme ça, allez voir ailleurs. | allez voir ailleurs
Je vous conseille fortement de régler avant lundi. | Je vous conseille fortement de régler
Sachez que je ne me laisserai pas faire. | je ne me laisserai pas faire
Vous feriez mieux de me répondre rapidement. | Vous feriez mieux de me répondre
Je vous tiendrai personnellement responsable de tout retard. | Je vous tiendrai personnellement responsable
Je n'en dors plus la nuit. | Je n'en dors plus
Ce projet m'a littéralement vidée. | m'a littéralement vidée
Je suis sur les rotules à cause de vos relances. | sur les rotules
J'ai cru devenir folle. | J'ai cru devenir folle
Merci pour le cadeau empoisonné. | le cadeau empoisonné
Encore bravo pour l'organisation. | Encore bravo pour l'organisation
Quelle magnifique idée de tout changer la veille. | Quelle magnifique idée de tout changer la veille
C'est vraiment le bouquet. | le bouquet
"""

NEUTRAL_TEXT = """
Je vous informe que je ne renouvellerai pas mon contrat au-delà du 30 juin.
Je vais devoir augmenter mes tarifs de 5 % à partir de janvier.
Vous avez le choix entre deux formules, je vous les détaille ci-dessous.
Je me suis sentie très bien accueillie par ton équipe.
Ça fait trois ans que je m'occupe de votre jardin avec plaisir.
Votre comptable m'a confirmé le virement ce matin.
Je ne suis pas disponible vingt-quatre heures sur vingt-quatre, mais je réponds dans la journée.
Je n'y crois pas, quelle belle surprise !
Il faudrait savoir combien de couverts sont prévus pour samedi.
Vous n'avez aucune démarche à faire, je m'occupe de tout.
Le devis est à côté de la facture dans le classeur.
Je suis un peu fatiguée après la saison, je prends deux semaines de congé.
Le projet m'a beaucoup apporté.
Merci pour le cadeau, il nous a beaucoup touchés.
Bravo pour l'organisation, tout était parfait !
Encore bravo pour ce beau mariage.
Je vous conseille de réserver tôt pour la saison prochaine.
Vous feriez bien de prévoir des chaussures de marche.
Je vous tiendrai au courant de l'avancement.
Je vous laisse faire le choix des couleurs.
Si vous préférez voir ailleurs, je comprends tout à fait.
Nous allons devoir trouver une autre date pour la livraison.
Je ne me souviens plus de la référence, pourriez-vous me la renvoyer ?
Vous avez été patients avec nous, merci.
Je n'ai pas encore reçu le bon de commande, est-ce normal ?
Le bouquet de la mariée sera livré à 10 h.
Je suis sur la route, je vous rappelle dans une heure.
Mon associé prendra le relais à partir du 1er septembre.
Le délai de paiement est de trente jours fin de mois.
Vous pouvez compter sur moi jusqu'à la fin du chantier.
"""
