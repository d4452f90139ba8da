"""Ninth probe set: about 320 neutral sentences of everyday French business email (confirmations,
thanks, delays owned by the writer, warm farewells, weather, lawyers and reviews in a calm voice),
written in round 5 before the packs were run on them, and the angry counterparts of the families
they exposed. Their first run flagged 19 of them; the families behind 17 were fixed, two are left
on purpose (a landlord's « mise en demeure » and « déposer une plainte » for a stolen bike read as
threats and are rare in email), hence a clean floor under 1.0. The last 50 (Québec, Swiss and
casual French) were added after: 5 were flagged at first, all fixed by family; then 51 on
negated or hypothetical blame, anger at oneself or at things, and quoted titles or words of a
third party: 9 flagged at first, all fixed by family; then 30 from calm termination emails
(limits, regrets, thanks): 1 flagged at first (« je suis épuisée et j'ai besoin de lever le
pied »), fixed."""

FLAGGED_TEXT = """
Votre attitude est insupportable. | Votre attitude est insupportable
Merci pour rien, je le ferai savoir partout. | je le ferai savoir
Je parlerai de vos méthodes autour de moi. | parlerai de vos méthodes autour de moi
Tout le monde saura que vous ne payez pas vos factures. | Tout le monde saura
Mon avocat vous contactera. | Mon avocat
Tes horaires changent en permanence. | changent en permanence
Une fois encore, la livraison est incomplète. | Une fois encore
Je n'en peux plus d'attendre votre virement. | Je n'en peux plus
Tu n'es jamais à l'heure. | Tu n'es jamais à l'heure
Vous plaisantez ? Vous voulez une remise après trois mois de retard ? | Vous plaisantez ?
C'est la dernière fois que je vous relance. | C'est la dernière fois que
Vous êtes toujours en retard. | Vous êtes toujours en retard
Votre équipe m'a manqué de respect. | Votre équipe m'a manqué
Ce chantier a été un cauchemar du début à la fin. | un cauchemar
"""

NEUTRAL_TEXT = """
Bonjour Madame Perrin, je vous remercie pour votre message de ce matin.
Je vous confirme notre rendez-vous de jeudi à 14 h au cabinet.
Vous trouverez ci-joint la facture du mois d'octobre, payable à trente jours.
Comme convenu au téléphone, je passerai relever les compteurs lundi.
Je reviens vers vous dès que j'ai le retour de l'imprimeur.
Pourriez-vous me renvoyer le bon de commande signé avant vendredi ?
Nous avons bien reçu votre acompte, merci beaucoup.
Le chantier a pris deux jours de retard à cause de la pluie, la pose est décalée à mardi.
Je suis absente du 4 au 12 août ; ma collègue Sophie prendra le relais.
Je vous avoue que j'ai été surprise par l'ampleur des travaux, mais tout est maintenant chiffré.
Je ne pourrai malheureusement pas venir samedi, j'ai un mariage en Bretagne.
Votre fils a fait d'énormes progrès ce trimestre, il peut être fier de lui.
Vous n'avez rien à préparer pour la première séance.
Vous n'avez jamais besoin de réserver pour l'atelier du mercredi.
Tu n'as pas besoin de m'envoyer les fichiers sources, les PDF suffisent.
Je ne suis pas disponible le lundi, mais le mardi me convient parfaitement.
Je n'ai pas encore reçu les photos, mais rien ne presse.
Le devis est valable trois mois ; au-delà, les prix des matériaux peuvent changer.
Les tarifs augmentent de 3 % au 1er janvier, comme chaque année.
Chaque année, nous fermons l'atelier la dernière semaine de décembre.
À chaque livraison, je vérifie les cartons avec le chauffeur.
Je vous envoie encore une photo du jardin, les roses sont magnifiques.
J'ai encore une question sur la couleur des volets.
Encore merci pour votre accueil chaleureux.
Merci encore pour ce beau projet, ce fut un plaisir.
Vous êtes toujours les bienvenus à l'atelier pour voir l'avancement.
Votre chat est toujours aussi adorable, il m'a suivie partout.
Je travaille toujours seule, sans sous-traitant.
Ma porte reste ouverte si vous avez besoin de moi.
N'hésitez surtout pas à me rappeler si quelque chose n'est pas clair.
Vous pouvez me joindre à tout moment sur mon portable.
Je suis désolée pour ce contretemps, je vous propose une nouvelle date.
Je comprends tout à fait votre décision et je la respecte.
Je suis un peu déçue de ne pas pouvoir continuer, mais je comprends vos contraintes.
Ce fut une collaboration riche, et je garde un excellent souvenir de nos échanges.
La réunion de lundi a été très productive, merci à toute l'équipe.
Votre comptable m'a transmis les relevés, tout est en ordre.
Votre équipe a été formidable pendant le salon.
Vos retours ont été précieux pour finaliser la maquette.
Ton idée de changer la typographie était excellente.
Ta présentation a beaucoup plu au client.
Tes photos du chantier m'ont permis de préparer le devis à distance.
Vous avez eu raison de demander un deuxième avis.
Vous avez oublié votre écharpe à l'atelier, je la garde au chaud.
Tu as oublié de joindre le fichier, peux-tu me le renvoyer ?
Le colis a été perdu par le transporteur ; j'ai ouvert une réclamation et je vous renvoie la commande.
L'erreur vient de mon côté : j'ai inversé deux chiffres sur la facture. Voici la version corrigée.
Je me suis trompée de date dans mon dernier message, il s'agit bien du 14.
Pas de souci pour le retard, ça arrive à tout le monde.
Ne vous inquiétez pas, tout sera prêt à temps.
Ne t'en fais pas pour la facture, on règle ça le mois prochain.
Prenez le temps de réfléchir, rien ne presse.
Il faudra prévoir une journée de plus pour le séchage.
Il faut compter deux semaines pour la fabrication des meubles.
Il va falloir choisir entre le bleu et le vert avant jeudi.
Il serait utile de prévoir une réunion avec le bureau d'études.
Il est temps de penser au planning de l'été.
Je dois malheureusement augmenter mes tarifs l'an prochain.
Je ne peux plus assurer les permanences du samedi à partir de mars.
Je n'ai plus de créneaux disponibles en juin, mais juillet est libre.
Je ne travaille plus le mercredi depuis la rentrée.
Je vous écris au sujet de la facture n° 214, qui reste à régler.
Sauf erreur de ma part, la facture de septembre n'a pas encore été réglée.
Je me permets de vous relancer au sujet du devis du 3 mars.
Pouvez-vous me dire où en est le paiement de la facture d'août ?
Je reste dans l'attente de votre retour pour lancer la production.
Sans nouvelles de votre part d'ici vendredi, je libérerai le créneau.
Si le paiement n'est pas reçu d'ici le 15, des pénalités de retard s'appliqueront, comme prévu au contrat.
J'ai besoin de recevoir les textes au plus tard le 10 pour tenir la date d'impression.
Pour que je puisse bien travailler, j'ai besoin des accès au site.
J'aimerais qu'on fasse le point ensemble sur l'organisation des livraisons.
Les deux dernières commandes sont arrivées incomplètes ; pouvons-nous en parler ?
Je préfère vous prévenir : la salle ne sera pas disponible avant 9 h.
Je tiens à vous dire combien j'ai apprécié votre confiance.
Je suis vraiment ravie du résultat, bravo à toute l'équipe !
Quelle belle soirée, merci pour tout !
Quel plaisir de travailler avec vous.
Quelle chance d'avoir un tel soleil pour le mariage !
C'est incroyable ce que vous avez fait du jardin.
C'est dommage que nous ne puissions pas continuer, mais je vous souhaite le meilleur.
C'est la première fois que je travaille sur un projet de cette taille.
C'est la troisième année que nous organisons le gala ensemble, et j'en suis fière.
C'était une erreur de ma part, je m'en excuse.
Ça ne me dérange pas du tout de décaler la séance.
Ça me ferait plaisir de vous revoir au prochain salon.
Ça fait plaisir de voir le projet enfin terminé.
Je suis épuisée mais heureuse : le festival a été un succès.
J'ai passé un excellent moment avec vos équipes.
J'ai passé la matinée à trier les archives, tout est classé.
Je vous souhaite de bonnes fêtes de fin d'année.
Bon courage pour la fin du semestre !
Bonne continuation à vous et à toute l'équipe.
Au plaisir de vous recroiser.
Je vous laisse juger de la meilleure option.
Je vous laisse me dire ce qui vous convient le mieux.
Je vous rappelle demain en fin de matinée.
Je vous rappelle que l'atelier est fermé le lundi.
Je vous avais parlé d'un nouveau fournisseur, voici ses coordonnées.
Comme je vous l'ai dit au téléphone, je suis ravie de ce projet.
Comme je vous le disais, le nouveau site sera en ligne lundi.
Comme vous le savez, je déménage à Lyon en septembre.
Je sais que vous êtes très occupé en ce moment, prenez votre temps.
Vous êtes très occupé, je comprends, répondez-moi quand vous pourrez.
Vous êtes débordés en ce moment, je peux décaler la livraison.
Tu es toujours partant pour le repas de jeudi ?
Tu te souviens du carrelage qu'on avait vu à Lille ? Je l'ai retrouvé.
Vous vous êtes bien installés dans les nouveaux bureaux ?
Je me suis régalée avec vos petits fours.
Votre proposition ne correspond pas tout à fait à notre budget ; pouvons-nous en discuter ?
Malheureusement, le projet ne pourra pas se faire cette année.
Nous avons décidé de ne pas donner suite, mais nous gardons vos coordonnées.
Je mets fin à mon activité de traduction en juin pour reprendre des études.
J'ai décidé d'arrêter les cours particuliers à la fin de l'année scolaire.
Notre dernier cours aura lieu le 28 juin ; je transmettrai le dossier de Léa à sa nouvelle professeure.
Je recommande vivement ma collègue Anne, qui connaît bien votre secteur.
Vous me manquerez, vous et votre équipe.
Je ne regrette rien de ces cinq années passées ensemble.
J'en ai parlé à mon associé, il est d'accord.
On en reparle lundi si vous voulez.
Je n'en peux plus d'attendre de vous montrer le résultat !
J'ai hâte de vous montrer les premiers croquis.
Salut Marc, je t'envoie les plans corrigés ce soir.
Allo Julie, j'espère que tu vas bien ! On se voit toujours mardi pour la soumission ?
Bonjour, je vous écris pour prendre des nouvelles du projet de cuisine.
Merci pour ta patience pendant les travaux, je sais que ce n'était pas simple.
Je te remercie de m'avoir fait confiance pendant ces trois années.
Je t'avoue que je suis un peu fatiguée, mais le plus dur est passé.
C'est vraiment gentil de ta part d'avoir pensé à moi.
C'est très généreux de votre part, merci infiniment.
Je suis touchée par votre message, merci.
Tes enfants ont adoré la visite de la ferme.
Ta mère m'a appelée pour le devis de la véranda.
Ton devis est arrivé, je le regarde ce week-end.
Votre demande est bien prise en compte, vous aurez une réponse sous 48 h.
Votre dossier est complet, il passera en commission le 12.
Votre colis a été remis au transporteur ce matin.
Vos factures sont disponibles dans votre espace client.
Vos plans sont clairs, je n'ai qu'une question sur la cave.
Je vous propose de reporter la séance à la semaine prochaine.
J'ai pris la liberté d'ajouter deux photos à la galerie.
Je me suis permis de corriger une coquille dans le texte d'accueil.
Il manque la page 3 dans le document que vous m'avez envoyé.
Il y a une petite erreur dans l'adresse de livraison, pouvez-vous la vérifier ?
Le montant indiqué sur le bon de commande ne correspond pas au devis ; pouvez-vous regarder ?
Je crois qu'il y a un malentendu sur la date, je parlais du 14 et non du 4.
J'ai l'impression que nous ne nous sommes pas bien compris sur le périmètre.
Je n'ai pas bien compris votre dernier message, pouvez-vous préciser ?
Pas de problème, je m'adapte.
Aucun souci, je décale.
Je m'en occupe dès demain.
Je vous tiens au courant.
Je t'appelle en fin de journée.
On s'appelle la semaine prochaine pour caler la suite.
On se fait un café à la rentrée ?
J'ai terminé le montage, il ne reste que l'étalonnage.
Les fichiers sont prêts, je vous les envoie par WeTransfer.
La livraison est prévue entre 8 h et 12 h.
Le serrurier passera entre 14 et 16 h.
Les enfants seront accueillis dès 8 h 30.
La soirée se terminera vers minuit.
Nous fermons à 18 h le vendredi.
Je serai en congé du 1er au 15 août, je réponds aux urgences par SMS.
Pour les urgences, vous pouvez m'appeler au 06 12 34 56 78.
En cas d'urgence, contactez directement le gardien.
Si jamais vous avez une question, je suis là.
Si vous changez d'avis, ma porte reste ouverte.
Si cela vous convient, je bloque la date.
Si tu préfères, on peut faire la réunion en visio.
Tu peux compter sur moi pour le déménagement.
Vous pouvez compter sur notre discrétion.
Je compte sur vous pour la réunion de lundi !
Je suis fière de ce que nous avons construit ensemble.
Je suis triste de partir, mais c'est la bonne décision pour ma famille.
J'ai adoré travailler avec vous, vraiment.
Ça a été un vrai plaisir de vous accompagner.
Je n'oublierai jamais ce premier salon ensemble.
Jamais je n'aurais imaginé un tel succès pour le lancement.
Vous n'avez jamais cessé de me soutenir, merci.
Tu as toujours été de bon conseil.
Vous avez toujours réglé vos factures à temps, et je vous en remercie.
Vous m'avez toujours fait confiance, même dans les moments difficiles.
Vous êtes toujours d'une grande réactivité.
Je suis toujours disponible pour un café si tu passes à Nantes.
Le prix reste toujours le même pour les anciens clients.
Rien n'a changé depuis l'an dernier : même salle, même horaire.
Rien ne presse, prenez votre temps.
Personne n'a encore réservé la salle pour juin, vous pouvez la prendre.
Tout le monde a adoré le buffet.
Tout s'est très bien passé, merci encore.
Il n'y a aucun problème, je comprends parfaitement.
Il n'y a pas d'urgence, on peut en reparler en septembre.
C'est noté, merci !
C'est parfait, merci pour votre réactivité.
C'est une excellente nouvelle !
C'est un peu juste pour vendredi, mais je vais essayer.
C'est compliqué pour moi cette semaine, est-ce que lundi irait ?
Ce n'est pas grave du tout.
Ce n'est pas un problème, je peux repasser.
Ce n'est pas encore tout à fait prêt, je vous envoie une version jeudi.
Je ne vais pas pouvoir tenir la date du 10, je vous propose le 17.
Je ne suis pas sûre d'avoir bien reçu le dernier fichier.
Je ne sais pas encore si je pourrai venir à l'inauguration.
Je ne veux pas vous presser, mais j'aurais besoin d'une réponse d'ici vendredi.
Je me rends compte que j'ai oublié de vous envoyer le planning, le voici.
Je m'excuse pour le retard de ma réponse.
Pardon pour ce long silence, la fin d'année a été chargée.
Désolé de te déranger un dimanche, c'est juste pour confirmer l'heure.
Je sais que c'est une période chargée pour vous.
Je comprends que le budget soit serré cette année.
J'entends vos contraintes et je vous propose une solution intermédiaire.
Je vous remercie de votre compréhension.
Merci de votre retour rapide.
Merci de me tenir au courant.
Merci de bien vouloir signer le bon de livraison.
Merci de penser à apporter vos chaussons.
Merci d'avance pour votre aide.
Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.
Bien à vous.
Au plaisir de vous lire.
Belle journée à toi !
Merci infiniment pour votre patience pendant ma convalescence.
Quelle générosité de votre part d'avoir offert le dessert aux enfants !
Bravo pour ce lancement, vraiment bravo !
Félicitations pour votre nouveau poste !!
Merci mille fois pour votre aide.
Je suis tellement contente du résultat !
J'étais très émue en voyant la salle décorée.
J'ai pleuré de joie en voyant les photos du mariage.
Je suis morte de rire devant la vidéo du bêtisier.
J'ai eu une semaine difficile, je reviens vers vous lundi.
Je suis malade depuis mardi, je décale nos rendez-vous de la semaine.
Mon père est hospitalisé, je serai moins disponible ces jours-ci.
Je traverse une période compliquée, merci pour votre compréhension.
J'ai dû m'absenter pour raisons familiales.
Je suis à bout de souffle après ce marathon de livraisons, mais tout est parti.
Ce week-end a été un vrai marathon.
La météo a été un cauchemar pendant le montage, mais le chapiteau a tenu.
Le trafic était infernal ce matin, je suis arrivée à 9 h 20.
Cette chaleur est insupportable, pensez à vous hydrater pendant l'atelier.
Le bruit du chantier voisin est terrible, on a fermé les fenêtres.
Il fait un froid de canard, prévoyez des gants.
Le nouveau logiciel est génial, on gagne un temps fou.
Ce gâteau est à tomber par terre.
Votre texte est drôlement bien écrit.
C'est fou comme le jardin a changé en un an.
C'est dingue, on a vendu toutes les places en deux jours !
On a eu une peur bleue avec l'orage, mais tout va bien.
Notre avocat a relu les statuts, tout est conforme.
Mon avocate m'a conseillé de créer une SASU.
Le tribunal de commerce a enregistré la société le 3 mai.
La mise en demeure du propriétaire concerne l'ancien locataire, pas vous.
Je dois déposer une plainte pour le vol de mon vélo, je serai en retard.
J'ai porté plainte pour le cambriolage de l'atelier, les outils sont assurés.
Nous allons porter le projet devant le conseil municipal.
Nous allons saisir l'occasion du salon pour présenter la collection.
Je vais saisir les heures dans le tableur ce soir.
Je publierai les photos sur Instagram si vous êtes d'accord.
Je parlerai de votre travail autour de moi, il le mérite.
Je vais faire savoir à toute l'équipe que le planning est validé.
Tout le monde saura où se garer grâce au plan.
Je le ferai savoir au comité dès demain.
Je laisserai un avis sur Google, vous le méritez.
Vos pratiques écologiques m'ont convaincue.
Votre méthode a fait ses preuves.
Le SAV de la marque est injoignable, je vais passer par le revendeur.
URGENT : la salle doit être libérée à 23 h, consigne de la mairie.
Le colis porte la mention FRAGILE.
Le fichier est en PDF, la maquette en PSD.
J'ai noté RDV lundi 9 h dans mon agenda.
Réunion du CSE reportée au 12.
N'oubliez pas : ATTENTION à la marche en entrant.
Le thème de la soirée est JAUNE ET NOIR.
Je vous rappelle le code du portail : 4512B.
Voici la liste : pain, fromage, fruits, jus.
Vous êtes prié de vous présenter à l'accueil à 9 h.
Tu trouveras les clés sous le pot de fleurs, comme la dernière fois.
La dernière fois, nous avions choisi le menu automne, on le reprend ?
Pour la dernière fois de la saison, l'atelier aura lieu en plein air.
C'est la dernière fois que nous exposons à Lille, le salon déménage à Lyon.
Je ne le répéterai jamais assez : merci.
Je n'ai plus rien à ajouter, tout est dans le document.
Je n'ai plus de nouvelles du fournisseur, je le relance demain.
Je vous ai déjà envoyé les photos hier soir, je vous les renvoie au cas où.
Comme indiqué sur le devis, l'acompte est de 30 %.
Comme convenu, la facture est jointe.
Comme d'habitude, le marché aura lieu place de l'église.
Comme chaque année, nous organisons une porte ouverte en décembre.
Encore une fois, bravo pour ce travail.
Une fois de plus, merci pour votre accueil.
Une fois encore, le public a répondu présent.
Chaque fois que je passe devant la boutique, je pense à vous.
Cela fait dix ans que nous travaillons ensemble, et c'est un bonheur.
Cela fait longtemps que je voulais vous écrire pour vous remercier.
Ça fait une éternité qu'on ne s'est pas vus !
Depuis le temps que j'attendais ce moment !
Il était temps : le soleil est enfin revenu.
Enfin ! Le permis de construire est accordé.
Ouf, tout est rentré dans l'ordre.
Zut, j'ai oublié de joindre le fichier.
Mince, je me suis trompée de pièce jointe.
Oups, pardon pour le doublon.
Vous plaisantez ? C'est magnifique !
Tu rigoles, c'est parfait comme ça !
Sérieusement, merci pour tout.
Franchement, c'est le plus beau jardin du quartier.
Honnêtement, je n'ai jamais vu un client aussi agréable.
Je n'ai jamais vu une salle aussi bien décorée.
C'est le pire hiver que nous ayons connu depuis vingt ans, mais le chantier tient.
Le pire est derrière nous.
J'ai vraiment galéré avec ce logiciel, mais ça y est.
Je suis crevée, mais ravie.
Ce projet m'a beaucoup appris.
J'ignorais que la salle avait une terrasse, c'est parfait.
Je m'incline : votre version est meilleure que la mienne.
Vous avez le don de mettre les gens à l'aise.
Tu as le chic pour trouver des lieux magnifiques.
Vous avez un talent fou.
Allo! Je t'envoie la soumission pour le patio, dis-moi si ça fait ton affaire.
Pas de trouble, je peux passer mardi à la place.
Je suis pogné dans le trafic sur la 40, j'arrive dans vingt minutes.
Ça adonne bien, je suis dans le coin jeudi.
C'est correct pour moi, on se revoit la semaine prochaine.
J'ai ben hâte de voir le résultat final!
Lâche pas, t'es presque rendu au bout du projet.
Je suis pas mal occupé cette semaine, mais je te reviens lundi.
Je vais te texter quand je serai rendu.
La job est faite, tout fonctionne comme du monde.
On a eu une grosse bordée de neige, mais les entrées sont dégagées.
Les gars ont fini le toit avant la pluie, une chance!
Je suis tanné de l'hiver, vivement le printemps.
Ma blonde a adoré les fleurs, merci encore!
C'est plate que tu ne puisses pas venir au party, on se reprendra.
Fais-moi signe si jamais t'as besoin d'un coup de main.
Gênez-vous pas pour m'appeler si vous avez des questions.
Ça me fait plaisir de t'aider, voyons donc.
J'ai jasé avec ton comptable, tout est beau.
On se parle demain pour finaliser le contrat.
Septante personnes sont inscrites au souper des anciens.
Nonante pour cent des travaux sont terminés.
Je vous envoie le décompte final d'ici vendredi.
À tantôt pour la visite du chalet!
Je dois encore faire le tour des chambres avec le client.
Les draps seront lavés et repassés comme toujours.
Je te laisse la clé chez le voisin, comme la dernière fois.
T'inquiète, je gère la réservation.
Je t'ai mis de côté les meilleures photos, tu vas adorer.
Ton gâteau était une tuerie, franchement !
Grave bien, la soirée d'hier !
Ça roule pour jeudi ?
J'ai galéré à trouver une place, mais j'y suis.
C'est trop mignon, le faire-part que tu as dessiné.
Je te fais un virement ce soir pour ma part du cadeau.
T'es un amour d'avoir pensé à moi.
Tu m'as sauvé la vie avec ce dépannage !
Tu es la meilleure, merci pour tout.
Vous êtes les meilleurs, l'équipe a adoré la journée.
Vous m'avez bluffée avec cette présentation.
Je suis bluffé par la qualité du montage.
Tu n'as rien oublié, la valise était parfaite.
Vous n'avez rien à ajouter ? Alors je valide.
Tu n'as jamais eu peur de tester de nouvelles recettes, et ça se voit.
Vous avez encore gagné un prix, félicitations !
Tu as encore fait des merveilles avec ce jardin.
Votre équipe a encore assuré pendant le salon.
Tes croquis sont toujours aussi beaux.
Ton accueil est toujours aussi chaleureux.
Vos conseils sont toujours justes.
Je ne suis pas fâchée du tout, rassure-toi.
Je ne suis absolument pas en colère, juste un peu pressée.
Loin de moi l'idée de vous reprocher quoi que ce soit.
Ce n'est pas un reproche, simplement une remarque pour la prochaine fois.
Je ne dirais pas que c'est inacceptable, mais c'est un peu juste.
Je ne veux surtout pas que vous pensiez que je suis mécontente.
Sans vouloir être insistante, avez-vous pu regarder le devis ?
Je ne voudrais pas paraître impolie, mais pourrions-nous avancer la réunion ?
Si jamais vous deviez être en retard, prévenez-moi simplement.
Si vous oubliez le code, appelez-moi.
Au cas où vous n'auriez pas reçu mon message, je vous le renvoie.
Même si le délai est court, je pense que c'est faisable.
Rien de grave, ce sont des choses qui arrivent.
Personne n'est parfait, moi la première.
Vous n'êtes pour rien dans ce retard, c'est le transporteur.
Tu n'y es pour rien, la panne venait du réseau.
Ce n'est pas de votre faute, la machine est tombée en panne.
Ce n'est la faute de personne.
Je ne vous en veux pas du tout.
Ne le prends pas mal, mais je préfère le bleu.
Je sais que ce n'est pas ce que vous espériez, et j'en suis désolée.
Je comprends votre frustration, elle est légitime.
Vous avez le droit d'être déçu, je l'aurais été aussi.
Votre colère est compréhensible, et je vais tout faire pour régler le problème.
Le client était furieux, mais nous avons trouvé un arrangement.
Ma voisine était hors d'elle à cause du bruit, j'ai dû m'excuser.
Mon fils m'a dit : « Tu es toujours en retard, maman ! » et il avait raison.
Le mot « inacceptable » figurait dans le courrier de la mairie, pas dans le vôtre.
Dans son avis, le client parle d'un service « lamentable » : je voulais vous en parler avant de répondre.
Le panneau indiquait « Fermé », nous sommes revenus le lendemain.
Le film s'appelle « Vous n'avez encore rien vu ».
J'ai lu « Le pire est à venir », un roman formidable.
La chanson « Encore une fois » a clôturé la soirée.
Le thème du débat était : « Faut-il toujours dire la vérité ? »
Je me suis énervée contre mon imprimante ce matin, rien de grave.
J'étais furieuse contre moi-même d'avoir oublié le rendez-vous.
Je m'en veux d'avoir laissé passer cette erreur.
Je suis en colère contre la météo, pas contre vous !
Quelle honte de ma part, j'ai oublié votre anniversaire.
C'était une erreur de ma part, je le reconnais.
Je n'aurais jamais dû accepter ce délai, c'est ma faute.
Vous n'auriez pas dû vous donner autant de mal, c'est trop gentil.
Tu n'aurais pas dû, le cadeau est magnifique !
Vous n'auriez pas pu mieux choisir.
Tu aurais dû voir la tête des enfants, ils étaient ravis.
Vous auriez dû être là, c'était magique.
Vous devriez essayer la nouvelle recette, elle est délicieuse.
Tu devrais venir voir l'exposition, elle te plairait.
Il faudrait qu'on se voie avant la rentrée.
Vous devez être fiers de votre fille.
Tu dois être épuisé après ce déménagement.
Ce n'était pas une décision facile, et j'ai longuement hésité.
Je suis épuisée et j'ai besoin de lever le pied.
Je n'arrive plus à tout mener de front, alors je réduis mon activité.
Je ne peux plus continuer à ce rythme, pour ma santé.
Ma santé m'oblige à ralentir cette année.
J'ai besoin de repos, et je l'ai compris un peu tard.
Je suis fatiguée, et je préfère arrêter avant de mal faire.
Mon médecin m'a conseillé de réduire mes heures.
J'ai traversé une année difficile sur le plan personnel.
Je n'ai plus l'énergie nécessaire pour suivre un projet de cette ampleur.
Je sais que cette nouvelle va vous compliquer la vie, et j'en suis sincèrement désolée.
Je mesure le dérangement que cela représente pour vous.
Je ne voulais pas vous l'annoncer par courriel, mais je n'ai pas réussi à vous joindre.
Je préfère être honnête avec vous : je ne suis plus la bonne personne pour ce projet.
Nos visions du projet se sont éloignées, et c'est normal.
Nous n'avons pas la même façon de travailler, et je pense qu'un autre prestataire vous conviendra mieux.
Je crois que nous avons fait le tour de ce que je pouvais vous apporter.
Le projet a pris une direction qui ne correspond plus à mes compétences.
Je n'ai pas su vous donner satisfaction sur les derniers livrables, et je le regrette.
Je pars avec beaucoup de reconnaissance.
J'ai énormément appris à vos côtés.
Merci de m'avoir fait confiance quand je débutais.
Je garderai un excellent souvenir de nos réunions du lundi.
Vous avez été un client exigeant, et c'est ce qui m'a fait progresser.
Vous m'avez poussée à donner le meilleur de moi-même.
Je vous souhaite plein de succès pour la suite.
Je reste disponible jusqu'au 30 juin pour assurer la transition.
Je transmettrai tous les fichiers sources à votre nouveau prestataire.
N'hésitez pas à me recontacter si vous avez besoin d'un conseil.
Au plaisir de croiser votre route à nouveau.
"""
