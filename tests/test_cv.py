"""Skills found in free text (careers_cli.cv): names, traps, levels. Texts written for
these tests, in English and French (no real job ad or CV)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, cv

from .conftest import Run, imported

BUNDLED = catalogue.load(None)


def found(text: str) -> dict[str, cv.Found]:
    return {f.skill_id: f for f in cv.find_skills(BUNDLED, text)}


def test_skills_given_by_name_do_not_load_the_text_finder(isolated_home: Path) -> None:
    """The finder compiles some fifty patterns at import (60 ms of a 0.3 s `gap`):
    only a command reading a text loads it."""
    imported(["list"], isolated_home)  # the index compiled: the runs below are warm
    named = imported(["gap", "data-scientist", "--skills", "python:3"], isolated_home)
    assert "careers_cli.matching" in named and "careers_cli.cv" not in named
    cv_file = isolated_home / "cv.txt"
    cv_file.write_text("Python and SQL.", encoding="utf-8")
    read = imported(["gap", "data-scientist", "--from-text", str(cv_file)], isolated_home)
    assert "careers_cli.cv" in read


@pytest.mark.parametrize(
    ("text", "skill", "words"),
    [
        ("Our stack: python, spark and sql on AWS.", "spark", ("spark",)),
        ("Models in DBT on top of Snowflake and SQL.", "dbt", ("DBT",)),
        ("You run code reviews and write Python.", "software-engineering", ("code reviews",)),
        ("Concevoir des architectures de données.", "data-architecture", None),
        ("Réaliser des analyses de données pour les métiers.", "data-analysis", None),
        ("Garantir la qualité et la sécurité des données.", "data-quality", None),
        ("Garantir la qualité et la sécurité des données.", "data-security", None),
        ("Experience with numpyy, pandas and Python.", "numpy", ("numpyy",)),
        ("Datavisualisation avec Python.", "data-visualisation", None),
        ("Des visualisations claires pour les équipes.", "data-visualisation", None),
        ("Évaluer la performance des modèles en production.", "model-evaluation", None),
        ("Travail en méthodologies agiles.", "project-management", None),
        ("Développement Agile, revue de code.", "project-management", None),
        ("Search and IR with Python and Elasticsearch.", "information-retrieval", None),
        ("Experience with GitHub and Python.", "git", None),
        ("You will conduct research on speech models.", "scientific-research", None),
        ("Audio processing for podcasts, in Python.", "signal-processing", None),
        ("Du traitement audio pour la musique, en Python.", "signal-processing", None),
        ("Statistical computing in R and Python.", "statistics", None),
        ("Du calcul statistique en Python.", "statistics", ("calcul statistique",)),
        ("Mener des recherches sur la reconnaissance de la parole.", "scientific-research", None),
        ("Vous déployez sur AWS avec nos partenaires, en Python.", "aws", None),
        ("Strong algorithm design skills and Python.", "algorithms", ("algorithm design",)),
        ("Respecter la vie privée des usagers, en Python.", "data-protection", ("vie privée",)),
        ("Un profil GitHub actif et du Python.", "git", None),
        ("Savoir communiquer efficacement avec les métiers.", "communication", None),
        ("Audit des modèles et de leurs biais.", "auditing", None),
        ("You collaborate with key stakeholders across the firm.", "stakeholder-management", None),
        ("Savoir travailler avec les parties prenantes métier.", "stakeholder-management", None),
        ("You will build and deploy predictive ML models.", "mlops", ("deploy",)),
        ("Passionate about our users, you build NLP pipelines.", "nlp", None),
        ("You are passionate about AI and have 3+ years of Python.", "python", None),
        ("Vous êtes passionné par l'IA et maîtrisez SQL.", "sql", None),
        ("Passionnée par le sport ; vous codez en Python.", "python", None),
        ("Vous saurez déployer nos modèles de langage chez les clients.", "mlops", None),
        ("Vous avez déjà déployé des modèles d'IA.", "mlops", ("déployé",)),
        ("Maintain and optimise existing models and pipelines.", "model-optimisation", None),
        # a one-word name in both languages, one with accents: both spellings are found
        ("Vous menez l'évaluation de nos modèles.", "model-evaluation", ("évaluation",)),
        (
            "You will publish in the main machine learning conferences.",
            "scientific-publishing",
            None,
        ),
        ("Évaluer les modèles de langage récents.", "model-evaluation", None),
        ("Vous avez déjà optimisé nos modèles.", "model-optimisation", ("optimisé",)),
        ("Concevoir et optimiser des modèles d'IA en Python.", "model-optimisation", None),
        ("Optimizing LLMs for inference is your job.", "model-optimisation", ("Optimizing",)),
        # a word of models up to 8 words away, in the same clause; "deep", "neural" are ones
        ("Evaluate and improve the performance of existing NLP systems.", "model-evaluation", None),
        ("Optimize the performance and scalability of our ML models.", "model-optimisation", None),
        ("Profile and optimize deep learning training workloads.", "model-optimisation", None),
        ("Experience evaluating recent NLP models.", "model-evaluation", None),
        ("Évaluer les nouveaux LLM open source.", "model-evaluation", ("Évaluer",)),
        ("A clear written communicator, in English.", "communication", ("communicator",)),
        ("Vous êtes bonne communicante et rigoureuse.", "communication", None),
        ("UX research and interviews with users, in Python.", "user-research", None),
        ("Product ownership of our Python tools.", "product-management", None),
        ("Garantir la qualité et la cohérence des données.", "data-quality", None),
        # the sentence after a lab's research areas is read again; so is the intern's work
        (
            "Notre équipe, dont les travaux portent sur le TAL. Vous codez en Python.",
            "python",
            None,
        ),
        ("Le stagiaire présentera ses travaux sur la robotique.", "robotics", None),
        # a word of collaborating far before stakeholders
        (
            "Une collaboration quotidienne étroite avec les équipes de développement, de data"
            " science et d'autres parties prenantes.",
            "stakeholder-management",
            None,
        ),
        # two verbs share their object: "nettoyer (les données) et organiser les données"
        ("Collecter, nettoyer et organiser les données.", "data-wrangling", None),
        ("Recueillir, analyser et intégrer les données.", "data-pipelines", None),
        (
            "A strong partnership with engineering, product, design and all our business"
            " stakeholders.",
            "stakeholder-management",
            None,
        ),
        # what is asked beside a degree, and beside a lab's research, is read; GitHub as a
        # place to work, or after a sentence about the application, is asked
        ("Issu(e) d'une formation en informatique, vous maîtrisez Python.", "python", None),
        ("Une formation en informatique et une bonne maîtrise de SQL.", "sql", None),
        (
            "Vous rejoindrez une équipe dont les travaux portent sur la vision et vous"
            " développerez des modèles en PyTorch.",
            "pytorch",
            None,
        ),
        (
            "Le doctorant mènera ses travaux autour de l'apprentissage fédéré.",
            "federated-learning",
            None,
        ),
        (
            "We invite candidates whose research focuses on reinforcement learning.",
            "reinforcement-learning",
            None,
        ),
        ("You will collaborate on GitHub with the rest of the team.", "git", None),
        ("Please send your CV and portfolio. Experience with GitHub is a plus.", "git", None),
        (
            "Veiller à la qualité, de l'intégrité et de la conformité des données.",
            "data-quality",
            None,
        ),
        ("Design and analysis of experiments, in R and Python.", "experimental-design", None),
        # a list of teams ends at the first word in lower case
        (
            "With teams like GTM and Finance you build machine learning tools.",
            "machine-learning",
            None,
        ),
    ],
)
def test_names_found(text: str, skill: str, words: tuple[str, ...] | None) -> None:
    result = found(text)
    assert skill in result, (text, sorted(result))
    if words is not None:
        assert result[skill].words == words


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Strong knowledge of ML algorithms and Python.", "algorithms"),
        ("You will join The Algorithms organization, working in Python.", "algorithms"),
        ("Welcome to our MLOps team! You write Python.", "mlops"),
        ("You report to our Data & BI Lead and use SQL.", "business-intelligence"),
        ("Nous faisons du conseil, de l'audit et de la formation en Python.", "auditing"),
        ("Code on github.com/acme/tools, in Python.", "git"),
        ("Le sujet : /pdf/Inria_LLM_Master2024_FR.pdf, en Python.", "large-language-models"),
        ("See our GitHub page for the Python tools we share.", "git"),
        # the site a project is on, and a profile sent with the application
        ("The whole project will be available on GitHub, in Python.", "git"),
        ("Le code sera publié sur GitHub ; vous codez en Python.", "git"),
        ("Envoie un CV / github /\nlinkedin, et parle-nous de Python.", "git"),
        ("Send your resume and GitHub or LinkedIn profile; we use Python.", "git"),
        ("Joins ton CV / GitLab / LinkedIn, et parle-nous de Python.", "git"),
        ("Research on adaptive AI algorithms design, in Python.", "algorithms"),
        ("We are the leading AWS partner in Europe; you write Python.", "aws"),
        ("Nous sommes le premier partenaire AWS en France ; du Python.", "aws"),
        (
            "Un bon équilibre entre vie professionnelle et vie privée ; du Python.",
            "data-protection",
        ),
        ("Équilibre vie pro/vie privée, télétravail, Python.", "data-protection"),
        ("Voir notre page GitHub pour nos outils en Python.", "git"),
        ("Voir https://gitlab.example.org/projet pour le code Python.", "git"),
        ("Rejoignez l'équipe MLOps à Lyon, en Python.", "mlops"),
        ("Tell us about the spark that drives you.", "spark"),
        ("Ce poste est financé par l'Europe ; Python et SQL.", "finance"),
        ("Our studio builds tools in Python and SQL.", "r"),
        ("Optimiser les ressources de calcul en Python.", "calculus"),
        ("On y va, go ! C'est un poste R&D chez R. Martin.", "go"),
        ("On y va, go ! C'est un poste R&D chez R. Martin.", "r"),
        ("Our platform serves business stakeholders in Python.", "stakeholder-management"),
        # an interest is no requirement (to the next comma or the clause's end)
        ("Passionné.e par la robotique et l'IA, vous codez en Python.", "robotics"),
        ("You are passionate about NLP and search, and write Python.", "nlp"),
        ("A real passion for computer vision; Python.", "computer-vision"),
        ("Passionné(e) par le machine learning, vous codez en Python.", "machine-learning"),
        # a lab's or a team's own research areas, to the sentence's end
        (
            "Le laboratoire développe ses recherches autour de l'apprentissage automatique"
            " et du TAL. Vous codez en Python.",
            "machine-learning",
        ),
        ("Une équipe dont les travaux portent sur la robotique. Python.", "robotics"),
        (
            "The lab is small; its research covers computer vision. You write Python.",
            "computer-vision",
        ),
        # far from "stakeholders", only a word of collaborating counts; "model(s)" far after
        # a verb does not
        (
            "You will work on our data platform, which serves business stakeholders across Europe.",
            "stakeholder-management",
        ),
        (
            "Optimize the cost of our cloud storage and the GPUs that train our models.",
            "model-optimisation",
        ),
        ("You will annotate your Python code with type hints.", "data-labelling"),
        ("Machine learning for photometric redshift estimation of galaxies, in Python.", "aws"),
        ("Our research spans NLP and robotics. You write Python.", "nlp"),
        # deploying or evaluating counts only beside a word of models, in the same clause
        ("You will deploy our platform to new regions, in Python.", "mlops"),
        ("Vous saurez déployer l'offre chez nos clients ; modèles de prix en SQL.", "mlops"),
        ("An annual performance evaluation, and Python.", "model-evaluation"),
        ("Design and evaluate learning programmes for employees, in Python.", "model-evaluation"),
        ("Evaluate AI vendors and tools, in Python.", "model-evaluation"),
        ("Passionné·e par la robotique, vous codez en Python.", "robotics"),
        ("Évaluer les besoins des équipes, en Python.", "model-evaluation"),
        # optimising counts beside a word of models too, not beside a data model's
        ("You will optimize our SQL queries and dashboards.", "model-optimisation"),
        ("Create and optimize existing data models for Support, in SQL.", "model-optimisation"),
        ("Optimiser nos modèles de données du CRM, en SQL.", "model-optimisation"),
        ("We optimize our sales process. Our ML models are another team's.", "model-optimisation"),
        ("You validate invoices and deployment schedules, in SQL.", "model-evaluation"),
        ("Deployment of our web app to AWS, in Python.", "mlops"),
        ("Interpretation of survey results for the board, in SQL.", "explainability"),
        # a word of models where it speaks of no model: "deep", an ML team, a data model
        ("You have a deep understanding of query optimization.", "model-optimisation"),
        ("Interpreting results of deep-dive analyses for the board.", "explainability"),
        ("Evaluate vendors and tools, and support ML engineers.", "model-evaluation"),
        ("You will build the ML platform and optimize its cloud costs.", "model-optimisation"),
        ("Build, test and optimize our dbt models on Snowflake.", "model-optimisation"),
        ("Validate the financial model with the CFO.", "model-evaluation"),
        ("Optimiser le modèle de donnée du CRM.", "model-optimisation"),
        ("Optimiser les modèles de données du CRM.", "model-optimisation"),
        ("Évaluer les modèles de données avec les métiers.", "model-evaluation"),
        ("Publish in production twice a week with our CI.", "scientific-publishing"),
        # the words near "stakeholders" are read 4 words away, not 8
        (
            "Our platform serves business stakeholders across Europe and we work in squads.",
            "stakeholder-management",
        ),
        (
            "Optimize the cost of our cloud storage, queues and web servers for ML",
            "model-optimisation",
        ),
        ("Des rapports accessibles aux parties prenantes, en SQL.", "stakeholder-management"),
        # "qualité du code" is the code's: the tail is shared with the nearest word only
        ("Mesurer la qualité du code et la cohérence des données.", "data-quality"),
        (
            "You partner with teams like Sales, Product Management and Ops in SQL.",
            "product-management",
        ),
        ("Avec les équipes telles que Finance, Produit et Marketing, en SQL.", "finance"),
        # the words before the list in any case
        (
            "You partner with Teams Such As Sales, Product Management and Ops, in SQL.",
            "product-management",
        ),
        ("AVEC LES ÉQUIPES TELLES QUE Finance, Produit et Marketing, en SQL.", "finance"),
        # "İ" lowers to two characters: the list is still found where it is
        (
            "Offices: İzmir, İstanbul, İzmit, İnegöl, İskenderun. Teams Like Finance, in SQL.",
            "finance",
        ),
        ("Bots that deliver great user experiences, in Python.", "user-research"),
        ("Une équipe de data engineers et de product owners, en Python.", "product-management"),
        ("Une expérience utilisateur fluide, codée en Python.", "user-research"),
        # a movement the ad invites to join, not a skill asked
        ("Be part of the Generative AI revolution; you write Python.", "generative-ai"),
        ("Rejoignez la révolution IA générative ; vous codez en Python.", "generative-ai"),
    ],
)
def test_traps_not_found(text: str, skill: str) -> None:
    assert skill not in found(text), text


def test_a_team_or_page_ends_with_its_sentence() -> None:
    # the word before a name counts only in the name's clause: "notre équipe. Python"
    # names no team Python
    for text in [
        "Rejoignez notre équipe. Python est requis.",
        "Visit our page. Python is required.",
        "Join the AI revolution! Python is required.",
        "Bienvenue dans la direction\nPython et SQL",
    ]:
        assert "python" in found(text), text


# ROS, Spark, R: alone in a list item they need "experience with", "maîtrise de"... right
# before them (in their clause); elsewhere a word of context or another skill
@pytest.mark.parametrize(
    ("text", "skill", "counts"),
    [
        ("Required:\n+ Experience with ROS\n+ A driving licence", "ros", True),
        ("Profil :\n- maîtrise de Spark\n- permis B", "spark", True),
        ("Knowledge of R would be a plus", "r", True),
        ("Connaissances en Tableau appréciées", "tableau", True),
        ("Required:\n+ Years of experience with\nROS\n+ A driving licence", "ros", False),
        ("We met ROS at the fair.", "ros", False),
        ("Le Tableau de bord de la semaine", "tableau", False),
    ],
)
def test_an_everyday_name_asked_for_as_a_skill_counts_alone(
    text: str, skill: str, counts: bool
) -> None:
    assert (skill in found(text)) is counts, text


def test_a_skill_the_catalogue_says_a_tool_implies_is_found_by_the_tools_words() -> None:
    # data/roles.yaml: spark implies big-data (an ad asking for Spark asks for
    # large-scale data processing)
    result = found("Solide maîtrise de Spark et de Python.")
    assert result["big-data"].words == ("Spark",)
    assert (
        (result["big-data"].level, result["big-data"].cue)
        == (
            result["spark"].level,
            result["spark"].cue,
        )
        != (3, "")
    )
    # named by the text itself, it keeps its own words; without Spark, nothing implied
    result = found("Large-scale data processing with Spark.")
    assert result["big-data"].words == ("Large-scale data processing",)
    assert "big-data" not in found("Python and SQL.")
    # in the catalogue's order, as every find is (big-data comes before communication)
    order = [f.skill_id for f in cv.find_skills(BUNDLED, "Spark, Python, communication skills.")]
    assert order == sorted(order, key=[s.id for s in BUNDLED.catalogue.skills].index)


def test_elision_stays_out_of_the_evidence() -> None:
    result = found("Des bases solides d'apprentissage automatique et l'analyse de données.")
    assert result["machine-learning"].words == ("apprentissage automatique",)
    assert result["data-analysis"].words == ("analyse de données",)


@pytest.mark.parametrize(
    ("text", "skill", "level", "cue"),
    [
        ("Notions de Docker appréciées.", "docker", 2, "Notions"),
        ("Basic knowledge of Docker.", "docker", 2, "Basic"),
        ("Familiarity with Kubernetes is a plus.", "kubernetes", 2, "Familiarity"),
        ("Solid Python skills.", "python", 4, "Solid"),
        ("Maîtrise de Python et de SQL.", "sql", 4, "Maîtrise"),
        ("Strong SQL.", "sql", 4, "Strong"),
        ("Expert in PyTorch.", "pytorch", 5, "Expert"),
        ("5+ years of experience with Python.", "python", 5, "5+ years"),
        ("3 ans d'expérience en Python.", "python", 4, "3 ans"),
        # the French small words count as the English ones do ("with", "in": "avec", "dans")
        ("Solide expérience avec Python et SQL.", "sql", 4, "Solide"),
        ("5 ans d'expérience dans Docker.", "docker", 5, "5 ans"),
        ("3-5 years of Python.", "python", 4, "3-5 years"),
        ("Python (expert).", "python", 5, "expert"),
        # a cue in the brackets of the previous name, or opening the next item, is theirs
        ("Python (expert), SQL (basic).", "sql", 2, "basic"),
        ("Python (expert), SQL (basic).", "python", 5, "expert"),
        ("Vous savez utiliser Git et maîtriser Kubernetes.", "git", 3, ""),
        ("Vous savez utiliser Git et maîtriser Kubernetes.", "kubernetes", 4, "maîtriser"),
        # what is done with the skill stands between ("building", "la conception")
        ("5+ years of experience building data pipelines.", "data-pipelines", 5, "5+ years"),
        (
            "5 ans d'expérience dans la conception de pipelines de données.",
            "data-pipelines",
            5,
            "5 ans",
        ),
        # the years after a degree are not the degree's subjects
        ("A master's degree in statistics and 3+ years of Python.", "python", 4, "3+ years"),
        ("Un BAC+5 en informatique et 3 ans d'expérience en Python.", "python", 4, "3 ans"),
        # a name the catalogue lacks, listed before, does not stop the cue ("C")
        ("Strong C and C++ for embedded work.", "cpp", 4, "Strong"),
        ("Une maîtrise solide du C et du C++.", "cpp", 4, "solide"),
        ("Python, used every day.", "python", 3, ""),
    ],
)
def test_levels_from_cues(text: str, skill: str, level: int, cue: str) -> None:
    result = found(text)[skill]
    assert (result.level, result.cue) == (level, cue)


def test_a_cue_stays_in_its_clause() -> None:
    result = found("Solid Python skills. Docker is used for deployment.\nNotions de SQL.")
    assert result["python"].level == 4
    assert result["docker"].level == 3
    assert result["sql"].level == 2


def test_a_number_that_ends_a_clause_is_no_count_of_years() -> None:
    """ "12. Years of Python" is item 12 of a list, then a clause of its own: no cue (it was
    read as "12. Years", level 5); "12 years of Python" is one."""
    listed = found("12. Years of Python.")["python"]
    assert (listed.level, listed.cue) == (3, "")
    assert found("1.\nans de Python et SQL")["python"].cue == ""
    assert found("12 years of Python.")["python"].cue == "12 years"


def test_levels_from_text_uses_the_cues_unless_told() -> None:
    items = cv.find_skills(BUNDLED, "Basic Docker, expert in SQL.")
    assert cv.levels_from_text(items) == {"docker": 2, "sql": 5}
    assert cv.levels_from_text(items, 3) == {"docker": 3, "sql": 3}


words = st.sampled_from(
    [
        "Python",
        "Go",
        "R",
        "SQL",
        "and",
        "et",
        "the",
        "notions",
        "expert",
        "5+",
        "years",
        "github.com",
        "team",
        "our",
        "spark",
        "Spark",
        "la",
        "qualité",
        "sécurité",
        "des",
        "données",
        ",",
        ".",
        "\n",
        "d'apprentissage",
        "automatique",
        "numpyy",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(words, max_size=40))
def test_any_text_gives_known_skills_and_levels(parts: list[str]) -> None:
    text = " ".join(parts)
    for item in cv.find_skills(BUNDLED, text):
        assert item.skill_id in BUNDLED.skills.items
        assert 1 <= item.level <= 5
        assert all(word in " ".join(text.split()) for word in item.words)
        assert item.occurrences >= len(item.words)


def test_repeating_a_text_repeats_the_counts_not_the_skills() -> None:
    once = cv.find_skills(BUNDLED, "Go Python ")
    many = cv.find_skills(BUNDLED, "Go Python " * 500)
    assert [f.skill_id for f in once] == [f.skill_id for f in many] == ["python", "go"]
    assert [f.occurrences for f in many] == [500, 500]


def test_profile_from_text_records_the_levels_read(run: Run, tmp_path: Path) -> None:
    cv_file = tmp_path / "cv.txt"
    cv_file.write_text("Expert in SQL, basic Docker, some Python code.\n", encoding="utf-8")
    result = run("profile", "from-text", str(cv_file), "--yes", "--format", "json")
    assert result.exit_code == 0, result.output
    found = {f["skill"]: (f["level"], f["cue"]) for f in json.loads(result.stdout)["found"]}
    assert found == {"sql": (5, "Expert"), "docker": (2, "basic"), "python": (3, "")}
    saved = json.loads(run("profile", "show", "--format", "json").stdout)
    assert saved["skills"] == {"docker": 2, "python": 3, "sql": 5}
    forced = run("profile", "from-text", str(cv_file), "--yes", "--level", "4")
    assert forced.exit_code == 0
    again = json.loads(run("profile", "show", "--format", "json").stdout)
    assert again["skills"] == {"docker": 4, "python": 4, "sql": 5}  # the higher level kept
