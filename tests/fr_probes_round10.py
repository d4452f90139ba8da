"""Tenth probe set: whole paragraphs as they sit in email bodies, the hard clean kinds (limits said
calmly, apologies, bad news, condolences, complaints relayed from a third party, firm reminders,
passionate thanks) and angry paragraphs on the same subjects. Written in round 5 after the packs'
changes of that round, committed before it was measured."""

FLAGGED_TEXT = """
Je vous ai relancé le 2, le 9 et le 16 : trois courriels sans la moindre réponse. Vous trouvez ça normal ? | Vous trouvez ça normal ?
Franchement, votre équipe se fiche complètement de nos délais, et ça commence à bien faire. | ça commence à bien faire
Tu m'as encore envoyé les textes à minuit. Je ne suis pas ton esclave. | Je ne suis pas ton esclave
Si la facture n'est pas payée lundi, je transmets le dossier à mon avocat et je raconterai partout comment vous traitez vos fournisseurs. | transmets le dossier à mon avocat
Merci beaucoup d'avoir « oublié » de me prévenir de l'annulation, c'est très agréable de se déplacer pour rien. | « oublié »
Vous êtes incapables de livrer une commande complète, c'est la troisième fois ce trimestre. | Vous êtes incapables de
J'en ai ras le bol de courir après mon argent. | J'en ai ras le bol
Vous avez saboté le lancement avec vos changements de dernière minute. | Vous avez saboté
C'est du grand n'importe quoi, votre planning change tous les jours. | n'importe quoi
Après tout ce que j'ai fait pour toi, voilà comment tu me remercies. | Après tout ce que j'ai fait pour toi
"""

NEUTRAL_TEXT = """
Je voulais vous dire, en toute franchise, que le rythme des dernières semaines m'a fatiguée. Ce n'est la faute de personne : la saison a été exceptionnelle. Mais à partir de septembre, je limiterai mes interventions à trois jours par semaine.
Je suis sincèrement désolé pour l'erreur sur la facture de mars : j'ai appliqué l'ancien tarif. Vous trouverez ci-joint la facture corrigée, et l'avoir correspondant.
La réunion d'hier a été tendue, et je le regrette. J'aimerais qu'on reprenne la discussion à tête reposée, autour d'un café, pour trouver une solution qui convienne à tout le monde.
Votre maman était une femme formidable, toujours curieuse et pleine d'humour. Elle va beaucoup nous manquer à l'atelier.
Le comité a trouvé la proposition « un peu chère » et « pas assez locale » : je vous transmets ses remarques telles quelles. Je pense qu'on peut en tenir compte sans tout refaire.
Je vous rappelle que la facture n° 88 est échue depuis le 10. Je vous remercie de procéder au règlement d'ici la fin du mois ; à défaut, les pénalités prévues au contrat s'appliqueront.
Merci, merci, merci ! Le jardin est encore plus beau que sur les plans, les enfants ne veulent plus rentrer à la maison.
Je ne pourrai malheureusement pas honorer la commande du 12 : mon fournisseur de bois a fait faillite la semaine dernière. Je vous rembourse l'acompte dès aujourd'hui et je vous propose deux ateliers qui pourraient prendre le relais.
Je sais que vous avez beaucoup de demandes en ce moment, alors je me permets simplement de vous rappeler notre échange du mois dernier sur le devis de la toiture.
Il y a eu un malentendu sur les horaires : j'avais compris 9 h, vous aviez indiqué 8 h. Je prends ma part, j'aurais dû vous rappeler pour confirmer.
Nous avons reçu plusieurs plaintes de voisins au sujet du bruit, ce qui est normal sur un chantier de cette taille. Pourriez-vous rappeler aux équipes les horaires autorisés ?
Je suis un peu déçue que le projet s'arrête, j'y avais mis beaucoup de cœur. Mais je comprends votre décision, et je vous remercie pour ces deux belles années.
Pour être honnête, je n'ai jamais vu un chantier aussi bien tenu. Votre équipe a été irréprochable du début à la fin.
Tu peux compter sur moi pour le déménagement de l'atelier, même si je dois décaler deux rendez-vous.
La dernière livraison est arrivée incomplète, il manquait deux cartons de verres. Pouvez-vous vérifier de votre côté et me dire quand le complément peut partir ?
J'ai pris la décision de fermer la boutique à la fin de l'année. Ce n'a pas été facile, mais c'est la bonne décision pour ma santé et pour ma famille.
Vous n'étiez pas obligée de m'offrir ce livre, mais il m'a fait très plaisir. Merci pour cette attention.
Je te le dis avec affection : tu travailles beaucoup trop. Prends quelques jours, le projet peut attendre une semaine.
"""
