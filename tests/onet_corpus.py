"""A slice of the O*NET corpus for tests: the careers the fast golden subset and the routing
tests ask about, plus every career their guides list as related (the likeliest mix-ups)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from knowledge.loader import BUNDLED_GUIDES_DIR
from knowledge.onet import compose_guides
from tests.paths import EVAL, SHARED_DATA

FAST_SUBSET = {"onet_questions.json": 40, "onet_heldout.json": 20}
ROUTING_CAREERS = [
    "registered-nurses",
    "paramedics",
    "electricians",
    "civil-engineers",
    "mechanical-engineers",
    "electrical-engineers",
    "industrial-engineers",
    "cashiers",
    "film-and-video-editors",
    "firefighters",
]
# Careers the panels' follow-ups pick between, taken without their related careers.
PANEL_CAREERS = [
    # the forty-sixth panel's wrong careers: fields got into, options told, own pay weighed
    "information-security-analysts",
    "computer-user-support-specialists",
    "school-psychologists",
    "market-research-analysts-and-marketing-specialists",
    "health-education-specialists",
    "advanced-practice-psychiatric-nurses",
    "clinical-nurse-specialists",
    "air-traffic-controllers",
    "computer-programmers",
    "education-teachers-postsecondary",
    "graphic-designers",
    "fine-artists-including-painters-sculptors-and-illustrators",
    "pharmacists",
    "child-family-and-school-social-workers",
    "recreation-workers",
    "commercial-pilots",
    # the forty-seventh panel: careers chosen among those offered, asked beside others
    "mining-and-geological-engineers-including-mining-safety",
    "music-therapists",
    "musicians-and-singers",
    "disc-jockeys-except-radio",
    "adult-basic-education-adult-secondary-education-and-english-as",
    "interpreters-and-translators",
    "electricians",
    "patient-representatives",
    "fast-food-and-counter-workers",
    "occupational-therapy-assistants",
    "registered-nurses",
    "critical-care-nurses",
    "web-and-digital-interface-designers",
    "desktop-publishers",
    "supply-chain-managers",
    "software-quality-assurance-analysts-and-testers",
    "nursing-assistants",
    "first-line-supervisors-of-construction-trades-and-extraction",
    "construction-managers",
    "food-service-managers",
    "bartenders",
    "general-and-operations-managers",
    "medical-and-clinical-laboratory-technologists",
    "cardiovascular-technologists-and-technicians",
    "cytogenetic-technologists",
    "neurodiagnostic-technologists",
    "engineering-technologists-and-technicians-except-drafters-all",
    "electrical-and-electronic-engineering-technologists-and",
    "waiters-and-waitresses",
    "personal-care-aides",
    "home-health-aides",
    "community-health-workers",
    "healthcare-social-workers",
    "real-estate-sales-agents",
    "real-estate-brokers",
    "first-line-supervisors-of-office-and-administrative-support",
    "property-real-estate-and-community-association-managers",
    "agricultural-inspectors",
    "environmental-compliance-inspectors",
    "occupational-health-and-safety-specialists",
    "teaching-assistants-postsecondary",
    "teaching-assistants-preschool-elementary-middle-and-secondary",
    "health-specialties-teachers-postsecondary",
    "pharmacists",
    "industrial-engineers",
    "hospitalists",
    "sales-managers",
    "tire-repairers-and-changers",
    "graphic-designers",
    "manicurists-and-pedicurists",
    "paralegals-and-legal-assistants",
    "conservation-scientists",
    "geoscientists-except-hydrologists-and-geographers",
    "environmental-scientists-and-specialists-including-health",
    "sustainability-specialists",
    "retail-salespersons",
    "coaches-and-scouts",
    "athletic-trainers",
    "fashion-designers",
    "janitors-and-cleaners-except-maids-and-housekeeping-cleaners",
    "security-guards",
    "tree-trimmers-and-pruners",
    "fallers",
    "animal-caretakers",
    "animal-trainers",
    "zoologists-and-wildlife-biologists",
    "farmworkers-farm-ranch-and-aquacultural-animals",
    "training-and-development-specialists",
    "instructional-coordinators",
    "bookkeeping-accounting-and-auditing-clerks",
    "payroll-and-timekeeping-clerks",
    "billing-and-posting-clerks",
    "eligibility-interviewers-government-programs",
    "social-and-human-service-assistants",
    "pharmacy-technicians",
    "licensed-practical-and-licensed-vocational-nurses",
    "medical-and-clinical-laboratory-technicians",
    "chemical-technicians",
    "loan-officers",
    "property-real-estate-and-community-association-managers",
    "bakers",
    "environmental-science-and-protection-technicians-including",
    "architects-except-landscape-and-naval",
    "medical-records-specialists",
    "medical-secretaries-and-administrative-assistants",
    "logisticians",
    "library-technicians",
    "lawyers",
    "dentists-general",
    "health-informatics-specialists",
    "child-family-and-school-social-workers",
    "human-resources-specialists",
    "childcare-workers",
    "preschool-teachers-except-special-education",
    "elementary-school-teachers-except-special-education",
    "financial-and-investment-analysts",
    "exercise-trainers-and-group-fitness-instructors",
    "dietitians-and-nutritionists",
    "crossing-guards-and-flaggers",
    "landscaping-and-groundskeeping-workers",
    "helpers-production-workers",
    "recreation-workers",
    "technical-writers",
    "makeup-artists-theatrical-and-performance",
    "hairdressers-hairstylists-and-cosmetologists",
    "airline-pilots-copilots-and-flight-engineers",
    "barbers",
    "human-resources-managers",
    "captains-mates-and-pilots-of-water-vessels",
    "healthcare-social-workers",
    "public-relations-specialists",
    "news-analysts-reporters-and-journalists",
    "network-and-computer-systems-administrators",
    "civil-engineers",
    "avionics-technicians",
    "accountants-and-auditors",
    "forensic-science-technicians",
    "spa-managers",
    "bus-drivers-transit-and-intercity",
    "bus-drivers-school",
    "art-directors",
    "architectural-and-engineering-managers",
    "interior-designers",
    "historians",
    "secondary-school-teachers-except-special-and-career-technical",
    "librarians-and-media-collections-specialists",
    "flight-attendants",
    "travel-agents",
    "public-safety-telecommunicators",
    "dispatchers-except-police-fire-and-ambulance",
    "fire-inspectors-and-investigators",
    "nursing-instructors-and-teachers-postsecondary",
    "credit-counselors",
    "tax-preparers",
    "writers-and-authors",
    "producers-and-directors",
    # the thirty-fifth panel: fields, work turned to, corrections and searches
    "physical-therapists",
    "physical-therapist-assistants",
    "cost-estimators",
    "painters-construction-and-maintenance",
    "solar-photovoltaic-installers",
    "solar-thermal-installers-and-technicians",
    "roofers",
    "data-scientists",
    "statisticians",
    "laborers-and-freight-stock-and-material-movers-hand",
    "actuaries",
    "park-naturalists",
    "forest-and-conservation-workers",
    "dental-hygienists",
    "educational-guidance-and-career-counselors-and-advisors",
    "meeting-convention-and-event-planners",
    "information-technology-project-managers",
    "medical-transcriptionists",
    "word-processors-and-typists",
    "office-clerks-general",
    "automotive-body-and-related-repairers",
    "infantry",
    "marketing-managers",
    # the thirty-seventh panel: careers turned down, the own job weighed, both halves compared
    "police-and-sheriff-s-patrol-officers",
    "plumbers-pipefitters-and-steamfitters",
    "helpers-pipelayers-plumbers-pipefitters-and-steamfitters",
    "emergency-medical-technicians",
    "sales-representatives-wholesale-and-manufacturing-technical-and",
    "sales-representatives-wholesale-and-manufacturing-except",
    "commercial-pilots",
    "nurse-practitioners",
    "physician-assistants",
    "elevator-and-escalator-installers-and-repairers",
    "nuclear-power-reactor-operators",
    "tellers",
    "parking-attendants",
    "lifeguards-ski-patrol-and-other-recreational-protective-service",
    "foresters",
    "biologists",
    "occupational-therapists",
    "heavy-and-tractor-trailer-truck-drivers",
    "first-line-supervisors-of-retail-sales-workers",
    "animal-control-workers",
    "editors",
    "farmers-ranchers-and-other-agricultural-managers",
    "farmworkers-and-laborers-crop-nursery-and-greenhouse",
    "dietetic-technicians",
    "cooks-restaurant",
    "clinical-and-counseling-psychologists",
    "software-developers",
    "fitness-and-wellness-coordinators",
    "business-intelligence-analysts",
    "data-entry-keyers",
    "first-line-supervisors-of-landscaping-lawn-service-and",
    "first-line-supervisors-of-farming-fishing-and-forestry-workers",
    "helpers-electricians",
    "chefs-and-head-cooks",
    "dental-laboratory-technicians",
    "wind-turbine-service-technicians",
    "web-developers",
    "soil-and-plant-scientists",
    "landscape-architects",
    # the forty-third panel: other jobs in a field, own years in play, titles of a field
    "veterinarians",
    "veterinary-technologists-and-technicians",
    "veterinary-assistants-and-laboratory-animal-caretakers",
    "food-scientists-and-technologists",
    "dental-assistants",
    "carpenters",
    "transportation-storage-and-distribution-managers",
    "medical-and-health-services-managers",
    "appraisers-and-assessors-of-real-estate",
    "computer-numerically-controlled-tool-programmers",
    "machinists",
    "inspectors-testers-sorters-samplers-and-weighers",
    # the forty-fourth panel: titles written short, corrections, fields and the force
    "special-forces",
    "police-and-sheriff-s-patrol-officers",
    "detectives-and-criminal-investigators",
    "business-intelligence-analysts",
    "clinical-data-managers",
    "health-information-technologists-and-medical-registrars",
    "plumbers-pipefitters-and-steamfitters",
    "helpers-pipelayers-plumbers-pipefitters-and-steamfitters",
    "computer-numerically-controlled-tool-operators",
    "public-safety-telecommunicators",
    "welders-cutters-solderers-and-brazers",
    # the forty-fifth panel: teaching a subject, options thought of, careers disowned
    "education-teachers-postsecondary",
    "fundraisers",
    "concierges",
    # the forty-ninth panel: job words titled so, fields' people, own jobs asked, titles looked
    # for
    "surgical-technologists",
    "radiologic-technologists-and-technicians",
    "validation-engineers",
    "computer-network-architects",
    "computer-systems-engineers-architects",
    "information-security-engineers",
    "telecommunications-engineering-specialists",
    "human-resources-specialists",
    "customer-service-representatives",
    "secondary-school-teachers-except-special-and-career-technical",
    "electronics-engineers-except-computer",
    "nurse-practitioners",
    "special-effects-artists-and-animators",
    "fine-artists-including-painters-sculptors-and-illustrators",
    "writers-and-authors",
    "editors",
    "news-analysts-reporters-and-journalists",
    "dispatchers-except-police-fire-and-ambulance",
    "heavy-and-tractor-trailer-truck-drivers",
    # the fiftieth panel: a title named whole beside a field weighed, a field's people by
    # its field, a title shared, careers ruled out or not to be offered
    "genetic-counselors",
    "histotechnologists",
    "marriage-and-family-therapists",
    "farm-labor-contractors",
    "energy-engineers-except-wind-and-solar",
    "heating-air-conditioning-and-refrigeration-mechanics-and",
    "cement-masons-and-concrete-finishers",
    "roof-bolters-mining",
    "residential-advisors",
    "arbitrators-mediators-and-conciliators",
    "judicial-law-clerks",
]
RELATED = re.compile(r"\]\(/guides/([a-z0-9-]+)\)")


def shared_data_present() -> bool:
    """Whether ``../shared/data`` holds the O*NET, OEWS and ESCO files."""
    return (SHARED_DATA / "onet").is_dir() and (SHARED_DATA / "oews").is_dir()


def fast_subset() -> list[dict[str, Any]]:
    """The golden items CI runs: the first questions of each O*NET set."""
    items: list[dict[str, Any]] = []
    for name, count in FAST_SUBSET.items():
        items += json.loads((EVAL / name).read_text(encoding="utf-8"))[:count]
    return items


def compose_corpus(out: Path) -> None:
    """Compose every O*NET guide from ``../shared/data`` into ``out``, with every source."""
    compose_guides(
        SHARED_DATA / "onet",
        SHARED_DATA / "oews/oews_may2025_national.csv",
        SHARED_DATA / "esco/occupations_en.csv",
        out,
        bls_ep_dir=SHARED_DATA / "bls-ep",
        ratings_dir=SHARED_DATA / "onet-29.3",
    )


def build_slice(work: Path) -> Path:
    """Compose every guide under ``work``, then copy the slice (and the bundled guide) to
    ``work / "guides"``; returns that directory."""
    everything = work / "all"
    compose_corpus(everything)
    wanted = set(ROUTING_CAREERS)
    for item in fast_subset():
        wanted |= set(item["guides"])
    for slug in list(wanted):
        wanted |= set(RELATED.findall((everything / f"{slug}.md").read_text(encoding="utf-8")))
    wanted |= set(PANEL_CAREERS)
    guides = work / "guides"
    guides.mkdir()
    for slug in sorted(wanted):
        shutil.copy(everything / f"{slug}.md", guides)
    shutil.copy(BUNDLED_GUIDES_DIR / "production-technician.txt", guides)
    return guides
