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


def generate(n_roles: int, n_skills: int, seed: int = 2026) -> str:
    rng = random.Random(seed)
    out: list[str] = [
        "# Synthetic catalogue for the careers benchmark (bench/generate.py); not real data.",
        "schema_version: 1",
        "sources:",
        '  - {id: synthetic, title: "Synthetic figures for benchmarking", publisher: careers,'
        ' short: "Synthetic", kind: blog, year: 2026}',
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
        out += [
            f"  - id: r{i:05d}",
            f"    name: {text(en, fr)}",
            f"    family: {families[i % 3]}",
            f"    summary: {text(f'Builds and runs {kind_en} {area_en} systems for the business.', f'Conçoit et fait tourner des systèmes de {area_fr} {kind_fr} pour l’entreprise.')}",
            "    missions:",
            f"      en: [{q('Design ' + area_en + ' solutions')}, {q('Deliver and maintain them')}]",
            f"      fr: [{q('Concevoir des solutions de ' + area_fr)}, {q('Les livrer et les maintenir')}]",
            "    skills:",
        ]
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
            f"p10: {median * 6 // 10}, median: {median}, p90: {median * 16 // 10}, source: synthetic, "
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
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(generate(args.roles, args.skills, args.seed), encoding="utf-8")
    print(f"{args.out}: {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
