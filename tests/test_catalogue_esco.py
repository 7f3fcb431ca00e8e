"""ESCO skill links: every URI exists in ESCO v1.1.1 and names the same thing, and at least
80 % of the skills ESCO covers carry one.

The ESCO rows come from a committed subset of the official export
(tests/fixtures/esco/skills_subset.csv, see its README), never from ../shared.

"Covered" is defined here, skill by skill, after searching the preferred and alternative
labels of ESCO v1.1.1 skills_en.csv for each skill's name and aliases:
- a skill is covered when ESCO holds a concept of the same meaning (linked) or one a reader
  could take for it, only broader, narrower or aimed elsewhere (NEAR_MISS: not linked, and
  counted against the coverage);
- NOT_IN_ESCO lists the skills with no such concept at all (most tools, and recent methods).
Every skill without a link must be in one of the two lists, so a new skill cannot slip by.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from careers_cli import catalogue
from careers_cli.text import fold

FIXTURE = Path(__file__).parent / "fixtures" / "esco" / "skills_subset.csv"
ESCO_SKILL = "http://data.europa.eu/esco/skill/"

INDEX = catalogue.load(None)
SKILLS = INDEX.skills.items

with FIXTURE.open(encoding="utf-8", newline="") as f:
    ESCO = {row["conceptUri"]: row for row in csv.DictReader(f)}

# skill -> (the ESCO concept a reader might pair it with, why it is not linked)
NEAR_MISS = {
    "hpc": ("25b291b5-8245-4d9d-b391-86a8a31d7109", "use concurrent programming: narrower"),
    "ai-regulation": (
        "a846cb9e-c152-41e7-bd34-45e7ff941e3b",
        "legal requirements of ICT products: too loose",
    ),
    "ai-strategy": ("248894d1-42dc-474f-af6e-2da52ac0c679", "define technology strategy: broader"),
    "linear-algebra": ("55e910e4-736d-44cf-bfa9-b15adc5d91d2", "algebra: broader"),
    "product-management": (
        "29fb886c-6be0-4e93-9ea1-232881f2092a",
        "plan product management: sales planning",
    ),
    "information-retrieval": (
        "696e3b5b-8b61-45af-ae4c-3ab700f197ec",
        "information extraction: another task",
    ),
    "metadata-management": (
        "9710092c-f174-4e84-95bf-2064d39ad7a0",
        "manage content metadata: media content",
    ),
    "healthcare": (
        "ad05c2bf-3905-4e4c-bd56-6fcfdebc994c",
        "clinical science: medical R&D, not care",
    ),
    "low-latency-systems": (
        "bf6c5ed4-84af-440f-abcc-7fa5ba19c738",
        "real-time computing: hard real time",
    ),
}

# searched in skills_en.csv v1.1.1, no concept of that meaning ("SPARK" there is a Java web
# framework, not Apache Spark; CUDA, TensorFlow and Keras appear only inside descriptions)
NOT_IN_ESCO = set(
    """
    cuda go tensorflow pytorch scikit-learn pandas opencv ros matplotlib jax hugging-face
    langchain xgboost spacy numpy onnx monai ray autoware faiss spark aws gcp azure docker
    kubernetes kafka tableau linux jupyter mlflow kubeflow airflow dbt terraform snowflake
    bigquery databricks power-bi looker tensorrt slurm mongodb model-optimisation
    reinforcement-learning large-language-models generative-ai fine-tuning rag
    prompt-engineering causal-inference anomaly-detection feature-engineering model-evaluation
    slam distributed-training model-compression adversarial-robustness ai-alignment calculus
    bayesian-statistics experimental-design econometrics stochastic-calculus stream-processing
    vector-databases mlops infrastructure-as-code sensor-fusion 3d-perception ai-ethics
    explainability ai-governance automotive-safety rust julia triton-language fastapi
    streamlit gradio llamaindex polars yolo detectron2 whisper lightfm implicit-library rembg
    duckdb dvc weights-and-biases dagster prefect apache-iceberg vllm tgi sglang
    triton-inference-server ollama kserve bentoml langfuse langsmith openvino nccl mcp
    label-studio ai-agents function-calling embeddings guardrails preference-tuning
    synthetic-data multimodal-models differential-privacy federated-learning
    graph-neural-networks on-device-inference llm-observability ml-compilers gpu-networking
    data-labelling bioinformatics cheminformatics
    """.split()
)

# pairs checked by hand where ESCO words the same concept differently
REVIEWED = {
    "software-engineering": "computer programming",
    "r": "R",
}

_STOP = {"and", "of", "the", "for", "in", "to", "with", "using", "use", "data", "systems"}


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9+#]+", fold(text))
    return {w[:5] for w in words if len(w) >= 3 and w not in _STOP}


def test_every_link_exists_in_esco() -> None:
    for skill in INDEX.catalogue.skills:
        if skill.esco:
            assert skill.esco.startswith(ESCO_SKILL), skill.id
            assert skill.esco in ESCO, (skill.id, skill.esco)


def test_every_link_names_the_same_thing() -> None:
    for skill in INDEX.catalogue.skills:
        if not skill.esco:
            continue
        row = ESCO[skill.esco]
        if skill.id in REVIEWED:
            assert row["preferredLabel"] == REVIEWED[skill.id]
            continue
        esco_words = _stems(row["preferredLabel"] + " " + row["altLabels"])
        our_words = _stems(" ".join([skill.name.en, skill.id.replace("-", " "), *skill.aliases]))
        assert esco_words & our_words, (skill.id, row["preferredLabel"])


def test_the_audited_pairs_are_fixed() -> None:
    assert ESCO[SKILLS["mechanical-engineering"].esco]["preferredLabel"] == "mechanics"
    assert SKILLS["ai-regulation"].esco is None  # no ESCO concept for AI law; the old one was loose
    assert ESCO[SKILLS["marketing-analytics"].esco]["preferredLabel"] == (
        "use analytics for commercial purposes"
    )
    roles = INDEX.roles.items
    for role, label in [
        ("business-intelligence-analyst", "business intelligence manager"),
        ("big-data-architect", "database designer"),
    ]:
        esco = roles[role].codes.esco[0]
        assert esco.label == label and esco.closest, role


def test_coverage_of_the_skills_esco_covers() -> None:
    unlinked = {s.id for s in INDEX.catalogue.skills if not s.esco}
    assert unlinked == set(NEAR_MISS) | NOT_IN_ESCO  # every skill is classified
    assert not set(NEAR_MISS) & NOT_IN_ESCO
    for skill, (uuid, _why) in NEAR_MISS.items():
        assert ESCO_SKILL + uuid in ESCO, skill
    linked = len(INDEX.catalogue.skills) - len(unlinked)
    covered = linked + len(NEAR_MISS)
    assert linked / covered >= 0.80, (linked, covered)
