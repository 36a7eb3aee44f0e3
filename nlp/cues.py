"""Keyword and phrase cues for kind, axis, topics and subtopics, as a spaCy component.

The `civic_cues` component writes scores into `doc.cats` under the labels a trained
`textcat_multilabel` uses too: `kind:need`, `axis:action`, `topic:housing`,
`sub:tenants_rights`. With the trained classifier in front, kind, topic and axis scores are a
calibrated fusion of both (see fuse); without fusion weights a cue only raises a score.
Place names found by the entity ruler are blanked first, so "Finsbury Park" is no park and
"Hackney" no hacking. Scores combine as a noisy-or: 1 - prod(1 - weight) over distinct cues.

Matching is per word of the text, cached per distinct word: a one-word cue is settled by the
word alone; a longer cue is tried (one combined regex first) only where a word it can begin
with starts. The result is exactly that of searching the text for every rule (a test checks).
For a message in another language, that language's cue words (nlp.cue_words_i18n) count too.
In nlp.pipe the fusion runs over whole batches with numpy.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import accumulate, chain, compress, count, repeat
from operator import add, is_not
from typing import Any, NamedTuple, TypeAlias, cast
from unicodedata import combining

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from nlp.cue_words_i18n import ALSO as I18N_ALSO
from nlp.cue_words_i18n import SUBSTRING_LANGUAGES
from nlp.cue_words_i18n import WORDS as I18N_WORDS
from nlp.gazetteer import NOT_PLACE_LABEL, PLACE_LABELS
from nlp.language import guess_language
from nlp.places import doc_text, ext_key, places_of
from nlp.taxonomy import AXES, KINDS, SUBTOPIC_TOPIC, TOPICS

STRONG, MEDIUM, WEAK = 0.8, 0.6, 0.35

# Patterns are regular expressions matched case-insensitively at word starts; a trailing '*'
# stands for any word ending. A leading '~' makes a cue weak, '+' medium (default strong).
SUBTOPIC_CUES: dict[str, tuple[str, ...]] = {
    "planning_applications": (
        "planning application*",
        "planning permission",
        "planning objection*",
        "planning committee*",
        "planning officer*",
        "object* to (the|a|this)",
        r"proposed (tower|development|block|building|scheme)",
        "~developer*",
        "~planning",
    ),
    "local_plans": (
        "local plan*",
        "neighbourhood plan*",
        "neighbourhood forum*",
        "London Plan",
        "area action plan*",
        "+zoning",
        "+site allocation*",
    ),
    "regeneration": (
        "regenerat*",
        "estate renewal",
        "demolition*",
        "demolish*",
        "redevelop*",
        "+masterplan*",
        "estate ballot*",
        "~decant*",
    ),
    "community_assets": (
        "asset* of community value",
        "community asset*",
        "ACV",
        "community right to bid",
        "community ownership",
        r"save (our|the) (pub|library|community centre|hall)",
    ),
    "heritage": (
        "heritage",
        "conservation area*",
        "listed building*",
        "historic building*",
        "blue plaque*",
        "+local history",
        "~archive*",
    ),
    "tenants_rights": (
        "tenant*",
        "landlord*",
        "evict*",
        "section 21",
        "disrepair",
        "damp",
        "mould*",
        "mold",
        "renters",
        "rent increase*",
        "+rent",
        "+rents",
        r"+repairs?\b(?!\s+caf)",
        "~deposit*",
    ),
    "social_housing": (
        "council hous*",
        "social housing",
        "council estate*",
        "housing association*",
        "council home*",
        "council flat*",
        "social rent*",
        "housing waiting list*",
        "~estate",
        "~estates",
    ),
    "community_led_housing": (
        "community[- ]led housing",
        "housing co-?op*",
        "community land trust*",
        "CLT",
        "self[- ]build",
        "co-?housing",
    ),
    "homelessness": (
        "homeless*",
        "rough sleep*",
        "temporary accommodation",
        "hostel*",
        "sofa surf*",
        "night shelter*",
        "street outreach",
    ),
    "social_enterprise": (
        "social enterprise*",
        "community interest compan*",
        "CIC",
        "social business*",
        "B Corp*",
    ),
    "cooperatives": (
        "co-?operative*",
        "+co-?op",
        "+co-?ops",
        "mutual*",
        "worker[- ]owned",
        "member[- ]owned",
    ),
    "high_streets": (
        "high street*",
        "local shop*",
        "shopfront*",
        "shop front*",
        "empty shop*",
        "independent shop*",
        "small business*",
        "town centre*",
        "business improvement district*",
        "~shop",
        "~shops",
    ),
    "markets": (
        "market stall*",
        "market trader*",
        "street market*",
        "farmers'? market*",
        "night market*",
        "car boot*",
        "+traders",
        "+market",
        "+markets",
    ),
    "time_banks": ("time[- ]?bank*", "skill[- ]?swap*", "skill[- ]?shar*", "local currenc*"),
    "workspace": (
        "workspace*",
        "co-?working",
        "studio space*",
        "meanwhile use",
        "community space*",
        "community centre*",
        "hall hire",
        "room hire",
        "makerspace*",
        "hackspace*",
        "rehearsal space*",
        "~venue*",
        "~space",
    ),
    "green_space": (
        "green space*",
        "tree planting",
        "+tree*",
        "woodland*",
        "nature reserve*",
        "biodiversity",
        "wildlife",
        "rewild*",
        "meadow*",
        "pocket park*",
        "+park",
        "+parks",
        "~nature",
    ),
    "air_quality": (
        "air quality",
        "air pollution",
        "+pollution",
        "diffusion tube*",
        "NO2",
        "nitrogen dioxide",
        "particulate*",
        r"PM2\.5",
        "ULEZ",
        "clean air",
        "low traffic neighbourhood*",
        "LTN*",
        "school street*",
        "~traffic",
    ),
    "climate": (
        "climate",
        "carbon",
        "net zero",
        "retrofit*",
        "insulat*",
        "heat pump*",
        "emission*",
        "~sustainab*",
    ),
    "food_growing": (
        "community garden*",
        "food growing",
        "grow* (food|vegetables|veg)",
        "allotment*",
        "gardening",
        "orchard*",
        "seed swap*",
        "+garden",
        "+gardens",
        "~growing",
    ),
    "waste": (
        "recycl*",
        "waste",
        "repair caf*",
        "fly[- ]?tip*",
        "litter*",
        "compost*",
        "upcycl*",
        "+reuse",
        "zero waste",
        "clean[- ]?up*",
    ),
    "energy": (
        "community energy",
        "solar",
        "renewable*",
        "energy co-?op*",
        "fuel poverty",
        "energy bill*",
        "energy efficien*",
        "+energy",
    ),
    "consultations": (
        "consultation*",
        "have your say",
        "public meeting*",
        "respond* to the council",
        "+engagement",
        "~consult*",
    ),
    "organising": (
        r"organi[sz](e|es|ed|ing|er|ers)\b",
        "campaign*",
        "petition*",
        "protest*",
        "+rally",
        "lobby*",
        "mobilis*",
        "direct action",
        "coalition*",
        "~union*",
    ),
    "volunteering": ("volunteer*", "befriend*", "+helpers", r"give (some|your) time"),
    "residents_associations": (
        "residents'? association*",
        "tenants'? association*",
        "TRA",
        "TRAs",
        "residents'? group*",
        "tenants'? and residents'?",
        "neighbourhood watch",
    ),
    "festivals": (
        "festival*",
        "street part*",
        "fun day*",
        "carnival*",
        "f[eê]te*",
        "+celebration*",
        "community event*",
        "block part*",
        "~party",
    ),
    "legal_advice": (
        "lawyer*",
        "solicitor*",
        "barrister*",
        "legal advice",
        "legal aid",
        "pro bono",
        "law centre*",
        "legal help",
        "legal support",
        "tribunal*",
        "judicial review",
        "+legal",
        "~court*",
    ),
    "governance": (
        "constitution*",
        "governance",
        "trustee*",
        "charity commission",
        "register* as a charity",
        "charitable incorporated organisation*",
        "CIO",
        "legal structure*",
        "legal form*",
        "articles of association",
        "AGM*",
        "unincorporated association*",
        "+incorporat*",
        "+board member*",
    ),
    "leases": (
        "lease*",
        "licence to occupy",
        "break clause*",
        "asset transfer*",
        "peppercorn rent",
        "~licence",
    ),
    "rights": (
        "discriminat*",
        "equality",
        "human rights",
        "racism",
        "disability rights",
        "immigration",
        "asylum",
        "hate crime*",
        "+rights",
        "~visa*",
    ),
    "community_mapping": (
        "community mapping",
        "participatory mapping",
        "asset map*",
        "mapping",
        "+map",
        "+maps",
    ),
    "gis": (
        "GIS",
        "QGIS",
        "ArcGIS",
        "spatial",
        "geospatial",
        "shapefile*",
        "OpenStreetMap",
        "OSM",
        "geodata",
    ),
    "surveys": (
        "survey*",
        "questionnaire*",
        "data collection",
        "door[- ]?knock*",
        "footfall",
        "~audit*",
    ),
    "websites": (
        "website*",
        "web site*",
        "web page*",
        "wordpress",
        "squarespace",
        "domain name*",
        "online form*",
        "booking system*",
        "mailing list*",
        "email list*",
        "~app",
        "~online",
    ),
    "data": (
        "database*",
        "spreadsheet*",
        "open data",
        "CRM",
        "airtable",
        "GDPR",
        "data protection",
        "+data",
    ),
    "digital_inclusion": (
        "digital skills",
        "digital inclusion",
        "digital exclusion",
        "computer class*",
        "get online",
        "internet access",
        "wi-?fi",
        "IT skills",
        "smartphone*",
        "+laptop*",
        "+digital",
        "~tablets",
    ),
    "security": (
        "online safety",
        "cyber*",
        "hacked",
        "phishing",
        "scam*",
        "password*",
        "two[- ]factor",
        "2FA",
        "online harm*",
        "+security",
    ),
    "design": (
        "graphic design*",
        "designer*",
        "leaflet*",
        "flyer*",
        "poster*",
        "logo*",
        "branding",
        "illustrat*",
        "~design*",
        "~print*",
    ),
    "social_media": (
        "social media",
        "instagram",
        "facebook",
        "twitter",
        "tiktok",
        "linkedin",
        "youtube",
        "whatsapp group*",
        "followers",
        "hashtag*",
    ),
    "press": (
        "press release*",
        "journalist*",
        "media coverage",
        "newspaper*",
        "local paper*",
        "reporter*",
        "+press",
        "+radio",
        "~media",
    ),
    "translation": ("translat*", "interpret*", "multilingual", "bilingual"),
    "storytelling": (
        "storytelling",
        "stories",
        "+story",
        "film*",
        "video*",
        "photograph*",
        "documentar*",
        "podcast*",
        "oral histor*",
        "zine*",
        "+photo*",
        "~exhibition*",
    ),
    "grants": (
        "grant",
        "grants",
        "funding",
        "funder*",
        "small grants",
        "funding call*",
        "call for proposals",
        "lottery",
        "+fund",
        "+funds",
        "~award*",
    ),
    "bid_writing": (
        "bid writ*",
        "grant application*",
        "funding application*",
        "funding bid*",
        r"write (a|our|the) bid",
        "+bid",
        "+bids",
        "~application*",
    ),
    "crowdfunding": (
        "crowdfund*",
        "gofundme",
        "spacehive",
        "just ?giving",
        "donation*",
        "donate*",
    ),
    "fundraising": (
        "fundrais*",
        "rais* money",
        "sponsor*",
        "earned income",
        "bake sale*",
        "raffle*",
        "~income",
    ),
}

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_SKILLED = (
    "lawyer|solicitor|barrister|designer|developer|accountant|architect|planner|"
    "translator|interpreter|photographer|filmmaker|nurse|teacher|researcher|engineer|"
    "gardener|carpenter|electrician|plumber|surveyor|coach|trainer|mentor"
)

KIND_CUES: dict[str, tuple[str, ...]] = {
    "need": (
        r"(we|i) (really |urgently |still |also )?need",
        r"(we|i)('re| are| am) (looking|"
        r"seeking|after)",
        "looking for",
        "seeking",
        "+wanted",
        r"in need of",
        r"please help",
        r"help (us|needed)",
        r"can (any|some)(one|body) (help|recommend|review|advise|suggest|"
        r"lend|offer|donate|share|check|look)",
        r"does (any|some)(one|body) (have|know (a|an|"
        r"any|some|of))",
        r"(we|i) (would|'d) (love|like) (some )?help",
        r"short of",
        r"+(we|i) want",
        r"+wants? (a|an|more|some|the|to|help)\b",
        "~need",
        "~needs",
        "~require*",
        "~appeal",
    ),
    "offer": (
        r"i can",
        r"we can (offer|provide|help|host|lend|give|run|train)",
        r"(i'm|i am|we're|"
        r"we are) (offering|able to|available)",
        "happy to",
        r"available (to|for) (help|"
        r"volunteer|groups|community|any)",
        r"i have (a|an|some|spare)",
        "available now",
        r"now offering",
        r"spare (room|space|time|desk|van|hours|seedlings|plants|tools)",
        r"can lend",
        "giving away",
        "+can help",
        r"free to (a )?good home",
        r"(i|we) offer",
        "+offering",
        "+offers",
        "+for free",
        r"+(anyone|any group|groups|families|people|"
        r"residents|organisations?) (who|that) (needs?|wants?)",
        r"+can (take on|translate|"
        r"interpret|run|give|train|host|lend|provide|support|design|build|mentor|advise|"
        r"collect|deliver)",
        rf"+(i'm|i am|we're|we are) an? ({_SKILLED})",
        rf"+({_SKILLED}) "
        r"(based|living) in",
        r"+free (help|advice|support|sessions?|calls?|consultations?|"
        r"legal|immigration|pitches|seedlings|tools|use)",
        "~offer",
        "~spare",
    ),
    "event": (
        r"join us",
        r"come (along|and join|down)",
        "all welcome",
        "everyone welcome",
        "free entry",
        "rsvp",
        "eventbrite",
        r"book (your|a) (place|ticket|spot|seat)",
        r"\d{1,2}([:.]\d{2})? ?(am|pm)\b",
        rf"(on|this|next) ({_DAYS}|weekend)",
        rf"+every ({_DAYS}|week|weekend|month)",
        rf"+\d{{1,2}}(st|nd|rd|th)? ({_MONTHS})\b",
        rf"+({_MONTHS}) \d{{1,2}}(st|nd|rd|th)?\b",
        r"+from \d{1,2}([:.]\d{2})? ?(to|-|–) ?"
        r"\d{1,2}",
        "+ticket*",
        "+drop-in",
        "+drop in",
        "~café",
        "~cafe",
        r"+(workshop|meeting|meetup|meet-up|festival|master ?class|screening|launch|talk|"
        r"webinar|open day|walk|fair|celebration|gathering|assembly|hustings|exhibition|"
        r"lab|vigil|march|party|clinic|session)s?\b",
    ),
    "funding": (
        r"(grants?|funding|awards?) of up to",
        r"up to £",
        r"applications? (are )?(now )?open",
        r"apply (now|by|before|online|here|today)",
        "deadline",
        r"call for (proposals|"
        r"applications|projects|bids)",
        r"(new|small) grants?",
        r"funding (is )?available",
        r"(fund|programme|scheme|round|call|applications?) (is |are )?(now )?open",
        "open call",
        r"(funding|grant) call",
        r"clos(es|ing) (on )?\d",
        r"applications? close",
        r"awards? (from|of) £",
        r"£[\d,]+k? ?(-|–|to) ?£",
        r"provides? (grants|funding|loans)",
        "+open until",
        "+expressions? of interest",
        "+studentship*",
        "~grants",
        "~£\\d",
        "~prize*",
    ),
    "knowhow": (
        r"(tips?|lessons?) (learn(ed|t)|for|from)",
        r"what (we|i)('ve| have)? (learn(ed|t)|"
        r"found)",
        r"here'?s (how|what)",
        r"how we",
        r"we('ve| have)? (learn(ed|t)|found|"
        r"discovered)",
        r"our experience",
        "toolkit",
        r"(worked|works) (well|best|for us)",
        r"in case it helps",
        r"my advice",
        r"(pro )?tip:",
        r"a guide to",
        "+guide",
        "+lesson*",
        r"+tip\b",
        r"+from (\w+ )?(years|rounds|months) of",
        "+make sure",
        r"+under the [\w ]+ act\b",
        r"+(has|have) a (legal )?duty",
        r"+our (numbers|figures|"
        r"results)",
        r"+(^|[.!?:]\s+)(check|ask|keep|read|start|apply|think|get|make|use|avoid|"
        r"try|write|talk|bring|plan|remember|don't|never|always)\b",
        "~sharing",
        "~remember",
        r"~\d+ ?%",
        "~turned out",
        "~showed",
        "~you can",
    ),
    "question": (
        r"how (do|can|should|would|did) (we|i|you|one|people)",
        r"any (advice|tips|ideas|"
        r"suggestions|thoughts)",
        r"does (any|some)(one|body) know (how|if|whether|what|"
        r"where|when|why)",
        r"what('s| is) the best way",
        r"is it (legal|possible|allowed|ok)",
        r"where (can|do|should) (we|i)",
        r"who (can|do|should) (we|i)",
    ),
}

AXIS_CUES: dict[str, tuple[str, ...]] = {
    "action": (
        "campaign*",
        r"organi[sz](e|es|ed|ing|er|ers)\b",
        "protest*",
        "petition*",
        "volunteer*",
        "clean[- ]?up*",
        "litter pick*",
        "take action",
        "mobilis*",
        "lobby*",
        "+action",
        "~object*",
        "~plant*",
        "~build*",
    ),
    "education": (
        "workshop*",
        "training",
        "course*",
        "master ?class*",
        "learn*",
        "teach*",
        "lesson*",
        "tutor*",
        "mentor*",
        "seminar*",
        "webinar*",
        "ESOL",
        "+skills",
        "+train*",
        "~class*",
        "~school*",
    ),
    "research": (
        "research*",
        "study",
        "studies",
        "+survey*",
        "evidence",
        "pilot*",
        "evaluat*",
        "measur*",
        "dissertation*",
        "thesis",
        "student project*",
        "academic*",
        "PhD",
        "analys*",
        "findings",
        "+data",
        "~universit*",
        "~student*",
        "~monitor*",
    ),
}


class Rule(NamedTuple):
    label: str
    regex: re.Pattern[str]
    weight: float
    # A cue that is one word (letters, digits, '£', maybe a '*' ending) matches within one word of
    # the text, so whether it matches is known from that word alone (and cached per word).
    simple: bool
    # A cue whose match may begin before its anchor word (after punctuation, say) is searched
    # for in the whole text, but only when its anchor word is there.
    search: bool = False
    # The whole first word of every match, when the cue says it (None: any word the anchor
    # starts); a longer rule is only tried at those words.
    first_words: frozenset[str] | None = None

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other


# Rules are compared and hashed by identity (no two are alike, a test checks): a tuple's hash
# would hash the compiled regex again at every set operation of the matcher.
Rule.__hash__ = object.__hash__  # type: ignore[method-assign]


_WORD = re.compile(r"[a-z0-9£]+")
_ALT_GROUP = re.compile(r"\(([a-z0-9£'?| -]+)\)(?![?*])")
_OPTIONAL_LEAD = re.compile(r"\(([a-z0-9£' ]+)\)\?")  # "(pro )?tip:"
_CONTEXT_LEAD = re.compile(r"\(\^\|[^()]*\)")  # "(^|[.!?:]\s+)(check|ask)"
_SIMPLE_CUE = re.compile(r"[\w£]+\*?")
_DIGITS = [str(d) for d in range(10)]


def _anchors(cue: str) -> list[str]:
    """Word starts that every match of the cue begins with; [] when that is not known.

    Only rules whose anchor starts a word of the text are tried, which keeps ~500 rules cheap.
    """
    if cue.startswith(r"\d"):  # any ASCII digit (other digits: see _matching_rules)
        return _DIGITS
    optional = _OPTIONAL_LEAD.match(cue)
    if optional:
        rest = _anchors(cue[optional.end() :])
        return _anchors(optional.group(1)) + rest if rest else []
    group = _ALT_GROUP.match(cue)
    alternatives = group.group(1).split("|") if group else [cue]
    out = []
    for alt in alternatives:
        lead = _WORD.match(alt.lower())
        if lead is None:
            return []
        anchor = lead.group()
        if alt[len(anchor) :].startswith("?"):
            anchor = anchor[:-1]
        if not anchor:
            return []
        out.append(anchor)
    return out


def _first_words(cue: str) -> frozenset[str] | None:
    """The words a match of the cue must begin with, as whole words; None when not known."""
    group = _ALT_GROUP.match(cue)
    alternatives, after = (group.group(1).split("|"), cue[group.end() :]) if group else ([cue], "")
    words: set[str] = set()
    for alt in alternatives:
        lead = _WORD.match(alt.lower())
        if lead is None:
            return None
        word = lead.group()
        rest = alt[len(word) :] or after
        options = {word}
        if rest.startswith("?"):  # "grants?"
            options = {word[:-1], word}
            rest = rest[1:] or after
        if not rest or rest[0] not in " '’:" or rest[1:2] == "?":
            return None
        words |= options
    return frozenset(words)


def _compile(label: str, cues: Iterable[str]) -> Iterator[tuple[list[str], Rule]]:
    for cue in cues:
        weight = STRONG
        if cue[0] == "~":
            weight, cue = WEAK, cue[1:]
        elif cue[0] == "+":
            weight, cue = MEDIUM, cue[1:]
        body = cue.replace("*", r"\w*").replace(" ?", r"\s*").replace(" ", r"\s+")
        end = "" if cue.endswith(("*", "\\b")) or not cue[-1].isalnum() else r"\b"
        regex = re.compile(rf"(?<![\w£])(?:{body}){end}", re.IGNORECASE)
        simple = _SIMPLE_CUE.fullmatch(cue) is not None
        context = _CONTEXT_LEAD.match(cue)
        if context:
            yield _anchors(cue[context.end() :]), Rule(label, regex, weight, False, True)
        else:
            yield _anchors(cue), Rule(label, regex, weight, simple, False, _first_words(cue))


_BY_ANCHOR: dict[str, list[Rule]] = {}
_ALWAYS: list[Rule] = []
for _label, _cues in (
    *((f"sub:{sub}", cues) for sub, cues in SUBTOPIC_CUES.items()),
    *((f"kind:{kind}", cues) for kind, cues in KIND_CUES.items()),
    *((f"axis:{axis}", cues) for axis, cues in AXIS_CUES.items()),
):
    for _anchor_list, _rule in _compile(_label, _cues):
        if not _anchor_list:
            _ALWAYS.append(_rule)
        for _anchor in _anchor_list:
            _BY_ANCHOR.setdefault(_anchor, []).append(_rule)
_MAX_ANCHOR = max(map(len, _BY_ANCHOR))
# Rules that start with a digit, searched for in full when the text may have non-ASCII digits.
_DIGIT_RULES = tuple(dict.fromkeys(_BY_ANCHOR["0"]))


_WORD_RULES: dict[str, tuple[Rule, ...]] = {}
_TOKEN_RULES: dict[str, _TokenRules] = {}
_MAX_CACHED_WORDS = 100_000
# Where a rule can start: a letter, digit or '£' that no word character or '£' precedes (every
# rule begins with that look-behind); the run of word characters from there.
_TOKEN = re.compile(r"(?<![\w£])[a-z0-9£][\w£]*")


def _word_rules(word: str) -> tuple[Rule, ...]:
    """Rules anchored on a prefix of the word; cached, as words repeat from message to message."""
    rules = _WORD_RULES.get(word)
    if rules is None:
        found: list[Rule] = []
        for i in range(1, min(len(word), _MAX_ANCHOR) + 1):
            found.extend(_BY_ANCHOR.get(word[:i], ()))
        rules = tuple(found)
        if len(_WORD_RULES) < _MAX_CACHED_WORDS:
            _WORD_RULES[word] = rules
    return rules


class _TokenRules(NamedTuple):
    matched: tuple[Rule, ...]  # one-word rules that match at the token
    tried: tuple[Rule, ...]  # longer rules to try where the token starts
    any_of: re.Pattern[str] | None  # all of `tried` at once: when it fails, none matches
    searched: tuple[Rule, ...]  # rules to search for in the whole text


_NOTHING = _TokenRules((), (), None, ())  # the entry of most words
_TOKEN_RULES[""] = _NOTHING  # between two word separators (see _pieces)
_ANY_OF: dict[tuple[Rule, ...], re.Pattern[str]] = {}


def _any_of(rules: tuple[Rule, ...]) -> re.Pattern[str] | None:
    if len(rules) < 2:
        return None
    regex = _ANY_OF.get(rules)
    if regex is None:
        regex = re.compile("|".join(f"(?:{r.regex.pattern})" for r in rules), re.IGNORECASE)
        _ANY_OF[rules] = regex
    return regex


def _token_rules(token: str) -> _TokenRules:
    """The rules a word of the text brings in; cached per word."""
    entry = _TOKEN_RULES.get(token)
    if entry is None:
        lead = _WORD.match(token)
        rules = _word_rules(lead.group()) if lead else ()
        tried = tuple(
            r
            for r in rules
            if not r.simple and not r.search and (r.first_words is None or token in r.first_words)
        )
        entry = _TokenRules(
            tuple(r for r in rules if r.simple and r.regex.match(token)),
            tried,
            _any_of(tried),
            tuple(r for r in rules if r.search),
        )
        if not (entry.matched or entry.tried or entry.searched):
            entry = _NOTHING
        if len(_TOKEN_RULES) < _MAX_CACHED_WORDS:
            _TOKEN_RULES[token] = entry
    return entry


def _entries(lowered: str) -> Iterator[tuple[_TokenRules, int]]:
    """The entry and start of every word of the (lower-cased) text that brings in a rule."""
    entries, starts = _pieces(lowered)
    keep = map(is_not, entries, repeat(_NOTHING))
    return compress(zip(entries, starts, strict=False), keep)


def _pieces(lowered: str) -> tuple[list[_TokenRules], Iterator[int]]:
    """The entries of the runs of word characters of the (lower-cased) text, in order, with
    what lies between them as _NOTHING, and the starts of those pieces, all without a Python
    loop over the words.

    The text is cut at every character that cannot be in a word (bytes.translate to a space
    and str.split for ASCII text, one regex split for any other): a piece is a run of word
    characters or empty, and starts one place after the end of the piece before it. A run that
    does not begin with a letter, digit or '£' holds no word (none of its characters follows a
    gap) and its entry is _NOTHING.
    """
    if lowered.isascii():
        parts = lowered.encode().translate(_ASCII_WORD_BYTES).decode().split(" ")
    else:
        parts = _NOT_WORD.split(lowered)
    cached = list(map(_TOKEN_RULES.get, parts))
    if not all(cached):  # an entry is a tuple of four, never empty
        entries = [entry or _token_rules(part) for entry, part in zip(cached, parts, strict=True)]
    else:
        entries = cast(list[_TokenRules], cached)
    return entries, map(add, accumulate(map(len, parts), initial=0), count())


# An ASCII word character (a letter, digit or '_') kept, any other byte a space; in other text,
# a regex split at every character that is not [\w£] (faster there than str.translate through
# a dict, which looks up every character).
_ASCII_WORD_BYTES = bytes(
    c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256)
)
_NOT_WORD = re.compile(r"[^\w£]")
# Another kind of digit than 0-9 (\d matches it, and no ASCII anchor finds it).
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _matching_rules(text: str) -> set[Rule]:
    """Every rule that matches the text.

    An anchored rule is tried only where a word starting with its anchor starts (a match, not a
    search over the whole text), after one combined match of all the rules tried there; a
    one-word rule is settled by that word alone, cached; the few rules with no anchor search
    the text.
    """
    lowered = text.lower()
    found: set[Rule] = set()
    if len(lowered) != len(text):  # lower() lengthened a rare character: search everywhere
        for word in set(_WORD.findall(lowered)):
            found.update(r for r in _word_rules(word) if r.regex.search(text))
    else:
        searched: dict[Rule, int] = {}  # where the first word that brings the rule in starts
        for (matched, tried, any_of, also), start in _entries(lowered):
            if matched:
                found.update(matched)
            if tried and (any_of is None or any_of.match(text, start)):
                for rule in tried:
                    if rule not in found and rule.regex.match(text, start):
                        found.add(rule)
            if also:
                for rule in also:
                    searched.setdefault(rule, start)
        for rule, start in searched.items():
            if rule.regex.search(text, _context_start(text, start)):
                found.add(rule)
        if not text.isascii() and _OTHER_DIGIT.search(text):
            for rule in _DIGIT_RULES:
                if rule not in found and rule.regex.search(text):
                    found.add(rule)
    for rule in _ALWAYS:
        if rule.regex.search(text):
            found.add(rule)
    return found


def _context_start(text: str, start: int) -> int:
    """Where a match of a sentence-led rule ("(^|[.!?:]\\s+)(check|ask|...)") for the word at
    start would begin: at the character before the spaces before the word, or at 0.

    A match for a later word begins later, so searching from there finds whatever searching the
    whole text finds (\\s is what str.isspace says).
    """
    return max(0, len(text[:start].rstrip()) - 1)


_QUESTION_START = re.compile(
    r"^\W*(how|what|where|when|why|who|which|is|are|can|could|should|do|does|has|have|will|"
    r"would|any)\b",
    re.IGNORECASE,
)


def _noisy_or(weights: Iterable[float]) -> float:
    miss = 1.0
    for w in weights:
        miss *= 1.0 - w
    return 1.0 - miss


def score_text(text: str, language: str | None = None) -> dict[str, float]:
    """Cue scores for one text (places already blanked); labels with no cue are left out.

    For a language other than English, that language's cue words count too.
    """
    hits: dict[str, list[float]] = {}
    for rule in _matching_rules(text):
        weights = hits.get(rule.label)
        if weights is None:
            hits[rule.label] = [rule.weight]
        else:
            weights.append(rule.weight)
    if language is not None and language not in ("en", "und"):
        for label, weight in _foreign_hits(text, language):
            hits.setdefault(label, []).append(weight)
    scores = {label: _combined(weights) for label, weights in hits.items()}
    return _with_totals(scores, text)


def _combined(weights: list[float]) -> float:
    """The noisy-or of the weights, sorted first: the same product whatever order the rules
    were found in. One weight w gives 1 - (1 - w), exactly what the loop computes."""
    if len(weights) == 1:
        return 1.0 - (1.0 - weights[0])
    return _noisy_or(sorted(weights))


def _fold(text: str) -> str:
    """Lower case without accents: 'Réunion' and 'reunion' alike, 'ą' and 'a', 'й' and 'и'."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return lowered.translate(_FOLDED)


class _Folded(dict[int, str]):
    """A str.translate table: a character to its NFKD form without combining characters (after
    _UNDECOMPOSED), filled per distinct character as texts bring them.

    The same as normalising the whole text: NFKD decomposes character by character, and its
    reordering only moves combining characters, which are all dropped.
    """

    def __missing__(self, code: int) -> str:
        nfkd = unicodedata.normalize("NFKD", chr(code).translate(_UNDECOMPOSED))
        folded = "".join(c for c in nfkd if not combining(c))
        if len(self) < 50_000:
            self[code] = folded
        return folded


_FOLDED = _Folded()


# Letters NFKD leaves whole: Polish ł, Turkish ı, Danish/Norwegian ø, Croatian đ, German ß.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss", "ħ": "h"})


class _Lexicon(NamedTuple):
    regex: re.Pattern[str]
    # Per word: (label, weight) of it and of every shorter word of the table it starts with
    # (the regex reports the longest word found at a place only).
    entries: dict[str, tuple[tuple[str, float], ...]]
    substring: bool


def _lexicon(lang: str) -> _Lexicon:
    substring = lang in SUBSTRING_LANGUAGES
    own: dict[str, list[tuple[str, float]]] = {}
    for label, words in I18N_WORDS[lang].items():
        for word in words:
            weight = STRONG
            if word[0] == "~":
                weight, word = WEAK, word[1:]
            elif word[0] == "+":
                weight, word = MEDIUM, word[1:]
            key = word.lower() if substring else _fold(word)
            own.setdefault(key, []).append((label, weight))
    longest_first = sorted(own, key=len, reverse=True)
    entries = {
        word: tuple(e for other in longest_first if word.startswith(other) for e in own[other])
        for word in longest_first
    }
    body = _trie_pattern(longest_first)
    regex = re.compile(f"(?:{body})" if substring else rf"(?<!\w)(?:{body})")
    return _Lexicon(regex, entries, substring)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly what "|".join(words, longest first) matches: at each place the
    longest of the words found there.

    Shaped as a trie ("ab(?:c|d)?" for ab, abc, abd): the regex engine tries every alternative
    of a flat alternation at every character of the text, hundreds of words there; through a
    trie it follows one path. An optional continuation is greedy, so longer words come first.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_node(trie)


_Trie: TypeAlias = dict[str, "_Trie"]  # a character to the rest; "" where a word ends


def _trie_node(node: _Trie) -> str:
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_LEXICONS: dict[str, _Lexicon] = {}


def _lexicon_for(lang: str) -> _Lexicon | None:
    """The language's table, built the first time a message in it comes (not at import: a
    process may never see most of the languages, and building them all costs ~50 ms)."""
    lexicon = _LEXICONS.get(lang)
    if lexicon is None and lang in I18N_WORDS:
        lexicon = _LEXICONS[lang] = _lexicon(lang)
    return lexicon


_OTHER_QUESTION_MARKS = ("؟", "？", "¿", "\u037e")  # Arabic, full-width, Spanish, Greek
# Greek is mostly typed with a plain semicolon as its question mark: one that ends a sentence.
_GREEK_QUESTION = re.compile(r";(?=\s|$)")


def _foreign_hits(text: str, language: str) -> Iterator[tuple[str, float]]:
    """(label, weight) of every distinct cue word of the language (and its neighbours) found."""
    folded: str | None = None
    for lang in (language, *I18N_ALSO.get(language, ())):
        lexicon = _lexicon_for(lang)
        if lexicon is None:
            continue
        if lexicon.substring:
            haystack = text.lower()
        else:
            haystack = folded = _fold(text) if folded is None else folded
        for word in {m.group() for m in lexicon.regex.finditer(haystack)}:
            yield from lexicon.entries[word]
    if "?" not in text and (
        any(mark in text for mark in _OTHER_QUESTION_MARKS)
        or (language == "el" and _GREEK_QUESTION.search(text))
    ):
        yield "kind:question", WEAK


def _with_totals(scores: dict[str, float], text: str) -> dict[str, float]:
    """A question mark adds to kind:question; subtopic scores add up to their topic's."""
    if "?" in text:
        extra = [WEAK, 0.2 if _QUESTION_START.search(text) else 0.0]
        scores["kind:question"] = _noisy_or([scores.get("kind:question", 0.0), *extra])
    topics: dict[str, list[float]] = {}
    for label, score in scores.items():
        if label[0] == "s":  # sub:*
            topic = _TOPIC_OF_SUB[label]
            subs = topics.get(topic)
            if subs is None:
                topics[topic] = [score]
            else:
                subs.append(score)
    for topic, subs in topics.items():
        scores[topic] = _combined(subs)
    return scores


_TOPIC_OF_SUB = {f"sub:{sub}": f"topic:{topic}" for sub, topic in SUBTOPIC_TOPIC.items()}


def _masked(doc: Doc, text: str) -> str:
    for ent in places_of(doc):
        if ent.label_ in PLACE_LABELS or ent.label_ == NOT_PLACE_LABEL:
            start, end = ent.start_char, ent.end_char
            text = text[:start] + " " * (end - start) + text[end:]
    return text


if not Doc.has_extension("civic_language"):
    Doc.set_extension("civic_language", default=None)
if not Doc.has_extension("civic_cues"):
    Doc.set_extension("civic_cues", default=None)


OTHER = "other:"  # prefix of the fusion weights for messages not in English
# Scores are held within these before their logit or odds are taken (fitting the fusion, fusing,
# and sharing the odds among the kinds), so that 0 and 1 stay finite.
P_FLOOR = 1e-4
P_CEIL = 1.0 - P_FLOOR


def fuse(
    model: dict[str, float],
    cue: dict[str, float],
    fusion: dict[str, list[float]],
    english: bool = True,
) -> dict[str, float]:
    """Classifier and cue scores into one calibrated score per label.

    For a label of group g (kind, topic, axis) with fusion[g] = (a, b, c):
    score = sigmoid(a * logit(classifier) + b * cue + c), fitted by `civic nlp train` on
    held-out folds of the train split. Messages not in English have weights of their own,
    fusion["other:" + g], when the model has them: there the classifier knows fewer words and
    the cues come from other tables. Subtopics have no classifier: their cue score stands.
    Without a classifier (or fusion weights) the cue scores pass through.
    """
    if not model or not fusion:
        fused = dict(cue)
        for label, score in model.items():
            fused[label] = max(fused.get(label, 0.0), score)
        return fused
    fused = {label: score for label, score in cue.items() if label[0] == "s"}  # sub:*
    exp, log = math.exp, math.log
    for label, score in model.items():
        a, b, c = _fusion_weights(fusion, label, english)
        p = P_FLOOR if score < P_FLOOR else P_CEIL if score > P_CEIL else score
        z = a * log(p / (1.0 - p)) + b * cue.get(label, 0.0) + c
        fused[label] = 1.0 / (1.0 + exp(-z)) if z > -60.0 else 0.0
    return fused


def _fusion_weights(fusion: dict[str, list[float]], label: str, english: bool) -> list[float]:
    """(a, b, c) for a label: its group's, those for other languages when the message is not
    in English and the model has them."""
    group = label[: label.index(":")]
    return (None if english else fusion.get(OTHER + group)) or fusion[group]


# The trained classifier's labels, in its order (nlp.textcat.LABELS).
MODEL_LABELS: tuple[str, ...] = (
    *(f"kind:{k}" for k in KINDS),
    *(f"topic:{t}" for t in TOPICS),
    *(f"axis:{a}" for a in AXES),
)
_MODEL_INDEX = {label: i for i, label in enumerate(MODEL_LABELS)}


class CivicCues:
    """Rule cues fused with the classifier's scores into doc.cats, and the language.

    nlp.pipe hands it whole batches: the fusion of a batch is a few numpy operations.
    """

    def __init__(self, fusion: dict[str, list[float]]) -> None:
        self.fusion = fusion

    @property
    def fusion(self) -> dict[str, list[float]]:
        return self._fusion

    @fusion.setter
    def fusion(self, fusion: dict[str, list[float]]) -> None:
        self._fusion = fusion
        # Per language class (English, other): rows a, b, c; one column per label.
        self._weights: dict[bool, np.ndarray] = {}
        if fusion and all(g in fusion for g in ("kind", "topic", "axis")):
            for english in (True, False):
                self._weights[english] = np.array(
                    [_fusion_weights(fusion, label, english) for label in MODEL_LABELS],
                    dtype=np.float64,
                ).T

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for docs in minibatch(stream, size=batch_size):
            self._annotate(docs)
            yield from docs

    def _annotate(self, docs: list[Doc]) -> None:
        weights = self._weights
        # Fused as one batch per language class (English or not).
        together: dict[bool, list[tuple[Doc, dict[str, float]]]] = {True: [], False: []}
        for doc in docs:
            data: dict[Any, Any] = doc.user_data  # doc._ values under tuple keys
            text = doc_text(doc)
            language = guess_language(text)
            data[_LANGUAGE_KEY] = language
            if not len(doc):  # nothing to classify; the classifier's output would be its bias
                data[_CUES_KEY] = {}
                doc.cats = {}
                continue
            cue = score_text(_masked(doc, text), language.label)
            data[_CUES_KEY] = cue
            cats = doc.cats
            english = language.label == "en"
            if weights and len(cats) == len(MODEL_LABELS) and tuple(cats) == MODEL_LABELS:
                together[english].append((doc, cue))
            else:
                doc.cats = fuse(cats, cue, self.fusion, english)
        for english, batch in together.items():
            if batch:
                _fuse_batch(batch, weights[english])


def _fuse_batch(together: list[tuple[Doc, dict[str, float]]], weights: np.ndarray) -> None:
    """fuse() for docs whose cats are the classifier's labels in order, as a few numpy
    operations over the batch (one row per doc, one column per label)."""
    width = len(MODEL_LABELS)
    model = np.fromiter(
        chain.from_iterable(doc.cats.values() for doc, _ in together),
        dtype=np.float64,
        count=len(together) * width,
    ).reshape(len(together), width)
    at: list[int] = []  # where each cue score goes in the flattened matrix
    cue_scores: list[float] = []
    index = _MODEL_INDEX
    for row, (_, cue) in enumerate(together):
        for label, score in cue.items():
            col = index.get(label)
            if col is not None:
                at.append(row * width + col)
                cue_scores.append(score)
    cues = np.zeros(model.size, dtype=np.float64)
    cues[at] = cue_scores
    cues = cues.reshape(model.shape)
    p = np.clip(model, P_FLOOR, P_CEIL)
    z = weights[0] * np.log(p / (1.0 - p)) + weights[1] * cues + weights[2]
    fused = np.where(z > -60.0, 1.0 / (1.0 + np.exp(-z)), 0.0).tolist()
    for (doc, cue), row_scores in zip(together, fused, strict=True):
        cats = {label: score for label, score in cue.items() if label[0] == "s"}  # sub:*
        cats.update(zip(MODEL_LABELS, row_scores, strict=True))
        doc.cats = cats


_LANGUAGE_KEY = ext_key("civic_language")
_CUES_KEY = ext_key("civic_cues")


@Language.factory(
    "civic_cues",
    default_config={"fusion": {}},
    assigns=["doc.cats", "doc._.civic_language", "doc._.civic_cues"],
)
def make_civic_cues(nlp: Language, name: str, fusion: dict[str, list[float]]) -> CivicCues:
    return CivicCues(fusion)
