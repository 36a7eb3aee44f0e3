"""The platform's labels: kinds, axes, topics and subtopics, with definitions shown to users."""

from __future__ import annotations

from dataclasses import dataclass

KINDS: dict[str, str] = {
    "need": "Asks for help: people, skills, space, money or things.",
    "offer": "Offers expertise, time, space or things.",
    "event": "Announces a lab, master class, meeting, festival or action.",
    "funding": "Announces a funding opportunity: a grant, a call, a prize.",
    "knowhow": "Shares knowledge or a lesson learned.",
    "question": "Asks how to do something; answered from the bank of knowledge.",
}

AXES: dict[str, str] = {
    "action": "Action and activation: doing, organising, campaigning.",
    "education": "Education and training: learning, teaching, master classes.",
    "research": "Research and innovation: studies, data, evidence, pilots.",
}


@dataclass(frozen=True)
class Topic:
    """One lab theme, with its finer subtopics (id -> label)."""

    id: str
    label: str
    definition: str
    examples: tuple[str, ...]
    subtopics: dict[str, str]


TOPICS: dict[str, Topic] = {
    t.id: t
    for t in (
        Topic(
            "planning",
            "Planning",
            "How land and buildings are used and changed: applications, plans, regeneration.",
            (
                "We want to object to the tower proposed on our estate car park",
                "Help writing our neighbourhood plan for Stoke Newington",
            ),
            {
                "planning_applications": "Planning applications and objections",
                "local_plans": "Local and neighbourhood plans",
                "regeneration": "Regeneration and estate renewal",
                "community_assets": "Assets of community value",
                "heritage": "Heritage and conservation",
            },
        ),
        Topic(
            "housing",
            "Housing",
            "Homes and the people in them: rents, repairs, tenants, estates, homelessness.",
            (
                "Our tenants' association needs advice on damp and repairs",
                "Looking for a housing co-op to learn from in Lambeth",
            ),
            {
                "tenants_rights": "Tenants' rights, repairs and evictions",
                "social_housing": "Council and social housing, estates",
                "community_led_housing": "Community-led housing, co-ops and land trusts",
                "homelessness": "Homelessness and temporary accommodation",
            },
        ),
        Topic(
            "civic_economy",
            "Civic economy",
            "Local economies run for and by people: social enterprises, co-ops, markets.",
            (
                "Starting a time bank on our high street",
                "Our market traders want to form a co-operative",
            ),
            {
                "social_enterprise": "Social enterprises",
                "cooperatives": "Co-operatives and mutuals",
                "high_streets": "High streets and local shops",
                "markets": "Markets and traders",
                "time_banks": "Time banks and skill swaps",
                "workspace": "Affordable workspace and community spaces",
            },
        ),
        Topic(
            "environment",
            "Environment",
            "Green space, air, climate, food growing, waste and energy in the city.",
            (
                "Volunteers wanted for the community garden in Peckham",
                "We are measuring air pollution outside schools in Tower Hamlets",
            ),
            {
                "green_space": "Parks, green spaces and trees",
                "air_quality": "Air quality and pollution",
                "climate": "Climate action and retrofit",
                "food_growing": "Food growing and community gardens",
                "waste": "Waste, recycling and repair",
                "energy": "Community energy",
            },
        ),
        Topic(
            "participation",
            "Participation",
            "People taking part: consultations, organising, volunteering, residents' groups.",
            (
                "How do we respond to the council's consultation on the park?",
                "Our residents' association wants more young people involved",
            ),
            {
                "consultations": "Consultations and engagement",
                "organising": "Community organising and campaigns",
                "volunteering": "Volunteering",
                "residents_associations": "Residents' and tenants' associations",
                "festivals": "Festivals and community events",
            },
        ),
        Topic(
            "legal",
            "Legal",
            "Law and governance: advice, rights, constitutions, charity and company forms.",
            (
                "We need pro bono legal advice on our lease",
                "How do we register as a charitable incorporated organisation?",
            ),
            {
                "legal_advice": "Legal advice and representation",
                "governance": "Governance, constitutions and legal forms",
                "leases": "Leases, licences and property law",
                "rights": "Rights, equality and discrimination",
            },
        ),
        Topic(
            "mapping",
            "Mapping",
            "Maps and spatial data: mapping assets, needs and places, GIS, surveys.",
            (
                "We want to map every community space in Southwark",
                "Can a GIS student help map empty shops on our high street?",
            ),
            {
                "community_mapping": "Community and participatory mapping",
                "gis": "GIS and spatial analysis",
                "surveys": "Surveys and data collection",
            },
        ),
        Topic(
            "digital",
            "Digital",
            "Digital tools and skills: websites, data, digital inclusion, online security.",
            (
                "Our group needs a simple website and a mailing list",
                "Running digital skills sessions for older residents",
            ),
            {
                "websites": "Websites and online tools",
                "data": "Data, databases and open data",
                "digital_inclusion": "Digital inclusion and skills",
                "security": "Online safety and security",
            },
        ),
        Topic(
            "communication",
            "Communication",
            "Getting the message out: design, social media, press, translation, storytelling.",
            (
                "Looking for a designer for our campaign leaflets",
                "We need Somali and Bengali translations of our flyer",
            ),
            {
                "design": "Graphic design, leaflets and posters",
                "social_media": "Social media",
                "press": "Press and media",
                "translation": "Translation and interpreting",
                "storytelling": "Storytelling, film and photography",
            },
        ),
        Topic(
            "funding",
            "Funding",
            "Money for community work: grants, bids, crowdfunding, fundraising.",
            (
                "Can someone review our grant application before Friday?",
                "New small grants fund for food projects in Newham, deadline March",
            ),
            {
                "grants": "Grants and funding calls",
                "bid_writing": "Bid writing and applications",
                "crowdfunding": "Crowdfunding and donations",
                "fundraising": "Fundraising and income",
            },
        ),
    )
}

SUBTOPIC_TOPIC: dict[str, str] = {
    sub: topic.id for topic in TOPICS.values() for sub in topic.subtopics
}
