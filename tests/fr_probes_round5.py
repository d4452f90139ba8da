"""Fifth probe set: passive-aggressive politeness, warnings, imperious demands, disbelief and
sarcastic farewells, with neutral traps that share their words. Committed before being measured."""

FLAGGED_TEXT = """
Dans l'attente, toujours aussi impatiente, de votre règlement. | toujours aussi impatiente
En espérant que ce message, lui, sera lu. | ce message, lui, sera lu
J'espère que cette fois sera la bonne. | J'espère que cette fois sera la bonne
Je me permets de vous rafraîchir la mémoire. | vous rafraîchir la mémoire
Bien sûr, personne n'était au courant. | Bien sûr, personne n'était au courant
Je ne sais pas comment vous travaillez chez vous, mais chez nous on répond aux mails. | Je ne sais pas comment vous travaillez chez vous
Je ne vous apprends rien en disant qu'une facture se paie. | Je ne vous apprends rien
Chez nous, on appelle ça du vol. | on appelle ça du vol
Vous êtes le seul client qui me fasse ce coup-là. | Vous êtes le seul client qui
N'importe qui d'autre aurait prévenu. | N'importe qui d'autre aurait prévenu
Vous plaisantez, j'espère ? | Vous plaisantez, j'espère
Vous vous rendez compte de ce que ça implique pour moi ? | Vous vous rendez compte
Je vous laisse méditer là-dessus. | Je vous laisse méditer là-dessus
À bon entendeur. | À bon entendeur
Je vous aurai prévenus. | Je vous aurai prévenus
Ne vous étonnez pas si je ne réponds plus à vos appels. | Ne vous étonnez pas si
C'est la dernière fois que je travaille avec vous. | C'est la dernière fois que je travaille avec vous
Plus jamais je ne travaillerai avec votre agence. | Plus jamais je ne travaillerai avec votre agence
Je vous souhaite bien du courage avec votre prochain prestataire. | bien du courage avec votre prochain prestataire
Bonne continuation, vous en aurez besoin. | vous en aurez besoin
Je suis sidérée par votre réponse. | Je suis sidérée
Ça me reste en travers de la gorge. | en travers de la gorge
Ça me fout en rogne. | Ça me fout en rogne
Je suis remonté comme une pendule. | remonté comme une pendule
C'est du mépris pur et simple. | C'est du mépris
Vous êtes d'une mauvaise foi incroyable. | d'une mauvaise foi incroyable
Ne me faites pas croire que vous ne saviez pas. | Ne me faites pas croire
Ne me dis pas que tu as encore oublié. | Ne me dis pas que tu as encore oublié
Arrêtez de me mentir. | Arrêtez de me mentir
Cessez de me harceler avec vos appels. | Cessez de me harceler
J'exige une réponse immédiate. | J'exige une réponse immédiate
Je ne le répéterai pas. | Je ne le répéterai pas
Je n'ai pas de temps à perdre avec vous. | Je n'ai pas de temps à perdre avec vous
Votre incompétence crasse nous coûte cher. | Votre incompétence crasse
Un minimum de professionnalisme serait apprécié. | Un minimum de professionnalisme serait apprécié
Un peu de respect, s'il vous plaît. | Un peu de respect, s'il vous plaît
Merci de bien vouloir lire ce qu'on vous envoie. | lire ce qu'on vous envoie
Merci de faire votre travail. | Merci de faire votre travail
Je vous remets mon mail précédent en copie, des fois que. | des fois que
Vous êtes priés de libérer les lieux avant midi. | Vous êtes priés de
Vous vous moquez du monde, ni plus ni moins. | Vous vous moquez du monde
Je n'ai jamais vu un tel bazar. | Je n'ai jamais vu un tel bazar
Vous êtes d'une lenteur désespérante. | d'une lenteur désespérante
C'est à se demander si vous lisez vos mails. | C'est à se demander si vous lisez vos mails
Il faudra bien un jour que vous assumiez vos erreurs. | que vous assumiez vos erreurs
"""

NEUTRAL_TEXT = """
Dans l'attente de votre retour, je vous souhaite une bonne journée.
En espérant que ce message vous trouve en pleine forme.
J'espère que cette proposition vous conviendra.
Bien sûr, je reste disponible pour en parler.
Je ne sais pas encore si je serai disponible jeudi.
Chez nous, on appelle ça une visite de chantier.
Vous êtes le seul client à avoir choisi l'option premium cette année.
Je vous laisse réfléchir et revenir vers moi.
Je vous aurai envoyé les plans avant vendredi.
Ne vous étonnez pas si le colis arrive dans un emballage différent.
C'est la dernière fois que nous utilisons ce fournisseur de papier.
Je vous souhaite bien du courage pour la fin du chantier, on pense à vous.
Bonne continuation à toute l'équipe !
Je suis surprise et ravie par votre proposition.
Je n'ai pas de temps libre avant la fin du mois.
Un minimum de trois jours est nécessaire pour la préparation.
Un peu de patience, la commande arrive lundi.
Merci de bien vouloir signer le devis ci-joint.
Merci de me faire parvenir votre RIB.
Vous êtes priés de bien vouloir confirmer votre présence.
Je n'ai jamais vu un jardin aussi bien entretenu.
Il faudra bien prévoir une bâche en cas de pluie.
Je me permets de vous rappeler la réunion de demain.
Je ne le répéterai jamais assez : merci pour votre confiance.
Je vous remets le planning en copie pour mémoire.
Je vous aurai prévenus par SMS dès que la date est fixée.
Arrêtez-vous à l'accueil en arrivant, on vous donnera un badge.
Ne me dis pas merci, c'est normal.
Vous vous rendez à la réunion de jeudi ?
Plus jamais de retard de ce genre de notre côté, c'est promis.
"""
