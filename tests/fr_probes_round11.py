"""Eleventh probe set: the reader's own acts stated plainly (« vous avez annulé », « vos enfants ont
oublié », « vous étiez absent »), the widest door of accusatory.blame. Written in round 5 before the
packs were run on them. First run: 11 of the 48 neutral ones flagged; the 7 that play the fact down
in the same sentence (« pas de souci », « ce n'est pas grave », « je les garde », « ça arrive ») or
state a gratuity were fixed by family; 4 are left, bare facts that read as blame without context
(« vous avez manqué la réunion, voici le compte rendu », « vous étiez injoignable hier »), hence a
clean floor of 0.90. The angry twins keep the same verbs."""

FLAGGED_TEXT = """
Vous avez annulé la séance sans prévenir, c'est la troisième fois. | Vous avez annulé la séance sans prévenir
Vous avez perdu mes fichiers, je recommence tout. | Vous avez perdu
Tu as oublié de payer, ce n'est pas normal. | Tu as oublié
Votre équipe a cassé la vitrine, voici la facture de réparation. | Votre équipe a cassé
Vous avez encore oublié la clé. | Vous avez encore oublié
"""

NEUTRAL_TEXT = """
Vous avez annulé la séance de jeudi, pas de souci, je vous propose mardi.
Vous m'avez demandé un devis pour la cuisine, le voici.
Tu m'as envoyé les photos, merci, elles sont parfaites.
Vous avez changé d'avis sur la couleur ? Aucun problème, je m'adapte.
Vous avez décalé la réunion, c'est noté.
Tu as oublié ton parapluie chez moi.
Vous avez bien fait de me prévenir.
Vous avez raté le début de l'atelier, je vous envoie les notes.
Vous avez perdu votre mot de passe ? Je vous en envoie un nouveau.
Vous avez manqué la réunion, voici le compte rendu.
Votre fille a perdu une dent pendant le cours, elle était très fière.
Votre chien a cassé un pot de fleurs, ce n'est rien du tout.
Ton fils a renversé du jus sur le tapis, mais c'est déjà nettoyé.
Vos invités ont laissé un mot adorable dans le livre d'or.
Vos enfants ont oublié leurs dessins, je les garde.
Vous ne m'avez pas encore envoyé l'adresse de livraison, pouvez-vous me la transmettre ?
Tu ne m'as pas dit si tu préférais le lundi ou le mardi.
Vous n'avez pas à vous excuser, tout va bien.
Vous ne payez rien pour la première séance.
Vous ne me devez rien, c'était un plaisir.
Tu ne me dois rien pour le dépannage.
Vous ne pouviez pas savoir, c'était impossible à prévoir.
Vous n'y êtes pour rien.
Vous êtes en retard sur le planning, mais c'est normal avec la météo.
Vous êtes arrivés juste à temps pour l'apéritif !
Vous êtes la première cliente à me faire ce compliment.
Tu es la personne la plus organisée que je connaisse.
Vous êtes très exigeant, et c'est une qualité.
Vous étiez absent lors de mon passage, j'ai laissé un avis.
Vous étiez injoignable hier, je suppose que vous étiez en congé.
Vous avez dû recevoir un courriel de confirmation.
Vous auriez dû recevoir le colis hier ; je vérifie avec le transporteur.
Tu aurais pu me le dire plus tôt, ça m'aurait fait plaisir de venir !
Vous pourriez me rappeler demain ?
Il faudrait que vous signiez la page 2.
Il faut que tu me donnes ta taille pour le costume.
Vous devez apporter une pièce d'identité le jour de la signature.
Pensez à apporter vos chaussures de sécurité.
N'oubliez pas vos gants, il fait froid sur le chantier.
Ne vous inquiétez pas pour le retard.
Votre dossier est incomplet : il manque l'attestation d'assurance.
Votre virement n'est pas encore arrivé, c'est peut-être le délai bancaire.
Votre message m'a beaucoup touchée.
Votre réponse m'a rassurée.
Ta remarque était juste, j'ai corrigé le texte.
Ta question est très pertinente.
Tes remarques m'ont fait progresser.
Vos critiques m'ont été utiles.
"""
