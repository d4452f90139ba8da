"""Eighth probe set, written for round 5 of the packs: fresh phrasings of the families that round
fixed (false alarms of the held-out sets, and the missed families it added), none of them a pack
example. The neutral half holds the innocent uses of the same words: praise with « jamais » and
« toujours », the writer's own routine, waiting and work, calm consequences, quoted labels,
literal visits. Committed before it was measured."""

FLAGGED_TEXT = """
Vous ne m'avez jamais rappelée, pas une seule fois. | Vous ne m'avez jamais
Le planning a encore changé sans que personne ne me prévienne, comme toujours. | comme toujours
Voilà cinq semaines que je vous relance pour ce bon de commande. | Voilà cinq semaines que je vous relance
Ça fait un mois que j'attends votre signature sur le devis. | Ça fait un mois que j'attends
Si le solde n'est pas réglé lundi, je me verrai contraint de saisir mon avocat. | saisir mon avocat
Ton dossier est complètement bâclé. | bâclé
Ne venez pas me dire ensuite que vous ignoriez les délais. | Ne venez pas me dire ensuite
Arrêtez de m'envoyer des messages à minuit. | Arrêtez de m'
T'as même pas été fichu de décrocher. | T'as même pas été fichu de
Vous avez même osé me demander une remise après tout ça. | Vous avez même osé me
Tes techniciens nous ont encore fait le coup de la panne de camion. | nous ont encore fait le coup
Tu as une nouvelle fois oublié la clé du local. | Tu as une nouvelle fois
Comme on te l'a répété en réunion, le budget est bouclé. | Comme on te l'a répété
Vous m'aviez juré en avril, puis en juin, que le virement partait. | juré en avril, puis en
Une maison de votre rang devrait savoir qu'on paie ses fournisseurs. | votre rang devrait savoir
C'est la CINQUIÈME fois que la livraison arrive sans bon. | CINQUIÈME
On se fiche de qui, franchement ? | fiche de qui
Ce procédé est méprisable. | méprisable
C'est franchement gonflé de votre part. | gonflé
Trouve-toi une autre graphiste pour la rentrée. | Trouve-toi une autre
Tu annules la veille. Sérieux ? | . Sérieux ?
Notre temps compte moins que celui de votre direction, visiblement. | Notre temps compte moins
Ta « petite » correction m'a pris tout le week-end. | « petite »
Le virement était « en route », paraît-il, et vos « imprévus » s'accumulent. | « imprévus »
Vous êtes la pire régie avec laquelle j'aie travaillé. | la pire régie avec laquelle
Tu modifies les horaires sans prévenir. | Tu modifies les horaires sans prévenir
J'en ai carrément perdu l'appétit. | en ai carrément perdu l'appétit
Vous vous moquez de qui ? | moquez de qui
"""

NEUTRAL_TEXT = """
Vous ne m'avez jamais laissée tomber, même pendant les fêtes.
Tu ne nous as jamais fait attendre une seule livraison.
Vous ne nous avez jamais laissés sans solution, merci pour ces années.
Je passerai déposer les clés le vendredi, comme toujours.
Nous aurions besoin de trente couverts et d'un menu végétarien, comme toujours.
Ça fait trois ans que j'attends de pouvoir exposer dans votre galerie : merci !
Voilà vingt ans que j'écris des guides de randonnée.
Ça fait deux mois que je cours le dimanche avec l'équipe.
Cela fait deux semaines que j'attends ce colis avec impatience, il est magnifique.
Si le chantier prend du retard, je me verrai obligée de décaler la pose au printemps.
Nous nous verrons contraints de fermer la boutique le 15 août.
Je serai obligé de commander les tuiles en avance, les délais du fournisseur s'allongent.
Je préfère refuser la mission plutôt que de livrer un texte bâclé.
Pardon pour mon message un peu bâclé d'hier soir.
Ne venez pas me dire au revoir, je pars très tôt demain.
Ne viens pas nous dire bonjour si tu as de la fièvre.
J'arrête de m'occuper de la newsletter en juin, Lucie prend le relais.
Je cesse de me déplacer à domicile à partir de septembre.
Tu as été capable de tout monter en une matinée, bravo.
Vous avez osé une typographie audacieuse, et le résultat est superbe.
Merci d'avoir osé me faire confiance sur ce projet.
Ce devis fera le coup pour le conseil municipal.
Ça vaut le coup d'essayer la nouvelle presse.
Merci une nouvelle fois pour la visite de l'atelier.
Vous avez une nouvelle fois dépassé nos attentes.
Comme nous l'avons annoncé en assemblée, les travaux commencent en mai.
Nous avons exposé à Lyon en mars, puis à Nantes en mai.
Je vous ai écrit en janvier pour vous présenter l'atelier, puis nous nous sommes rencontrés en février.
Une salle de votre taille devrait accueillir soixante personnes sans peine.
Une agence de votre envergure peut profiter de notre offre annuelle.
Le document s'intitule DEUXIÈME PHASE DU PROJET.
C'est la deuxième fois que nous exposons ensemble, et j'en suis ravie.
On se moque gentiment de mon accent, et ça me fait rire.
C'est sérieux ? Prends soin de toi, on décale sans problème.
Rien de sérieux, juste un rhume : je serai là jeudi.
Mon temps de préparation est de deux jours par atelier.
Cochez l'option « urgent » si la livraison doit partir le jour même.
Sur le carton, j'ai mis la mention « fragile » et le sens de la flèche.
Il m'a répondu « bientôt », et le colis est bien arrivé mardi.
Le pire scénario serait un report d'une semaine, rien de plus.
Vous pouvez passer à la boutique sans prévenir, je suis là tous les matins.
Vos enfants peuvent venir sans prévenir, il y a de la place.
Je n'en ai pas perdu le sommeil, rassurez-vous.
Cherchez-vous un autre format pour la brochure ?
Je peux vous aider à trouver une autre salle pour cette date.
"""
