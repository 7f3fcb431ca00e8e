"""Common names of the catalogue's skills in English and French job ads, added in the
tenth, thirteenth, fourteenth and fifteenth quality passes (passes over the skills, not
driven by any one ad). One alias a case, each in a sentence written for these tests (no
real job ad or CV); each case fails without its alias. The later passes' cases are in
``fixtures/aliases/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from careers_cli import catalogue, cv

BUNDLED = catalogue.load(None)

DATA_ENGINEERING = [
    ("Vous garantirez la qualité de données de bout en bout.", "data-quality"),
    ("Vous êtes garant de la qualité de la donnée.", "data-quality"),
    ("Vous porterez la gouvernance de la donnée du groupe.", "data-governance"),
    ("Une expérience en gouvernance de données est attendue.", "data-governance"),
    ("You will own our master data across regions.", "data-governance"),
    ("Vous définirez l'architecture des données de la plateforme.", "data-architecture"),
    ("Vous serez responsable de l'architecture de la donnée.", "data-architecture"),
    ("Vous concevrez le modèle de données du produit.", "data-architecture"),
    ("Savoir modéliser les données pour les usages métier.", "data-architecture"),
    ("Solid database design skills.", "data-architecture"),
    ("La conception de bases de données relationnelles.", "data-architecture"),
    ("You will build data marts for finance.", "data-warehousing"),
    ("Alimenter le datamart commercial.", "data-warehousing"),
    ("Vous ferez évoluer le datalake de l'entreprise.", "data-warehousing"),
    ("Une première expérience en ingénierie de données.", "data-pipelines"),
    ("Vous rejoindrez l'équipe pour faire de l'ingénierie de la donnée.", "data-pipelines"),
    ("Vous assurerez l'intégration des données issues des partenaires.", "data-pipelines"),
    ("Vous veillerez à la sécurité de la donnée.", "data-security"),
    ("Mettre en place le traitement de flux pour les capteurs.", "stream-processing"),
    ("You will run our streaming pipelines.", "stream-processing"),
    ("Exploiter des données en streaming.", "stream-processing"),
    ("Experience processing large-scale data.", "big-data"),
    ("Vous traiterez de gros volumes de données.", "big-data"),
    ("Une aisance avec de grands volumes de données.", "big-data"),
    ("Vous assurerez le nettoyage de la donnée.", "data-wrangling"),
    ("Un travail de préparation de données pour les modèles.", "data-wrangling"),
    ("La préparation de la donnée fait partie du poste.", "data-wrangling"),
    ("Le prétraitement de données hétérogènes.", "data-wrangling"),
    ("Data pre-processing for the training sets.", "data-wrangling"),
    ("Vous ferez de l'analyse de la donnée au quotidien.", "data-analysis"),
    ("Savoir analyser la donnée pour éclairer les décisions.", "data-analysis"),
    ("You enjoy analyzing data to answer questions.", "data-analysis"),
    ("You enjoy analysing data to answer questions.", "data-analysis"),
    ("You will analyze data from many sources.", "data-analysis"),
    ("You will analyse data from many sources.", "data-analysis"),
    ("You are skilled at visualizing data for executives.", "data-visualisation"),
    ("You are skilled at visualising data for executives.", "data-visualisation"),
    ("Savoir visualiser les données pour les équipes.", "data-visualisation"),
    ("Visualiser des données complexes simplement.", "data-visualisation"),
    ("You build cloud-native services.", "cloud-computing"),
    ("Experience with the main cloud providers.", "cloud-computing"),
    ("Une bonne connaissance des fournisseurs cloud.", "cloud-computing"),
    ("Hands-on with a vector db in production.", "vector-databases"),
    ("Une pratique des bases de données graphes.", "nosql-databases"),
]

ML_AND_MLOPS = [
    ("You will be deploying models for our fraud team.", "mlops"),
    ("You will deploy models that serve millions.", "mlops"),
    ("Experience deploying machine learning models at scale.", "mlops"),
    ("You know how to deploy machine learning models safely.", "mlops"),
    ("You have been deploying ML models for two years.", "mlops"),
    ("You will deploy ML models to the edge.", "mlops"),
    ("Vous saurez déployer des modèles sur nos serveurs.", "mlops"),
    ("Vous devrez déployer les modèles en continu.", "mlops"),
    ("Vous assurerez la mise en production des modèles.", "mlops"),
    ("Le déploiement des modèles se fait chaque semaine.", "mlops"),
    ("Vous piloterez l'industrialisation des modèles.", "mlops"),
    ("Une expérience en industrialisation de modèles.", "mlops"),
    ("Vous allez industrialiser les modèles des data scientists.", "mlops"),
    ("Savoir industrialiser des modèles est un plus.", "mlops"),
    ("Il faudra monitorer les modèles en continu.", "monitoring"),
    ("La supervision des modèles après leur déploiement.", "monitoring"),
    ("Hands-on predictive modelling for churn.", "machine-learning"),
    ("Hands-on predictive modeling for churn.", "machine-learning"),
    ("You will build predictive models of churn.", "machine-learning"),
    ("Une expérience en modélisation prédictive.", "machine-learning"),
    ("Vous construirez des modèles prédictifs.", "machine-learning"),
    ("You have trained neural nets for speech.", "deep-learning"),
    ("Une pratique des réseaux neuronaux.", "deep-learning"),
    ("Vous avez déjà entraîné un réseau neuronal.", "deep-learning"),
    ("Des bases en apprentissage en profondeur.", "deep-learning"),
    ("You will be evaluating models before release.", "model-evaluation"),
    ("You will evaluate models against baselines.", "model-evaluation"),
    ("Vous devrez évaluer les modèles avant chaque mise à jour.", "model-evaluation"),
    ("Savoir évaluer des modèles de classification.", "model-evaluation"),
    ("Vous ferez de la création de features pour le scoring.", "feature-engineering"),
    ("Un goût pour l'ingénierie de features.", "feature-engineering"),
    ("You will run hyperparameter search on our cluster.", "model-optimisation"),
    ("Vous lancerez la recherche d'hyperparamètres.", "model-optimisation"),
    ("Vous travaillerez à l'optimisation des modèles.", "model-optimisation"),
    ("You enjoy optimizing models for latency.", "model-optimisation"),
    ("You enjoy optimising models for latency.", "model-optimisation"),
    ("Vous saurez optimiser les modèles existants.", "model-optimisation"),
    ("You will own demand forecasting for our stores.", "time-series"),
    ("Vous travaillerez sur la prévision de la demande.", "time-series"),
    ("Experience in sales forecasting.", "time-series"),
    ("Vous améliorerez la prévision des ventes.", "time-series"),
    ("You will build forecasting models for energy.", "time-series"),
    ("Vous construirez des modèles de prévision.", "time-series"),
    ("Vous travaillerez sur la détection des anomalies.", "anomaly-detection"),
    ("You will improve our recommendation algorithms.", "recommender-systems"),
    ("Vous améliorerez nos algorithmes de recommandation.", "recommender-systems"),
    ("Experience in causal modeling is a plus.", "causal-inference"),
    ("You will run causal analysis of campaigns.", "causal-inference"),
    ("Vous mènerez une analyse causale des campagnes.", "causal-inference"),
    ("Experience in statistical modeling.", "statistics"),
    ("A command of statistical methods.", "statistics"),
    ("You will build statistical models of demand.", "statistics"),
    ("Grounding in statistical inference.", "statistics"),
    ("You will use bayesian methods in pricing.", "bayesian-statistics"),
    ("Vous utiliserez des méthodes bayésiennes.", "bayesian-statistics"),
    ("Experience in bayesian modeling.", "bayesian-statistics"),
    ("You will fit bayesian models.", "bayesian-statistics"),
    ("Vous construirez des modèles bayésiens.", "bayesian-statistics"),
    ("You will design probabilistic models.", "probability"),
    ("Vous concevrez des modèles probabilistes.", "probability"),
    ("Experience in probabilistic modeling.", "probability"),
    ("Experience in probabilistic modelling.", "probability"),
    ("Des compétences en modélisation probabiliste.", "probability"),
    ("Knowledge of convex optimization.", "calculus"),
    ("You will run AB tests on the checkout.", "experimental-design"),
    ("Vous piloterez les tests AB du site.", "experimental-design"),
    ("You enjoy designing experiments.", "experimental-design"),
]

LLM = [
    ("Une expérience des modèles de langue.", "large-language-models"),
    ("You have worked with generative models for images.", "generative-ai"),
    ("Une expérience des modèles génératifs.", "generative-ai"),
    ("You will fine-tune models for our customers.", "fine-tuning"),
    ("You will fine-tune LLMs on support tickets.", "fine-tuning"),
    ("Vous saurez fine-tuner des modèles open source.", "fine-tuning"),
    ("Vous devrez fine-tuner les modèles existants.", "fine-tuning"),
    ("Une expérience du réglage fin de modèles.", "fine-tuning"),
    ("You will own prompt optimization.", "prompt-engineering"),
    ("You will own prompt optimisation.", "prompt-engineering"),
    ("Vous travaillerez à l'optimisation de prompts.", "prompt-engineering"),
    ("Vous piloterez l'optimisation des prompts.", "prompt-engineering"),
    ("La rédaction de prompts pour nos assistants.", "prompt-engineering"),
    ("L'écriture de prompts pour nos assistants.", "prompt-engineering"),
    ("Prompt writing for our assistants.", "prompt-engineering"),
    ("You will be writing prompts for our assistants.", "prompt-engineering"),
    ("A talent for prompt crafting.", "prompt-engineering"),
    ("Vous saurez concevoir des prompts robustes.", "prompt-engineering"),
    ("You will maintain our prompt templates.", "prompt-engineering"),
    ("Vous développerez des agents IA pour nos clients.", "ai-agents"),
    ("You will build agentic workflows.", "ai-agents"),
    ("Vous concevrez des workflows agentiques.", "ai-agents"),
    ("You will design agentic systems.", "ai-agents"),
    ("Vous concevrez des systèmes agentiques.", "ai-agents"),
]

VISION_ROBOTICS_NLP = [
    ("Experience in image analysis for satellites.", "computer-vision"),
    ("Vous ferez de l'analyse d'images satellites.", "computer-vision"),
    ("Research in video understanding.", "computer-vision"),
    ("You will improve object tracking for drones.", "computer-vision"),
    ("Vous améliorerez le suivi d'objets des drones.", "computer-vision"),
    ("Experience with semantic segmentation.", "computer-vision"),
    ("Une expérience en segmentation sémantique.", "computer-vision"),
    ("Experience with instance segmentation.", "computer-vision"),
    ("Une expérience en segmentation d'instances.", "computer-vision"),
    ("You will work on human pose estimation.", "computer-vision"),
    ("Vous travaillerez sur l'estimation de pose.", "computer-vision"),
    ("Optical character recognition for invoices.", "computer-vision"),
    ("La reconnaissance optique de caractères sur des factures.", "computer-vision"),
    ("You will improve our OCR for invoices.", "computer-vision"),
    ("Experience with face recognition.", "computer-vision"),
    ("Experience with facial recognition.", "computer-vision"),
    ("Une expérience en reconnaissance faciale.", "computer-vision"),
    ("Des compétences en traitement de l'image.", "computer-vision"),
    ("Des compétences en traitement des images.", "computer-vision"),
    ("Une expérience en vision industrielle.", "computer-vision"),
    ("Experience in machine vision for factories.", "computer-vision"),
    ("You will work on 3D reconstruction.", "3d-perception"),
    ("Vous travaillerez sur la reconstruction 3D.", "3d-perception"),
    ("You will work on trajectory planning for arms.", "control-systems"),
    ("Une expérience en contrôle-commande.", "control-systems"),
    ("Vous concevrez les lois d'asservissement.", "control-systems"),
    ("Des bases en traitement des signaux.", "signal-processing"),
    ("Vous ferez de l'analyse du signal.", "signal-processing"),
    ("Une pratique du filtrage numérique.", "signal-processing"),
    ("You will write embedded C for our boards.", "embedded-systems"),
    ("Vous développerez en C embarqué.", "embedded-systems"),
    ("Une expérience en développement embarqué.", "embedded-systems"),
    ("You will improve our voice recognition.", "speech-recognition"),
    ("Des bases en traitement automatique du langage.", "nlp"),
    ("You will build text classification models.", "nlp"),
    ("Vous ferez de la classification de textes.", "nlp"),
    ("Experience in sentiment analysis.", "nlp"),
    ("Vous ferez de l'analyse de sentiments.", "nlp"),
    ("Vous ferez de l'analyse des sentiments.", "nlp"),
    ("Experience in information extraction from contracts.", "nlp"),
    ("L'extraction d'informations à partir de contrats.", "nlp"),
    ("L'extraction d'information à partir de contrats.", "nlp"),
    ("Experience in machine translation.", "nlp"),
    ("Vous travaillerez sur la traduction automatique.", "nlp"),
    ("Experience in topic modeling.", "nlp"),
    ("Experience in topic modelling.", "nlp"),
    ("Experience in histopathology slides.", "medical-imaging"),
    ("Une connaissance de l'histopathologie.", "medical-imaging"),
]

GOVERNANCE = [
    ("You will champion ethical AI in the company.", "ai-ethics"),
    ("Vous porterez une IA éthique dans nos produits.", "ai-ethics"),
    ("Knowledge of trustworthy AI practices.", "ai-ethics"),
    ("Vous contribuerez au programme IA de confiance.", "ai-ethics"),
    ("Les principes d'une IA digne de confiance.", "ai-ethics"),
    ("Experience with bias detection in hiring models.", "ai-ethics"),
    ("Vous mènerez la détection des biais des modèles.", "ai-ethics"),
    ("You prefer interpretable models for credit.", "explainability"),
    ("Vous privilégierez des modèles interprétables.", "explainability"),
    ("You follow AI legislation closely.", "ai-regulation"),
    ("Une veille sur la législation sur l'IA.", "ai-regulation"),
    ("Une bonne connaissance de la réglementation IA.", "ai-regulation"),
    ("Vous suivrez la réglementation de l'intelligence artificielle.", "ai-regulation"),
    ("Vous piloterez la gouvernance IA du groupe.", "ai-governance"),
    ("Vous définirez la gouvernance des systèmes d'IA.", "ai-governance"),
    ("You will shape the governance of AI at the bank.", "ai-governance"),
    ("Vous saurez évaluer les risques des modèles.", "risk-assessment"),
    ("You will assess risks of new models.", "risk-assessment"),
    ("You will be assessing risks of new models.", "risk-assessment"),
    ("Vous réaliserez l'analyse de risques des projets.", "risk-assessment"),
    ("Une expérience en gestion de risques.", "risk-assessment"),
    ("You will own risk evaluation for vendors.", "risk-assessment"),
    ("Vous devrez auditer les modèles en production.", "auditing"),
]

SOFT_SKILLS_AND_PRACTICE = [
    ("You will lead a team of four engineers.", "team-leadership"),
    ("Experience leading a team of analysts.", "team-leadership"),
    ("Vous saurez encadrer une équipe de quatre personnes.", "team-leadership"),
    ("Vous aimez encadrer des équipes pluridisciplinaires.", "team-leadership"),
    ("Vous saurez manager une équipe de data scientists.", "team-leadership"),
    ("Vous aurez à manager des équipes réparties.", "team-leadership"),
    ("Une première expérience en gestion d'équipe.", "team-leadership"),
    ("Experience managing teams across sites.", "team-leadership"),
    ("You will manage a team of six.", "team-leadership"),
    ("Un goût pour l'animation d'équipe.", "team-leadership"),
    ("Vous saurez animer une équipe technique.", "team-leadership"),
    ("Vous aimez animer des équipes.", "team-leadership"),
    ("You will mentor junior developers.", "mentoring"),
    ("Vous aimez mentorer les nouveaux arrivants.", "mentoring"),
    ("Vous saurez encadrer des juniors.", "mentoring"),
    ("Vous aiderez à encadrer les juniors de l'équipe.", "mentoring"),
    ("Strong presentation skills.", "communication"),
    ("Un goût pour la vulgarisation.", "communication"),
    ("Savoir vulgariser des sujets techniques.", "communication"),
    ("You know the agile methodology.", "project-management"),
    ("Experience managing projects end to end.", "project-management"),
    ("You will manage projects with partners.", "project-management"),
    ("Vous saurez gérer des projets transverses.", "project-management"),
    ("Vous aimez piloter des projets data.", "project-management"),
    ("Une expérience en pilotage de projets.", "project-management"),
    ("Vous assurerez le recueil du besoin auprès des métiers.", "requirements-analysis"),
    ("Vous saurez recueillir les besoins des utilisateurs.", "requirements-analysis"),
    ("Experience gathering requirements from users.", "requirements-analysis"),
    ("Vous ferez la collecte des besoins métier.", "requirements-analysis"),
    ("Vous rédigerez les spécifications fonctionnelles.", "requirements-analysis"),
    ("You will write functional specifications.", "requirements-analysis"),
    ("You will own the product vision.", "product-management"),
    ("Vous porterez la vision produit.", "product-management"),
    ("Une bonne compréhension business.", "business-acumen"),
    ("Vous avez le sens du business.", "business-acumen"),
    ("Une bonne connaissance du métier de l'assurance.", "business-acumen"),
    ("Vous assurerez le suivi budgétaire du programme.", "budget-management"),
    ("Experience managing budgets.", "budget-management"),
    ("You will manage budgets for the programme.", "budget-management"),
    ("Solid object-oriented programming.", "software-engineering"),
    ("Une maîtrise de la programmation orientée objet.", "software-engineering"),
    ("Experience with automated testing.", "software-engineering"),
    ("Vous écrirez des tests automatisés.", "software-engineering"),
    ("Experience with test automation.", "software-engineering"),
    ("You will write integration tests.", "software-engineering"),
    ("Vous écrirez des tests d'intégration.", "software-engineering"),
    ("Vous appliquerez les bonnes pratiques de développement.", "software-engineering"),
    ("You will write shell scripts for the build.", "bash"),
]

TOOLS = [
    ("Experience with Amazon Redshift.", "aws"),
    ("Données stockées dans des S3 buckets.", "aws"),
    ("You will maintain Jenkins pipelines.", "ci-cd"),
    ("Une pratique d'Elastic Search.", "information-retrieval"),
    ("Des flux développés avec Talend.", "data-pipelines"),
    ("Experience with Informatica.", "data-pipelines"),
    ("Ingestion with Fivetran.", "data-pipelines"),
    ("Ingestion avec Airbyte.", "data-pipelines"),
    ("Packages SSIS à maintenir.", "data-pipelines"),
    ("Jobs written with Apache Beam.", "data-pipelines"),
    ("Des traitements sous Google Dataflow.", "gcp"),
    ("Messages through Google Pub/Sub.", "gcp"),
    ("Events read from Kinesis.", "stream-processing"),
]

CASES = (
    DATA_ENGINEERING
    + ML_AND_MLOPS
    + LLM
    + VISION_ROBOTICS_NLP
    + GOVERNANCE
    + SOFT_SKILLS_AND_PRACTICE
    + TOOLS
)


@pytest.mark.parametrize(("text", "skill"), CASES)
def test_a_common_name_of_the_skill_is_found(text: str, skill: str) -> None:
    found = {f.skill_id for f in cv.find_skills(BUNDLED, text)}
    assert skill in found, (text, skill, found)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Three letters, sent by your recommenders.", "recommender-systems"),
        ("Nos modèles s'intègrent dans des architectures data clientes.", "data-architecture"),
    ],
)
def test_an_everyday_phrase_names_no_skill(text: str, skill: str) -> None:
    assert skill not in {f.skill_id for f in cv.find_skills(BUNDLED, text)}


FIXTURES = Path(__file__).parent / "fixtures" / "aliases"


def _rows(name: str) -> list[tuple[str, str, str]]:
    """(skill, phrase, sentence) of a fixture file (tab-separated, "#" starts a comment)."""
    rows = []
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            skill, phrase, _language, sentence = line.split("\t")
            rows.append((skill, phrase, sentence))
    return rows


@pytest.mark.parametrize(("skill", "alias", "text"), _rows("sentences.tsv"))
def test_the_skill_is_found_by_this_alias(skill: str, alias: str, text: str) -> None:
    """The skill is found, and by the words of this alias (the alias taken out of the
    catalogue, another name might still find the skill, as "bash" in "bash scripting":
    that is not this alias at work)."""
    found = [f for f in cv.find_skills(BUNDLED, text) if f.skill_id == skill]
    assert found, (text, skill)
    assert cv.fold(alias) in cv.fold(" ".join(found[0].words)), (alias, found[0].words)


def test_the_alias_fixture_is_a_real_pass_over_the_skills() -> None:
    rows = _rows("sentences.tsv")
    assert len(rows) > 700 and len({skill for skill, _, _ in rows}) > 100
    aliases = {s.id: {a.casefold() for a in s.aliases} for s in BUNDLED.catalogue.skills}
    assert all(alias.casefold() in aliases[skill] for skill, alias, _ in rows)


@pytest.mark.parametrize(("skill", "phrase", "text"), _rows("traps.tsv"))
def test_a_phrase_that_looks_like_a_skill_names_none(skill: str, phrase: str, text: str) -> None:
    assert skill not in {f.skill_id for f in cv.find_skills(BUNDLED, text)}, (phrase, text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Leadership, team spirit and rigour.", "team-leadership"),
        ("You show leadership. Team players welcome.", "team-leadership"),
        ("Excellent communication, protocols come second.", "communication"),
        ("Privacy, policy and ethics.", "data-protection"),
        ("Mentoring juniors is part of the job.", "mentoring"),
        ("Healthcare data experience.", "healthcare"),
        ("Des qualités de communication et de leadership.", "communication"),
        ("Des qualités de communication et de leadership.", "team-leadership"),
        ("Bonne communication avec les équipes métier.", "communication"),
        ("Python, search and IR, cameras aside.", "information-retrieval"),
        ("Python et IR, caméras à part.", "information-retrieval"),
    ],
)
def test_the_word_after_a_name_refuses_it_only_right_after(text: str, skill: str) -> None:
    """The word that refuses a name ("leadership team", "communication protocols") must
    follow it with only a space between; a comma or a full stop ends the name."""
    assert skill in {f.skill_id for f in cv.find_skills(BUNDLED, text)}, text
