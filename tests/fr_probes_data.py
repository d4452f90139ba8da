"""French probe sentences for the tone packs, written from how people write, not from any email.

FLAGGED: one line per sentence, "sentence | span", the span being the short phrase a careful
reviewer would mark (an exact substring of the sentence). NEUTRAL: sentences a reviewer would
leave alone, full of traps (courtesy with vous/tu, I-statements, neutral facts, firm requests,
positive always/never, acronyms, a warm single "!").
"""

FLAGGED_TEXT = """
# blame with the recipient as subject
Vous n'avez pas respecté les délais convenus. | Vous n'avez pas respecté les délais
Tu as encore oublié de m'envoyer le fichier. | Tu as encore oublié
Votre équipe a complètement raté la livraison. | Votre équipe a complètement raté
Vous avez ignoré mes trois derniers messages. | Vous avez ignoré mes trois derniers messages
Vous ne m'avez jamais répondu. | Vous ne m'avez jamais répondu
Tu n'as rien fait de ce qu'on avait dit. | Tu n'as rien fait
Vous avez tout gâché avec ce changement de dernière minute. | Vous avez tout gâché
Vos consultants annulent sans cesse les rendez-vous. | Vos consultants annulent sans cesse
Vous avez bâclé la recette. | Vous avez bâclé
Votre service client m'a raccroché au nez. | m'a raccroché au nez
Vous êtes incapables de tenir un planning. | Vous êtes incapables
Tu ne fais jamais ce que tu dis. | Tu ne fais jamais ce que tu dis
Vous n'avez même pas pris la peine de lire mon devis. | Vous n'avez même pas pris la peine
Vous avez saboté le lancement. | Vous avez saboté
Votre développeur a cassé la production. | Votre développeur a cassé la production
Vous m'avez laissé tomber au pire moment. | Vous m'avez laissé tomber
Tu m'as mis dans une situation impossible. | Tu m'as mis dans une situation impossible
Vous avez fait n'importe quoi. | Vous avez fait n'importe quoi
Vous n'êtes pas fichus de respecter une date. | Vous n'êtes pas fichus
Vous avez manqué à tous vos engagements. | Vous avez manqué à tous vos engagements
Vous ne tenez jamais parole. | Vous ne tenez jamais parole
Ton équipe a encore merdé sur la mise en ligne. | Ton équipe a encore merdé
Vous m’avez menti sur les délais. | Vous m’avez menti
Vous avez négligé toutes mes remarques. | Vous avez négligé
Vous avez oublié, une fois de plus, de valider les maquettes. | Vous avez oublié, une fois de plus
Vous n'avez pas daigné me prévenir. | Vous n'avez pas daigné
Tu n’as pas été foutu de m’appeler. | Tu n’as pas été foutu
Vous avez trahi ma confiance. | Vous avez trahi ma confiance
Votre comptable ne répond jamais au téléphone. | ne répond jamais
Vous avez encore changé d'avis sans prévenir personne. | Vous avez encore changé d'avis
# fault words
C'est entièrement de votre faute. | de votre faute
Tout ça, c’est ta faute. | c’est ta faute
À cause de vous, nous avons perdu le client. | À cause de vous
Par votre faute, le projet a pris trois mois de retard. | Par votre faute
Grâce à votre négligence, tout est à refaire. | Grâce à votre négligence
Votre incompétence nous a coûté cher. | Votre incompétence
Ce retard est de votre seule responsabilité. | de votre seule responsabilité
La responsabilité vous en incombe entièrement. | La responsabilité vous en incombe
C'est vous qui avez tout fait capoter. | C'est vous qui avez tout fait capoter
Votre manque de sérieux est flagrant. | Votre manque de sérieux
Votre amateurisme est consternant. | Votre amateurisme
C'est à cause de ton équipe que la démo a échoué. | à cause de ton équipe
Cette erreur vous est entièrement imputable. | vous est entièrement imputable
Votre légèreté a mis le projet en péril. | Votre légèreté
Vous êtes responsable de ce fiasco. | Vous êtes responsable de ce fiasco
La faute vous revient. | La faute vous revient
Votre négligence est inadmissible. | Votre négligence
C'est de ta faute si on a raté la deadline. | de ta faute
Faute à votre désorganisation, rien n'avance. | votre désorganisation
Votre je-m'en-foutisme commence à se voir. | Votre je-m'en-foutisme
# sweeping generalisations
Comme d'habitude, rien n'est prêt. | Comme d'habitude
Vous êtes toujours en retard. | Vous êtes toujours en retard
Tu ne réponds jamais à tes mails. | Tu ne réponds jamais
À chaque fois, c'est la même chose avec vous. | À chaque fois, c'est la même chose
Chaque fois que je vous demande quelque chose, il faut relancer trois fois. | Chaque fois que je vous demande quelque chose
Encore une fois, vous avez oublié la pièce jointe. | Encore une fois, vous avez oublié
Comme toujours, vous attendez la dernière minute. | Comme toujours
Vous changez tout le temps d'avis. | Vous changez tout le temps d'avis
Il faut toujours que vous compliquiez tout. | Il faut toujours que vous compliquiez tout
Avec vous, c'est systématiquement la même histoire. | c'est systématiquement la même histoire
Vous ne lisez jamais mes messages jusqu'au bout. | Vous ne lisez jamais
Tu oublies toujours les pièces jointes. | Tu oublies toujours
Une fois de plus, la livraison est incomplète. | Une fois de plus
Pour la énième fois, le rapport est faux. | Pour la énième fois
C'est toujours la même chanson avec votre service. | toujours la même chanson
Vous n'êtes jamais joignables. | Vous n'êtes jamais joignables
Jamais vous ne prévenez à l'avance. | Jamais vous ne prévenez
Vous annulez systématiquement à la dernière minute. | Vous annulez systématiquement
Comme à votre habitude, aucune réponse. | Comme à votre habitude
Tu fais toujours tout à moitié. | Tu fais toujours tout à moitié
Vous n'en faites qu'à votre tête. | Vous n'en faites qu'à votre tête
Encore et toujours des excuses. | Encore et toujours
# accusing and rhetorical questions
Pourquoi faut-il toujours vous relancer ? | Pourquoi faut-il toujours vous relancer
Pourquoi est-ce si compliqué pour vous de répondre ? | Pourquoi est-ce si compliqué pour vous
Est-ce trop demander de recevoir un devis à l'heure ? | Est-ce trop demander
C'est trop demander, un simple accusé de réception ? | C'est trop demander
Vous lisez vos mails, au moins ? | Vous lisez vos mails, au moins
Combien de fois faudra-t-il vous le répéter ? | Combien de fois faudra-t-il vous le répéter
Combien de fois dois-je te le dire ? | Combien de fois dois-je te le dire
Vous vous moquez de moi ? | Vous vous moquez de moi
Tu te fiches de moi ou quoi ? | Tu te fiches de moi
Pourquoi n'avez-vous rien dit plus tôt ? | Pourquoi n'avez-vous rien dit
Pourquoi ne m'as-tu jamais prévenu ? | Pourquoi ne m'as-tu jamais prévenu
Qu'est-ce qui vous empêche de répondre à un simple mail ? | Qu'est-ce qui vous empêche
Vous comptez le faire quand, exactement ? | Vous comptez le faire quand, exactement
Vous appelez ça un travail fini ? | Vous appelez ça un travail fini
C'est ça que vous appelez une relecture ? | C'est ça que vous appelez
À quoi servez-vous, au juste ? | À quoi servez-vous
Vous avez seulement ouvert le dossier ? | Vous avez seulement ouvert le dossier
Comment avez-vous pu laisser passer une erreur pareille ? | Comment avez-vous pu
Comment est-ce possible de se tromper à ce point ? | se tromper à ce point
Vous êtes sérieux ? | Vous êtes sérieux
Sérieusement ? | Sérieusement ?
Tu as vraiment cru que ça passerait ? | Tu as vraiment cru
Faut-il vraiment que je fasse tout moi-même ? | Faut-il vraiment que je fasse tout moi-même
# lecturing
Vous devriez apprendre à respecter le temps des autres. | Vous devriez apprendre à respecter
Il serait temps que vous preniez vos responsabilités. | Il serait temps que vous preniez vos responsabilités
Tu devrais apprendre à lire un cahier des charges. | Tu devrais apprendre à lire
Il faudrait peut-être penser à vérifier votre travail. | Il faudrait peut-être penser à vérifier
Un professionnel digne de ce nom aurait prévenu. | Un professionnel digne de ce nom
Je ne devrais pas avoir à vous rappeler les bases. | Je ne devrais pas avoir à vous rappeler
Je n'ai pas à vous apprendre votre métier. | Je n'ai pas à vous apprendre votre métier
Vous n'êtes pas sans savoir que les délais sont contractuels. | Vous n'êtes pas sans savoir
Je vous rappelle que c'est votre travail. | Je vous rappelle que c'est votre travail
Il va falloir vous organiser un peu mieux. | Il va falloir vous organiser
Apprenez à gérer vos priorités. | Apprenez à gérer vos priorités
Renseignez-vous avant d'affirmer n'importe quoi. | Renseignez-vous avant d'affirmer n'importe quoi
Tu ferais mieux de relire tes mails avant de les envoyer. | Tu ferais mieux de relire
Vous feriez bien de revoir vos priorités. | Vous feriez bien de revoir vos priorités
La moindre des choses serait de répondre. | La moindre des choses
Il me semble que c'est la base du métier. | c'est la base du métier
Ce n'est pourtant pas compliqué à comprendre. | Ce n'est pourtant pas compliqué à comprendre
Ça s'appelle du professionnalisme. | Ça s'appelle du professionnalisme
Un peu de rigueur ne vous ferait pas de mal. | Un peu de rigueur ne vous ferait pas de mal
Prenez exemple sur vos concurrents. | Prenez exemple sur vos concurrents
On ne vous a jamais appris à dire merci ? | On ne vous a jamais appris
# passive-aggressive reminders
Comme je vous l'ai déjà dit, la date est fixe. | Comme je vous l'ai déjà dit
Comme je te l’ai déjà expliqué, ça ne marche pas. | Comme je te l’ai déjà expliqué
Pour rappel, et pour la troisième fois, la facture est due. | pour la troisième fois
Je me permets de vous relancer pour la quatrième fois. | pour la quatrième fois
Comme indiqué dans mon précédent mail, que vous n'avez visiblement pas lu, le prix est ferme. | que vous n'avez visiblement pas lu
Je vous renvoie à mon mail du 3 mars. | Je vous renvoie à mon mail
Ainsi que je l'avais déjà précisé, le devis n'inclut pas l'hébergement. | Ainsi que je l'avais déjà précisé
Je vous l'ai répété plusieurs fois. | Je vous l'ai répété plusieurs fois
Je te l'ai dit cent fois. | Je te l'ai dit cent fois
Pour la énième fois, merci de remplir le formulaire. | Pour la énième fois
Je répète, puisque visiblement ce n'était pas clair : la réunion est annulée. | puisque visiblement ce n'était pas clair
Sauf erreur de ma part, je n'ai toujours rien reçu. | je n'ai toujours rien reçu
Je vous ai déjà relancé à trois reprises. | Je vous ai déjà relancé à trois reprises
Relisez mon mail précédent. | Relisez mon mail précédent
Si vous aviez lu mon message, vous sauriez que c'est annulé. | Si vous aviez lu mon message
J'attends toujours votre réponse. | J'attends toujours votre réponse
Je vous ai pourtant prévenu. | Je vous ai pourtant prévenu
Je l'avais pourtant bien précisé. | Je l'avais pourtant bien précisé
Ce n'est pas faute de vous l'avoir dit. | Ce n'est pas faute de vous l'avoir dit
Je vous remets le lien, au cas où vous l'auriez encore perdu. | au cas où vous l'auriez encore perdu
Comme convenu (mais visiblement oublié), la réunion est à 9 h. | mais visiblement oublié
Je reviens vers vous, encore une fois, au sujet de la facture. | encore une fois
# blame-shifting
Ce ne sera pas de mon fait. | Ce ne sera pas de mon fait
Je décline toute responsabilité. | Je décline toute responsabilité
Ne venez pas vous plaindre ensuite. | Ne venez pas vous plaindre
Ne venez pas me dire que vous n'étiez pas au courant. | Ne venez pas me dire
Ce n'est pas mon problème. | Ce n'est pas mon problème
Je m'en lave les mains. | Je m'en lave les mains
Vous en assumerez seul les conséquences. | Vous en assumerez seul les conséquences
Ce n'est pas moi qui ai validé ce choix. | Ce n'est pas moi qui ai validé
Ne comptez pas sur moi pour réparer vos erreurs. | Ne comptez pas sur moi pour réparer vos erreurs
Débrouillez-vous. | Débrouillez-vous
Démerde-toi avec ton chef. | Démerde-toi
Vous ne pourrez pas dire que je ne vous avais pas prévenu. | Vous ne pourrez pas dire que je ne vous avais pas prévenu
Ce n'est certainement pas à moi d'en payer le prix. | pas à moi d'en payer le prix
Je n'y suis pour rien, c'est votre équipe qui a tout décidé. | Je n'y suis pour rien
Vous ne pourrez vous en prendre qu'à vous-même. | vous en prendre qu'à vous-même
Tant pis pour vous. | Tant pis pour vous
# anger and exasperation
J'en ai marre de courir après vos paiements. | J'en ai marre
J'en ai ras le bol de ces retards. | J'en ai ras le bol
Je suis furieux. | Je suis furieux
Je suis absolument furieuse de ce que j'apprends. | absolument furieuse
Je n’en peux plus de cette situation. | Je n’en peux plus
J'en ai plus qu'assez. | J'en ai plus qu'assez
Ça suffit ! | Ça suffit !
Je suis hors de moi. | Je suis hors de moi
Je suis excédé par votre attitude. | Je suis excédé
Ma patience a des limites. | Ma patience a des limites
Je commence sérieusement à perdre patience. | perdre patience
Vous me rendez fou. | Vous me rendez fou
C'est exaspérant. | C'est exaspérant
Je suis à bout. | Je suis à bout
J'en ai ma claque. | J'en ai ma claque
J'en ai soupé de vos excuses. | J'en ai soupé
Ça me met hors de moi. | Ça me met hors de moi
Je suis scandalisé par ce devis. | Je suis scandalisé
Je suis outrée par votre réponse. | Je suis outrée
C'est la goutte d'eau qui fait déborder le vase. | la goutte d'eau qui fait déborder le vase
Trop, c'est trop. | Trop, c'est trop
J'en ai jusque-là de vos promesses. | J'en ai jusque-là
Je bous de rage. | Je bous de rage
Je suis vraiment énervé. | Je suis vraiment énervé
Ça m'agace au plus haut point. | Ça m'agace au plus haut point
Je suis consterné. | Je suis consterné
Franchement, ça me gonfle. | ça me gonfle
Tu me saoules avec tes relances. | Tu me saoules
J'en ai ras-le-bol. | J'en ai ras-le-bol
Je suis dégoûté. | Je suis dégoûté
# insults and contempt
C'est du travail d'amateur. | du travail d'amateur
Vous êtes une bande d'incompétents. | une bande d'incompétents
Votre proposition est ridicule. | ridicule
C'est une blague ? | C'est une blague
Ce rapport est nul. | nul
C'est du grand n'importe quoi. | du grand n'importe quoi
Votre agence est une vraie catastrophe. | une vraie catastrophe
Ce code est une honte. | une honte
Vous êtes des guignols. | des guignols
Quelle bande de clowns. | bande de clowns
Le résultat est pathétique. | pathétique
C'est lamentable. | lamentable
Votre site est minable. | minable
C'est du foutage de gueule. | du foutage de gueule
Un enfant de cinq ans aurait fait mieux. | Un enfant de cinq ans aurait fait mieux
Votre service est une vaste blague. | une vaste blague
Tu es vraiment bête ou tu le fais exprès ? | Tu es vraiment bête
C'est d'une médiocrité affligeante. | d'une médiocrité affligeante
Votre travail est bâclé. | bâclé
Quel gâchis. | Quel gâchis
Vous êtes nuls. | Vous êtes nuls
Le livrable est absurde. | absurde
C'est honteux. | honteux
Ce devis est grotesque. | grotesque
Votre chef de projet est un incapable. | un incapable
C'est scandaleux. | scandaleux
C'est inadmissible. | inadmissible
C'est inacceptable. | inacceptable
Vous êtes des escrocs. | des escrocs
C'est du vol. | C'est du vol
Quelle bande d'abrutis. | bande d'abrutis
# sarcasm and irony
Merci beaucoup d'avoir enfin daigné répondre. | enfin daigné répondre
Bravo, encore une réussite. | Bravo, encore une réussite
Bravo pour ce magnifique fiasco. | Bravo pour ce magnifique fiasco
Félicitations, vous avez réussi à tout casser. | Félicitations, vous avez réussi à tout casser
Merci pour rien. | Merci pour rien
Quelle surprise, le livrable est encore en retard. | Quelle surprise
Comme c'est étonnant, personne n'a rien vu. | Comme c'est étonnant
Merci de m'avoir prévenu avec seulement deux heures d'avance. | avec seulement deux heures d'avance
C'est gentil de vous souvenir enfin de mon existence. | vous souvenir enfin de mon existence
Ravi de voir que vous avez enfin trouvé mon mail. | enfin trouvé mon mail
Quel talent pour rater une échéance. | Quel talent
Heureusement que vous êtes là pour tout compliquer. | Heureusement que vous êtes là pour tout compliquer
Super, encore un bug. | Super, encore un bug
Génial, encore un report. | Génial, encore un report
Belle performance, trois semaines pour changer une virgule. | Belle performance
Mieux vaut tard que jamais, j'imagine. | Mieux vaut tard que jamais
Je suppose que c'est trop demander de lire le brief. | c'est trop demander
Je vous remercie infiniment pour votre réactivité légendaire. | votre réactivité légendaire
Vous êtes vraiment très doués pour égarer les documents. | très doués pour égarer
Merci d'avoir pris le temps, trois semaines plus tard, de me répondre. | trois semaines plus tard
Quelle efficacité ! | Quelle efficacité !
Vous faites des merveilles, comme toujours. | Vous faites des merveilles, comme toujours
Ah, enfin une réponse. | Ah, enfin une réponse
# threats and ultimatums
Sans réponse de votre part sous 48 heures, je saisirai mon avocat. | je saisirai mon avocat
Je me verrai contraint d'engager des poursuites. | engager des poursuites
Je n'hésiterai pas à porter plainte. | porter plainte
Vous aurez de mes nouvelles par mon avocat. | Vous aurez de mes nouvelles par mon avocat
Je vais laisser un avis sur Google pour prévenir tout le monde. | laisser un avis sur Google pour prévenir tout le monde
Je ferai savoir à tout le réseau comment vous traitez vos prestataires. | Je ferai savoir à tout le réseau
Vous allez le regretter. | Vous allez le regretter
Tu vas le regretter. | Tu vas le regretter
C'est votre dernière chance. | C'est votre dernière chance
Sinon, je retiens le paiement. | je retiens le paiement
Faute de quoi je bloquerai le règlement de vos factures. | je bloquerai le règlement
Je vais publier cet échange sur LinkedIn. | publier cet échange sur LinkedIn
Je saisirai le tribunal de commerce. | Je saisirai le tribunal
Je vous attaquerai en justice. | Je vous attaquerai en justice
Je vais vous faire une sacrée publicité. | une sacrée publicité
Je ne paierai pas un centime. | Je ne paierai pas un centime
Réglez immédiatement ou je transmets le dossier au recouvrement. | ou je transmets le dossier au recouvrement
C'est la dernière fois que je vous le demande. | C'est la dernière fois que je vous le demande
Je vous préviens, ça ne se passera pas comme ça. | ça ne se passera pas comme ça
Vous n'avez pas fini d'entendre parler de moi. | Vous n'avez pas fini d'entendre parler de moi
Je vais me plaindre directement à votre patron. | me plaindre directement à votre patron
Je vous ferai une réputation dans tout le secteur. | Je vous ferai une réputation
Vous avez jusqu'à vendredi, pas un jour de plus. | pas un jour de plus
Dernier avertissement. | Dernier avertissement
Je vais vous mettre une note d'une étoile partout. | une note d'une étoile
Si ce n'est pas réglé demain, je vous traîne devant les tribunaux. | je vous traîne devant les tribunaux
Je vous réclamerai des dommages et intérêts. | Je vous réclamerai des dommages et intérêts
Prenez garde. | Prenez garde
# guilt-tripping
Après tout ce que j'ai fait pour vous, voilà comment vous me remerciez. | Après tout ce que j'ai fait pour vous
J'ai sacrifié mes week-ends pour votre projet. | J'ai sacrifié mes week-ends
J'espère que vous êtes fier de vous. | J'espère que vous êtes fier de vous
J'espérais mieux de votre part. | J'espérais mieux de votre part
Vous m'avez profondément déçu. | Vous m'avez profondément déçu
Je pensais pouvoir compter sur vous. | Je pensais pouvoir compter sur vous
Je n'aurais jamais cru ça de vous. | Je n'aurais jamais cru ça de vous
Vous savez très bien ce que ça me coûte. | Vous savez très bien ce que ça me coûte
Moi qui vous ai toujours défendu auprès de ma direction. | Moi qui vous ai toujours défendu
Tu sais combien je me suis investie pour toi. | Tu sais combien je me suis investie
Je vous ai fait confiance, et voilà le résultat. | et voilà le résultat
Quelle déception. | Quelle déception
Vous devriez avoir honte. | Vous devriez avoir honte
C'est comme ça que vous traitez vos partenaires ? | C'est comme ça que vous traitez
Je vous ai tant donné. | Je vous ai tant donné
Vous m'avez vraiment blessé. | Vous m'avez vraiment blessé
# melodrama
Vous êtes le pire client que j'aie jamais eu. | le pire client que j'aie jamais eu
C'est un cauchemar. | un cauchemar
Ce projet est un enfer. | un enfer
Travailler avec vous est un calvaire. | un calvaire
C'est une catastrophe absolue. | une catastrophe absolue
C'est la pire expérience de toute ma carrière. | la pire expérience de toute ma carrière
Ce chantier a ruiné ma vie. | a ruiné ma vie
Vous avez détruit des mois de travail. | Vous avez détruit des mois de travail
C'est un désastre total. | un désastre total
Jamais de ma vie je n'ai vu ça. | Jamais de ma vie je n'ai vu ça
Cette collaboration a été un véritable supplice. | un véritable supplice
C'est la fin du monde pour notre équipe. | la fin du monde
Je vis un véritable enfer depuis le début de ce contrat. | un véritable enfer
Du jamais vu en vingt ans de métier. | Du jamais vu
Un fiasco historique. | Un fiasco historique
# distress as reproach
Je n'ai pas dormi depuis trois jours à cause de ce dossier. | Je n'ai pas dormi depuis trois jours
J'étais au bord des larmes après votre appel. | au bord des larmes
J'ai pleuré toute la soirée. | J'ai pleuré toute la soirée
Je suis à deux doigts du burn-out à cause de vous. | à deux doigts du burn-out
Vous me rendez malade. | Vous me rendez malade
J'en perds le sommeil. | J'en perds le sommeil
Je suis complètement anéantie. | complètement anéantie
Ma santé en pâtit. | Ma santé en pâtit
Je fais des nuits blanches à cause de vos retards. | Je fais des nuits blanches
Je suis au bout du rouleau. | au bout du rouleau
Je craque. | Je craque
Je suis épuisé et c'est entièrement à cause de vous. | à cause de vous
Vous m'avez gâché mes vacances. | Vous m'avez gâché mes vacances
J'en ai pleuré. | J'en ai pleuré
Je ne dors plus à cause de ce projet. | Je ne dors plus
# idioms of exasperation and contempt
On se fout de ma gueule. | On se fout de ma gueule
C'est le bouquet ! | C'est le bouquet
C'est un comble. | C'est un comble
Vous me prenez pour un imbécile ? | Vous me prenez pour un imbécile
Tu me prends pour une idiote ? | Tu me prends pour une idiote
Vous vous fichez du monde. | Vous vous fichez du monde
C'est se moquer du monde. | se moquer du monde
Ça dépasse les bornes. | Ça dépasse les bornes
Vous avez dépassé les bornes. | dépassé les bornes
C'est le pompon. | C'est le pompon
On marche sur la tête. | On marche sur la tête
Il ne manquait plus que ça. | Il ne manquait plus que ça
Je rêve ! | Je rêve
C'est du n'importe quoi. | du n'importe quoi
Ça frise le ridicule. | Ça frise le ridicule
Vous vous foutez de moi. | Vous vous foutez de moi
Les bras m'en tombent. | Les bras m'en tombent
On nage en plein délire. | On nage en plein délire
C'est hallucinant. | C'est hallucinant
J'hallucine. | J'hallucine
# shouting
Je veux une réponse AUJOURD'HUI. | AUJOURD'HUI
C'est URGENT !!! | URGENT !!!
Vous ne m'avez JAMAIS répondu. | JAMAIS
Pourquoi ?! | Pourquoi ?!
C'est inadmissible !!! | inadmissible !!!
Je répète : NE PAS modifier ce fichier. | NE PAS
Vous étiez censés livrer HIER. | HIER
Où est le fichier ?!? | ?!?
Je vous demande de RÉPONDRE. | RÉPONDRE
Ça fait trois semaines !! | !!
Vous plaisantez ?! | Vous plaisantez ?!
C'était le 12 mars, pas le 12 avril ! Relisez ! | Relisez !
"""

NEUTRAL_TEXT = """
# courtesy with vous and tu
Je vous remercie pour votre retour rapide.
Merci beaucoup pour votre confiance.
J'espère que vous allez bien.
J’espère que tu vas bien et que tes vacances se sont bien passées.
Votre équipe a fait un travail remarquable sur la refonte.
Vous avez été d'une grande aide tout au long du projet.
Ce fut un plaisir de travailler avec vous.
C'est toujours un plaisir d'échanger avec toi.
N'hésitez surtout pas à me contacter si besoin.
N'hésite pas à m'appeler.
Je vous souhaite une excellente journée !
Merci encore pour ton aide !
Bravo à toute l'équipe pour ce lancement réussi !
Félicitations pour votre promotion !
Toutes mes félicitations pour ce beau résultat.
Votre accueil a toujours été chaleureux.
Vous avez toujours été disponible et à l'écoute.
Tu as toujours été de bon conseil.
Vous ne m'avez jamais déçu.
Je n'ai jamais regretté de vous avoir choisis.
Merci d'avoir pris le temps de relire le document.
Je vous remercie d'avoir patienté.
Merci pour votre patience pendant cette période chargée.
Votre proposition est intéressante, je vais l'étudier.
Je vous prie d'agréer mes salutations distinguées.
Bien cordialement,
Belle journée à toi !
Au plaisir de collaborer à nouveau.
Ma porte reste ouverte.
Je reste à votre disposition pour toute question.
Votre dévouement a été précieux.
J'ai beaucoup apprécié votre rigueur.
Vous avez fait preuve d'une grande patience.
Grâce à votre aide, nous avons tenu les délais.
Grâce à vous, le lancement a été un succès.
C'est grâce à ton équipe que la démo a réussi.
Votre réactivité nous a été précieuse.
Je vous souhaite plein de succès pour la suite.
Bonne continuation à toi et à ton équipe !
Merci à vous !
Vous pouvez toujours compter sur moi.
Vous êtes toujours les bienvenus dans nos locaux.
Tu es toujours le bienvenu.
Je vous ai toujours trouvé très professionnel.
Nous avons toujours apprécié la qualité de vos livrables.
À chaque fois que j'ai eu besoin de vous, vous avez répondu présent.
Chaque fois que vous aurez besoin d'aide, je serai disponible.
Merci une fois de plus pour votre aide.
Encore une fois, merci pour tout.
Comme toujours, ce fut un plaisir.
Je ne manquerai jamais une occasion de vous recommander.
Il ne faut jamais hésiter à poser des questions.
Je n'ai jamais eu l'occasion de vous remercier.
Sérieux et rigoureux, votre consultant a été apprécié de tous.
Vous êtes sérieux et fiables, je vous recommanderai.
Je serai ravi de laisser un avis positif sur votre page Google.
# I-statements about the writer's needs and limits
J'ai besoin d'un délai de 48 heures pour tout changement de planning.
Je ne suis plus en mesure d'assurer ce volume de travail.
Je n'ai pas pu obtenir les réponses à temps, et cela ne me convient pas.
J'ai besoin de recevoir les éléments au plus tard le 15.
Je préfère que nous fixions les priorités par écrit.
Je ne peux pas travailler dans ces conditions de délai.
Cette organisation ne me permet plus de faire du bon travail.
J'ai décidé de mettre fin à notre collaboration au 30 juin.
Je ne souhaite pas poursuivre au-delà de la fin du contrat.
Pour moi, ce rythme n'est plus tenable.
Je me rends compte que nos attentes ne sont plus alignées.
J'ai trouvé cette période difficile, et je préfère être transparent.
Je dois limiter mes disponibilités à deux jours par semaine.
Je ne pourrai pas accepter de modifications après le 10 mai.
J'ai besoin d'un interlocuteur unique pour avancer.
Je suis fatiguée ces temps-ci, je décale donc notre point à jeudi.
Je suis déçu de ne pas pouvoir continuer, mais c'est la bonne décision.
Il m'est difficile de continuer sans visibilité sur le budget.
Je ne peux plus garantir les délais avec les moyens actuels.
Je vous demande de m'envoyer les accès d'ici vendredi.
Je prends l'entière responsabilité de ce retard.
C'est ma faute, je me suis trompé de date.
J'ai fait une erreur dans le devis, voici la version corrigée.
Je suis responsable du suivi de ce dossier.
Je dois être franc : ce planning ne fonctionne pas pour moi.
Je ne suis pas d'accord avec cette estimation.
Je pense que nous faisons fausse route sur ce point.
Je comprends votre frustration et je m'en excuse.
Je comprends que la situation soit frustrante.
J'ai beaucoup aimé travailler sur ce projet, même s'il a été exigeant.
# neutral facts: delays, unpaid invoices, problems
La facture de mars reste impayée à ce jour.
Le paiement de la facture n° 2024-031 est en attente.
Trois réunions ont été reportées ce mois-ci.
La livraison a pris deux semaines de retard.
Le projet a rencontré des difficultés techniques.
Nous avons identifié un problème sur le serveur de production.
Il y a un souci avec la dernière version du fichier.
Le retard est dû à une panne chez notre hébergeur.
Le chantier est en retard de trois jours à cause de la pluie.
La facture est échue depuis le 15 avril.
Le montant restant dû est de 1 200 euros.
Le devis n'inclut pas les frais de déplacement.
Le rapport contient deux erreurs de calcul, que j'ai corrigées.
Les maquettes n'ont pas encore été validées.
Je n'ai pas encore reçu le bon de commande.
Je n'ai pas reçu de réponse à mon message du 4 mai.
Le client a changé le périmètre à deux reprises.
Les tests ont échoué sur l'environnement de recette.
Le serveur a planté hier soir vers 22 h.
La mise en production est reportée à lundi.
C'est un problème connu, un correctif est en cours.
La situation est difficile pour tout le monde.
Le budget initial a été dépassé de 15 %.
Les délais étaient serrés.
La migration a été plus longue que prévu.
Le fichier joint remplace la version précédente.
Nous n'avons jamais eu de panne de cette ampleur.
Cette erreur n'est jamais apparue en test.
Le paiement est toujours en attente de validation par votre service comptable.
Votre facture du mois dernier n'a pas encore été réglée.
Votre commande a été expédiée ce matin.
Votre dossier est incomplet : il manque l'attestation d'assurance.
Votre accès expire le 31 décembre.
Vous trouverez ci-joint le compte rendu.
Vous avez reçu une copie du contrat la semaine dernière.
Vous avez validé le devis le 2 février.
Vous m'avez demandé un chiffrage, le voici.
Tu m'as envoyé la version 2, mais j'ai besoin de la version 3.
Comme convenu lors de notre appel, je vous envoie le planning.
Comme indiqué dans le contrat, le préavis est d'un mois.
Comme prévu, la réunion aura lieu jeudi.
Je vous relance au sujet de la facture n° 118.
Petit rappel : la réunion est demain à 10 h.
Pour rappel, le dossier doit être déposé avant le 30.
Je me permets de revenir vers vous concernant le devis.
Sauf erreur de ma part, la facture n'a pas encore été réglée.
Comme d'habitude, la réunion mensuelle aura lieu le premier lundi.
Nous avons évité une catastrophe grâce à votre vigilance.
Le plan de reprise après sinistre a été testé.
Ce n'est pas un problème, je comprends tout à fait.
Aucun souci, on décale.
Pas de souci pour vendredi.
Je suis désolé pour le retard de ma réponse.
Veuillez excuser mon retard.
C'était une période difficile pour nous aussi.
La tâche est délicate mais faisable.
Je vous remercie de votre compréhension.
Il a fait un temps épouvantable pendant le séminaire.
Le solde est nul à ce jour.
Le risque est quasi nul.
En cas de faute grave, le contrat peut être résilié.
La responsabilité de chaque partie est définie à l'article 7.
Notre service juridique a validé le contrat.
Je vais en parler à ma direction et je reviens vers vous.
Je transmets votre demande à mon responsable.
Je vais publier l'offre sur LinkedIn demain.
Nous allons porter ce sujet au comité de pilotage.
Le paiement sera effectué dès réception de la facture.
Ce serait dommage de perdre le bénéfice du travail déjà fait.
# calm firm requests and questions
Merci de me faire parvenir le règlement avant le 30 avril.
Je vous demande de respecter le calendrier convenu.
Pourriez-vous me confirmer la date de livraison ?
Peux-tu me renvoyer le fichier corrigé ?
Pourquoi ne pas prévoir un point la semaine prochaine ?
Pourquoi pas jeudi ?
Est-ce que vous pourriez valider le devis d'ici lundi ?
Pouvez-vous m'indiquer où en est le dossier ?
Avez-vous bien reçu mon dernier message ?
Auriez-vous un moment pour en discuter ?
Combien de temps faut-il prévoir pour la migration ?
Combien de fois par mois souhaitez-vous un point ?
Qu'est-ce qui vous conviendrait le mieux ?
Comment pouvons-nous éviter que cela se reproduise ?
Il faudrait prévoir une réunion de cadrage.
Il serait utile de fixer une date butoir.
Vous devriez recevoir le colis demain.
Vous devriez avoir reçu le lien par mail.
Tu devrais pouvoir te connecter dès maintenant.
Le paiement doit intervenir sous 30 jours, conformément aux conditions générales.
Je vous propose de faire un point mardi.
Merci de respecter le format demandé pour les prochains envois.
Je souhaite que les prochaines livraisons soient accompagnées d'un bon de livraison.
Je vous serais reconnaissant de bien vouloir régler cette facture.
Je compte sur vous pour la livraison de vendredi.
Nous devons absolument tenir la date du 12.
Il est important que le contrat soit signé avant la fin du mois.
Je vous informe que je serai absent du 3 au 10 août.
Le projet ne peut pas avancer sans les accès.
Je reviens vers vous dès que j'ai du nouveau.
Je ferai le nécessaire pour que la transition se passe bien.
Je vous transmettrai tous les fichiers sources.
Je peux vous recommander une collègue pour la suite.
On se voit la semaine prochaine pour faire le point.
# acronyms and capitals
Le fichier PDF est disponible sur le SharePoint.
Merci de remplir le formulaire RGPD.
La TVA est de 20 %.
Le KPI principal est le taux de conversion.
La réunion avec la DSI est fixée à 14 h.
Le SAV vous recontactera sous 48 h.
Voici le lien vers le CRM.
L'API REST renvoie une erreur 500.
Le contrat CDD se termine en juin.
Nous attendons le retour de l'URSSAF.
Le PV de recette est signé.
Merci de m'envoyer votre RIB et votre numéro SIRET.
Le rendez-vous avec la SNCF est confirmé.
Le document est en PJ.
Le projet ALPHA démarre lundi.
L'OS de la machine a été mis à jour.
La CNIL a publié de nouvelles recommandations.
J'ai mis en copie le DAF et le DRH.
Le NDA est en pièce jointe.
# a warm single "!"
Merci pour tout !
Bonne année à toute l'équipe !
Quelle belle nouvelle !
Bravo pour ce lancement !
À très bientôt !
Excellente nouvelle, merci !
Super, merci beaucoup !
Génial, le client a signé !
Bonnes vacances !
Ravi de te revoir bientôt !
Merci infiniment pour votre aide précieuse !
C'était un vrai plaisir, merci encore !
Je suis ravie de vous annoncer que le projet est validé.
Je suis très contente du résultat.
Ce projet m'a beaucoup appris.
Sérieusement, merci pour ton aide.
"""
