"""What an ad says about its company, its benefits or how to apply is not asked of the
candidate (careers_cli.cv.without_company_sections). Texts written for these tests."""

from __future__ import annotations

import pytest

from careers_cli import catalogue, cv

BUNDLED = catalogue.load(None)


def found(text: str) -> set[str]:
    return {f.skill_id for f in cv.find_skills(BUNDLED, text)}


AD_EN = """# Data Engineer
## About the job
You will build pipelines in Python and SQL.
**Requirements:**
- Airflow and dbt
### About Nimbus
Nimbus sells a healthcare platform built on Kubernetes.
**Perks**
- A yearly trip to a Tableau conference
What you'll do:
- Write PySpark jobs with Docker
"""

AD_FR = """# Ingénieur data
Vos missions : développer des traitements en Python.
### Qui sommes-nous ?
Nous éditons un logiciel de comptabilité écrit en Java.
### Les avantages de travailler avec nous
Une prime pour la certification AWS.
### Votre profil
Vous maîtrisez SQL.
## Postuler
Envoyez un lien vers votre GitHub.
"""


def test_company_benefit_and_apply_sections_name_no_skill_in_english() -> None:
    skills = found(AD_EN)
    assert {"python", "sql", "airflow", "dbt", "docker"} <= skills
    assert not skills & {"healthcare", "kubernetes", "tableau"}


def test_company_benefit_and_apply_sections_name_no_skill_in_french() -> None:
    skills = found(AD_FR)
    assert {"python", "sql"} <= skills
    assert not skills & {"java", "aws", "git"}


def test_sections_about_the_job_the_role_or_you_are_kept() -> None:
    for heading in (
        "About the job",
        "About this role",
        "About you",
        "About me",
        "À propos du poste",
    ):
        text = f"### {heading}\nStrong Kubernetes and PyTorch.\n"
        assert {"kubernetes", "pytorch"} <= found(text), heading


def test_a_paragraph_starting_in_bold_is_no_heading() -> None:
    text = (
        "**About Nimbus and the many teams that build its products every day** we use "
        "Kubernetes and PyTorch."
    )
    assert {"kubernetes", "pytorch"} <= found(text)


def test_blanking_keeps_the_length_and_the_line_ends() -> None:
    out = cv.without_company_sections(AD_EN)
    assert len(out) == len(AD_EN)
    assert out.count("\n") == AD_EN.count("\n")
    assert "Kubernetes" not in out and "Write PySpark jobs" in out
    assert cv.without_company_sections("no heading here") == "no heading here"


def test_a_degrees_subjects_are_not_skills_asked_for() -> None:
    text = "* BS/MS/Ph.D. in Statistics, Econometrics or Mathematics\n* Python and SQL\n"
    assert found(text) == {"python", "sql"}
    text = "* PhD with a focus on NLP or computer vision.\n* Docker, Kubernetes\n"
    assert found(text) == {"docker", "kubernetes"}
    text = "Diplômé(e) d'un BAC+5 avec une spécialisation en statistiques. Vous codez en Python."
    assert found(text) == {"python"}
    text = "Un doctorat en apprentissage automatique ; la maîtrise de PyTorch et de Docker."
    assert found(text) == {"pytorch", "docker"}
    text = "Issu(e) d'une formation supérieure en statistiques ou en Big Data ; Python, SQL."
    assert found(text) == {"python", "sql"}
    text = "Une formation universitaire en apprentissage automatique. Vous codez en Python."
    assert found(text) == {"python"}
    text = (
        "Une formation en maths appliquées ou informatique (traitement du signal, machine "
        "learning), et de la curiosité. Vous codez en Python."
    )
    assert found(text) == {"python"}


def test_what_is_asked_beside_a_degree_still_counts() -> None:
    text = "Master's degree in Computer Science with strong Python and SQL."
    assert {"python", "sql"} <= found(text)
    text = "PhD in physics and 3+ years of experience with PyTorch and Docker."
    assert {"pytorch", "docker"} <= found(text)
    text = "Un master en informatique avec une solide maîtrise de Python et de SQL."
    assert {"python", "sql"} <= found(text)
    text = "Vous suivrez une formation en Python et en SQL à votre arrivée."
    assert {"python", "sql"} <= found(text)  # a training, not a degree
    # not degrees: an office suite, a verb
    assert "excel" in found("Reporting in MS Excel and SQL.")
    assert {"python", "sql"} <= found("You will master Python and SQL quickly.")
    out = cv.without_degree_subjects("A PhD in statistics.\nPython.")
    assert len(out) == len("A PhD in statistics.\nPython.") and out.endswith("\nPython.")


# Texts copied without their markup: a short line alone between blank lines is a heading,
# unless it is an item of a list.
PLAIN_EN = """Data Engineer

About Nimbus

Nimbus sells glucose monitoring devices built on Kubernetes.

Meet the team

You will build pipelines in Python and SQL.
"""

PLAIN_FR = """Ingénieur data

À propos de Nimbus

Nimbus édite un logiciel de comptabilité écrit en Java.

Votre mission

Développer des traitements en Python et en SQL.
"""

PLAIN_LIST = """Data Engineer

You will build pipelines in Python.

Our benefits

* A gym membership

* A yearly trip to a Kubernetes conference
"""


def test_a_lone_line_is_a_heading_in_a_text_without_markup() -> None:
    skills = found(PLAIN_EN)
    assert {"python", "sql"} <= skills
    assert not skills & {"monitoring", "kubernetes"}
    skills = found(PLAIN_FR)
    assert {"python", "sql"} <= skills
    assert "java" not in skills


def test_a_lone_list_item_ends_no_section() -> None:
    skills = found(PLAIN_LIST)
    assert "python" in skills and "kubernetes" not in skills


# Legal notices to applicants, with or without a heading (cv._LEGAL): texts written for
# these tests, each notice naming a skill the ad does not ask for.
LEGAL_EN = """# Data Analyst
You will write SQL queries and build Tableau dashboards.

Acme is an equal opportunity employer: we judge applicants on what they can do, whether they learnt statistics at school or on their own.
CCPA Notice at Collection for California Applicants: how we handle your data under the CCPA and the GDPR.
Please beware of fraudulent job offers sent from Gmail accounts or about Kubernetes training fees.
"""

LEGAL_FR = """# Data analyste
Vous écrirez des requêtes SQL et des tableaux de bord Tableau.

Acme œuvre pour l'égalité des chances : chaque candidature est étudiée, que vous ayez appris les statistiques à l'école ou seul.
Conformément au RGPD, les données personnelles des candidats sont conservées deux ans.
"""


def test_privacy_work_asked_of_the_candidate_is_kept() -> None:
    """Privacy notices and personal data as the work (a data-protection officer's), with
    no word of applying beside them, are no notice to applicants."""
    en = "You will draft our privacy notices and keep the GDPR records of personal data."
    fr = "Vous rédigerez nos politiques de confidentialité et tiendrez le registre RGPD."
    assert "data-protection" in found(en)
    assert "data-protection" in found(fr)


def test_a_long_line_with_a_notice_is_not_blanked_whole() -> None:
    """A text copied on one line (no paragraph ends) keeps its words: only a line of at
    most cv.LEGAL_LINE characters is a notice."""
    one_line = "We are an equal opportunity employer. " + "You will write SQL daily. " * 80
    assert len(one_line) > cv.LEGAL_LINE
    assert "sql" in found(one_line)


# What the employee gets, and each benefit as its own heading (texts written for these
# tests): a benefit's sub-heading ends the section above it, so it must be one itself.
BENEFITS_EN = """# ML Engineer
You will train models in PyTorch.

**What makes work at Nimbus great?**

**Work from anywhere**
A laptop with Docker Desktop paid for.

**Healthcare**
Health insurance from day one.

**What you'll get:**
- A budget for AWS certifications

**Requirements**
- SQL
"""

BENEFITS_FR = """# Ingénieur data
Vous développerez en Python.

**Ce qu'on vous propose**
- Une certification Azure offerte

**Mutuelle**
Prise en charge à 100 %, et des cours de statistiques offerts.

### Votre profil
Vous maîtrisez SQL.
"""


@pytest.mark.parametrize(
    ("text", "asked", "not_asked"),
    [
        (LEGAL_EN, {"sql", "tableau"}, {"statistics", "data-protection", "kubernetes"}),
        (LEGAL_FR, {"sql", "tableau"}, {"statistics", "data-protection"}),
        (BENEFITS_EN, {"pytorch", "sql"}, {"docker", "healthcare", "aws"}),
        (BENEFITS_FR, {"python", "sql"}, {"azure", "statistics"}),
    ],
    ids=["legal-en", "legal-fr", "benefits-en", "benefits-fr"],
)
def test_legal_notices_and_benefits_name_no_skill(
    text: str, asked: set[str], not_asked: set[str]
) -> None:
    skills = found(text)
    assert asked <= skills
    assert not skills & not_asked


def test_what_makes_you_successful_is_about_the_work() -> None:
    """ "What makes you successful" lists what is asked, unlike "What makes work at X great"."""
    ad = "# Data Scientist\n\n**What makes you successful**\n- Strong statistics and SQL\n"
    assert {"statistics", "sql"} <= found(ad)


@pytest.mark.parametrize(
    "heading",
    [
        "**Company Description**",
        "Description de l'entreprise",
        "Présentation de l’entreprise",
        "**Additional Information**",
        "Informations supplémentaires",
        "Informations complémentaires",
    ],
)
def test_a_posting_sites_company_and_closing_sections_name_no_skill(heading: str) -> None:
    text = f"### {heading}\nWe sell Kubernetes hosting.\n\n### Your profile\nStrong PyTorch.\n"
    skills = found(text)
    assert "pytorch" in skills
    assert "kubernetes" not in skills, heading


def test_what_you_will_get_to_do_is_the_work_not_a_benefit() -> None:
    work = found("### What You’ll Get To Do:\n* Build Kubernetes services in Go.\n")
    assert "kubernetes" in work
    perks = found("### What you'll get:\n* A Kubernetes certification paid.\n")
    assert "kubernetes" not in perks


@pytest.mark.parametrize(
    ("heading", "language"),
    [("Qui sommes-nous ?", "fr"), ("Who are we?", "en"), ("Pourquoi nous rejoindre ?", "fr")],
)
def test_a_lone_question_about_the_company_is_its_heading(heading: str, language: str) -> None:
    """A text copied without its markup: the company's question heading starts its
    section, and what the company does there is not asked of the candidate."""
    work = "Vos missions" if language == "fr" else "Your mission"
    text = f"Data Engineer\n\n{heading}\n\nKubernetes and Tableau.\n\n{work}\n\nPython.\n"
    assert found(text) == {"python"}, heading


def test_a_lone_question_that_is_no_heading_ends_no_section() -> None:
    """Other questions alone on their line are sentences: they neither start a section
    nor end the company's."""
    text = (
        "Data Engineer\n\nQui sommes-nous\n\nNous faisons du Kubernetes.\n\n"
        "Envie d'en savoir plus ?\n\nNous utilisons Tableau.\n\nVos missions\n\nPython.\n"
    )
    assert found(text) == {"python"}
    asked = "Data Engineer\n\nVos missions\n\nPython.\n\nVous aimez les défis ?\n\nKubernetes.\n"
    assert found(asked) == {"python", "kubernetes"}


# An offer that cites papers: their titles and authors are not asked of the candidate
CITED_EN = """# Postdoc in speech processing
You will train models in PyTorch.
References:
Smith, J. and Cao, L. (2021). Deep learning on Linux cloud environments. Privacy Workshop.
## Profile
A PhD and experience with Kaldi.
"""
CITED_FR = """# Stage : LLM et traces d'exécution
Vous développerez un prototype en Python.
## Références
[Li et al., 2020] Li, T. (2020). Kubernetes log mining with deep learning. Communications.
"""


def test_the_papers_an_offer_cites_name_no_skill() -> None:
    assert found(CITED_EN) >= {"pytorch", "speech-recognition"}
    assert not found(CITED_EN) & {"deep-learning", "linux", "data-protection"}
    assert "python" in found(CITED_FR)
    assert not found(CITED_FR) & {"kubernetes", "deep-learning", "communication"}
    for heading in ("Bibliographie :", "### Nos publications", "Some of our research papers:"):
        text = f"We use SQL.\n{heading}\nSmith, J. (2021). A survey of Kubernetes.\n"
        assert found(text) == {"sql"}, heading


def test_a_list_of_references_ends_at_its_first_line_that_is_no_reference() -> None:
    text = (
        "Context: robot manipulation [1].\n\nReferences:\n"
        "[1] A. Cao, Deep reinforcement learning for grasping, ICRA 2021.\n"
        "Adrien Pupier, Maximin Coavoux\nhttps://hal.science/hal-0371\n\n"
        "You will code in Python and test on ROS robots, with Linux.\n"
    )
    assert found(text) >= {"python", "ros", "linux"}
    assert not found(text) & {"deep-learning", "reinforcement-learning", "mechanical-engineering"}


def test_a_cvs_own_publications_are_read() -> None:
    text = "Jane Doe\n\nSelected publications:\nDoe J., Gaussian processes in JAX, ICML 2021.\n"
    assert "jax" in found(text)


def test_a_latex_list_of_references_names_no_skill() -> None:
    text = (
        "\\section{Profil}\nVous maîtrisez PyTorch.\n\\begin{thebibliography}{9}\n"
        "\\bibitem{a} A. Cao, \\emph{Semantic segmentation with Kubernetes}, 2020.\n"
        "\\end{thebibliography}\nContact : SQL.\n"
    )
    assert found(text) >= {"pytorch", "sql"}
    assert not found(text) & {"computer-vision", "kubernetes", "mechanical-engineering"}
    # to the text's end when the list is left open
    out = cv.without_latex_references("Python.\n\\begin{thebibliography}\nKubernetes")
    assert out.startswith("Python.\n") and "Kubernetes" not in out and len(out) == 42
