"""Sixth probe set: imputed intent, rhetorical questions about the reader's abilities, abuse and
exaggeration idioms, norms thrown at the reader, and neutral traps sharing their words.
Committed before being measured."""

FLAGGED_TEXT = """
Vous le faites exprès ou quoi ? | Vous le faites exprès
Tu fais exprès de ne pas comprendre ? | Tu fais exprès
Vous cherchez à m'arnaquer ? | Vous cherchez à m'arnaquer
Vous essayez de m'avoir avec ces frais cachés. | Vous essayez de m'avoir
Vous profitez de ma gentillesse depuis des mois. | Vous profitez de ma gentillesse
Là, vous abusez. | vous abusez
Franchement, c'est abusé. | c'est abusé
Tu pousses un peu, là. | Tu pousses un peu
Vous poussez le bouchon un peu loin. | Vous poussez le bouchon
Ça ne se fait pas de prévenir la veille. | Ça ne se fait pas
On ne traite pas les gens comme ça. | On ne traite pas les gens comme ça
On ne parle pas aux gens sur ce ton. | On ne parle pas aux gens sur ce ton
Je ne suis pas né de la dernière pluie. | Je ne suis pas né de la dernière pluie
Je ne suis pas un numéro. | Je ne suis pas un numéro
Vous êtes sourds ou quoi ? | Vous êtes sourds
Vous savez lire ? | Vous savez lire ?
Qu'est-ce que vous ne comprenez pas dans « avant vendredi » ? | Qu'est-ce que vous ne comprenez pas
Qu'est-ce qui ne va pas chez vous ? | Qu'est-ce qui ne va pas chez vous
Où est le problème, au juste ? | , au juste ?
Non mais sérieusement ? | Non mais sérieusement
Je vais finir par péter un câble. | péter un câble
Je suis écœurée par ce manque de respect. | Je suis écœurée
C'est inouï. | C'est inouï
C'est proprement hallucinant. | proprement hallucinant
Il y a des limites à tout. | Il y a des limites à tout
Ça frôle le harcèlement. | Ça frôle le harcèlement
Vous n'en avez rien à faire de vos clients. | Vous n'en avez rien à faire
Tu t'en fiches complètement. | Tu t'en fiches complètement
Votre boîte se fout de ses fournisseurs. | se fout de ses fournisseurs
Vous me faites tourner en rond depuis un mois. | Vous me faites tourner en rond
Tu me racontes des salades. | Tu me racontes des salades
Vous me baladez depuis trois semaines. | Vous me baladez
On me balade de service en service. | On me balade
Vous jouez avec mes nerfs. | Vous jouez avec mes nerfs
C'est la cerise sur le gâteau. | la cerise sur le gâteau
Vous avez un sacré culot. | un sacré culot
Quel toupet ! | Quel toupet
Je ne me laisserai pas marcher sur les pieds. | marcher sur les pieds
Vous m'avez mis dans un pétrin pas possible. | Vous m'avez mis dans un pétrin
C'est tout bonnement scandaleux. | tout bonnement scandaleux
"""

NEUTRAL_TEXT = """
Je l'ai fait exprès en bleu pour rappeler votre logo.
Vous cherchez à agrandir la terrasse, c'est bien cela ?
Vous essayez de joindre le standard ? Voici le bon numéro.
Profitez bien de vos vacances !
Ça ne se fait pas encore en France, mais c'est courant en Suisse.
On ne traite pas les dossiers le week-end, mais lundi à la première heure.
Je ne suis pas disponible de la dernière semaine de juillet au 15 août.
Le numéro de suivi est dans le mail précédent.
Savez-vous s'il faut un badge pour entrer ?
Qu'est-ce que vous préférez, le lundi ou le mardi ?
Où est le parking le plus proche ?
Sérieusement, merci pour ton aide sur ce dossier.
Il y a des limites de charge sur le monte-charge, je vous envoie le détail.
Je m'en fiche, du moment que ça te convient !
La cerise, c'est pour le dessert de samedi.
Ton culot m'a fait rire pendant la présentation, bravo !
Je ne veux pas vous marcher sur les pieds, mais puis-je proposer une idée ?
C'est tout bonnement magnifique, merci.
Nous avons tourné en rond sur la mise en page, je propose une autre piste.
Je vous fais tourner le fichier à l'équipe.
"""
