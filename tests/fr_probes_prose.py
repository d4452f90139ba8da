"""Third probe set: longer sentences as they sit inside real emails (several registers: France,
Quebec, Belgium, Switzerland; tu and vous), the tone phrase embedded mid-sentence, and neutral
business prose about delays, money, endings and schedules. Written before being measured."""

FLAGGED_TEXT = """
Bonjour Marc, je reviens vers toi parce que, encore une fois, les clés n'étaient pas sous le paillasson comme convenu. | encore une fois
Je constate que vous n'avez toujours pas réglé la facture de février, malgré mes trois relances. | vous n'avez toujours pas réglé
Franchement, je ne comprends pas comment une entreprise de votre taille peut laisser traîner un dossier pareil. | je ne comprends pas comment une entreprise de votre taille peut
Votre technicien est reparti sans rien dire et sans terminer le raccordement, ce qui est tout simplement inacceptable. | tout simplement inacceptable
Je vous signale au passage que ce n'est pas à moi de faire le travail de votre comptable. | pas à moi de faire le travail
Je trouve assez culotté de me demander une remise après trois mois de retard de paiement. | assez culotté
Tu aurais pu avoir la décence de me prévenir que tu ne viendrais pas. | Tu aurais pu avoir la décence
Sans nouvelles de votre part d'ici vendredi, je transmettrai le dossier à mon avocat. | je transmettrai le dossier à mon avocat
C'est la troisième fois ce mois-ci que ton équipe me fait faux bond. | ton équipe me fait faux bond
Je suis tannée de courir après mon argent, c'est rendu ridicule. | Je suis tannée
Ça n'a aucun bon sens de recevoir le matériel la veille du spectacle. | Ça n'a aucun bon sens
Bref, vous avez encore une fois tout compliqué pour rien. | vous avez encore une fois tout compliqué
Merci infiniment d'avoir pensé à me prévenir, une heure avant la livraison. | une heure avant
Vous me direz si c'est trop demander d'avoir une réponse avant lundi. | si c'est trop demander
Je ne vais pas vous faire un dessin : le contrat prévoit une livraison le 15. | Je ne vais pas vous faire un dessin
Votre manque de suivi nous a fait perdre une journée entière de tournage. | Votre manque de suivi
J'ai passé mon dimanche à rattraper vos erreurs, ce qui commence à bien faire. | rattraper vos erreurs
Il est hors de question que je paie pour une prestation bâclée. | une prestation bâclée
On dirait que vous vous fichez complètement de vos clients. | vous vous fichez complètement de vos clients
Votre silence radio depuis deux semaines en dit long. | Votre silence radio
Est-ce que quelqu'un chez vous lit les courriels ? | Est-ce que quelqu'un chez vous lit les courriels
Je me demande vraiment à quoi je vous paie. | à quoi je vous paie
Pour être honnête, travailler avec vous a été un enfer du début à la fin. | un enfer
C'est n'importe quoi, cette histoire de frais cachés. | C'est n'importe quoi
Je n'accepterai pas qu'on me prenne pour une vache à lait. | qu'on me prenne pour une vache à lait
Vous m'avez menée en bateau pendant trois mois. | Vous m'avez menée en bateau
Tu te rends compte que tu me fais perdre des clients ? | tu me fais perdre des clients
Je vous laisse imaginer ma tête quand j'ai découvert le chantier. | Je vous laisse imaginer ma tête
Quelle idée de livrer un samedi sans prévenir personne ! | Quelle idée
Au lieu de vous excuser, vous rejetez la faute sur le transporteur. | vous rejetez la faute
Je ne suis pas votre bonne. | Je ne suis pas votre bonne
Merci de cesser de m'appeler à 22 h pour des broutilles. | cesser de m'appeler à 22 h pour des broutilles
C'est quand même incroyable qu'il faille tout vous expliquer deux fois. | qu'il faille tout vous expliquer deux fois
Vos excuses bidon ne m'intéressent plus. | Vos excuses bidon
Ce n'est pas sérieux de votre part. | Ce n'est pas sérieux de votre part
Vous ne respectez rien, ni les horaires ni les gens. | Vous ne respectez rien
J'attends de vos nouvelles depuis trois semaines, ce qui est proprement scandaleux. | proprement scandaleux
Entre nous, vous êtes le pire fournisseur avec qui j'ai travaillé. | le pire fournisseur
Ça fait dur, votre affaire. | Ça fait dur
C'est une honte de traiter ses sous-traitants de cette manière. | C'est une honte
"""

NEUTRAL_TEXT = """
Bonjour Marc, je reviens vers toi au sujet des clés : pourrais-tu les laisser chez la voisine jeudi ?
Je constate que la facture de février n'a pas encore été réglée ; pourriez-vous me confirmer la date de virement ?
Je vous écris pour vous informer que je mets fin à notre collaboration à compter du 31 mai.
Après mûre réflexion, j'ai décidé de ne pas renouveler le contrat d'entretien pour la saison prochaine.
Je vous transmettrai l'ensemble des fichiers sources et des accès avant mon départ.
Je reste disponible jusqu'à la fin du mois pour assurer une transition en douceur.
Ma porte reste ouverte si vous souhaitez retravailler ensemble un jour.
Le technicien repassera mardi pour terminer le raccordement, comme convenu avec votre secrétaire.
Suite à notre appel, je vous confirme que le chantier reprendra le 4 avril.
La livraison prévue vendredi est décalée à lundi en raison d'une rupture de stock chez le fournisseur.
Le montant total s'élève à 2 340 euros TTC, payable à 30 jours.
Je vous rappelle que la réunion de lancement aura lieu le 12 à 9 h dans nos bureaux.
Petit rappel amical : il me manque encore ton attestation pour boucler le dossier.
Je me permets de vous relancer concernant le devis envoyé le 2 mars.
Je n'ai malheureusement plus la disponibilité nécessaire pour suivre votre compte.
Ce rythme de travail n'est plus compatible avec mes autres engagements, c'est pourquoi je préfère arrêter.
Je vous remercie sincèrement pour ces trois belles années de collaboration.
Vous avez toujours été des clients fidèles et agréables, et je vous en suis reconnaissant.
Je pourrai vous recommander un confrère de confiance pour la suite.
Je comprends que ce changement puisse vous compliquer la tâche, et j'en suis désolée.
Les frais de déplacement seront facturés séparément, comme indiqué dans le devis.
Pour toute question, n'hésitez surtout pas à m'appeler au 06 12 34 56 78.
La salle sera libre à partir de 18 h ; les traiteurs pourront s'installer à ce moment-là.
Nous avons constaté une fuite sous l'évier, que nous avons réparée le jour même.
Le problème venait d'un disjoncteur défectueux, désormais remplacé.
J'ai bien reçu ton message et je m'occupe de la commande dès demain.
Comme chaque année, nous fermerons l'atelier du 1er au 15 août.
Il y a eu un malentendu sur la date, je prends ma part de responsabilité.
Je suis tombée malade la semaine dernière, d'où mon retard de réponse.
Je vous présente toutes mes excuses pour cet oubli de ma part.
Je ne serai plus en mesure d'intervenir le samedi à partir de septembre.
La facture n° 2024-118 reste impayée ; vous trouverez le RIB en pièce jointe.
Si le paiement n'est pas reçu d'ici le 30, des pénalités de retard s'appliqueront selon nos conditions générales.
Je tiens à préciser que les photos restent ma propriété, conformément au contrat.
Pourriez-vous me dire quand je peux passer récupérer le matériel ?
Ça me ferait plaisir de te revoir au prochain salon !
Je pars à la retraite en juin et je confie mes clients à ma collègue Julie.
Vous n'aurez rien à faire : je m'occupe de tout transférer.
Je ne pourrai jamais assez vous remercier pour votre confiance.
Je n'oublierai jamais nos fous rires pendant les tournages.
"""
