"""The role a job ad names in its title (careers_cli.cv.roles_named) and how match puts
it first. Texts written for these tests, in English and French (no real job ad)."""

from __future__ import annotations

import pytest

from careers_cli import catalogue, cv, matching

BUNDLED = catalogue.load(None)

FILLER = " ".join(["Lorem"] * cv.TITLE_WORDS)


def test_the_title_names_the_ads_role_in_english_and_french() -> None:
    assert cv.roles_named(BUNDLED, "# Senior Data Engineer (H/F)\nJoin us.")[0] == "data-engineer"
    text = "Nous recherchons un(e) Data Analyst confirmé(e) pour notre pôle Finance."
    assert cv.roles_named(BUNDLED, text) == ("data-analyst",)
    assert cv.roles_named(BUNDLED, "Ingénieur MLOps AWS - Lyon")[0] == "mlops-engineer"


def test_roles_are_given_in_the_order_the_title_names_them() -> None:
    text = "Analytics Engineer / Data Engineer, remote"
    assert cv.roles_named(BUNDLED, text)[:2] == ("analytics-engineer", "data-engineer")


def test_roles_named_after_the_title_are_colleagues_not_the_ads_role() -> None:
    text = f"{FILLER}\nYou will work with data scientists and data engineers."
    assert cv.roles_named(BUNDLED, text) == ()
    assert cv.roles_named(BUNDLED, text, words=1000) != ()


def test_a_web_address_names_no_role() -> None:
    text = "Apply at https://jobs.example.com/data-engineer/123 before Friday."
    assert cv.roles_named(BUNDLED, text) == ()


def test_a_named_role_comes_first_with_its_scores_unchanged() -> None:
    ds = BUNDLED.roles.items["data-scientist"]
    levels = {s.skill: s.level for s in ds.skills}
    options = matching.MatchOptions(by=matching.By.FIT)
    plain = matching.match(BUNDLED, levels, options)
    assert plain[0].role.id == "data-scientist"  # the premise: the skills say data scientist
    named = matching.match(BUNDLED, levels, options._replace(named=("data-engineer",)))
    assert named[0].role.id == "data-engineer" and named[0].named
    assert not any(m.named for m in named[1:])
    before = {m.role.id: (m.score, m.fit) for m in plain}
    assert {m.role.id: (m.score, m.fit) for m in named} == before
    rest = [m.role.id for m in plain if m.role.id != "data-engineer"]
    assert [m.role.id for m in named[1:]] == rest


def test_a_named_role_still_obeys_the_filters() -> None:
    levels = {"python": 3, "sql": 3}
    options = matching.MatchOptions(family="ai-architects", named=("data-engineer",))
    ranked = matching.match(BUNDLED, levels, options)
    assert ranked and "data-engineer" not in {m.role.id for m in ranked}


def test_a_slash_in_the_title_names_both_roles() -> None:
    named = cv.roles_named(BUNDLED, "# AI/ML Engineer (H/F)\nRejoignez-nous.")
    assert named[:2] == ("ai-engineer", "machine-learning-engineer")


def test_roles_named_side_by_side_are_one_group_that_the_skills_order() -> None:
    assert cv.named_groups(BUNDLED, "# AI/MLOps Engineer\nRemote.") == (
        ("ai-engineer", "mlops-engineer"),
    )
    text = "Analytics Engineer / Data Engineer, remote"
    assert cv.named_groups(BUNDLED, text)[0] == ("analytics-engineer", "data-engineer")
    # one side naming no role, or the joined word naming another: no group ("Ops Engineer"
    # is no role; "ML/Ops" is an MLOps engineer first, then an ML engineer)
    assert cv.named_groups(BUNDLED, "# Cloud ML/Ops Engineer\nRemote.") == (
        ("mlops-engineer",),
        ("machine-learning-engineer",),
    )
    assert cv.named_groups(BUNDLED, "# Senior/ Staff Data Engineer\nRemote.") == (
        ("data-engineer",),
    )


@pytest.mark.parametrize("role", ["mlops-engineer", "ai-engineer"])
def test_the_skills_decide_between_roles_named_side_by_side(role: str) -> None:
    levels = {s.skill: s.level for s in BUNDLED.roles.items[role].skills}
    named = cv.named_groups(BUNDLED, "# AI/MLOps Engineer\nRemote.")
    options = matching.MatchOptions(by=matching.By.FIT, named=named)
    ranked = [m.role.id for m in matching.match(BUNDLED, levels, options)]
    assert ranked[0] == role
    assert set(ranked[:2]) == {"ai-engineer", "mlops-engineer"}
    # a group of one keeps the order the title gives, whatever the skills say
    options = options._replace(named=(("ai-engineer",), ("mlops-engineer",)))
    assert [m.role.id for m in matching.match(BUNDLED, levels, options)][:2] == [
        "ai-engineer",
        "mlops-engineer",
    ]


def test_a_speciality_after_a_dash_is_read_with_the_job_noun_before_it() -> None:
    text = "# [Machine Learning Engineer - NLP ](https://jobs.example.com/9)\nRemote."
    assert cv.roles_named(BUNDLED, text)[:2] == ("nlp-engineer", "machine-learning-engineer")
    text = "# Alternance - Ingénieur(e) Développement - Intelligence Artificielle - Lyon\nBonjour."
    assert cv.roles_named(BUNDLED, text)[0] == "ai-engineer"
    # a comma and a dash part the title alike
    text = "# Machine Learning Engineer - NLP, London\nRemote."
    assert cv.roles_named(BUNDLED, text)[:2] == ("nlp-engineer", "machine-learning-engineer")
    # a part that is a title of its own is no speciality
    text = "# ML Engineer – Data Scientist\nRemote."
    assert cv.roles_named(BUNDLED, text)[:2] == ("machine-learning-engineer", "data-scientist")
    # a part that is no speciality names nothing more
    assert cv.roles_named(BUNDLED, "# Data Engineer - CDI - Nantes\nBonjour.") == ("data-engineer",)


def test_a_broad_ml_or_ai_before_the_job_noun_leaves_the_speciality_its_role() -> None:
    named = cv.roles_named(BUNDLED, "# Generative AI ML Engineer\nRemote.")
    assert named[:2] == ("llm-engineer", "machine-learning-engineer")
    # "Data" is no AI speciality: a "Data AI Engineer" is an AI engineer
    assert cv.roles_named(BUNDLED, "# Data AI Engineer\nRemote.")[0] == "ai-engineer"
    # with no speciality before it, the "ML" is the role's own
    assert cv.roles_named(BUNDLED, "# Senior ML Engineer\nRemote.") == (
        "machine-learning-engineer",
    )


def test_a_speciality_after_the_comma_may_join_two_roles() -> None:
    text = "# Lead Software Engineer, Computer Vision & Machine Learning\nRemote."
    assert cv.roles_named(BUNDLED, text)[:2] == (
        "computer-vision-engineer",
        "machine-learning-engineer",
    )


def test_a_title_written_role_comma_speciality_is_read_speciality_first() -> None:
    text = "# [Architect, Big Data](https://jobs.example.com/1)\nRemote."
    assert cv.roles_named(BUNDLED, text)[0] == "big-data-architect"
    # only the first line is read that way; a comma further on joins nothing
    assert cv.roles_named(BUNDLED, "Hello\nArchitect, Big Data.") == ()


def test_a_title_joining_two_specialities_names_each_sides_role() -> None:
    named = cv.roles_named(BUNDLED, "# Perception & Tracking Engineer (Paris)\nWelcome.")
    assert "autonomous-vehicle-perception-engineer" in named
    named = cv.roles_named(BUNDLED, "# Ingénieur Vision et Perception\nBonjour.")
    assert named[:2] == ("computer-vision-engineer", "autonomous-vehicle-perception-engineer")
    # "and" joins only within the title line: a later line is not read that way
    assert cv.roles_named(BUNDLED, "Hello there\nPerception and tracking engineer") == ()


def test_a_word_saying_how_the_work_is_done_does_not_hide_the_titles_role() -> None:
    text = "# Senior Deep Learning Software Engineer\nWe build GPUs."
    assert cv.roles_named(BUNDLED, text)[0] == "deep-learning-engineer"
    text = "# Data Platform Engineer - remote\nJoin us."
    assert cv.roles_named(BUNDLED, text)[0] == "data-engineer"
    text = "# Ingénieur logiciel Vision (CDI)\nRejoignez-nous."
    assert cv.roles_named(BUNDLED, text)[0] == "computer-vision-engineer"
    text = "# Ingénieur Algorithmes Vision\nRejoignez-nous."
    assert cv.roles_named(BUNDLED, text)[0] == "computer-vision-engineer"
    # "software engineer" alone names no role of the catalogue
    assert cv.roles_named(BUNDLED, "# Software Engineer\nJoin us.") == ()


def test_title_readings_lists_only_the_other_readings() -> None:
    assert cv.title_readings("Data Engineer") == []
    assert cv.title_readings("Software Engineer, Robotics") == [
        "Robotics Engineer",
        "Robotics Software Engineer",
    ]
    assert cv.title_readings("Data Scientist - Marketing") == ["Marketing Scientist"]
    assert cv.title_readings("Computer Vision Algorithms Engineer") == ["Computer Vision Engineer"]


def test_titles_from_esco_and_onet_name_their_role() -> None:
    # alternative labels of the roles' own ESCO / O*NET occupations (data/roles.yaml)
    for title, role in [
        ("# Clinical Biostatistician - Oncology", "biostatistician"),
        ("# Chargée d'études statistiques (H/F)", "statistician"),
        ("# Ingénieure en robotique mobile", "robotics-computer-vision-engineer"),
        ("# Machine Translation Engineer\nRemote.", "nlp-engineer"),
        ("# Research Data Scientist, Health", "data-scientist"),
        ("# Experte en analyse des données", "data-scientist"),
        ("# Directrice des data du groupe", "chief-data-officer"),
    ]:
        assert cv.roles_named(BUNDLED, title)[:1] == (role,), title


def test_a_bracketed_speciality_names_the_more_specific_role_first() -> None:
    text = "# [AI Engineer (Prompt)](https://jobs.example.com/7)\nJoin us."
    assert cv.roles_named(BUNDLED, text)[:2] == ("prompt-engineer", "ai-engineer")
    text = "# Data Scientist (NLP) - Paris\nWelcome."
    assert cv.roles_named(BUNDLED, text)[:2] == ("nlp-engineer", "data-scientist")
    assert cv.roles_named(BUNDLED, "# Ingénieur.e (Vision) - CDI\nBonjour.")[0] == (
        "computer-vision-engineer"
    )
    # a bracket that is no speciality leaves the title's role alone
    assert cv.roles_named(BUNDLED, "# Data Scientist (Senior)\nWelcome.") == ("data-scientist",)


def test_titles_of_the_eighteenth_pass_name_their_role() -> None:
    # beta.gouv's and the French public sector's word for a product manager
    for title, role in [
        (
            "---\ntitle: Responsable de produit data.insertion\n---\nContexte.",
            "data-product-manager",
        ),
        ("# Responsable de produit IA (H/F)\nBonjour.", "ai-product-manager"),
        # a bank's model risk management: the checks models pass, an AI governance post
        ("# Senior Model Risk Analyst\nHello.", "ai-governance-officer"),
        ("# Model Risk Management Lead - Remote\nHello.", "ai-governance-officer"),
    ]:
        assert cv.roles_named(BUNDLED, title)[:1] == (role,), title


def test_post_docs_and_research_interns_are_research_scientist_posts() -> None:
    for title in [
        "---\ntitle: Postdoc position\n---\nDeep learning for weather maps.",
        "# ML Research Intern - Summer\nJoin the lab.",
        "# Offre : post-doctorant.e en apprentissage automatique\nBonjour.",
        "# Stagiaire de recherche en vision (6 mois)\nBonjour.",
    ]:
        assert cv.roles_named(BUNDLED, title)[:1] == ("ai-research-scientist",), title


# After the title (FILLER): where the ad says whom it hires, the role named there.
HIRES = [
    ("We are seeking a highly skilled Data Engineer to join our team.", ("data-engineer",)),
    ("Nous recherchons un Data ingénieure/ingénieur senior pour Lyon.", ("data-engineer",)),
    ("Le laboratoire recherche un.e data scientist pour deux ans.", ("data-scientist",)),
    ("Nos équipes recrutent une data analyst à Nantes.", ("data-analyst",)),
    # a team's bare job noun is the team's: a computer-vision engineer, an ingénieure data
    ("Our Computer Vision team is looking for an engineer to join.", ("computer-vision-engineer",)),
    (
        "L'équipe de **Computer Vision** recherche un.e ingénieur.e à Lyon.",
        ("computer-vision-engineer",),
    ),
    ("L’équipe Data recherche une ingénieure pour ses pipelines.", ("data-engineer",)),
    # past the few words after the phrase, or in another sentence: colleagues
    ("We are looking for someone who enjoys pairing with our data engineers.", ()),
    ("We are hiring. Our data scientists will mentor you.", ()),
    # French "recherche" is also the noun "research": read only before an article
    ("Une équipe de recherche data scientist et ingénieurs.", ()),
    # a team named without hiring anyone names no role
    ("Our Computer Vision team works with an engineer in Lyon.", ()),
    # a sentence that speaks to the hired person as the role names it
    ("As a Senior Data Scientist, you will own our churn models.", ("data-scientist",)),
    ("**En tant que Data Engineer**, tu construis nos pipelines.", ("data-engineer",)),
    ("Our stack is small. As an NLP engineer you will own search.", ("nlp-engineer",)),
    # read as a title is: both sides of a slash or an "&"
    ("En tant que **Data & Cloud Engineer**, tu rejoins le CTO.", ("data-engineer",)),
    ("Nous recherchons un Data / Cloud Engineer pour Biarritz.", ("data-engineer",)),
    # not at a sentence's start (past work, a founder's career), or no role right after
    ("You have 3 years of experience as a Data Engineer or similar.", ()),
    ("Notre fondateur est passé par Criteo en tant que CDO.", ()),
    ("As a member of the data science team, you will build tools.", ()),
    ("As a company, we value the work of our data scientists.", ()),
    ("As a partner to data scientists, you will run our GPUs.", ()),
    ("As a Data Science consultancy, we help clients decide.", ()),
    ("As a result, data scientists on our team will support you.", ()),
    ("As an example, data engineers here own their pipelines.", ()),
    (
        "As a Senior Machine Learning Engineer, you will ship models.",
        ("machine-learning-engineer",),
    ),
    ("En tant qu'Ingénieur Data, tu construiras des pipelines.", ("data-engineer",)),
]


@pytest.mark.parametrize(("sentence", "roles"), HIRES)
def test_the_role_an_ad_says_it_hires_is_named_after_the_title(
    sentence: str, roles: tuple[str, ...]
) -> None:
    assert cv.roles_named(BUNDLED, f"{FILLER}\n{sentence}") == roles


def test_the_titles_role_comes_before_the_role_hired_further_on() -> None:
    text = f"# NLP Engineer\n{FILLER}\nWe're looking for an ML engineer."
    assert cv.roles_named(BUNDLED, text) == ("nlp-engineer", "machine-learning-engineer")


def test_a_conversational_ai_engineer_is_an_nlp_engineer() -> None:
    assert cv.roles_named(BUNDLED, "# Conversational AI Engineer\nRemote.")[0] == "nlp-engineer"
    text = "Ingénieure IA conversationnelle (H/F)\nParis."
    assert cv.roles_named(BUNDLED, text)[0] == "nlp-engineer"


def test_a_french_seniority_after_the_job_noun_does_not_hide_the_titles_role() -> None:
    # French puts "principal", "senior", "confirmé"... between the job noun and its
    # speciality; English puts them first ("Principal Data Analyst"), which hides nothing
    for title, role in [
        ("# Analyste principale de données - Lyon\nBonjour.", "data-analyst"),
        ("# Ingénieur senior en robotique (CDI)\nBonjour.", "robotics-computer-vision-engineer"),
        ("# Développeur.e confirmé.e décisionnel\nBonjour.", "business-intelligence-engineer"),
        ("# Principal Data Analyst\nWelcome.", "data-analyst"),
    ]:
        assert cv.roles_named(BUNDLED, title)[:1] == (role,), title
    assert cv.title_readings("Analyste Principal de données") == ["Analyste de données"]
    # a seniority word elsewhere in the title is left alone
    assert cv.title_readings("Data Analyst Senior") == []


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("# Ingénieur(e) Data - Lyon\nBonjour.", "data-engineer"),
        ("# Ingénieur.e IA (CDI)\nBonjour.", "ai-engineer"),
        ("# Développeur·se BI\nBonjour.", "business-intelligence-engineer"),
        ("# Chercheur(euse) en IA\nBonjour.", "ai-research-scientist"),
    ],
)
def test_french_marks_of_both_genders_do_not_hide_the_titles_role(title: str, role: str) -> None:
    assert cv.roles_named(BUNDLED, title)[:1] == (role,)


def test_french_marks_of_both_genders_are_read_off_wherever_a_role_is_named() -> None:
    assert cv.title_readings("Ingénieur(e) Data") == ["Ingénieur Data"]
    text = f"{FILLER}\nNous recherchons un(e) Ingénieur(e) Data pour Lyon."
    assert cv.roles_named(BUNDLED, text) == ("data-engineer",)
    assert cv.named_groups(BUNDLED, "# Ingénieur(e) IA / MLOps\nBonjour.") == (
        ("ai-engineer", "mlops-engineer"),
    )


def test_business_intelligence_titles_in_quebec_french_and_english() -> None:
    # Québec French says "intelligence d'affaires" for business intelligence
    for title in [
        "# Analyste en intelligence d'affaires (permanent)\nBonjour.",
        "# Conseillère en intelligence d’affaires - Montréal\nBonjour.",
        "# Analyste principal de données d'intelligence d'affaires, Ventes\nBonjour.",
        "# Business Intelligence Data Analyst\nWelcome.",
    ]:
        assert cv.roles_named(BUNDLED, title)[:1] == ("business-intelligence-analyst",), title
    text = "# Développeuse en intelligence d'affaires\nBonjour."
    assert cv.roles_named(BUNDLED, text)[:1] == ("business-intelligence-engineer",)
    found = cv.find_skills(BUNDLED, "Vous maîtrisez l'intelligence d'affaires et SQL.")
    assert "business-intelligence" in {f.skill_id for f in found}


def test_a_title_whose_speciality_is_a_skill_names_the_role_needing_it_most() -> None:
    # SLAM is listed by two roles, at level 3 by the robotics engineer, 2 by the
    # autonomous-vehicle perception engineer: "SLAM Engineer" is the first one's
    users = {
        role: (importance, level) for role, importance, level in BUNDLED.users_of(["slam"])["slam"]
    }
    assert users == {
        "robotics-computer-vision-engineer": ("optional", 3),
        "autonomous-vehicle-perception-engineer": ("optional", 2),
    }
    for title in ["# SLAM Engineer\nWelcome.", "# Ingénieur SLAM (H/F)\nBonjour."]:
        assert cv.roles_named(BUNDLED, title) == ("robotics-computer-vision-engineer",), title
    # sensor fusion: essential for both, at level 4 for the perception engineer
    for title in [
        "# Senior Sensor Fusion Engineer\nWelcome.",
        "# Ingénieure en fusion de capteurs\nBonjour.",
    ]:
        assert cv.roles_named(BUNDLED, title) == ("autonomous-vehicle-perception-engineer",), title


def test_a_skill_that_singles_out_no_role_names_none() -> None:
    # Python: listed by most roles; Kafka: by two, at the same importance and level
    assert len(BUNDLED.users_of(["python"])["python"]) > cv.SPECIALITY_ROLES
    assert {(i, lv) for _, i, lv in BUNDLED.users_of(["kafka"])["kafka"]} == {("optional", 3)}
    for title in [
        "# Python Developer\nWelcome.",
        "# Développeur Python\nBonjour.",
        "# Kafka Engineer\nHi.",
        "# Ingénieur Kafka\nBonjour.",
    ]:
        assert cv.roles_named(BUNDLED, title) == (), title
    # a skill in the title, not as the job noun's speciality
    assert cv.roles_named(BUNDLED, "# Engineer - we build SLAM maps\nWelcome.") == ()
    assert cv.roles_named(BUNDLED, "# Ingénieur : cartes SLAM\nBonjour.") == ()


def test_a_skill_after_the_titles_comma_is_the_more_specific_role() -> None:
    # "ML Engineer, Recommendation Systems": an engineer of recommender systems first,
    # then the ML engineer the title names (as "AI Engineer (Prompt)")
    text = "# Senior ML Engineer, Recommendation Systems\nWelcome."
    assert cv.roles_named(BUNDLED, text) == (
        "recommender-systems-engineer",
        "machine-learning-engineer",
    )
    text = "# Ingénieur Machine Learning, systèmes de recommandation\nBonjour."
    assert cv.roles_named(BUNDLED, text)[:2] == (
        "recommender-systems-engineer",
        "machine-learning-engineer",
    )
    assert cv.roles_named(BUNDLED, "# Ingénieur R&D, SLAM\nBonjour.") == (
        "robotics-computer-vision-engineer",
    )


def test_the_role_a_titles_skill_singles_out_is_of_the_titles_kind() -> None:
    # time series singles out the quantitative researcher, recommender systems the
    # recommender-systems engineer, Spark the big-data architect: none is a scientist or
    # a developer, so these titles name only their own role
    for title, named in [
        ("# Data Scientist, Time Series\nWelcome.", ("data-scientist",)),
        ("# Applied Scientist, Recommendation Systems\nWelcome.", ("applied-scientist",)),
        ("# Spark Developer\nWelcome.", ()),
        ("# Chercheuse en traitement de la parole\nBonjour.", ()),
        ("# Développeur Spark (H/F)\nBonjour.", ()),
    ]:
        assert cv.roles_named(BUNDLED, title) == named, title


def test_a_titles_skill_is_read_among_its_first_words_only() -> None:
    # a text of one long line: its "title" is read as far as the words roles_named reads
    far = f"{FILLER} {FILLER} {FILLER} SLAM Engineer"
    assert "\n" not in far
    assert cv.roles_named(BUNDLED, far) == ()
    assert cv.roles_named(BUNDLED, f"Lorem ipsum SLAM Engineer {FILLER} {FILLER}") == (
        "robotics-computer-vision-engineer",
    )


def test_each_side_of_a_role_name_joined_by_a_slash_names_it() -> None:
    # "Head of AI / Chief AI Officer": each side is a title of its own
    assert cv.roles_named(BUNDLED, "# Head of AI\nJoin us.")[0] == "head-of-ai"
    assert cv.roles_named(BUNDLED, "# Head of AI/ML\nJoin us.")[0] == "head-of-ai"
    assert cv.roles_named(BUNDLED, "# Chief AI Officer\nJoin us.")[0] == "head-of-ai"


def test_a_slash_inside_one_word_of_the_title_reads_the_word_joined_first() -> None:
    named = cv.roles_named(BUNDLED, "# Cloud ML/Ops Engineer\nJoin us.")
    assert named[:2] == ("mlops-engineer", "machine-learning-engineer")


def test_a_field_ai_scientist_is_a_forward_deployed_engineer() -> None:
    assert cv.roles_named(BUNDLED, "# Senior Field AI Scientist\nJoin us.")[0] == (
        "forward-deployed-engineer"
    )
    assert cv.roles_named(BUNDLED, "# Field ML Engineer\nJoin us.")[0] == (
        "forward-deployed-engineer"
    )


def test_a_data_manager_is_a_data_steward() -> None:
    # the French name of the role, "gestionnaire de données", is what "Data Manager" means
    assert cv.roles_named(BUNDLED, "# Data Manager H/F\nRejoignez-nous.")[0] == "data-steward"
