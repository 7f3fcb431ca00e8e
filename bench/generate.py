"""Generate deterministic synthetic catalogues in the real schema, for the benchmark.

    python bench/generate.py --roles 5000 --skills 20000 --out bench/out/roles-5000.yaml

Every run with the same arguments writes the same bytes. Names are built from small
English/French vocabularies so they read like real roles and skills ("Senior applied
vision engineer" / "Ingénieur vision appliquée senior"); each role has about 30 skills,
salaries, codes and missions; skills have related skills and prerequisites (only to
skills earlier in the list, so there are no cycles).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

# (English, French) pairs
AREAS = [
    ("vision", "vision"),
    ("language", "langage"),
    ("speech", "parole"),
    ("data", "données"),
    ("platform", "plateforme"),
    ("analytics", "analytique"),
    ("robotics", "robotique"),
    ("search", "recherche d'information"),
    ("risk", "risque"),
    ("forecasting", "prévision"),
    ("security", "sécurité"),
    ("quality", "qualité"),
    ("pricing", "tarification"),
    ("ranking", "classement"),
    ("fraud", "fraude"),
    ("health", "santé"),
    ("mobility", "mobilité"),
    ("energy", "énergie"),
    ("retail", "commerce"),
    ("logistics", "logistique"),
]
KINDS = [
    ("applied", "appliqué"),
    ("distributed", "distribué"),
    ("embedded", "embarqué"),
    ("generative", "génératif"),
    ("statistical", "statistique"),
    ("real-time", "temps réel"),
    ("cloud", "cloud"),
    ("causal", "causal"),
    ("graph", "graphe"),
    ("streaming", "flux"),
]
JOBS = [
    ("engineer", "Ingénieur"),
    ("scientist", "Scientifique"),
    ("analyst", "Analyste"),
    ("architect", "Architecte"),
    ("researcher", "Chercheur"),
    ("lead", "Responsable"),
    ("specialist", "Spécialiste"),
    ("manager", "Manager"),
]
LEVELS = [
    ("", ""),
    ("Senior ", " senior"),
    ("Junior ", " junior"),
    ("Principal ", " principal"),
    ("Staff ", " confirmé"),
]
TOPICS = [
    ("modelling", "modélisation"),
    ("pipelines", "pipelines"),
    ("optimisation", "optimisation"),
    ("evaluation", "évaluation"),
    ("tooling", "outillage"),
    ("inference", "inférence"),
    ("training", "entraînement"),
    ("monitoring", "supervision"),
    ("design", "conception"),
    ("testing", "tests"),
    ("tuning", "réglage"),
    ("annotation", "annotation"),
    ("storage", "stockage"),
    ("compression", "compression"),
    ("retrieval", "extraction"),
]
CATEGORIES = [
    "programming",
    "framework",
    "tool",
    "ai-methods",
    "math-statistics",
    "data-infrastructure",
    "cloud-mlops",
    "engineering",
    "domain",
    "research",
    "human-ethics",
    "business",
]


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def text(en: str, fr: str) -> str:
    return "{en: " + q(en) + ", fr: " + q(fr) + "}"


def grown_skills(n_roles: int) -> int:
    """The skills of a catalogue that grows like a real taxonomy: 26,000 for 5,000 roles."""
    return n_roles * 26 // 5


def _sources(n_sources: int) -> list[str]:
    out = [
        '  - {id: synthetic, title: "Synthetic figures for benchmarking", publisher: careers,'
        ' short: "Synthetic", kind: blog, year: 2026}'
    ]
    for k in range(1, n_sources):
        out.append(
            f'  - {{id: synthetic-{k}, title: "Synthetic survey {k}", publisher: careers,'
            f' short: "Synthetic {k}", kind: survey, year: 2025}}'
        )
    return out


SENTENCES = 20  # of a grown summary (a text is at most 2,000 characters)


def _grown_texts(i: int, area: tuple[str, str], kind: tuple[str, str]) -> list[str]:
    """A longer summary and more missions, for a catalogue whose texts grow with it."""
    en = " ".join(
        f"Step {k + 1}: works on {kind[0]} {area[0]} problem {i}-{k} with the team."
        for k in range(SENTENCES)
    )
    fr = " ".join(
        f"Étape {k + 1} : traite le problème {i}-{k} de {area[1]} {kind[1]} avec l’équipe."
        for k in range(SENTENCES)
    )
    missions_en = ", ".join(q(f"Deliver {area[0]} outcome {k} for case {i}") for k in range(30))
    missions_fr = ", ".join(
        q(f"Livrer le résultat {k} de {area[1]} pour le cas {i}") for k in range(30)
    )
    return [
        f"    summary: {text(en, fr)}",
        "    missions:",
        f"      en: [{missions_en}]",
        f"      fr: [{missions_fr}]",
    ]


def generate(n_roles: int, n_skills: int, seed: int = 2026, grow: bool = False) -> str:
    """A catalogue of ``n_roles`` roles over ``n_skills`` skills; with ``grow``, one
    whose sources and texts grow with its roles (a source per 50 roles, longer summaries
    and missions, and skills as :func:`grown_skills` gives when ``n_skills`` is fewer)."""
    rng = random.Random(seed)
    if grow:
        n_skills = max(n_skills, grown_skills(n_roles))
    n_sources = max(1, n_roles // 50) if grow else 1
    out: list[str] = [
        "# Synthetic catalogue for the careers benchmark (bench/generate.py); not real data.",
        "schema_version: 1",
        "sources:",
        *_sources(n_sources),
        "families:",
    ]
    families = ["ai-architects", "data-infrastructure", "emerging-roles"]
    for fam in families:
        out.append(
            f"  - {{id: {fam}, name: {text(fam.title(), 'Famille ' + fam)}, "
            f"description: {text('Roles of ' + fam, 'Métiers de ' + fam)}}}"
        )
    out.append("skills:")
    names: set[str] = set()
    for i in range(n_skills):
        area_en, area_fr = AREAS[i % len(AREAS)]
        kind_en, kind_fr = KINDS[(i // len(AREAS)) % len(KINDS)]
        topic_en, topic_fr = TOPICS[(i // (len(AREAS) * len(KINDS))) % len(TOPICS)]
        serial = i // (len(AREAS) * len(KINDS) * len(TOPICS))
        en = f"{kind_en.capitalize()} {area_en} {topic_en}" + (f" {serial + 1}" if serial else "")
        fr = f"{topic_fr.capitalize()} {area_fr} {kind_fr}" + (f" {serial + 1}" if serial else "")
        assert en not in names
        names.add(en)
        sid = f"s{i:05d}"
        line = (
            f"  - {{id: {sid}, name: {text(en, fr)}, category: "
            f"{CATEGORIES[i % len(CATEGORIES)]}, aliases: [{q(f'skill {i}')}]"
        )
        if i > 10:
            related = sorted(rng.sample(range(max(0, i - 400), i), 2))
            line += (
                ", related: ["
                + ", ".join(
                    f"{{skill: s{r:05d}, weight: {rng.choice([0.3, 0.5, 0.7])}}}" for r in related
                )
                + "]"
            )
        if i > 50 and rng.random() < 0.5:
            line += f", prerequisites: [s{rng.randrange(0, i):05d}]"
        out.append(line + "}")
    out.append("roles:")
    role_names: set[str] = set()
    for i in range(n_roles):
        lvl_en, lvl_fr = LEVELS[i % len(LEVELS)]
        kind_en, kind_fr = KINDS[(i // len(LEVELS)) % len(KINDS)]
        area_en, area_fr = AREAS[(i // (len(LEVELS) * len(KINDS))) % len(AREAS)]
        job_en, job_fr = JOBS[(i // (len(LEVELS) * len(KINDS) * len(AREAS))) % len(JOBS)]
        serial = i // (len(LEVELS) * len(KINDS) * len(AREAS) * len(JOBS))
        en = f"{lvl_en}{kind_en} {area_en} {job_en}".capitalize() + (
            f" {serial + 1}" if serial else ""
        )
        fr = f"{job_fr} {area_fr} {kind_fr}{lvl_fr}" + (f" {serial + 1}" if serial else "")
        assert en not in role_names
        role_names.add(en)
        skills = rng.sample(range(n_skills), 30)
        median = rng.randrange(60_000, 220_000, 10)
        source = f"synthetic-{i % n_sources}" if i % n_sources else "synthetic"
        out += [
            f"  - id: r{i:05d}",
            f"    name: {text(en, fr)}",
            f"    family: {families[i % 3]}",
        ]
        if grow:
            out += _grown_texts(i, (area_en, area_fr), (kind_en, kind_fr))
        else:
            out += [
                f"    summary: {text(f'Builds and runs {kind_en} {area_en} systems for the business.', f'Conçoit et fait tourner des systèmes de {area_fr} {kind_fr} pour l’entreprise.')}",
                "    missions:",
                f"      en: [{q('Design ' + area_en + ' solutions')}, {q('Deliver and maintain them')}]",
                f"      fr: [{q('Concevoir des solutions de ' + area_fr)}, {q('Les livrer et les maintenir')}]",
            ]
        out.append("    skills:")
        for k, s in enumerate(skills):
            imp = "essential" if k < 12 else "optional"
            out.append(
                f"      - {{skill: s{s:05d}, importance: {imp}, level: {rng.randint(1, 5)}}}"
            )
        out += [
            "    tools: []",
            f"    education: {{degree: {rng.choice(['bachelor', 'master', 'phd'])}, phd_common: {str(rng.random() < 0.2).lower()}}}",
            "    salaries:",
            f"      - {{region: US, currency: USD, period: annual, pay: gross, experience: all, year: 2025, "
            f"p10: {median * 6 // 10}, median: {median}, p90: {median * 16 // 10}, source: {source}, "
            f"measure: {text('Synthetic annual figure', 'Chiffre annuel synthétique')}}}",
            f"      - {{region: FR, currency: EUR, period: annual, pay: gross, experience: mid, year: 2024, "
            f"low: {median * 4 // 10}, high: {median * 6 // 10}, source: synthetic, "
            f"measure: {text('Synthetic range', 'Fourchette synthétique')}}}",
            f"    related: [r{(i + 1) % n_roles:05d}]",
        ]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=1000)
    parser.add_argument("--skills", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--grow", action="store_true", help="sources, skills and texts that grow with the roles"
    )
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(generate(args.roles, args.skills, args.seed, args.grow), encoding="utf-8")
    print(f"{args.out}: {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
