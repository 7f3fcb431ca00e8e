"""Interface words in English and French, and number formats (the user's language is
chosen in :mod:`careers_cli.lang`)."""

from __future__ import annotations

from typing import NamedTuple

# The language of a run lives in careers_cli/lang.py; its names are given here too.
from careers_cli.lang import Lang as Lang
from careers_cli.lang import current_lang as current_lang
from careers_cli.lang import default_lang as default_lang
from careers_cli.lang import speaking as speaking


class Plural(NamedTuple):
    """A word with a count: the form for one and the form for more ("1 role", "2 roles").
    French takes the singular for 0 and 1, English for 1 only."""

    one: str
    other: str


Word = str | Plural

WORDS: dict[str, tuple[Word, Word]] = {
    # messages on stderr
    "error_line": ("error: {message}", "erreur : {message}"),
    "warning_line": ("warning: {message}", "avertissement : {message}"),
    "interrupted": ("interrupted", "interrompu"),
    "internal_error": (
        "internal error ({error}); this is a bug in careers.\n{where}; run again with --debug to see the traceback",
        "erreur interne ({error}) ; c'est un bogue de careers.\n{where} ; relancez avec --debug pour voir la trace",
    ),
    "internal_log": ("details are in {path}", "détails dans {path}"),
    "internal_no_log": ("the details could not be written", "les détails n'ont pas pu être écrits"),
    "confirm_choices": ("[y/N]", "[o/N]"),
    "no_such_file": ("{path}: no such {what}", "{path} : {what} introuvable"),
    "is_a_directory": (
        "{path}: is a directory, not a {what}",
        "{path} : c'est un dossier, pas un {what}",
    ),
    "permission_denied": (
        "{path}: permission denied (cannot read the {what})",
        "{path} : permission refusée (lecture impossible : {what})",
    ),
    "cannot_write": (
        "cannot write the {what} {path}: {reason}",
        "impossible d'écrire {path} ({what}) : {reason}",
    ),
    "file_text": ("text file", "fichier texte"),
    "file_profile": ("profile", "profil"),
    "file_saved_profile": ("saved profile", "profil enregistré"),
    "file_catalogue": ("catalogue", "catalogue"),
    "file_catalogue_file": ("catalogue file", "fichier de catalogue"),
    "file_export": ("export file", "fichier d'export"),
    "file_profile_export": ("profile export", "export du profil"),
    "step_french_labels": ("French labels", "libellés français"),
    "step_building": ("building the catalogue", "construction du catalogue"),
    "step_writing": ("checking and writing", "vérification et écriture"),
    "step_wages": ("wages", "salaires"),
    "an_answer": ("an answer", "une réponse"),
    "an_answer_hint": (
        "add --yes to go ahead without being asked",
        "ajoutez --yes pour continuer sans question",
    ),
    "no_target_role": (
        "no ROLE given and no target role in your profile",
        "aucun MÉTIER donné et aucun métier visé dans votre profil",
    ),
    "no_target_role_hint": (
        "careers gap data-scientist, or save targets: careers profile set --target data-scientist",
        "careers gap data-scientist, ou enregistrez des métiers visés : careers profile set --target data-scientist",
    ),
    "no_target_no_profile": (
        "no ROLE given and no saved profile to take target roles from",
        "aucun MÉTIER donné et aucun profil enregistré où prendre des métiers visés",
    ),
    "no_known_target": (
        "none of your profile's targets is a role of this catalogue: {names}",
        "aucun des métiers visés de votre profil n'est un métier de ce catalogue : {names}",
    ),
    "no_known_target_hint": (
        "name one: careers gap ROLE (careers list lists the roles), or correct the targets in {path}",
        "nommez-en un : careers gap MÉTIER (careers list liste les métiers), ou corrigez les métiers visés dans {path}",
    ),
    "targets_left_out": (
        Plural(
            "a target of your profile is no role of this catalogue and is left out: {names}",
            "{n} targets of your profile are no role of this catalogue and are left out: {names}",
        ),
        Plural(
            "un métier visé de votre profil n'est pas un métier de ce catalogue et est laissé de "
            "côté : {names}",
            "{n} métiers visés de votre profil ne sont pas des métiers de ce catalogue et sont "
            "laissés de côté : {names}",
        ),
    ),
    "target_name": ("'{name}'", "« {name} »"),
    "targets_sep": ("; ", " ; "),
    "did_you_mean_names": ("did you mean {names}?", "vouliez-vous dire {names} ?"),
    "or_word": (" or ", " ou "),
    "report_saved": ("report saved to {path}", "rapport enregistré dans {path}"),
    "report_about": ("About this report", "À propos de ce rapport"),
    "report_date": ("Made on", "Établi le"),
    "report_tool": ("Made with", "Établi avec"),
    "report_skills": ("Computed from these skills", "Calculé à partir de ces compétences"),
    "one_of": ("one of: {names}", "l'un de : {names}"),
    "one_of_f": ("one of: {names}", "l'une de : {names}"),
    "and_more": (
        Plural(" and {n} more", " and {n} more"),
        Plural(" et {n} autre", " et {n} autres"),
    ),
    "sources_hint": (
        "careers sources lists the sources, with their ids",
        "careers sources liste les sources, avec leurs identifiants",
    ),
    "families_are": ("the families are: {names}", "les familles sont : {names}"),
    "kind_family": ("family", "famille"),
    "kind_source": ("source", "source"),
    "kind_occupation": ("occupation", "métier"),
    "unknown_occupation": ("unknown occupation '{name}'", "métier inconnu : « {name} »"),
    "unknown_role": ("unknown role '{name}'", "métier inconnu : « {name} »"),
    "unknown_skill": ("unknown skill '{name}'", "compétence inconnue : « {name} »"),
    "unknown_application": ("unknown application '{name}'", "application inconnue : « {name} »"),
    "unknown_family": ("unknown family '{name}'", "famille inconnue : « {name} »"),
    "unknown_source": ("unknown source '{name}'", "source inconnue : « {name} »"),
    "unknown_thing": ("unknown {what} '{name}'", "{what} inconnu : « {name} »"),
    "name_ambiguous": (
        Plural(
            "{what} '{name}' is ambiguous: it matches {n} names",
            "{what} '{name}' is ambiguous: it matches {n} names",
        ),
        Plural(
            "{what} « {name} » ambigu : {n} correspondance",
            "{what} « {name} » ambigu : {n} correspondances",
        ),
    ),
    "name_ambiguous_f": (
        Plural(
            "{what} '{name}' is ambiguous: it matches {n} names",
            "{what} '{name}' is ambiguous: it matches {n} names",
        ),
        Plural(
            "{what} « {name} » ambiguë : {n} correspondance",
            "{what} « {name} » ambiguë : {n} correspondances",
        ),
    ),
    "catalogue_problems": (
        Plural(
            "{filename}: {n} problem in the catalogue", "{filename}: {n} problems in the catalogue"
        ),
        Plural(
            "{filename} : {n} problème dans le catalogue",
            "{filename} : {n} problèmes dans le catalogue",
        ),
    ),
    "not_a_skill": ("not a known skill: '{name}'", "compétence inconnue : « {name} »"),
    "unknown_outcome": (
        "({outcome}; --strict makes this an error)",
        "({outcome} ; --strict en fait une erreur)",
    ),
    "p_entry": ("'{name}: {level}'", "« {name}: {level} »"),
    "p_skill_twice": (
        "{path}: the same skill under several names ({entries}): {id} is read at the "
        "higher level, {level}",
        "{path} : la même compétence sous plusieurs noms ({entries}) : {id} est lue au "
        "niveau le plus haut, {level}",
    ),
    "outcome_ignored": ("ignored", "ignorée"),
    "outcome_kept": ("kept in the file, not used", "gardée dans le fichier, non utilisée"),
    "outcome_not_saved": ("not saved", "non enregistrée"),
    "outcome_not_imported": ("not imported", "non importée"),
    "not_in_profile": ("not in your profile: {names}", "absentes de votre profil : {names}"),
    "remove_unknown": (
        "not a known skill nor a name kept in your profile: '{name}'",
        "ni une compétence connue ni un nom gardé dans votre profil : « {name} »",
    ),
    "nothing_removed": (
        "nothing removed: none of the names is in your profile",
        "rien n'a été retiré : aucun des noms n'est dans votre profil",
    ),
    "nothing_removed_hint": (
        "careers profile show lists your skills and the names kept in the file",
        "careers profile show liste vos compétences et les noms gardés dans le fichier",
    ),
    "level_not_whole": (
        "{where}: the level must be a whole number 1-5, got {got}",
        "{where} : le niveau doit être un entier de 1 à 5, reçu {got}",
    ),
    "level_range": (
        "{where}: the level must be 1-5, got {got}",
        "{where} : le niveau doit être de 1 à 5, reçu {got}",
    ),
    "count_range": ("--count must be 1-5, got {got}", "--count doit être de 1 à 5, reçu {got}"),
    "no_median_region": (
        "no role has a median salary for region {region}",
        "aucun métier n'a de salaire médian pour le pays {region}",
    ),
    "try_region_us": ("try --region US", "essayez --region US"),
    "same_roles": ("the two roles are the same", "les deux métiers sont le même"),
    "same_roles_hint": ("give two different roles", "donnez deux métiers différents"),
    "no_path": (
        Plural(
            "no chain of at most {n} move between neighbouring roles leads from '{a}' to '{b}'",
            "no chain of at most {n} moves between neighbouring roles leads from '{a}' to '{b}'",
        ),
        Plural(
            "aucune suite d'au plus {n} étape entre métiers voisins ne mène de « {a} » à « {b} »",
            "aucune suite d'au plus {n} étapes entre métiers voisins ne mène de « {a} » à « {b} »",
        ),
    ),
    "no_path_hint": (
        "roles are neighbours when their skills overlap at least {percent};"
        " try --min-overlap {lower} or --max-moves {more}",
        "deux métiers sont voisins quand leurs compétences se recouvrent d'au moins {percent} ;"
        " essayez --min-overlap {lower} ou --max-moves {more}",
    ),
    "no_path_hint_moves": (
        "roles are neighbours when their skills overlap at least {percent}; try --max-moves {more}",
        "deux métiers sont voisins quand leurs compétences se recouvrent d'au moins {percent} ;"
        " essayez --max-moves {more}",
    ),
    "no_known_skill": (
        "none of the skills given is in the catalogue",
        "aucune des compétences données n'est dans le catalogue",
    ),
    "no_skill_named": (
        "the skills given name no skill (empty)",
        "les compétences données n'en nomment aucune (vide)",
    ),
    "no_known_skill_hint": (
        "careers skills lists them; names and aliases work in English and French",
        "careers skills les liste ; noms et autres noms marchent en français et en anglais",
    ),
    "no_skills_no_profile": (
        "no skills given and no saved profile",
        "aucune compétence donnée et aucun profil enregistré",
    ),
    "no_skills_no_profile_hint": (
        'use --skills "python, sql:2", --profile FILE or --from-text CV.txt, or save them: careers profile add python:4 sql',
        'utilisez --skills "python, sql:2", --profile FICHIER ou --from-text CV.txt, ou enregistrez-les : careers profile add python:4 sql',
    ),
    "profile_no_skills": (
        "your saved profile has no skills yet",
        "votre profil enregistré n'a encore aucune compétence",
    ),
    "profile_no_known_skill": (
        "none of the skills in your saved profile is in the catalogue",
        "aucune des compétences de votre profil enregistré n'est dans le catalogue",
    ),
    "profile_no_skills_hint": (
        "careers profile add python:4 sql, or use --skills",
        "careers profile add python:4 sql, ou utilisez --skills",
    ),
    "nothing_to_add": (
        "nothing to add: none of the names is a known skill",
        "rien à ajouter : aucun des noms n'est une compétence connue",
    ),
    "role_twice": ("role '{role}' is given twice", "le métier « {role} » est donné deux fois"),
    "role_twice_named": (
        "role '{role}' is given twice: '{first}' and '{name}' both name it",
        "le métier « {role} » est donné deux fois : « {first} » et « {name} » le désignent tous deux",
    ),
    "role_twice_hint": ("compare distinct roles", "comparez des métiers distincts"),
    "compare_two": ("compare needs at least two roles", "compare demande au moins deux métiers"),
    "compare_two_hint": (
        "example: careers compare data-scientist data-analyst",
        "exemple : careers compare data-scientist data-analyst",
    ),
    "search_empty": ("nothing to search for", "rien à chercher"),
    "search_empty_hint": ("example: careers search vision", "exemple : careers search vision"),
    "saved_in": (
        Plural("{what} ({n} skill in {path})", "{what} ({n} skills in {path})"),
        Plural("{what} ({n} compétence dans {path})", "{what} ({n} compétences dans {path})"),
    ),
    "added": (Plural("added {n}", "added {n}"), Plural("{n} ajoutée", "{n} ajoutées")),
    "level_changed": (
        Plural("level changed for {n}", "level changed for {n}"),
        Plural("niveau changé pour {n}", "niveau changé pour {n}"),
    ),
    "unchanged": (
        Plural("{n} unchanged", "{n} unchanged"),
        Plural("{n} inchangée", "{n} inchangées"),
    ),
    "removed": (Plural("removed {n}", "removed {n}"), Plural("{n} retirée", "{n} retirées")),
    "including_kept": (
        Plural(", including {n} not in this catalogue", ", including {n} not in this catalogue"),
        Plural(", dont {n} absente de ce catalogue", ", dont {n} absentes de ce catalogue"),
    ),
    "profile_updated": ("profile updated", "profil mis à jour"),
    "profile_imported": ("profile imported", "profil importé"),
    "profile_cleared": ("profile cleared: {removed}", "profil vidé : {removed}"),
    "clear_question": (
        "Remove every skill from your profile?",
        "Retirer toutes les compétences de votre profil ?",
    ),
    "nothing_changed": ("nothing changed", "rien n'a changé"),
    "nothing_changed_hint": (
        "add --yes to clear without asking",
        "ajoutez --yes pour vider sans confirmation",
    ),
    "written_to": ("written to {path}", "écrit dans {path}"),
    "not_saved_stdin": (
        "not saved: add --yes to save skills read from stdin",
        "non enregistré : ajoutez --yes pour enregistrer des compétences lues sur l'entrée standard",
    ),
    "add_question": (
        Plural("Add this {n} skill to your profile?", "Add these {n} skills to your profile?"),
        Plural(
            "Ajouter cette compétence à votre profil ?",
            "Ajouter ces {n} compétences à votre profil ?",
        ),
    ),
    "not_saved": ("not saved", "non enregistré"),
    "stdin_too_big": (
        "the text on stdin is over 64 MiB",
        "le texte de l'entrée standard dépasse 64 Mio",
    ),
    "export_suffix": (
        "{path}: the file name must end in {suffixes}",
        "{path} : le nom du fichier doit finir par {suffixes}",
    ),
    "export_kind": (
        "cannot export to '{suffix}' files; use .html, .svg, .md or .txt",
        "impossible d'exporter en fichier « {suffix} » ; utilisez .html, .svg, .md ou .txt",
    ),
    "bad_catalogue_name": (
        "{name} cannot name a catalogue: use lower-case letters, digits and hyphens",
        "{name} ne peut pas nommer un catalogue : utilisez minuscules, chiffres et tirets",
    ),
    "no_catalogue": (
        "{name}: no such catalogue file, and no installed catalogue of that name",
        "{name} : ni fichier de catalogue, ni catalogue installé de ce nom",
    ),
    "no_catalogue_hint": (
        "install one with 'careers import esco PATH' or 'careers import onet PATH'; 'careers catalogues' lists them",
        "installez-en un avec « careers import esco CHEMIN » ou « careers import onet CHEMIN » ; « careers catalogues » les liste",
    ),
    "max_size_number": (
        "{var} must be a number of bytes, got {got}",
        "{var} doit être un nombre d'octets, reçu {got}",
    ),
    "max_size_positive": (
        "{var} must be positive, got {got}",
        "{var} doit être positif, reçu {got}",
    ),
    # tables and reports
    "role": ("Role", "Métier"),
    "roles": ("Roles", "Métiers"),
    "family": ("Family", "Famille"),
    "families": ("Families", "Familles"),
    "skill": ("Skill", "Compétence"),
    "skills": ("Skills", "Compétences"),
    "tools": ("Tools", "Outils"),
    "application": ("Application", "Application"),
    "applications": ("Applications", "Applications"),
    "sources": ("Sources", "Sources"),
    "name": ("Name", "Nom"),
    "id": ("Id", "Identifiant"),
    "kind": ("Kind", "Type"),
    "category": ("Category", "Catégorie"),
    "aliases": ("Aliases", "Autres noms"),
    "other_language": ("In French", "En anglais"),
    "essential": ("essential", "essentielle"),
    "optional": ("optional", "facultative"),
    "essential_short": ("Ess.", "Ess."),
    "optional_short": ("Opt.", "Fac."),
    "essential_skills": ("Essential skills", "Compétences essentielles"),
    "essential_held": ("Essential skills held", "Essentielles acquises"),
    "optional_skills": ("Optional skills", "Compétences facultatives"),
    "essential_mark": ("E", "E"),
    "optional_mark": ("o", "f"),
    "importance": ("Importance", "Importance"),
    "level": ("Level", "Niveau"),
    "top_tools": ("Top tools", "Outils phares"),
    "us_median": ("U.S. median, USD", "Médiane É.-U., USD"),
    "fr_range": ("France, EUR", "France, EUR"),
    "columns_hidden": (
        "({names}: not shown at this width)",
        "(non affichées à cette largeur : {names})",
    ),
    "bad_lang": ("'{value}' is not one of 'en', 'fr'.", "'{value}' n'est pas l'un de 'en', 'fr'."),
    "headers_short": ("(headers shortened: {names})", "(en-têtes abrégés : {names})"),
    "median": ("median", "médiane"),
    "mean": ("mean", "moyenne"),
    "median_short": ("med", "méd."),
    "level_entry": ("entry", "débutant"),
    "level_mid": ("mid", "confirmé"),
    "level_senior": ("senior", "senior"),
    "mean_short": ("mean", "moy."),
    "range_short": ("range", "fourch."),
    "from_short": ("from {value}", "dès {value}"),
    "upto_short": ("up to {value}", "jusqu'à {value}"),
    "group": ("Group", "Groupe"),
    "region_unknown": (
        "unknown region '{region}': the catalogue has no figures for it",
        "région inconnue « {region} » : le catalogue n'a aucun chiffre pour elle",
    ),
    "region_choices": ("available regions: {regions}", "régions disponibles : {regions}"),
    "kind_group": ("group", "groupe"),
    "us_role": ("U.S. role (index, n)", "É.-U. métier (index, n)"),
    "us_group": ("U.S. group (BLS)", "É.-U. groupe (BLS)"),
    "us_role_short": ("U.S. role, USD", "É.-U. métier, USD"),
    "col_role": ("{region} role", "{region} métier"),
    "col_group": ("{region} group", "{region} groupe"),
    "tag_index": (
        "{named}: salaries reported for the job title, work years 2024-2025, n >= {n} rows (n shown)",
        "{named} : salaires déclarés pour l'intitulé, années 2024-2025, au moins {n} lignes (n indiqué)",
    ),
    "tag_group": (
        "{named}: all workers of an official occupation group (SOC code), not the role alone",
        "{named} : tous les salariés d'un groupe officiel de professions (code SOC), pas le seul métier",
    ),
    "tag_others": (
        "Other tags name a survey or guide and its year (careers sources); med = median.",
        "Les autres étiquettes nomment une enquête ou un guide et son année (careers sources) ; méd. = médiane.",
    ),
    "notes_hint": (
        "Each figure's basis and citation: --notes, careers show ROLE, --format json.",
        "Base et référence de chaque chiffre : --notes, careers show MÉTIER, --format json.",
    ),
    "notes_hint_others": (
        "Other tags: a survey or guide and its year (careers sources). Bases and citations: --notes, show, --format json.",
        "Autres étiquettes : une enquête ou un guide et son année (careers sources). Bases et références : --notes, show, --format json.",
    ),
    "low": ("low", "bas"),
    "high": ("high", "haut"),
    "no_data": ("no data", "pas de données"),
    "per_month": ("/month", "/mois"),
    "per_hour": ("/hour", "/heure"),
    "per_month_short": ("/mo", "/mois"),
    "per_hour_short": ("/h", "/h"),
    "net": ("net", "net"),
    "basis": ("Basis", "Base"),
    "roles_count": (Plural("{n} role", "{n} roles"), Plural("{n} métier", "{n} métiers")),
    "skills_count": (
        Plural("{n} skill", "{n} skills"),
        Plural("{n} compétence", "{n} compétences"),
    ),
    "tools_count": (
        Plural("{n} tool or framework", "{n} tools and frameworks"),
        Plural("{n} outil ou framework", "{n} outils et frameworks"),
    ),
    "applications_count": (
        Plural("{n} application domain", "{n} application domains"),
        Plural("{n} domaine d'application", "{n} domaines d'application"),
    ),
    "missions": ("Missions", "Missions"),
    "education": ("Education", "Formation"),
    "degree": ("Typical degree", "Diplôme habituel"),
    "degree_none": ("no degree required", "aucun diplôme exigé"),
    "degree_vocational": ("vocational", "formation professionnelle"),
    "degree_bachelor": ("bachelor's", "licence (bac+3)"),
    "degree_master": ("master's", "master (bac+5)"),
    "degree_phd": ("doctorate", "doctorat"),
    "phd_common": ("Doctorate common", "Doctorat fréquent"),
    "phd_common_short": ("PhD common", "doctorat fréquent"),
    "fields": ("Fields", "Domaines"),
    "note": ("Note", "Remarque"),
    "yes": ("yes", "oui"),
    "no": ("no", "non"),
    "salaries": ("Salaries", "Salaires"),
    "region": ("Region", "Pays"),
    "figures": ("Figures", "Chiffres"),
    "experience": ("Experience", "Expérience"),
    "measure": ("Measure", "Mesure"),
    "exp_all": ("all levels", "tous niveaux"),
    "exp_entry": ("entry", "débutant"),
    "exp_mid": ("mid-career", "confirmé"),
    "exp_senior": ("senior", "senior"),
    "exp_range": ("entry to senior", "débutant à senior"),
    "demand": ("Demand", "Demande"),
    "employment": ("Employment", "Emploi"),
    "codes": ("Codes", "Codes"),
    "classification": ("Classification", "Nomenclature"),
    "code": ("Code", "Code"),
    "title": ("Title", "Intitulé"),
    "closest": ("closest", "le plus proche"),
    "no_code": ("no official code", "aucun code officiel"),
    "related_roles": ("Related roles", "Métiers voisins"),
    # rank
    "measure_median": ("Median", "Médiane"),
    "measure_p10": ("10th percentile", "1er décile"),
    "measure_p90": ("90th percentile", "9e décile"),
    "measure_low": ("Low end", "Bas de fourchette"),
    "measure_high": ("High end", "Haut de fourchette"),
    "rank_salary_title": (
        "Best-paid roles: {measure}, {region}",
        "Métiers les mieux payés : {measure}, {region}",
    ),
    "rank_role_title": (
        "Best-paid roles: {measure}, {region} (role-level figures: the job title itself)",
        "Métiers les mieux payés : {measure}, {region} (chiffres du métier lui-même)",
    ),
    "rank_group_only_title": (
        "Roles with only a group figure: {measure} of their official occupation group, {region}",
        "Métiers qui n'ont qu'un chiffre de groupe : {measure} de leur groupe officiel de professions, {region}",
    ),
    "rank_groups_title": (
        "Official occupation groups: {measure}, {region}",
        "Groupes officiels de professions : {measure}, {region}",
    ),
    "rank_missing_title": (
        "Not ranked: no {measure} ({region})",
        "Non classés : pas de {measure} ({region})",
    ),
    "rank_role_level_title": (
        "Best-paid roles: {measure}, {region}, {level} level only: the salary index's medians by level (n >= {n} at that level, work years 2024-2025)",
        "Métiers les mieux payés : {measure}, {region}, niveau {level} seulement : médianes de l'index des salaires par niveau (au moins {n} lignes à ce niveau, années 2024-2025)",
    ),
    "rank_source_level_title": (
        "Best-paid roles: {measure}, {region}, {level} level only",
        "Métiers les mieux payés : {measure}, {region}, niveau {level} seulement",
    ),
    "rank_missing_level_title": (
        "Not ranked: no {measure} of the salary index at the {level} level ({region}); what the role has instead",
        "Non classés : pas de {measure} de l'index des salaires au niveau {level} ({region}) ; ce que le métier a à la place",
    ),
    "rank_missing_source_level_title": (
        "Not ranked: no {measure} at the {level} level ({region})",
        "Non classés : pas de {measure} au niveau {level} ({region})",
    ),
    "by_experience": ("By experience (salary index)", "Par expérience (index des salaires)"),
    "by_experience_rule": (
        "Medians of the aijobs.net index by the level each row states (entry EN, mid MI, senior SE), work years 2024-2025 pooled, only from {n} rows or more at that level.",
        "Médianes de l'index aijobs.net selon le niveau indiqué par chaque ligne (débutant EN, confirmé MI, senior SE), années 2024-2025 regroupées, seulement à partir de {n} lignes à ce niveau.",
    ),
    "rank_unranked": ("only {figure}", "seulement {figure}"),
    "rank_no_data_count": (
        Plural(
            "{shown} role has no figure for {region} (not listed here; --format json or csv lists it).",
            "{shown} roles have no figure for {region} (not listed here; --format json or csv lists them).",
        ),
        Plural(
            "{shown} métier n'a aucun chiffre pour {region} (non listé ici ; --format json ou csv le liste).",
            "{shown} métiers n'ont aucun chiffre pour {region} (non listés ici ; --format json ou csv les liste).",
        ),
    ),
    "rank_demand_title": (
        "Roles by their own employment count, {region}",
        "Métiers par leur propre effectif, {region}",
    ),
    "rank_demand_groups_title": (
        "Employment of the official occupation groups, {region}: the whole group, not the role alone",
        "Effectif des groupes officiels de professions, {region} : tout le groupe, pas le métier seul",
    ),
    "rank_demand_missing_title": (
        "Not ranked: no employment figure ({region})",
        "Non classés : pas d'effectif ({region})",
    ),
    "rank_skills_title": ("Roles by number of skills", "Métiers par nombre de compétences"),
    "rank_scale": (
        "Bars: p10 (or low) to p90 (or high), ● median, on one scale from {low} to {high}.",
        "Barres : du 1er décile (ou bas) au 9e décile (ou haut), ● médiane, sur une échelle de {low} à {high}.",
    ),
    "rank_bars": ("bars", "barres"),
    "rank_rule": (
        "Ties are ordered by role id; roles without a figure come last.",
        "Les ex aequo sont classés par identifiant ; les métiers sans chiffre viennent en dernier.",
    ),
    "rank_mixed": (
        "Figures from different sources measure different things (BLS: all workers of an occupation group; the salary index: reported salaries of a job title): --source bls-oews-2025 or --source aijobs-index ranks like for like.",
        "Les chiffres de sources différentes ne mesurent pas la même chose (BLS : tous les salariés d'un groupe de professions ; l'index : salaires déclarés pour un intitulé) : --source bls-oews-2025 ou --source aijobs-index classe à source égale.",
    ),
    # compare
    "compare_title": ("Comparing {names}", "Comparaison : {names}"),
    "overlap": ("Skill overlap", "Recouvrement des compétences"),
    "overlap_rule": (
        "Weighted overlap: sum of the smaller weights over the sum of the larger ones, weight = (2 if essential, else 1) × level / 5.",
        "Recouvrement pondéré : somme des poids les plus faibles sur la somme des plus forts, poids = (2 si essentielle, sinon 1) × niveau / 5.",
    ),
    "compare_legend": (
        "E essential, o optional; the number is the level (1-5).",
        "E essentielle, f facultative ; le chiffre est le niveau (1-5).",
    ),
    "shared": ("Shared", "En commun"),
    "only_in": ("Only {name}", "Seulement {name}"),
    # skills
    "as_tool": ("As tool", "Outil"),
    "as_skill": ("As skill", "Compétence"),
    "skills_legend": (
        "Ess./Opt.: number of roles that need the skill as essential / optional.",
        "Ess./Fac. : nombre de métiers où la compétence est essentielle / facultative.",
    ),
    "tools_legend": (
        "As tool: roles listing it among their tools; as skill: roles that need it.",
        "Outil : métiers qui le citent parmi leurs outils ; compétence : métiers qui en ont besoin.",
    ),
    "worth": ("What it is worth", "Ce que cela vaut"),
    "worth_line": (
        Plural(
            "Median pay of the {n} role of {total} using it with a role-level median ({region}): {median} {currency} (from {low} to {high}).",
            "Median pay of the {n} roles of {total} using it with a role-level median ({region}): {median} {currency} (from {low} to {high}).",
        ),
        Plural(
            "Salaire médian du {n} métier qui l'utilise avec une médiane propre (sur {total} au total, {region}) : {median} {currency} (de {low} à {high}).",
            "Salaire médian des {n} métiers qui l'utilisent avec une médiane propre (sur {total} au total, {region}) : {median} {currency} (de {low} à {high}).",
        ),
    ),
    "worth_rule": (
        "The median of the roles' role-level medians for the region (survey or index of the job title, 2021 or later); group figures (BLS) are left out.",
        "Médiane des médianes propres à chaque métier pour ce pays (enquête ou index de l'intitulé, 2021 ou après) ; les chiffres de groupes (BLS) sont exclus.",
    ),
    "needed_by": ("Roles that need it ({n})", "Métiers qui la demandent ({n})"),
    "tool_only": ("tool only", "outil seulement"),
    "role_median_in": ("Role median, {region}", "Médiane du métier, {region}"),
    "group_median_in": ("Group median, {region}", "Médiane du groupe, {region}"),
    # `list --sort salary` / `--min-salary` by a region the table has no column for
    "list_pay_unshown_sort": (
        "Ordered by the {region} medians (role-level, else group: the figures careers rank --region {region} lists), which this table does not show.",
        "Trié selon les médianes {region} (du métier, sinon du groupe : les chiffres que liste careers rank --region {region}), que ce tableau ne montre pas.",
    ),
    "list_pay_unshown_floor": (
        "Kept by the {region} medians (role-level, else group: the figures careers rank --region {region} lists), which this table does not show.",
        "Retenus selon les médianes {region} (du métier, sinon du groupe : les chiffres que liste careers rank --region {region}), que ce tableau ne montre pas.",
    ),
    "list_pay_unshown_both": (
        "Kept and ordered by the {region} medians (role-level, else group: the figures careers rank --region {region} lists), which this table does not show.",
        "Retenus et triés selon les médianes {region} (du métier, sinon du groupe : les chiffres que liste careers rank --region {region}), que ce tableau ne montre pas.",
    ),
    "pay_kinds_rule": (
        "Role median: a survey or index of the job title itself. Group median: all workers of the official occupation group the role is paid under (its SOC code), not the role alone.",
        "Médiane du métier : une enquête ou un index de l'intitulé lui-même. Médiane du groupe : tous les salariés du groupe officiel de professions dont relève le métier (son code SOC), pas le métier seul.",
    ),
    "credit_from": ("Partial credit from", "Crédit partiel grâce à"),
    "credit_to": ("Gives partial credit for", "Donne un crédit partiel pour"),
    "prerequisites": ("Learn first", "À apprendre avant"),
    "unlocks": ("Leads on to", "Ouvre la voie à"),
    # applications
    "for_example": ("For example", "Par exemple"),
    "roles_working": ("Roles working on it ({n})", "Métiers concernés ({n})"),
    "typical_tools": ("Typical skills and tools", "Compétences et outils typiques"),
    # sources
    "sources_title": (Plural("{n} source", "{n} sources"), Plural("{n} source", "{n} sources")),
    "publisher": ("Publisher", "Éditeur"),
    "year": ("Year", "Année"),
    "address": ("Address", "Adresse"),
    "licence": ("Licence", "Licence"),
    "notice": ("Notice", "Avertissement"),
    "unknown": ("unknown", "inconnue"),
    "kind_official": (
        "official statistics or classification",
        "statistique ou nomenclature officielle",
    ),
    "kind_survey": ("salary survey", "enquête de rémunération"),
    "kind_index": ("open salary index", "index ouvert des salaires"),
    "kind_aggregator": (
        "aggregator (self-reported or job ads)",
        "agrégateur (déclaratif ou offres)",
    ),
    "kind_career-guide": ("career guide", "guide des métiers"),
    "kind_blog": ("blog (no method stated)", "blog (méthode non précisée)"),
    "kind_article": ("article", "article"),
    # search
    "kind_role": ("role", "métier"),
    "kind_skill": ("skill", "compétence"),
    "kind_application": ("application", "application"),
    "score": ("Score", "Score"),
    "context": ("Found in", "Trouvé dans"),
    "search_title": (
        Plural("{n} result for '{query}'", "{n} results for '{query}'"),
        Plural("{n} résultat pour « {query} »", "{n} résultats pour « {query} »"),
    ),
    "search_rule": (
        "Score: points of the best field each word is found in (name 10, alias 8, skill 4, application 3, text 2; a word prefix half).",
        "Score : points du meilleur champ où chaque mot apparaît (nom 10, autre nom 8, compétence 4, application 3, texte 2 ; début de mot : moitié).",
    ),
    "field_id": ("id", "identifiant"),
    "field_name": ("name", "nom"),
    "field_alias": ("alias", "autre nom"),
    "field_skill": ("skill", "compétence"),
    "field_application": ("application", "application"),
    "field_summary": ("summary", "résumé"),
    "field_mission": ("mission", "mission"),
    "field_description": ("description", "description"),
    "field_category": ("category", "catégorie"),
    "no_match": ("Nothing matches '{query}'.", "Rien ne correspond à « {query} »."),
    # match, gap, next, similar, path, profile
    "match_title": (
        Plural("{n} role by how well your skills fit", "{n} roles by how well your skills fit"),
        Plural(
            "{n} métier selon l'adéquation de vos compétences",
            "{n} métiers selon l'adéquation de vos compétences",
        ),
    ),
    "top_missing": ("Top missing", "Principaux manques"),
    "match_title_by": (
        Plural("{n} role, by {by}", "{n} roles, by {by}"),
        Plural("{n} métier, par {by}", "{n} métiers, par {by}"),
    ),
    "match_more": (
        Plural(
            "showing the first role of {total}: --top N shows more",
            "showing the first {n} roles of {total}: --top N shows more",
        ),
        Plural(
            "seul le premier des {total} métiers est affiché : --top N en montre davantage",
            "seuls les {n} premiers des {total} métiers sont affichés : --top N en montre davantage",
        ),
    ),
    "readiness": ("readiness", "préparation"),
    "fit": ("fit", "ressemblance"),
    "readiness_short": ("ready", "prép."),
    "fit_short": ("fit", "ress."),
    "spec_short": ("Spec.", "Spéc."),
    "fit_points": ("Fit pts", "Pts ress."),
    "named_rule": (
        "First: the roles the text names in its title ({roles}), then the others by the order chosen.",
        "D'abord les métiers que le texte nomme dans son intitulé ({roles}), puis les autres dans l'ordre choisi.",
    ),
    "fit_rule": (
        "Fit = the same sum with each weight × spec. × needed / 3, spec. = 1 + ln((N + 1) / "
        "(roles listing the skill + 1)): a skill few roles list, or one the role needs deep, "
        "says more about which role this is.",
        "Ressemblance = la même somme, chaque poids × spéc. × niveau demandé / 3, spéc. = 1 + "
        "ln((N + 1) / (métiers qui la listent + 1)) : une compétence rare, ou que le métier "
        "demande à un haut niveau, dit mieux de quel métier il s'agit.",
    ),
    "explain_fit_total": (
        "Fit = 100 × {points} / {weights} = {fit}",
        "Ressemblance = 100 × {points} / {weights} = {fit}",
    ),
    "coverage_rule": (
        "Ess.: essential skills you hold at the level needed, out of the role's essential skills.",
        "Ess. : compétences essentielles que vous avez au niveau demandé, sur le total du métier.",
    ),
    "score_rule": (
        "Score = 100 × Σ weight × credit / Σ weight; weight 2 essential, 1 optional; credit = your level / level needed (at most 1), or a related skill's share; --explain ROLE shows every term.",
        "Score = 100 × Σ poids × crédit / Σ poids ; poids 2 essentielle, 1 facultative ; crédit = votre niveau / niveau demandé (au plus 1), ou la part d'une compétence voisine ; --explain MÉTIER détaille chaque terme.",
    ),
    "explain_title": ("{name}: score {score} / 100", "{name} : score {score} / 100"),
    "explain_total": (
        "Score = 100 × {points} / {weights} = {score}",
        "Score = 100 × {points} / {weights} = {score}",
    ),
    "via_related": ("via {name} ({level}) × {weight}", "via {name} ({level}) × {weight}"),
    "missing_word": ("missing", "manquante"),
    "full_credit": ("full", "complet"),
    "total": ("Total", "Total"),
    "weight": ("Weight", "Poids"),
    "needed": ("Needed", "Requis"),
    "yours": ("Yours", "Vous"),
    "how": ("How", "Comment"),
    "credit": ("Credit", "Crédit"),
    "points": ("Points", "Points"),
    "gap_title": ("Skill gap: {name}", "Écart de compétences : {name}"),
    "gap_have": ("You have it at the level needed", "Acquises au niveau demandé"),
    "gap_below": ("You have it, below the level needed", "Acquises sous le niveau demandé"),
    "gap_related": ("Only through a related skill", "Seulement par une compétence voisine"),
    "gap_missing": ("Missing", "Manquantes"),
    "points_left": ("Points left", "Points restants"),
    "plan_title": ("Learning plan", "Plan d'apprentissage"),
    "plan_done": (
        "Nothing to learn: you meet every need of this role.",
        "Rien à apprendre : vous couvrez tous les besoins de ce métier.",
    ),
    "prerequisite_word": ("prerequisite", "prérequis"),
    "other_roles": ("Other roles", "Autres métiers"),
    "plan_rule": (
        "Prerequisites come first; among the skills ready to learn: essential ones (and what leads to them) before optional ones, then the skills most others build on, then the one that raises the score most. Other roles: how many other roles list the skill.",
        "Les prérequis d'abord ; parmi les compétences prêtes à apprendre : les essentielles (et ce qui y mène) avant les facultatives, puis celles sur lesquelles les autres s'appuient le plus, puis celle qui fait le plus monter le score. Autres métiers : combien d'autres métiers la demandent.",
    ),
    "next_title": ("What to learn next", "Qu'apprendre ensuite"),
    "goal_score": (
        "Goal: raise the average of your five best scores.",
        "Objectif : relever la moyenne de vos cinq meilleurs scores.",
    ),
    "goal_score_targets": (
        "Goal: raise your five best scores and your targets' ({targets}, counted twice).",
        "Objectif : relever vos cinq meilleurs scores et ceux de vos objectifs ({targets}, comptés double).",
    ),
    "goal_roles": (
        "Goal: bring the most roles to a score of {threshold} or more.",
        "Objectif : amener le plus de métiers à un score de {threshold} ou plus.",
    ),
    "goal_pay": (
        "Goal: raise your scores on the best-paid roles ({region}).",
        "Objectif : relever vos scores sur les métiers les mieux payés ({region}).",
    ),
    "next_none": (
        "No skill would move this goal: nothing left to learn for it.",
        "Aucune compétence ne fait progresser cet objectif.",
    ),
    "objective": ("Goal value", "Objectif"),
    # a no-break space: a header never breaks between "≥" and its number
    "above": ("Roles ≥\u00a0{threshold}", "Métiers ≥\u00a0{threshold}"),
    "rises_most": ("Rises most", "Progresse le plus"),
    "next_rule_score": (
        "Each step raises one skill to the next level a role needs (the lowest above yours), choosing the one that raises the mean of your five best scores most (each target role of your profile counts twice beside them).",
        "Chaque étape monte une compétence au prochain niveau demandé par un métier (le plus bas au-dessus du vôtre), en choisissant celle qui relève le plus la moyenne de vos cinq meilleurs scores (chaque métier visé de votre profil y compte double).",
    ),
    "next_rule_roles": (
        "Each step adds the skill that brings the most roles to the threshold (ties: the one that brings the others closest).",
        "Chaque étape ajoute la compétence qui amène le plus de métiers au seuil (à égalité : celle qui rapproche le plus les autres).",
    ),
    "next_rule_pay": (
        "Goal value: your scores averaged with each role weighted by its median pay in the region.",
        "Valeur de l'objectif : vos scores moyennés, chaque métier pesant son salaire médian dans le pays.",
    ),
    "similar_title": ("Roles closest to {name}", "Métiers les plus proches de {name}"),
    "overlap_short": ("Overlap", "Recouvrement"),
    "to_add": ("Skills to add or raise", "Compétences à acquérir ou renforcer"),
    "to_leave": ("Left aside", "Laissées de côté"),
    "path_title": (
        Plural("From {a} to {b}: {n} move", "From {a} to {b}: {n} moves"),
        Plural("De {a} à {b} : {n} étape", "De {a} à {b} : {n} étapes"),
    ),
    "skills_to_add": ("Skills to add or raise at this step", "Compétences à acquérir ou renforcer"),
    "path_rule": (
        "Neighbours: roles whose skills overlap enough (--min-overlap) or that the catalogue lists as related; fewest moves first, then the closest moves.",
        "Voisins : métiers dont les compétences se recouvrent assez (--min-overlap) ou que le catalogue déclare voisins ; le moins d'étapes d'abord, puis les plus proches.",
    ),
    "profile_title": ("Your profile", "Votre profil"),
    "file": ("File", "Fichier"),
    "targets": ("Targets", "Objectifs"),
    "profile_empty": (
        "No skills yet: careers profile add python:4 sql",
        "Aucune compétence : careers profile add python:4 sql",
    ),
    "matched_words": ("Words found", "Mots trouvés"),
    "found_title": (
        Plural(
            "{n} skill found (to record at level {level})",
            "{n} skills found (to record at level {level})",
        ),
        Plural(
            "{n} compétence trouvée (à enregistrer au niveau {level})",
            "{n} compétences trouvées (à enregistrer au niveau {level})",
        ),
    ),
    "found_title_cues": (
        "{n} skills found (level read from the words near each: basic 2, solid 4, "
        "expert 5; else 3)",
        "{n} compétences trouvées (niveau lu dans les mots voisins : notions 2, maîtrise 4, "
        "expert 5 ; sinon 3)",
    ),
    "level_cue": ("Level (cue)", "Niveau (indice)"),
    "quoted": ("“{text}”", "« {text} »"),
    "implied_by": ("(implied by {name})", "(déduite de la compétence {name})"),
    "detected_title": (
        "Skills read from the text (correct them with --skills or a profile):",
        "Compétences lues dans le texte (à corriger avec --skills ou un profil) :",
    ),
    "found_none": (
        "No skill of the catalogue found in the text.",
        "Aucune compétence du catalogue trouvée dans le texte.",
    ),
    # saved profile
    "lock_waiting": (
        "waiting for another careers process to finish writing the profile…",
        "attente d'un autre processus careers qui écrit le profil…",
    ),
    "lock_timeout": (
        "another careers process is still writing the profile after {seconds} s; "
        "nothing was changed, try again when it has finished",
        "un autre processus careers écrit encore le profil après {seconds} s ; "
        "rien n'a été modifié, réessayez quand il aura fini",
    ),
    "profile_unknown": (
        "Kept in the file, not used (not in this catalogue)",
        "Gardé dans le fichier, non utilisé (absent de ce catalogue)",
    ),
    "profile_keys": ("Other keys", "Autres clés"),
    # validate
    "catalogue": ("Catalogue", "Catalogue"),
    "warnings": ("Warnings", "Avertissements"),
    "valid": ("valid", "valide"),
    "errors_count": (Plural("{n} error", "{n} errors"), Plural("{n} erreur", "{n} erreurs")),
    # careers import, careers catalogues
    "import_done": ("Installed the {name} catalogue: {path}", "Catalogue {name} installé : {path}"),
    "import_replaced": (
        Plural(
            "It replaced the {name} catalogue: {before} roles → {after} role",
            "It replaced the {name} catalogue: {before} roles → {after} roles",
        ),
        Plural(
            "Il remplace le catalogue {name} : {before} métiers → {after} métier",
            "Il remplace le catalogue {name} : {before} métiers → {after} métiers",
        ),
    ),
    "import_time": ("Import took {seconds} s.", "Import effectué en {seconds} s."),
    "import_quirks": (
        "Survived in the input files:",
        "Particularités des fichiers d'entrée, surmontées :",
    ),
    "import_count_roles": ("roles", "métiers"),
    "import_count_skills": ("skills", "compétences"),
    "import_count_families": ("families", "familles"),
    "import_count_links": ("role-skill links", "liens métier-compétence"),
    "import_count_tools": ("role-tool links", "liens métier-outil"),
    "import_count_hot_tools": ("hot technologies", "technologies prisées (hot)"),
    "import_count_salaries": ("salary figures", "salaires"),
    "q_empty_skill_type": (
        "link rows with an empty skill type (kept)",
        "liens sans type de compétence (gardés)",
    ),
    "q_missing_occupation": (
        "rows naming an occupation missing from the occupations file (left out)",
        "lignes citant un métier absent du fichier des métiers (écartées)",
    ),
    "q_missing_skill": (
        "link rows naming a skill missing from the skills file (left out)",
        "liens citant une compétence absente du fichier des compétences (écartés)",
    ),
    "q_bad_relation": (
        "link rows neither essential nor optional (left out)",
        "liens ni essentiels ni optionnels (écartés)",
    ),
    "q_duplicate_row": ("duplicate rows (counted once)", "lignes en double (comptées une fois)"),
    "q_skill_link_skipped": (
        "skill-skill relations to an unknown skill or to itself (left out)",
        "relations entre compétences vers une compétence inconnue ou elle-même (écartées)",
    ),
    "q_skill_fr_missing": (
        "skills without a French label (English shown, marked [EN])",
        "compétences sans libellé français (anglais affiché, marqué [EN])",
    ),
    "q_role_fr_missing": (
        "occupations without a French label (English shown, marked [EN])",
        "métiers sans libellé français (anglais affiché, marqué [EN])",
    ),
    "q_family_fr_missing": (
        "ISCO groups without a French label (English shown, marked [EN])",
        "groupes CITP sans libellé français (anglais affiché, marqué [EN])",
    ),
    "q_skill_without_type": (
        "skills with an empty skill type (imported as skill/competence)",
        "compétences sans type (importées comme aptitude/compétence)",
    ),
    "q_role_without_skills": (
        "occupations without any skill link (left out)",
        "métiers sans aucun lien de compétence (écartés)",
    ),
    "q_missing_isco": (
        "ISCO groups missing from the ISCO file (named by code)",
        "groupes CITP absents du fichier CITP (nommés par leur code)",
    ),
    "q_rating_suppressed": (
        "ratings O*NET marks 'recommend suppress' or 'not relevant' (left out)",
        "notes qu'O*NET marque à supprimer ou non pertinentes (écartées)",
    ),
    "q_rating_incomplete": (
        "elements with an importance but no level, or the reverse (left out)",
        "éléments avec importance sans niveau, ou l'inverse (écartés)",
    ),
    "q_role_without_ratings": (
        "occupations without skill ratings or technologies in demand (left out)",
        "métiers sans notes de compétences ni technologies demandées (écartés)",
    ),
    "q_role_technologies_only": (
        "occupations without skill ratings, imported with their technologies in demand",
        "métiers sans notes de compétences, importés avec leurs technologies demandées",
    ),
    "q_role_without_job_zone": (
        "occupations without a job zone (left out)",
        "métiers sans zone d'emploi (écartés)",
    ),
    "q_role_without_wages": (
        "occupations without an OEWS wage row",
        "métiers sans ligne de salaire OEWS",
    ),
    "q_wage_topcoded": (
        "top-coded wage figures ('#', left out)",
        "salaires plafonnés ('#', écartés)",
    ),
    "q_role_name_shared": (
        "occupation names another occupation also has (made distinct with a code in brackets)",
        "noms de métier portés aussi par un autre (distingués par un code entre parenthèses)",
    ),
    "q_role_alias_shared": (
        "occupation aliases another occupation also has (left out)",
        "autres noms de métier portés aussi par un autre (écartés)",
    ),
    "q_role_alias_long": (
        "occupation aliases over 80 characters (left out)",
        "autres noms de métier de plus de 80 caractères (écartés)",
    ),
    "q_skill_name_shared": (
        "skill names another skill also has (made distinct with a code in brackets)",
        "noms de compétence portés aussi par un autre (distingués par un code entre parenthèses)",
    ),
    "q_skill_alias_shared": (
        "skill aliases another skill also has (left out)",
        "autres noms de compétence portés aussi par un autre (écartés)",
    ),
    "q_skill_alias_long": (
        "skill aliases over 80 characters (left out)",
        "autres noms de compétence de plus de 80 caractères (écartés)",
    ),
    "hot_mark": ("hot", "prisée"),
    "catalogues_none": (
        "No catalogue installed. Install one with: careers import esco PATH, or careers import onet PATH",
        "Aucun catalogue installé. Installez-en un avec : careers import esco CHEMIN, ou careers import onet CHEMIN",
    ),
    # `careers list` that keeps no role: what each filter left (stderr)
    "list_empty": (
        Plural(
            "No role passes the filters (the catalogue has {shown} role):",
            "No role passes the filters (the catalogue has {shown} roles):",
        ),
        Plural(
            "Aucun métier ne passe les filtres (le catalogue en a {shown}) :",
            "Aucun métier ne passe les filtres (le catalogue en a {shown}) :",
        ),
    ),
    "list_empty_step": (
        Plural("  {option} leaves {shown} role", "  {option} leaves {shown} roles"),
        Plural("  {option} en laisse {shown}", "  {option} en laisse {shown}"),
    ),
    "list_empty_tool": (
        Plural(
            "No role lists {tool} among its tools; --skill {tool} keeps the {shown} role that needs it.",
            "No role lists {tool} among its tools; --skill {tool} keeps the {shown} roles that need it.",
        ),
        Plural(
            "Aucun métier ne compte {tool} parmi ses outils ; --skill {tool} garde le {shown} métier qui en a besoin.",
            "Aucun métier ne compte {tool} parmi ses outils ; --skill {tool} garde les {shown} métiers qui en ont besoin.",
        ),
    ),
    "list_empty_highest": (
        "The highest median for {region} before --min-salary is {amount} {currency}.",
        "Avant --min-salary, la médiane la plus élevée pour {region} est {amount} {currency}.",
    ),
    "list_empty_no_median": (
        "None of the roles left before --min-salary has a median for {region}.",
        "Aucun des métiers restant avant --min-salary n'a de médiane pour {region}.",
    ),
    "catalogues_file": ("file", "fichier"),
    "fr_labels_version": (
        "{version} (French labels: ESCO {fr} export)",
        "{version} (libellés français : export ESCO {fr})",
    ),
    "version_not_stated": ("(version not stated)", "(version non indiquée)"),
    "catalogues_imported": ("imported", "importé le"),
    "catalogues_licence": ("licence", "licence"),
    "catalogues_attribution": ("attribution", "attribution"),
}

CATEGORY_WORDS: dict[str, tuple[Word, Word]] = {
    "programming": ("programming", "programmation"),
    "framework": ("framework", "framework"),
    "tool": ("tool", "outil"),
    "ai-methods": ("AI methods", "méthodes d'IA"),
    "math-statistics": ("maths and statistics", "maths et statistiques"),
    "data-infrastructure": ("data infrastructure", "infrastructure de données"),
    "cloud-mlops": ("cloud and MLOps", "cloud et MLOps"),
    "engineering": ("engineering", "ingénierie"),
    "domain": ("domain knowledge", "connaissance métier"),
    "research": ("research", "recherche"),
    "human-ethics": ("human and ethics", "humain et éthique"),
    "business": ("business", "entreprise"),
    "knowledge": ("knowledge", "savoirs"),
    "competence": ("skill/competence", "aptitude/compétence"),
}
WORDS.update({f"cat_{k}": v for k, v in CATEGORY_WORDS.items()})

# `careers profile from-occupation` and `careers show ROLE --official` (careers_cli/occupation.py).
OCCUPATION_WORDS: dict[str, tuple[Word, Word]] = {
    "occ_same_catalogue": (
        "profile from-occupation reads an occupation of an imported taxonomy, not of the "
        "catalogue your profile uses",
        "profile from-occupation lit un métier d'une nomenclature importée, pas du "
        "catalogue de votre profil",
    ),
    "occ_same_catalogue_hint": (
        "give --catalog esco or --catalog onet (installed ones: careers catalogues)",
        "donnez --catalog esco ou --catalog onet (catalogues installés : careers catalogues)",
    ),
    "occ_title": (
        Plural(
            "{occupation} ({catalogue}): {n} essential skill",
            "{occupation} ({catalogue}): {n} essential skills",
        ),
        Plural(
            "{occupation} ({catalogue}) : {n} compétence essentielle",
            "{occupation} ({catalogue}) : {n} compétences essentielles",
        ),
    ),
    "occ_mapped": (
        Plural(
            "Mapped onto the catalogue: {n} skill of ours",
            "Mapped onto the catalogue: {n} skills of ours",
        ),
        Plural(
            "Reliées au catalogue : {n} de nos compétences",
            "Reliées au catalogue : {n} de nos compétences",
        ),
    ),
    "occ_unmapped": (
        Plural(
            "Not mapped: {n} skill the catalogue does not have",
            "Not mapped: {n} skills the catalogue does not have",
        ),
        Plural(
            "Non reliée : {n} compétence absente du catalogue",
            "Non reliées : {n} compétences absentes du catalogue",
        ),
    ),
    "occ_none_mapped": (
        "None of its essential skills is a skill of the catalogue: nothing to add.",
        "Aucune de ses compétences essentielles n'est une compétence du catalogue : rien "
        "à ajouter.",
    ),
    "occ_levels_note": (
        "Levels are the occupation's own: ESCO states none (3, working, for every skill); "
        "O*NET's level rating LV 0-7 gives 1-5; an O*NET technology in demand is 3.",
        "Les niveaux sont ceux du métier : l'ESCO n'en donne pas (3, autonome, pour "
        "chaque compétence) ; la note de niveau LV 0-7 d'O*NET donne 1-5 ; une technologie "
        "O*NET demandée vaut 3.",
    ),
    "occ_official_skill": ("Official skill", "Compétence officielle"),
    "occ_ours": ("Ours", "La nôtre"),
    "occ_route": ("Through", "Par"),
    "occ_evidence": ("Evidence", "Preuve"),
    "route_esco": ("ESCO URI", "URI ESCO"),
    "route_technology": ("technology name", "nom de technologie"),
    "route_label": ("label", "libellé"),
    "official_none_installed": (
        "no imported taxonomy is installed, so no official occupation can be shown",
        "aucune nomenclature importée n'est installée : aucun métier officiel à montrer",
    ),
    "official_none_hint": (
        "import one first: careers import esco PATH, or careers import onet PATH "
        "(README, 'careers import')",
        "importez-en une d'abord : careers import esco CHEMIN, ou careers import onet "
        "CHEMIN (README, « careers import »)",
    ),
    "official_no_code": (
        "role '{role}' has no ESCO or SOC code, so it has no official occupation",
        "le métier « {role} » n'a ni code ESCO ni code SOC : pas de métier officiel",
    ),
    "official_not_found": (
        "none of the role's codes ({codes}) is an occupation of the installed taxonomies ({names})",
        "aucun des codes du métier ({codes}) n'est un métier des nomenclatures "
        "installées ({names})",
    ),
    "official_code_missing": (
        "{code}: not an occupation of the installed taxonomies",
        "{code} : pas un métier des nomenclatures installées",
    ),
    "official_with_section": (
        "--official shows the official occupations; it cannot be combined with --section",
        "--official montre les métiers officiels ; impossible de le combiner avec --section",
    ),
    "official_heading": (
        "Official occupations of {role}",
        "Métiers officiels de {role}",
    ),
    "official_occupation": (
        "{occupation}: {taxonomy} {code}",
        "{occupation} : {taxonomy} {code}",
    ),
    "official_closest": ("closest occupation", "métier le plus proche"),
    "official_listed": ("We list it", "Nous la citons"),
    "official_summary": (
        Plural(
            "{role} lists {listed} of the occupation's {n} essential skill.",
            "{role} lists {listed} of the occupation's {n} essential skills.",
        ),
        Plural(
            "{role} cite {listed} sur {n} compétence essentielle du métier officiel.",
            "{role} cite {listed} des {n} compétences essentielles du métier officiel.",
        ),
    ),
    "official_ours_only": (
        "Ours, not among its essential skills: {names}",
        "Les nôtres, absentes de ses compétences essentielles : {names}",
    ),
}
WORDS.update(OCCUPATION_WORDS)
# Issue 15, second pass: what `careers validate`, the YAML reader and the file guards say
# (a block of its own, so that other changes to WORDS merge without conflicts).
CHECK_WORDS: dict[str, tuple[Word, Word]] = {
    # what a value is, in the words of a YAML author
    "v_null": ("nothing (null)", "rien (null)"),
    "v_boolean": ("the boolean {value}", "le booléen {value}"),
    "v_number": ("the number {value}", "le nombre {value}"),
    "v_timestamp": ("a timestamp ({value})", "un horodatage ({value})"),
    "v_date": ("a date ({value})", "une date ({value})"),
    "v_text": ("the text {value}", "le texte {value}"),
    "v_list": ("a list", "une liste"),
    "v_mapping": ("a mapping", "un dictionnaire (mapping)"),
    "v_hint_boolean": (
        "YAML 1.1 reads unquoted yes/no/on/off/true/false as booleans: quote the text",
        "YAML 1.1 lit yes/no/on/off/true/false sans guillemets comme des booléens : "
        "mettez le texte entre guillemets",
    ),
    "v_hint_date": (
        "YAML reads an unquoted date as a date: quote it",
        "YAML lit une date sans guillemets comme une date : mettez-la entre guillemets",
    ),
    "v_hint_number": (
        "quote it to make it text",
        "mettez-le entre guillemets pour en faire du texte",
    ),
    # a value of the wrong type or out of bounds
    "v_must_list": ("must be a list, got {got}", "doit être une liste, reçu {got}"),
    "v_min_items": (
        Plural("must have at least {n} item", "must have at least {n} items"),
        Plural("doit avoir au moins {n} élément", "doit avoir au moins {n} éléments"),
    ),
    "v_must_bool": ("must be true or false, got {got}", "doit valoir true ou false, reçu {got}"),
    "v_must_text": ("must be text, got {got}", "doit être du texte, reçu {got}"),
    "v_must_label": (
        "must be text, or a mapping with en and fr, got {got}",
        "doit être du texte, ou un dictionnaire avec en et fr, reçu {got}",
    ),
    "v_empty": ("must not be empty", "ne doit pas être vide"),
    "v_too_long": (
        "is too long: {length} characters (at most {limit})",
        "est trop long : {length} caractères (au plus {limit})",
    ),
    "v_not_slug": (
        "{got} is not an id: use lower-case letters, digits and single hyphens (data-scientist)",
        "{got} n'est pas un identifiant : utilisez minuscules, chiffres et tirets simples "
        "(data-scientist)",
    ),
    "v_not_url": (
        "{got} is not a web address (http:// or https://)",
        "{got} n'est pas une adresse web (http:// ou https://)",
    ),
    "v_not_country": (
        "{got} is not a two-letter country code in capitals (US, FR)",
        "{got} n'est pas un code pays de deux lettres majuscules (US, FR)",
    ),
    "v_not_currency": (
        "{got} is not a three-letter currency code in capitals (USD, EUR)",
        "{got} n'est pas un code de devise de trois lettres majuscules (USD, EUR)",
    ),
    "v_not_date": (
        "{got} is not a date written YYYY-MM-DD",
        "{got} n'est pas une date écrite AAAA-MM-JJ",
    ),
    "v_not_esco": (
        "{got} is not an ESCO skill URI (http://data.europa.eu/esco/skill/...)",
        "{got} n'est pas une URI de compétence ESCO (http://data.europa.eu/esco/skill/...)",
    ),
    "v_not_pattern": (
        "{got} does not match the pattern {pattern}",
        "{got} ne suit pas le motif {pattern}",
    ),
    "v_whole_number": ("a whole number", "un nombre entier"),
    "v_a_number": ("a number", "un nombre"),
    "v_must_be": ("must be {kind}, got {got}", "doit être {kind}, reçu {got}"),
    "v_finite": ("must be a finite number, got {got}", "doit être un nombre fini, reçu {got}"),
    "v_between": ("must be {low}-{high}, got {got}", "doit être de {low} à {high}, reçu {got}"),
    "v_at_least": ("must be at least {low}, got {got}", "doit valoir au moins {low}, reçu {got}"),
    "v_at_most": ("must be at most {high}, got {got}", "doit valoir au plus {high}, reçu {got}"),
    "v_above": ("must be above {low}, got {got}", "doit être supérieur à {low}, reçu {got}"),
    "v_above_below": (
        "must be above {low} and below {high}, got {got}",
        "doit être supérieur à {low} et inférieur à {high}, reçu {got}",
    ),
    "v_below": ("must be below {high}, got {got}", "doit être inférieur à {high}, reçu {got}"),
    "v_one_of": (
        "must be one of {values}; got {got}",
        "doit être l'une des valeurs {values} ; reçu {got}",
    ),
    "v_must_mapping": (
        "must be a mapping ({kind}), got {got}",
        "doit être un dictionnaire ({kind}), reçu {got}",
    ),
    "v_missing_field": (
        "missing required field '{name}'",
        "champ obligatoire manquant : « {name} »",
    ),
    "v_unknown_field": ("unknown field '{name}'", "champ inconnu : « {name} »"),
    "v_unknown_currency": ("unknown currency '{name}'", "devise inconnue : « {name} »"),
    "v_catalogue_mapping": (
        "the catalogue must be a mapping with {names}; got {got}",
        "le catalogue doit être un dictionnaire avec {names} ; reçu {got}",
    ),
    # what the types cannot say
    "v_duplicate_id": (
        "duplicate id '{id}' (also {other})",
        "identifiant en double : « {id} » (aussi {other})",
    ),
    "v_skill_self": (
        "a skill cannot relate to itself",
        "une compétence ne peut pas être voisine d'elle-même",
    ),
    "v_skill_own_prerequisite": (
        "a skill cannot be its own prerequisite",
        "une compétence ne peut pas être son propre prérequis",
    ),
    "v_skill_implies_itself": (
        "a skill cannot imply itself",
        "une compétence ne peut pas se déduire d'elle-même",
    ),
    "v_cycle": ("prerequisite cycle: {cycle}", "cycle de prérequis : {cycle}"),
    "v_skill_twice": (
        "skill '{skill}' is listed twice for role '{role}'",
        "la compétence « {skill} » figure deux fois dans le métier « {role} »",
    ),
    "v_not_a_tool": (
        "'{tool}' is a {category} skill, not a tool or framework; list it under skills",
        "« {tool} » est une compétence de catégorie {category}, pas un outil ni un "
        "framework : mettez-la dans skills",
    ),
    "v_missions": (
        "{en} missions in English but {fr} in French; give each in both",
        "{en} missions en anglais mais {fr} en français ; donnez chacune dans les deux langues",
    ),
    "v_role_self": (
        "a role cannot be related to itself",
        "un métier ne peut pas être son propre voisin",
    ),
    "v_no_figure": (
        "a salary needs at least one figure (p10, median, mean, p90, low or high)",
        "un salaire demande au moins un chiffre (p10, median, mean, p90, low ou high)",
    ),
    "v_above_figure": ("{a} ({va}) is above {b} ({vb})", "{a} ({va}) dépasse {b} ({vb})"),
    "v_above_median": (
        "{a} ({va}) is above the median ({vb})",
        "{a} ({va}) dépasse la médiane ({vb})",
    ),
    "v_below_median": (
        "{a} ({va}) is below the median ({vb})",
        "{a} ({va}) est sous la médiane ({vb})",
    ),
    "v_group_only": (
        "'group' is only for group figures (source salary_kind: group)",
        "« group » est réservé aux chiffres de groupe (source de salary_kind: group)",
    ),
    "v_name_twice": (
        "'{label}' names both {kind} '{other}' and '{id}'; a name or alias must lead to one {kind}",
        "« {label} » nomme à la fois « {other} » et « {id} » ({kind}) ; un nom ou un autre "
        "nom doit mener à un seul élément",
    ),
    # warnings
    "w_no_salary": (
        "role '{id}' has no salary figure (shown as 'no data')",
        "le métier « {id} » n'a aucun chiffre de salaire (affiché « pas de données »)",
    ),
    "w_unused_skill": (
        "skill '{id}' is used by no role, application or prerequisite",
        "la compétence « {id} » ne sert à aucun métier, application ni prérequis",
    ),
    "w_unused_source": (
        "source '{id}' is cited nowhere",
        "la source « {id} » n'est citée nulle part",
    ),
    "w_empty_family": ("family '{id}' has no role", "la famille « {id} » n'a aucun métier"),
    "w_unused_application": (
        "application '{id}' is linked to no role",
        "l'application « {id} » n'est liée à aucun métier",
    ),
    "w_group_name": (
        "a group figure should name its group ('group': SOC 15-2051 Data Scientists)",
        "un chiffre de groupe devrait nommer son groupe ('group': SOC 15-2051 Data Scientists)",
    ),
    "w_index_sample": (
        "an index figure should come from n >= {n} rows",
        "un chiffre d'index devrait venir d'au moins {n} lignes (n >= {n})",
    ),
    # the YAML reader (yamlsafe.py)
    "y_invalid": ("invalid YAML: {details}", "YAML invalide : {details}"),
    "y_syntax": ("syntax error", "erreur de syntaxe"),
    "y_tab": (
        "a tab: tabs cannot indent YAML; use spaces",
        "une tabulation : YAML ne s'indente pas avec des tabulations ; utilisez des espaces",
    ),
    "y_character": (
        "invalid character U+{code} in YAML ({reason}); write it as an escape inside a "
        "double-quoted string",
        "caractère invalide U+{code} dans le YAML ({reason}) ; écrivez-le sous forme "
        "d'échappement dans une chaîne entre guillemets doubles",
    ),
    "y_not_integer": ("not an integer: {value}", "pas un entier : {value}"),
    "y_not_boolean": ("not a boolean: {value}", "pas un booléen : {value}"),
    "y_not_number": ("not a number: {value}", "pas un nombre : {value}"),
    "y_not_date": ("not a date: {value}", "pas une date : {value}"),
    "y_merge": (
        "merge keys ('<<') are not supported; write the fields out",
        "les clés de fusion ('<<') ne sont pas acceptées ; écrivez les champs en entier",
    ),
    "y_tag": ("unsupported YAML tag {tag}", "étiquette YAML non acceptée : {tag}"),
    "y_base60": (
        "ambiguous number: {value} is read by YAML 1.1 as a base-60 number; quote it",
        "nombre ambigu : YAML 1.1 lit {value} comme un nombre en base 60 ; mettez-le entre "
        "guillemets",
    ),
    "y_octal": (
        "ambiguous number: {value} has a leading zero, which YAML 1.1 reads as an octal "
        "number; write it without the zero or quote it",
        "nombre ambigu : {value} commence par un zéro, que YAML 1.1 lit comme un nombre "
        "octal ; écrivez-le sans le zéro ou mettez-le entre guillemets",
    ),
    "y_too_deep": ("the YAML is nested too deeply", "le YAML est trop imbriqué"),
    "y_depth": (
        "the YAML is nested more than {n} levels deep",
        "le YAML est imbriqué sur plus de {n} niveaux",
    ),
    "y_key_plain": (
        "a mapping key must be a plain value",
        "une clé de dictionnaire doit être une valeur simple",
    ),
    "y_duplicate_key": (
        "duplicate key '{name}' in the same mapping",
        "clé en double dans le même dictionnaire : « {name} »",
    ),
    "y_unknown_alias": ("unknown alias '*{name}'", "alias inconnu : « *{name} »"),
    "y_aliases": (
        "aliases expand to more than {n} values (a 'billion laughs' file?)",
        "les alias se développent en plus de {n} valeurs (un fichier « billion laughs » ?)",
    ),
    "y_documents": (
        "more than one YAML document in the file",
        "plus d'un document YAML dans le fichier",
    ),
    # libyaml's and PyYAML's own words, as they come (others are shown as they are)
    "yp_flow_sequence": ("while parsing a flow sequence", "dans une liste entre crochets"),
    "yp_flow_mapping": ("while parsing a flow mapping", "dans un dictionnaire entre accolades"),
    "yp_block_mapping": ("while parsing a block mapping", "dans un dictionnaire"),
    "yp_block_collection": ("while parsing a block collection", "dans une liste"),
    "yp_simple_key": ("while scanning a simple key", "dans une clé"),
    "yp_quoted": ("while scanning a quoted scalar", "dans une chaîne entre guillemets"),
    "yp_quoted_parse": ("while parsing a quoted scalar", "dans une chaîne entre guillemets"),
    "yp_next_token": ("while scanning for the next token", "en cherchant l'élément suivant"),
    "yp_block_node": ("while parsing a block node", "dans un élément"),
    "yp_flow_node": ("while parsing a flow node", "dans un élément entre crochets ou accolades"),
    "yp_node": ("while parsing a node", "dans un élément"),
    "yp_block_scalar": ("while scanning a block scalar", "dans un texte sur plusieurs lignes"),
    "yp_plain_scalar": ("while scanning a plain scalar", "dans une valeur"),
    "yp_anchor": ("while scanning an anchor", "dans une ancre"),
    "yp_alias": ("while scanning an alias", "dans un alias"),
    "yp_tag": ("while scanning a tag", "dans une étiquette"),
    "yp_directive": ("while scanning a directive", "dans une directive"),
    "yp_expected_bracket": ("did not find expected ',' or ']'", "',' ou ']' attendu, non trouvé"),
    "yp_expected_brace": ("did not find expected ',' or '}}'", "',' ou '}}' attendu, non trouvé"),
    "yp_expected_key": ("did not find expected key", "clé attendue, non trouvée"),
    "yp_expected_alnum": (
        "did not find expected alphabetic or numeric character",
        "lettre ou chiffre attendu, non trouvé",
    ),
    "yp_expected_dash": (
        "did not find expected '-' indicator",
        "tiret '-' attendu, non trouvé",
    ),
    "yp_expected_colon": ("could not find expected ':'", "':' attendu, non trouvé"),
    "yp_expected_node": ("did not find expected node content", "contenu attendu, non trouvé"),
    "yp_mapping_values": (
        "mapping values are not allowed in this context",
        "une valeur de dictionnaire n'est pas permise ici",
    ),
    "yp_mapping_values_here": (
        "mapping values are not allowed here",
        "une valeur de dictionnaire n'est pas permise ici",
    ),
    "yp_end_of_stream": ("found unexpected end of stream", "fin de fichier inattendue"),
    "yp_cannot_start": (
        "found character that cannot start any token",
        "caractère qui ne peut commencer aucun élément",
    ),
    "yp_escape": ("found unknown escape character", "échappement inconnu"),
    "yp_directive_name": ("found unknown directive name", "nom de directive inconnu"),
    "yp_control": ("control characters are not allowed", "caractères de contrôle interdits"),
    "yp_special": ("special characters are not allowed", "caractères spéciaux interdits"),
    # reading and writing files (files.py)
    "f_too_big": (
        "{path}: the {what} is {size} bytes, over the limit of {limit} bytes",
        "{path} : {what} de {size} octets, au-delà de la limite de {limit} octets",
    ),
    "f_too_big_read": (
        "{path}: the {what} is over the limit of {limit} bytes",
        "{path} : {what} au-delà de la limite de {limit} octets",
    ),
    "f_too_big_hint": (
        "raise the limit with --max-size BYTES (or CAREERS_MAX_SIZE) if the file is genuine",
        "relevez la limite avec --max-size OCTETS (ou CAREERS_MAX_SIZE) si le fichier est "
        "authentique",
    ),
    "f_not_regular": (
        "{path}: is not a regular file (a pipe or device?)",
        "{path} : ce n'est pas un fichier ordinaire (un tube ou un périphérique ?)",
    ),
    "f_cannot_open": (
        "{path}: cannot open the {what}: {reason}",
        "{path} : {what} impossible à ouvrir : {reason}",
    ),
    "f_cannot_read": (
        "{path}: cannot read the {what}: {reason}",
        "{path} : {what} illisible : {reason}",
    ),
    "f_utf16": (
        "{path}: the file is UTF-16; careers reads UTF-8",
        "{path} : le fichier est en UTF-16 ; careers lit l'UTF-8",
    ),
    "f_utf16_hint": (
        "save it as UTF-8 (most editors: 'Save with encoding')",
        "enregistrez-le en UTF-8 (dans la plupart des éditeurs : « Enregistrer avec l'encodage »)",
    ),
    "f_not_utf8": (
        "{place}: not valid UTF-8 (byte 0x{byte})",
        "{place} : UTF-8 invalide (octet 0x{byte})",
    ),
    "f_not_utf8_hint": ("save the file as UTF-8", "enregistrez le fichier en UTF-8"),
    "f_nul": (
        "{place}: the file contains a NUL byte",
        "{place} : le fichier contient un octet NUL",
    ),
    "f_stdin_closed": (
        "cannot read {what}: standard input is closed",
        "impossible de lire {what} : l'entrée standard est fermée",
    ),
    "f_stdin_text": ("the text", "le texte"),
    "f_stdin_hint": (
        "give a file instead of -, or pipe the text in",
        "donnez un fichier au lieu de -, ou envoyez le texte par un tube",
    ),
    "f_stdin_error": (
        "cannot read the text on standard input: {reason}",
        "impossible de lire le texte de l'entrée standard : {reason}",
    ),
    "f_stdin_too_big": (
        "the text on stdin is over {n} MiB",
        "le texte de l'entrée standard dépasse {n} Mio",
    ),
    "f_cannot_write_in": (
        "cannot write in {folder}: {reason}",
        "impossible d'écrire dans {folder} : {reason}",
    ),
    "f_home_hint": (
        "set CAREERS_HOME to a writable directory; read-only commands still work",
        "donnez à CAREERS_HOME un dossier modifiable ; les commandes de lecture marchent toujours",
    ),
    "f_disk_full": (
        "cannot write the output: {reason} (disk full)",
        "impossible d'écrire la sortie : {reason} (disque plein)",
    ),
    "r_no_space": ("no space left on the device", "plus de place sur le périphérique"),
    "r_permission": ("permission denied", "permission refusée"),
    "r_read_only": ("read-only file system", "système de fichiers en lecture seule"),
    "r_no_directory": ("the directory does not exist", "le dossier n'existe pas"),
    "r_is_directory": ("it is a directory", "c'est un dossier"),
    "r_not_directory": (
        "a part of the path is not a directory",
        "une partie du chemin n'est pas un dossier",
    ),
    "r_link_not_regular": (
        "a link to something that is not a regular file",
        "un lien vers autre chose qu'un fichier ordinaire",
    ),
    "file_log": ("log", "journal"),
    "file_file": ("file", "fichier"),
    # numbers typed on the command line (numbers.py)
    "at_place": ("{where}: {message}", "{where} : {message}"),
    "n_level_whole": (
        "the level must be a whole number 1-5, got '{got}'",
        "le niveau doit être un nombre entier de 1 à 5, reçu « {got} »",
    ),
    "n_level_range": (
        "the level must be 1-5, got {got}",
        "le niveau doit être de 1 à 5, reçu {got}",
    ),
    "n_not_number": ("not a number: '{got}'", "pas un nombre : « {got} »"),
    "n_too_large": ("the number is too large: '{got}'", "nombre trop grand : « {got} »"),
    "n_range": ("{got} is not in the range {range}", "{got} n'est pas dans l'intervalle {range}"),
    "n_not_bytes": (
        "not a number of bytes: '{got}' (a whole number, 1 or more)",
        "pas un nombre d'octets : « {got} » (un entier, 1 ou plus)",
    ),
    "env_var_hint": ("{option} (env var: {var})", "{option} (variable d'environnement : {var})"),
    "n_between": ("{low} to {high}", "de {low} à {high}"),
    "n_or_more": ("{low} or more", "{low} ou plus"),
    "n_or_less": ("{high} or less", "{high} ou moins"),
    # profile files (profile.py, profiledoc.py)
    "p_not_mapping": (
        "{path}: a profile is a mapping with 'skills', 'targets' and 'region'",
        "{path} : un profil est un dictionnaire avec « skills », « targets » et « region »",
    ),
    "p_skills_map": (
        "{path}: 'skills' must map skill names to levels 1-5",
        "{path} : « skills » doit associer des noms de compétences à des niveaux de 1 à 5",
    ),
    "p_targets_list": (
        "{path}: 'targets' must be a list of roles",
        "{path} : « targets » doit être une liste de métiers",
    ),
    "p_region_replaced": (
        "the region {old} of your profile is replaced by the file's, {new}",
        "la région {old} de votre profil est remplacée par celle du fichier, {new}",
    ),
    "p_region": (
        "{path}: 'region' must be a country code such as US or FR (quote NO, ON, YES...)",
        "{path} : « region » doit être un code pays comme US ou FR (mettez NO, ON, YES... "
        "entre guillemets)",
    ),
    "p_cannot_write": (
        "cannot write the profile in {folder}: {reason}",
        "impossible d'écrire le profil dans {folder} : {reason}",
    ),
    "p_edit_refused": (
        "{path}: careers could not edit this profile without changing other parts of it, "
        "so it was left as it is",
        "{path} : careers ne pouvait pas modifier ce profil sans en changer d'autres parties ; "
        "il est resté tel quel",
    ),
    "p_edit_hint": (
        "edit the file by hand, or write it as 'skills:' followed by one 'name: level' line "
        "per skill",
        "modifiez le fichier à la main, ou écrivez-le sous la forme « skills: » suivi d'une "
        "ligne « nom: niveau » par compétence",
    ),
    "p_block_only": (
        "{path}: careers edits a profile written as a block mapping (one key per line); "
        "this one is not, so it was left as it is",
        "{path} : careers modifie un profil écrit comme un dictionnaire en bloc (une clé par "
        "ligne) ; celui-ci ne l'est pas, il est resté tel quel",
    ),
    "p_block_hint": (
        "write it as 'skills:' followed by one 'name: level' line per skill",
        "écrivez-le sous la forme « skills: » suivi d'une ligne « nom: niveau » par compétence",
    ),
    # the comment at the top of a new profile file (written once, never rewritten)
    "profile_header": (
        "# careers profile: skill -> level (1 awareness ... 5 expert)",
        "# profil careers : compétence -> niveau (1 notions ... 5 expert)",
    ),
    "p_not_utf8": (
        "cannot save '{name}': it holds bytes that are not UTF-8 text",
        "impossible d'enregistrer « {name} » : il contient des octets qui ne sont pas du "
        "texte UTF-8",
    ),
    "plan_from_zero": ("{message}: a plan from zero", "{message} : un plan à partir de zéro"),
    # the files `careers import` reads (importers/)
    "dl_esco": ("ESCO CSV download", "téléchargement CSV d'ESCO"),
    "dl_esco_fr": ("ESCO French export", "export ESCO en français"),
    "dl_onet": ("O*NET database", "base O*NET"),
    "i_no_folder": ("{path}: no such folder", "{path} : dossier introuvable"),
    "i_not_folder": (
        "{path}: not a folder; give the folder that holds the {what}",
        "{path} : ce n'est pas un dossier ; donnez le dossier qui contient : {what}",
    ),
    "i_bad_zip": (
        "{name}: not a readable zip file; download it again",
        "{name} : ce n'est pas un fichier zip lisible ; téléchargez-le à nouveau",
    ),
    "i_cannot_read": ("{name}: cannot be read ({reason})", "{name} : illisible ({reason})"),
    "i_lacks": ("{path}: the {what} lacks {names}", "{path} : il manque {names} ({what})"),
    "i_lacks_hint": (
        "give the folder of the {what} (see README, 'careers import')",
        "donnez le dossier : {what} (voir le README, « careers import »)",
    ),
    "i_cannot_read_folder": (
        "{path}: cannot read the folder ({reason})",
        "{path} : dossier illisible ({reason})",
    ),
    "i_empty_file": ("{name}: the file is empty", "{name} : le fichier est vide"),
    "i_no_column": (
        "{name}: not the expected file: no column {missing} (found: {found})",
        "{name} : ce n'est pas le fichier attendu : pas de colonne {missing} (trouvées : {found})",
    ),
    "i_truncated": (
        "{name}: the file ends in the middle of a row (truncated download?)",
        "{name} : le fichier s'arrête au milieu d'une ligne (téléchargement interrompu ?)",
    ),
    "i_truncated_hint": (
        "download it again; nothing was installed",
        "téléchargez-le à nouveau ; rien n'a été installé",
    ),
    "i_not_utf8": ("{name}: not UTF-8 text", "{name} : ce n'est pas du texte UTF-8"),
    "i_zip_damaged": (
        "{name}: the zip file is damaged or truncated; download it again",
        "{name} : le fichier zip est abîmé ou tronqué ; téléchargez-le à nouveau",
    ),
    "i_zip_member_damaged": (
        "{name}: the zip file {zip} is damaged or truncated; download it again",
        "{name} : le fichier zip {zip} est abîmé ou tronqué ; téléchargez-le à nouveau",
    ),
    "i_not_table": (
        "{name}: not a readable table ({reason})",
        "{name} : tableau illisible ({reason})",
    ),
    "i_not_valid": (
        Plural(
            "the imported {name} catalogue does not pass validation ({n} problem): {shown}",
            "the imported {name} catalogue does not pass validation ({n} problems): {shown}",
        ),
        Plural(
            "le catalogue {name} importé ne passe pas la vérification ({n} problème) : {shown}",
            "le catalogue {name} importé ne passe pas la vérification ({n} problèmes) : {shown}",
        ),
    ),
    "i_taken": (
        Plural(
            "'{name}' is already installed: {installed} {version}, {roles} role; "
            "importing {taxonomy} under that name would replace it",
            "'{name}' is already installed: {installed} {version}, {roles} roles; "
            "importing {taxonomy} under that name would replace it",
        ),
        Plural(
            "« {name} » est déjà installé : {installed} {version}, {roles} métier ; "
            "y importer {taxonomy} le remplacerait",
            "« {name} » est déjà installé : {installed} {version}, {roles} métiers ; "
            "y importer {taxonomy} le remplacerait",
        ),
    ),
    "i_taken_unknown": (
        "'{name}' is an installed catalogue that no import made: importing {taxonomy} "
        "under that name would replace it",
        "« {name} » est un catalogue installé qu'aucun import n'a fait : y importer "
        "{taxonomy} le remplacerait",
    ),
    "i_taken_hint": (
        "give another name (--name {other}); careers has no command to remove a catalogue: "
        "to replace this one, delete {path}.yaml and {path}.json first",
        "donnez un autre nom (--name {other}) ; careers n'a pas de commande pour retirer "
        "un catalogue : pour remplacer celui-ci, supprimez d'abord {path}.yaml et {path}.json",
    ),
    "i_cannot_create": ("cannot create {path}: {reason}", "impossible de créer {path} : {reason}"),
    "i_onet_lacks": (
        "{path}: the O*NET database lacks {name}",
        "{path} : il manque {name} à la base O*NET",
    ),
    "i_onet_hint": (
        "give the folder of the O*NET database text files",
        "donnez le dossier des fichiers texte de la base O*NET",
    ),
    "i_no_wages": (
        "{path}: no such wages file (BLS OEWS national CSV)",
        "{path} : fichier de salaires introuvable (CSV national OEWS du BLS)",
    ),
    "i_onet_empty": (
        "{path}: no occupation has skill ratings and a job zone",
        "{path} : aucun métier n'a à la fois des notes de compétences et une zone d'emploi",
    ),
    "i_esco_empty": (
        "the ESCO files hold no occupation with skills: nothing to import",
        "les fichiers ESCO n'ont aucun métier avec des compétences : rien à importer",
    ),
    # `careers profile set` with nothing to set
    "set_nothing": (
        "give skills, --region or --target",
        "donnez des compétences, --region ou --target",
    ),
    "set_nothing_param": ("SKILL", "COMPÉTENCE"),
    # labels of tables and lines (French puts a space before a colon)
    "id_label": ("id", "identifiant"),
    "count_label": ("n", "nb"),
    "labelled": ("{label}: {text}", "{label} : {text}"),
    "then": ("; ", " ; "),
    # for careers_cli/catalogue.py, being rewritten by issue 16 (not used yet)
    "prerequisite_cycle": (
        "prerequisite cycle in the catalogue",
        "cycle de prérequis dans le catalogue",
    ),
    "catalogue_empty": (
        "the catalogue is empty (no YAML content)",
        "le catalogue est vide (aucun contenu YAML)",
    ),
    "first_read": (
        "careers: reading {name} ({size} MB) for the first time; later runs use a cache ",
        "careers : première lecture de {name} ({size} Mo) ; les lancements suivants "
        "utiliseront un cache ",
    ),
    # the summary of `careers validate`
    "file_state": ("{path}: {state}", "{path} : {state}"),
    "warnings_count": ("Warnings: {n}", "Avertissements : {n}"),
}
WORDS.update(CHECK_WORDS)

# The words a new user's review of `main` found missing (dates, suggestions, exit codes).
REVIEW_WORDS: dict[str, tuple[Word, Word]] = {
    "no_date": ("n.d.", "s. d."),
    "no_skill_in_text": (
        "no skill of the catalogue was found in the text",
        "aucune compétence du catalogue n'a été trouvée dans le texte",
    ),
    "not_saved_hint": (
        "nothing was changed; add --yes to save without being asked",
        "rien n'a changé ; ajoutez --yes pour enregistrer sans confirmation",
    ),
    "compare_roles_param": ("ROLE ROLE [ROLE...]", "MÉTIER MÉTIER [MÉTIER...]"),
}
WORDS.update(REVIEW_WORDS)

# The word for each value of a fixed choice (an enum of the model or of the options):
# group -> value -> key of WORDS, written out so that every key used is in the source.
#: The kinds of item whose French noun is feminine (compétence, application, famille,
#: source): a message about one takes the feminine forms (``ambiguë``, ``l'une de``).
FEMININE = frozenset({"skill", "application", "family", "source"})

CHOICES: dict[str, dict[str, str]] = {
    "file_kind": {
        "text file": "file_text",
        "profile": "file_profile",
        "saved profile": "file_saved_profile",
        "catalogue": "file_catalogue",
        "catalogue file": "file_catalogue_file",
        "export file": "file_export",
        "profile export": "file_profile_export",
        "log": "file_log",
        "file": "file_file",
    },
    "rank_demand": {
        "other": "rank_demand_title",
        "groups": "rank_demand_groups_title",
        "missing": "rank_demand_missing_title",
    },
    "rank_section": {
        "role": "rank_role_title",
        "group-only": "rank_group_only_title",
        "groups": "rank_groups_title",
        "source": "rank_salary_title",
        "missing": "rank_missing_title",
    },
    # --experience: the index's medians by level (or, with --source, that source's)
    "rank_section_level": {
        "role": "rank_role_level_title",
        "source": "rank_role_level_title",
        "missing": "rank_missing_level_title",
    },
    "rank_section_level_source": {
        "source": "rank_source_level_title",
        "missing": "rank_missing_source_level_title",
    },
    "seniority": {"entry": "level_entry", "mid": "level_mid", "senior": "level_senior"},
    "salary_kind": {"role": "kind_role", "group": "kind_group"},
    "match_by": {"readiness": "readiness", "fit": "fit"},
    # with target roles: only the score goal counts them apart
    "goal_targets": {"score": "goal_score_targets", "roles": "goal_roles", "pay": "goal_pay"},
    "gap_kind": {
        "have": "gap_have",
        "below": "gap_below",
        "related": "gap_related",
        "missing": "gap_missing",
    },
    "importance": {"essential": "essential", "optional": "optional"},
    "count": {
        "roles": "roles",
        "skills": "skills",
        "applications": "applications",
        "families": "families",
        "sources": "sources",
    },
    # a name that matches nothing: the word for its kind, and the sentence (French
    # nouns have a gender: "métier inconnu", "compétence inconnue")
    "name_kind": {
        "role": "kind_role",
        "skill": "kind_skill",
        "application": "kind_application",
        "family": "kind_family",
        "source": "kind_source",
        "occupation": "kind_occupation",
    },
    "unknown_name": {
        "role": "unknown_role",
        "skill": "unknown_skill",
        "application": "unknown_application",
        "family": "unknown_family",
        "source": "unknown_source",
        "occupation": "unknown_occupation",
    },
    "import_count": {
        "roles": "import_count_roles",
        "skills": "import_count_skills",
        "families": "import_count_families",
        "links": "import_count_links",
        "tools": "import_count_tools",
        "hot_tools": "import_count_hot_tools",
        "salaries": "import_count_salaries",
    },
    "quirk": {
        "q_empty_skill_type": "q_empty_skill_type",
        "q_missing_occupation": "q_missing_occupation",
        "q_missing_skill": "q_missing_skill",
        "q_bad_relation": "q_bad_relation",
        "q_duplicate_row": "q_duplicate_row",
        "q_skill_link_skipped": "q_skill_link_skipped",
        "q_skill_fr_missing": "q_skill_fr_missing",
        "q_role_fr_missing": "q_role_fr_missing",
        "q_family_fr_missing": "q_family_fr_missing",
        "q_skill_without_type": "q_skill_without_type",
        "q_role_without_skills": "q_role_without_skills",
        "q_missing_isco": "q_missing_isco",
        "q_rating_suppressed": "q_rating_suppressed",
        "q_rating_incomplete": "q_rating_incomplete",
        "q_role_without_ratings": "q_role_without_ratings",
        "q_role_technologies_only": "q_role_technologies_only",
        "q_role_without_job_zone": "q_role_without_job_zone",
        "q_role_without_wages": "q_role_without_wages",
        "q_wage_topcoded": "q_wage_topcoded",
        "q_role_name_shared": "q_role_name_shared",
        "q_role_alias_shared": "q_role_alias_shared",
        "q_role_alias_long": "q_role_alias_long",
        "q_skill_name_shared": "q_skill_name_shared",
        "q_skill_alias_shared": "q_skill_alias_shared",
        "q_skill_alias_long": "q_skill_alias_long",
    },
    "category": {
        "programming": "cat_programming",
        "framework": "cat_framework",
        "tool": "cat_tool",
        "ai-methods": "cat_ai-methods",
        "math-statistics": "cat_math-statistics",
        "data-infrastructure": "cat_data-infrastructure",
        "cloud-mlops": "cat_cloud-mlops",
        "engineering": "cat_engineering",
        "domain": "cat_domain",
        "research": "cat_research",
        "human-ethics": "cat_human-ethics",
        "business": "cat_business",
        "knowledge": "cat_knowledge",
        "competence": "cat_competence",
    },
    "degree": {
        "none": "degree_none",
        "vocational": "degree_vocational",
        "bachelor": "degree_bachelor",
        "master": "degree_master",
        "phd": "degree_phd",
    },
    "experience": {
        "all": "exp_all",
        "entry": "exp_entry",
        "mid": "exp_mid",
        "senior": "exp_senior",
        "range": "exp_range",
    },
    "measure": {
        "median": "measure_median",
        "p10": "measure_p10",
        "p90": "measure_p90",
        "low": "measure_low",
        "high": "measure_high",
    },
    "source_kind": {
        "official": "kind_official",
        "survey": "kind_survey",
        "index": "kind_index",
        "aggregator": "kind_aggregator",
        "career-guide": "kind_career-guide",
        "blog": "kind_blog",
        "article": "kind_article",
    },
    "download": {
        "ESCO CSV download": "dl_esco",
        "ESCO French export": "dl_esco_fr",
        "O*NET database": "dl_onet",
    },
    "hit_kind": {
        "role": "kind_role",
        "skill": "kind_skill",
        "application": "kind_application",
    },
    "field": {
        "id": "field_id",
        "name": "field_name",
        "alias": "field_alias",
        "skill": "field_skill",
        "application": "field_application",
        "summary": "field_summary",
        "mission": "field_mission",
        "description": "field_description",
        "category": "field_category",
    },
    "goal": {
        "score": "goal_score",
        "roles": "goal_roles",
        "pay": "goal_pay",
    },
    "next_rule": {
        "score": "next_rule_score",
        "roles": "next_rule_roles",
        "pay": "next_rule_pay",
    },
}

# The YAML parser's own phrases (libyaml's, or PyYAML's) and their words: yamlsafe.py
# shows them in the user's language (any other phrase as the parser gives it). The
# words are formatted: "}}" is a brace.
CHOICES["yaml_parser"] = {
    "while parsing a flow sequence": "yp_flow_sequence",
    "while parsing a flow mapping": "yp_flow_mapping",
    "while parsing a block mapping": "yp_block_mapping",
    "while parsing a block collection": "yp_block_collection",
    "while scanning a simple key": "yp_simple_key",
    "while scanning a quoted scalar": "yp_quoted",
    "while parsing a quoted scalar": "yp_quoted_parse",
    "while scanning for the next token": "yp_next_token",
    "while parsing a block node": "yp_block_node",
    "while parsing a flow node": "yp_flow_node",
    "while parsing a node": "yp_node",
    "while scanning a block scalar": "yp_block_scalar",
    "while scanning a plain scalar": "yp_plain_scalar",
    "while scanning an anchor": "yp_anchor",
    "while scanning an alias": "yp_alias",
    "while scanning a tag": "yp_tag",
    "while scanning a directive": "yp_directive",
    "did not find expected alphabetic or numeric character": "yp_expected_alnum",
    "did not find expected ',' or ']'": "yp_expected_bracket",
    "did not find expected ',' or '}'": "yp_expected_brace",
    "did not find expected key": "yp_expected_key",
    "did not find expected '-' indicator": "yp_expected_dash",
    "could not find expected ':'": "yp_expected_colon",
    "did not find expected node content": "yp_expected_node",
    "mapping values are not allowed in this context": "yp_mapping_values",
    "mapping values are not allowed here": "yp_mapping_values_here",
    "found unexpected end of stream": "yp_end_of_stream",
    "found character that cannot start any token": "yp_cannot_start",
    "found unknown escape character": "yp_escape",
    "found unknown directive name": "yp_directive_name",
    "control characters are not allowed": "yp_control",
    "special characters are not allowed": "yp_special",
}


def t(key: str, lang: Lang, **values: object) -> str:
    """An interface word in a language, with ``{name}`` fields filled in; a word with
    plural forms takes the one for ``n`` (a value to give), and writes ``{n}`` with the
    language's thousands separators (:func:`number`: "3,007 roles", "3 007 métiers")."""
    pair = WORDS.get(key)
    if pair is None:  # a bug the key test catches; never worth a crash
        return key
    word = pair[1] if lang is Lang.FR else pair[0]
    if isinstance(word, Plural):
        count = values.get("n")
        assert isinstance(count, int), f"{key} needs n="
        single = count < 2 if lang is Lang.FR else count == 1
        word = word.one if single else word.other
        values = {**values, "n": number(count, lang)}
    return word.format(**values) if values else word


def choice(group: str, value: str, lang: Lang, **values: object) -> str:
    """The word for one value of a fixed choice, e.g. ``choice("degree", "master", lang)``;
    a value without a word is shown as it is."""
    key = CHOICES.get(group, {}).get(value)
    return t(key, lang, **values) if key is not None else value


# The answers that mean yes to a question asked on the terminal.
YES_WORDS: dict[Lang, frozenset[str]] = {
    Lang.EN: frozenset({"y", "yes"}),
    Lang.FR: frozenset({"o", "oui", "y", "yes"}),
}


def msg(key: str, **values: object) -> str:
    """A message in the language of this run (errors and warnings of the core)."""
    return t(key, current_lang(), **values)


THIN_SPACE = "\u202f"  # narrow no-break space: French thousands, before % and units


def decimal(value: float, lang: Lang, places: int = 0) -> str:
    """A number with ``places`` decimals (always that many, so a column lines up on
    the decimal mark) and thousands separators: 120,230.5 (en), 120 230,5 (fr, with a
    narrow no-break space)."""
    text = f"{value:,.{places}f}"
    if lang is Lang.FR:
        text = text.replace(",", THIN_SPACE).replace(".", ",")
    return text


def number(value: float, lang: Lang) -> str:
    """A whole number with thousands separators: 120,230 (en) or 120 230 (fr)."""
    return decimal(round(value), lang)


def compact(value: float, lang: Lang) -> str:
    """A short amount for tables: 120k, 2.1k (2,1k in French), 950."""
    if value >= 10_000:
        text = f"{round(value / 1000)}k"
    elif value >= 1_000:
        text = f"{value / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    else:
        text = f"{round(value)}"
    return text.replace(".", ",") if lang is Lang.FR else text


def pct(value: float, lang: Lang) -> str:
    """A share as a percentage: 42% (en), 42 % (fr, with a narrow no-break space)."""
    return percent(str(round(value * 100)), lang)


def percent(figure: str, lang: Lang) -> str:
    """A number already written as the language writes it, with its percent sign: the one
    format of every percentage (42%, 42 % in French with a narrow no-break space)."""
    return f"{figure}{THIN_SPACE}%" if lang is Lang.FR else f"{figure}%"
