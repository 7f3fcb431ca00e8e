"""The ``--help`` of every command, option and argument, in French (and the help of the
arguments in English too: Click 8.5 drops the help Typer gives an argument).

Keys: a command's path (``"show"``, ``"profile add"``; ``""`` is ``careers`` itself);
an option by its parameter name, or ``"path:name"`` where one command words it apart.
A test checks that every command, option and argument has its French here.
"""

COMMANDS: dict[str, str] = {
    "": "Explorer les métiers de l'intelligence artificielle : métiers, compétences, "
    "salaires avec leurs sources, et ce qu'il vous reste à apprendre. Hors ligne, en "
    "français et en anglais.",
    "list": "Lister les métiers, avec filtres et tri.\n\nChaque métier avec sa famille, ses "
    "compétences essentielles, ses outils phares et son salaire (médiane américaine et "
    "chiffre français, chacun avec sa source).\n\n"
    "Exemple : careers list --skill pytorch --min-salary 150000 --sort salary",
    "show": "Tout sur un métier.\n\nRésumé, missions, compétences essentielles et "
    "facultatives avec leur niveau, outils, applications, formation, chaque salaire avec sa "
    "source et sa base, codes et métiers voisins.\n\n"
    'Exemple : careers show "ingénieur ml" --section pay',
    "rank": "Classer les métiers par salaire, demande ou compétences.\n\nLes mieux payés "
    "d'abord, chaque fourchette dessinée sur une même échelle ; les métiers sans chiffre en "
    "dernier.\n\nExemple : careers rank --region FR --measure high --top 10",
    "compare": "Comparer des métiers côte à côte.\n\nCompétences communes et propres avec "
    "leur niveau, outils, formation, salaire, et un score de recouvrement.\n\n"
    "Exemple : careers compare data-scientist machine-learning-engineer",
    "skills": "Lister les compétences.\n\nChaque compétence avec sa catégorie, ses autres "
    "noms et le nombre de métiers qui la demandent.\n\n"
    "Exemple : careers skills --category ai-methods",
    "skill": "Une compétence et les métiers qui la demandent.\n\nMétiers qui la demandent "
    "(importance, niveau, salaire), compétences voisines, prérequis et ce qu'elle vaut.\n\n"
    "Exemple : careers skill sklearn",
    "tools": "Lister les outils et frameworks, les plus cités d'abord.\n\n"
    "Exemple : careers tools --format csv",
    "applications": "Lister les domaines d'application.\n\n"
    "Exemple : careers applications --lang fr",
    "application": "Un domaine d'application et ses métiers.\n\n"
    'Exemple : careers application "diagnostic médical"',
    "search": "Chercher parmi les métiers, compétences et applications.\n\nNoms, autres noms, "
    "résumés, missions, compétences et applications, en français et en anglais ; casse et "
    "accents sans importance.\n\nExemple : careers search vision par ordinateur",
    "sources": "Lister les sources des chiffres et des codes.\n\n"
    "Exemple : careers sources --format json",
    "validate": "Vérifier un fichier de catalogue.\n\nChaque problème avec sa ligne, puis un "
    "bilan et les avertissements ; code de sortie 1 en cas d'erreur.\n\n"
    "Exemple : careers validate mes-metiers.yaml",
    "schema": "Afficher le schéma JSON du catalogue, décrit dans la langue choisie.\n\n"
    "Exemple : careers schema > roles.schema.json",
    "catalogues": "Lister les catalogues installés : version, effectifs, licence et "
    "attribution.\n\nExemple : careers catalogues",
    "match": "Noter chaque métier selon vos compétences, le meilleur d'abord.\n\nScores de "
    "0 à 100 (formule dans le README) ; --explain MÉTIER détaille le calcul. Sans --skills, "
    "--profile ni --from-text, votre profil enregistré sert.\n\n"
    'Exemple : careers match --skills "python:4, sql:3, statistiques" --top 5',
    "gap": "Votre écart de compétences pour un métier, et un plan d'apprentissage.\n\nCe que "
    "vous avez au niveau demandé, en dessous, seulement par une compétence voisine, et ce "
    "qui manque ; puis les compétences à apprendre, prérequis d'abord, avec le score que "
    "chaque étape apporte.\n\n"
    'Exemple : careers gap data-scientist --skills "python:3, sql" --export plan.md',
    "next": "Proposer les prochaines compétences à apprendre.\n\nLes une à cinq compétences "
    "qui relèveraient le plus vos meilleurs scores, amèneraient le plus de métiers au-dessus "
    "d'un seuil, ou vous rapprocheraient des métiers les mieux payés.\n\n"
    "Exemple : careers next --goal roles --threshold 60",
    "similar": "Les métiers les plus proches d'un métier, et ce qui diffère.\n\nClassés par "
    "recouvrement pondéré des compétences : les passages d'un métier connu à ses voisins.\n\n"
    "Exemple : careers similar data-analyst --top 3",
    "path": "Trouver une suite de métiers voisins d'un métier à un autre.\n\nLe moins "
    "d'étapes possible (au plus --max-moves), chacune vers un métier qui recouvre le "
    "précédent (ou lui est déclaré voisin), avec les compétences à ajouter à chaque étape.\n\n"
    "Exemple : careers path data-analyst machine-learning-engineer",
    "profile": "Vos compétences enregistrées : show, add, remove, set, clear, export, "
    "import, from-text, from-occupation.\n\nExemple : careers profile add python:4 sql",
    "profile show": "Afficher votre profil enregistré.\n\n"
    "Exemple : careers profile show --format json",
    "profile add": "Ajouter des compétences à votre profil (ou changer leur niveau).\n\n"
    'Exemple : careers profile add python:4 "apprentissage automatique:2" sql',
    "profile remove": "Retirer des compétences de votre profil.\n\nUne compétence se "
    "retire par n'importe lequel de ses noms ; un nom que le catalogue ne connaît pas, gardé "
    "dans le fichier (profile show les liste), par ce nom tel qu'il y est écrit.\n\n"
    "Exemple : careers profile remove tableau",
    "profile set": "Remplacer vos compétences, ou fixer votre pays et vos métiers visés.\n\n"
    'Exemple : careers profile set "python:4, sql:3" --region FR --target data-scientist',
    "profile clear": "Retirer toutes les compétences de votre profil (après confirmation).\n\n"
    "Les noms que le catalogue ne connaît pas partent aussi ; commentaires, autres clés, "
    "métiers visés et pays restent.\n\n"
    "Exemple : careers profile clear --yes",
    "profile export": "Écrire votre profil en YAML, pour le partager ou le garder.\n\n"
    "Exemple : careers profile export mes-competences.yaml",
    "profile import": "Remplacer votre profil par un fichier de profil (ou l'y fusionner).\n\n"
    "Exemple : careers profile import mes-competences.yaml --merge",
    "profile from-text": "Trouver les compétences du catalogue dans un CV ou une offre, et "
    "les ajouter.\n\nMontre chaque compétence trouvée avec les mots qui la nomment ; les "
    "ajoute après confirmation (ou tout de suite avec --yes). Les compétences déjà dans votre "
    "profil gardent leur niveau le plus haut.\n\n"
    "Exemple : careers profile from-text cv.md --yes",
    "profile from-occupation": "Remplir votre profil avec les compétences essentielles "
    "d'un métier (ESCO, O*NET).\n\nLit le métier dans une nomenclature importée (--catalog "
    "esco ou onet), relie ses compétences essentielles à celles du catalogue fourni (URI "
    "ESCO, noms de technologies O*NET, libellés), montre ce qui est relié et ce qui ne l'est "
    "pas, et les ajoute après confirmation.\n\n"
    "Exemple : careers profile from-occupation comptable --catalog esco",
    "import": "Importer une nomenclature publique des métiers (ESCO, O*NET) comme catalogue "
    "installé.\n\nExemple : careers import onet ~/Downloads/db_29_2_text",
    "import esco": "Importer les métiers, compétences et liens d'ESCO.\n\n"
    "Exemple : careers import esco ~/Downloads/esco --fr-labels ~/Downloads/esco-fr",
    "import onet": "Importer les métiers, notes, tâches, outils et (si fournis) salaires "
    "d'O*NET.\n\n"
    "Exemple : careers import onet ~/Downloads/db_29_2_text --wages oews_national.csv",
}

# The examples that end ``careers --help`` (the English ones are in cli/__init__.py).
EPILOGS: dict[str, str] = {
    "": "Exemples :\n\n\b\n"
    "  careers list --sort salary --region FR\n"
    '  careers show "ingénieur ml" --section pay\n'
    "  careers rank --region FR --top 10\n"
    '  careers match --skills "python:4, sql:3, statistiques" --top 5\n'
    "  careers gap data-scientist --export plan.html",
}

# The words of the placeholders in usage lines and help ("[OPTIONS] COMMAND [ARGS]...",
# "--export FILE", "SKILL[:LEVEL]..."), English -> French; a word not here stays as it is.
PLACEHOLDERS: dict[str, str] = {
    "OPTIONS": "OPTIONS",
    "COMMAND": "COMMANDE",
    "ARGS": "ARGUMENTS",
    "ROLE": "MÉTIER",
    "SKILL": "COMPÉTENCE",
    "LEVEL": "NIVEAU",
    "FILE": "FICHIER",
    "PATH": "CHEMIN",
    "NAME": "NOM",
    "TEXT": "TEXTE",
    "AMOUNT": "MONTANT",
    "BYTES": "OCTETS",
    "FAMILY": "FAMILLE",
    "TOOL": "OUTIL",
    "APP": "APPLI",
    "APPLICATION": "APPLICATION",
    "LIST": "LISTE",
    "DIR": "DOSSIER",
    "FROM": "DÉPART",
    "TO": "ARRIVÉE",
    "CODE": "CODE",
    "ID": "ID",
    "SCORE": "SCORE",
    "OCCUPATION": "PROFESSION",
}


# A heading of the help ("Options", "Commands", already in French through gettext) with
# the space French puts before a colon; in English Click writes "Options:" itself.
HEADING = "{heading} :"


def placeholder(text: str) -> str:
    """A usage placeholder in French, word by word: ``SKILL[:LEVEL]...`` becomes
    ``COMPÉTENCE[:NIVEAU]...``."""
    import re

    return re.sub(r"[A-Z]+", lambda m: PLACEHOLDERS.get(m.group(), m.group()), text)


OPTIONS: dict[str, str] = {
    "version": "Afficher la version et quitter.",
    "debug": "Montrer la trace d'une erreur interne.",
    "max_size": "Refuser les catalogues plus gros que cela (64 Mio par défaut).",
    "no_cache": "Relire le catalogue sans le cache (rien n'est écrit).",
    "no_pager": "Afficher les longues sorties directement, sans pager.",
    ":catalog": "Catalogue de la commande : un fichier ou un nom installé (esco, onet).",
    "catalog": "Fichier de catalogue à lire au lieu de celui fourni.",
    "install_completion": "Installer la complétion pour le shell courant.",
    "show_completion": "Afficher la complétion pour le shell courant, à copier ou adapter.",
    "lang": "Langue des libellés : en ou fr (par défaut : selon LC_ALL/LC_MESSAGES/LANG).",
    "fmt": "Format de sortie.",
    "export": "Enregistrer aussi la sortie dans FICHIER (.html, .svg, .md ou .txt).",
    "family": "Seulement cette famille.",
    "skill": "Seulement les métiers qui demandent cette compétence.",
    "tool": "Seulement les métiers qui citent cet outil.",
    "application": "Seulement les métiers de ce domaine d'application.",
    "min_salary": "Seulement les métiers dont le salaire annuel médian dans le pays atteint "
    "MONTANT (150000 ou 150k).",
    "region": "Code pays des salaires : US, FR, GB, DE...",
    "match:region": "Code pays des salaires (par défaut : celui du profil, sinon US).",
    "gap:region": "Code pays des salaires (par défaut : celui du profil, sinon US).",
    "next:region": "Code pays des salaires (par défaut : celui du profil, sinon US).",
    "profile set:region": "Votre pays (US, FR...).",
    "education": "Seulement les métiers dont le diplôme habituel est au plus celui-ci.",
    "sort": "Ordre : catalogue, name (nom), family (famille), salary (médiane dans "
    "--region) ou skills (compétences).",
    "by": "salary (salaire), demand (effectif, là où il est sourcé) ou skills (nombre de "
    "compétences).",
    "measure": "Chiffre de salaire.",
    "source": "Seulement les chiffres de cette source (p. ex. bls-oews-2025, aijobs-index).",
    "top": "Montrer les N premiers métiers.",
    "similar:top": "Combien de voisins.",
    "category": "Seulement cette catégorie.",
    "section": "Seulement cette partie : summary (résumé), skills (compétences), pay "
    "(salaires), codes ou related (métiers voisins) ; à répéter pour plusieurs.",
    "limit": "Montrer au plus N résultats.",
    "skills": 'Vos compétences : "python, pytorch:4, sql:2, statistiques" (identifiants, '
    "noms ou autres noms en français ou en anglais ; niveau 1-5 après deux-points, 3 par "
    "défaut).",
    "profile_file": "Lire vos compétences dans un fichier de profil (YAML).",
    "from_text": "Trouver vos compétences dans un CV ou une offre (texte ou Markdown ; - pour "
    "l'entrée standard), chacune au niveau que donnent ses mots voisins (notions 2, maîtrise 4, "
    "expert 5 ; sinon 3).",
    "strict": "Faire d'un nom de compétence inconnu une erreur au lieu d'un avertissement.",
    "explain": "Détailler la part de chaque compétence dans le score de MÉTIER.",
    "goal": "score (relever vos meilleurs scores), roles (amener le plus de métiers "
    "au-dessus de --threshold) ou pay (scores sur les métiers les mieux payés).",
    "count": "Combien de compétences (1-5).",
    "threshold": "Score qui compte comme une adéquation (0-100).",
    "min_overlap": "Recouvrement minimal pour que deux métiers soient voisins (0-1).",
    "max_moves": "Chercher des suites d'au plus N étapes (1-50).",
    "targets": "Un métier visé (à répéter pour plusieurs).",
    "yes": "Ne pas demander de confirmation.",
    "profile from-text:yes": "Ajouter les compétences trouvées sans demander.",
    "profile from-occupation:yes": "Ajouter les compétences reliées sans demander.",
    "profile from-occupation:catalog": "La nomenclature importée où est le métier : esco, "
    "onet (voir careers catalogues) ou un fichier.",
    "official": "Les compétences essentielles du métier officiel à côté des nôtres (ESCO, "
    "O*NET ; demande une nomenclature importée : careers import).",
    "merge": "Garder vos compétences actuelles et ajouter celles-ci (le niveau le plus haut "
    "l'emporte).",
    "level": "Niveau à enregistrer pour chaque compétence trouvée (par défaut : celui "
    "qu'indiquent les mots du texte, sinon 3).",
    "notes": "Sous le tableau, la base et la citation de chaque chiffre.",
    "kind": "role : chiffres de l'intitulé du métier (par défaut, puis les métiers qui n'ont "
    "qu'un chiffre de groupe) ; group : groupes officiels de professions (BLS).",
    "experience": "Classer selon les médianes débutant, confirmé ou senior de l'index "
    "(n >= 20 chacune).",
    "match:by": "Classer par préparation (readiness : votre score) ou par ressemblance (fit : "
    "le métier auquel vos compétences ressemblent ; les compétences que peu de métiers "
    "citent pèsent plus).",
    "show:region": "Mettre en premier les chiffres de ce pays.",
    "fr_labels": "Dossier d'un export ESCO en français (occupations_fr.csv, skills_fr.csv).",
    "name": "Installer sous ce nom.",
    "wages": "Salaires nationaux OEWS du BLS (CSV), joints par code SOC.",
}

_ROLE = (
    "Role: its id, its name or an alias in English or French, one of its official codes "
    "(O*NET-SOC 15-2051.00 or 15-2051, an ESCO URI), or a unique prefix of a name.",
    "Métier : son identifiant, son nom ou un autre nom en français ou en anglais, l'un de "
    "ses codes officiels (O*NET-SOC 15-2051.00 ou 15-2051, une URI ESCO), ou un début "
    "unique d'un nom.",
)
_ITEMS = (
    "Skills, each an id, a name or an alias in English or French, with a level 1-5 after a "
    'colon (default 3): python:4 "machine learning:2" sql',
    "Compétences, chacune un identifiant, un nom ou un autre nom en français ou en anglais, "
    'avec un niveau 1-5 après deux-points (3 par défaut) : python:4 "apprentissage '
    'automatique:2" sql',
)

ARGUMENTS: dict[str, tuple[str, str]] = {
    "show:role": _ROLE,
    "gap:role": (
        "The role you aim at: id, name or alias in English or French, or a unique prefix; "
        "without it, every target role of your profile.",
        "Le métier visé : identifiant, nom ou autre nom en français ou en anglais, ou début "
        "unique ; sans lui, chaque métier visé de votre profil.",
    ),
    "similar:role": _ROLE,
    "compare:roles": (
        "Two or more roles, each an id, a name or an alias in English or French, or a "
        "unique prefix.",
        "Deux métiers ou plus, chacun un identifiant, un nom ou un autre nom en français ou "
        "en anglais, ou un début unique.",
    ),
    "path:start": (
        "The role you start from (id, name, alias or unique prefix).",
        "Le métier de départ (identifiant, nom, autre nom ou début unique).",
    ),
    "path:goal": (
        "The role you aim at (id, name, alias or unique prefix).",
        "Le métier visé (identifiant, nom, autre nom ou début unique).",
    ),
    "skill:name": (
        "Skill: its id, its name or an alias in English or French, or a unique prefix.",
        "Compétence : son identifiant, son nom ou un autre nom en français ou en anglais, "
        "ou un début unique.",
    ),
    "application:name": (
        "Application domain: its id or its name in English or French, or a unique prefix.",
        "Domaine d'application : son identifiant ou son nom en français ou en anglais, ou "
        "un début unique.",
    ),
    "search:text": (
        "Words to look for, in English or French.",
        "Mots à chercher, en français ou en anglais.",
    ),
    "validate:path": (
        "Catalogue to check (default: --catalog, else the bundled one).",
        "Catalogue à vérifier (par défaut : --catalog, sinon celui fourni).",
    ),
    "profile add:items": _ITEMS,
    "profile set:items": (
        "Replace all your skills with these (same form: python:4 sql).",
        "Remplacer toutes vos compétences par celles-ci (même forme : python:4 sql).",
    ),
    "profile remove:items": (
        "Skills to remove (ids, names or aliases in English or French), or names kept in "
        "the file (as written there).",
        "Compétences à retirer (identifiants, noms ou autres noms, en français ou en "
        "anglais), ou noms gardés dans le fichier (tels qu'ils y sont écrits).",
    ),
    "profile export:target": (
        "Where to write (default: stdout).",
        "Où écrire (par défaut : la sortie standard).",
    ),
    "profile import:source": ("A profile file (YAML).", "Un fichier de profil (YAML)."),
    "profile from-text:source": (
        "A CV or job ad in plain text or Markdown (- reads stdin).",
        "Un CV ou une offre, en texte ou Markdown (- lit l'entrée standard).",
    ),
    "profile from-occupation:name": (
        "An occupation of the imported taxonomy: id, name or alias in English or French, "
        "its code (O*NET-SOC 25-1054.00 or 25-1054, an ESCO URI), or a unique prefix.",
        "Un métier de la nomenclature importée : identifiant, nom ou autre nom en français "
        "ou en anglais, son code (O*NET-SOC 25-1054.00 ou 25-1054, une URI ESCO), ou début "
        "unique.",
    ),
    "import esco:path": (
        "Folder with the ESCO CSV download (the two zips, or their files).",
        "Dossier du téléchargement ESCO en CSV (les deux zips, ou leurs fichiers).",
    ),
    "import onet:path": (
        "Folder with the O*NET database text files.",
        "Dossier des fichiers texte de la base O*NET.",
    ),
}
