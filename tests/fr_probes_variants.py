"""Second probe set, written after the families were added: other ways to say what each family
catches (not copied from fr_probes_data), and more neutral traps. test_fr_probes measures it
with its own floors, lower than the first set's, since no rule was checked against it before."""

FLAGGED_TEXT = """
Tu as tout bousillé en une après-midi. | Tu as tout bousillé
Ton graphiste a complètement massacré le logo. | Ton graphiste a complètement massacré
Vous avez fait foirer la réunion avec le client. | Vous avez fait foirer
C'est toi qui as tout cassé, pas moi. | toi qui as tout cassé
Vous n'êtes même pas capables de rappeler. | Vous n'êtes même pas capables de
La faute vous en incombe. | faute vous en incombe
Ce fiasco relève de ton entière responsabilité. | ton entière responsabilité
Votre laisser-aller devient gênant. | Votre laisser-aller
Ta nonchalance me coûte des clients. | Ta nonchalance
Faut toujours que tu changes tout au dernier moment. | Faut toujours que tu
Comme à ton habitude, tu arrives les mains vides. | Comme à ton habitude
Jamais tu ne rappelles quand tu le promets. | Jamais tu ne rappelles
Chaque fois que je t'écris, j'attends trois jours. | Chaque fois que je t'écris
Pour la centième fois : fermez le portail. | Pour la centième fois
C'est prévu pour quand, au juste ? | , au juste ?
Vous voulez quoi, exactement ? | , exactement ?
À quoi sert ton assistante, franchement ? | À quoi sert ton
Comment peut-on être aussi désorganisé ? | Comment peut-on
Vous croyiez vraiment que je ne m'en rendrais pas compte ? | Vous croyiez vraiment que
Tu appelles ça un devis ? | Tu appelles ça
Il faudrait peut-être apprendre à lire vos mails. | apprendre à lire
Prenez modèle sur la concurrence. | Prenez modèle sur
Personne ne t'a appris la politesse ? | Personne ne t'a appris
Vous êtes payés pour ça, non ? | Vous êtes payés pour
C’est quand même la base. | la base.
Je vous l'avais pourtant signalé. | Je vous l'avais pourtant signalé
Je te l’ai déjà répété. | Je te l’ai déjà répété
Manifestement, mon message vous a échappé. | Manifestement, mon message vous a échappé
Si tu avais ouvert la pièce jointe, tu aurais vu le prix. | Si tu avais ouvert
Relis mon dernier mail. | Relis mon dernier mail
Ne vous en prenez qu'à vous-mêmes. | qu'à vous-mêmes
Tant pis pour ton équipe. | Tant pis pour ton
Ce n'est pas à moi d'assumer vos oublis. | pas à moi d'assumer
J'en ai ras la casquette de vos excuses. | J'en ai ras la casquette
Vous me gonflez avec vos relances. | Vous me gonflez
Tu m'énerves à la fin. | Tu m'énerves
Vous dépassez les bornes. | Vous dépassez les bornes
Non mais je rêve ! | je rêve !
Vous êtes vraiment idiots ou quoi ? | Vous êtes vraiment idiots
T'es complètement à côté de la plaque et t'es nul. | t'es nul
Quelle incompétence. | Quelle incompétence
Quel foutoir dans ce dossier. | Quel foutoir
Ce devis est franchement débile. | est franchement débile
Comme c'est bizarre, le colis est encore perdu. | Comme c'est bizarre
Heureuse de voir que ton équipe a enfin bougé. | Heureuse de voir que ton équipe a enfin
Vous êtes les rois de la dernière minute. | rois de la dernière minute
Merci de m'avoir répondu, seulement dix jours après. | seulement dix jours
Quelle efficacité pour perdre un colis ! | Quelle efficacité pour perdre
Ce n'est pas trop tôt ! | pas trop tôt !
Enfin une réponse ! | Enfin une réponse !
Je vais raconter partout comment vous travaillez. | raconter partout
J'alerterai tout le secteur. | alerterai tout le secteur
Vendredi, dernier délai. | dernier délai
Je gèle tous les paiements dès aujourd'hui. | paiements
Tu ne toucheras pas un centime. | toucheras pas un centime
Je publierai toute notre correspondance. | publierai toute notre correspondance
On va vous faire une sacrée pub. | vous faire une sacrée pub
Je vais me plaindre auprès de votre fédération. | me plaindre
Pas une minute de plus. | Pas une minute de plus
J'exigerai réparation du préjudice. | réparation du préjudice
Tenez-vous-le pour dit. | pour dit.
Vous m'avez profondément blessée. | Vous m'avez profondément blessée
Tu me déçois énormément. | Tu me déçois
J'attendais mieux d'une agence comme la vôtre. | attendais mieux
Je croyais que vous étiez plus sérieux que ça. | croyais que vous étiez plus
Vous savez très bien à quel point j'ai besoin de ce contrat. | Vous savez très bien à quel point j
Voilà comment on me traite après dix ans. | Voilà comment on me traite
Je t'ai tellement donné. | Je t'ai tellement donné
Je ne mange plus à cause de ce chantier. | Je ne mange plus
Pour notre équipe, c'est la fin du monde. | la fin du monde
Je veux ce devis AUJOURD’HUI. | AUJOURD’HUI
"""

NEUTRAL_TEXT = """
Vous avez fait un excellent travail sur la maquette.
Tu as tout fait pour tenir le délai, merci.
Ton graphiste a livré un logo superbe.
C'est vous qui avez eu l'idée du nouveau slogan.
La responsabilité du choix final vous revient, comme prévu au contrat.
Votre organisation du séminaire était impeccable.
Il faut toujours que je relise deux fois mes devis, c'est ma méthode.
Comme à votre habitude, vous avez été d'une grande gentillesse.
Jamais vous ne serez déçus par ce fournisseur.
Pour la première fois, nous exposons au salon.
Quand pourriez-vous passer, exactement ? Je cale mon agenda.
À quoi sert ce bouton dans l'interface ?
Comment pouvez-vous m'envoyer les accès ?
Prenez le temps de relire le contrat avant de signer.
On m'a appris à toujours vérifier les mesures deux fois.
C'est la base de calcul du devis.
Vous êtes censés recevoir la facture demain.
Comme je l'ai indiqué au téléphone, le tarif inclut la pose.
Visiblement, le client est très satisfait.
Si vous avez relu le document, vous pouvez le signer.
Je vous renvoie le lien au cas où vous ne l'auriez pas reçu.
Ce n'est pas à moi de choisir, je vous laisse décider.
Tant pis pour la pluie, on décale la séance photo.
J'en ai assez pour finir le chantier.
Je rêve de vous accueillir dans notre nouvel atelier.
Je suis fatigué mais très content de cette saison.
Ce résultat est quasi nul en termes d'impact.
Quelle belle réussite, bravo à tous !
Quel plaisir de travailler avec toi.
Le planning est absurdement chargé cette semaine, je décale d'un jour.
Ravie de vous annoncer que le projet est enfin validé par la mairie.
Merci pour ces trois jours de formation.
Il était temps pour nous de changer de prestataire, je vous l'annonce calmement.
J'ai enfin une réponse de l'assurance.
Je préviendrai l'équipe dès que j'ai la date.
Je vous ferai une proposition chiffrée lundi.
Le paiement sera versé le 5 du mois.
Nos conditions prévoient des pénalités de retard au taux légal.
Je vais en parler à mon associée et je reviens vers vous.
Nous publierons les photos sur notre site avec votre accord.
Vous avez été prévenus par courrier le 3 mars.
Je suis déçue de partir, mais ravie de ce que nous avons construit.
Je pensais pouvoir vous livrer lundi, ce sera finalement mardi.
Voici le résultat de l'audit énergétique.
Je vous ai tout transmis par WeTransfer.
Ce n'est pas la fin du monde, on trouvera une solution.
Je dors mieux depuis que le planning est fixé.
Je vous envoie le devis aujourd'hui.
Le logiciel PDF Creator est installé.
"""
