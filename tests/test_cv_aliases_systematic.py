"""Common names of the catalogue's skills in English and French job ads, added in the tenth
quality pass (a pass over the skills, not driven by any one ad). One alias a case, each in a
sentence written for these tests (no real job ad or CV); each case fails without its alias."""

from __future__ import annotations

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

CASES = DATA_ENGINEERING


@pytest.mark.parametrize(("text", "skill"), CASES)
def test_a_common_name_of_the_skill_is_found(text: str, skill: str) -> None:
    found = {f.skill_id for f in cv.find_skills(BUNDLED, text)}
    assert skill in found, (text, skill, found)
