"""Name parts for demo companies, people and addresses, per country.

Everything is combined deterministically from a ``random.Random`` the caller
owns, so one seed gives one database. Names need not be unique (real ones are
not); the generator makes codes and e-mail addresses unique where it matters.
Person names come with an ASCII form for e-mail addresses.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# The country of each language the demo speaks (locale -> ISO 3166 code).
COUNTRY = {"de_DE": "DE", "fr_FR": "FR", "en_GB": "GB", "en_US": "US", "ja_JP": "JP"}
TLD = {"DE": "de", "FR": "fr", "GB": "co.uk", "US": "com", "JP": "co.jp"}


def ascii_slug(text: str, sep: str = "") -> str:
    """Lower-case ASCII letters and digits of ``text`` (``Müller & Söhne`` -> ``mullersohne``)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = ["".join(ch for ch in w if ch.isalnum()) for w in plain.split()]
    return sep.join(w for w in words if w)


@dataclass(frozen=True)
class CountryNames:
    surnames: tuple[str, ...]
    first_names: tuple[str, ...]
    trades: tuple[str, ...]
    places: tuple[str, ...]
    legal_forms: tuple[str, ...]
    patterns: tuple[str, ...]  # {s} surname, {s2} another, {t} trade, {p} place, {l} legal form
    streets: tuple[str, ...]  # {n} house number
    cities: tuple[tuple[str, str], ...]  # (city, postcode)


_DE = CountryNames(
    surnames=("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner", "Schulz",
              "Bauer", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Krüger", "Hartmann",
              "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Brandt", "Vogel"),
    first_names=("Anna", "Lukas", "Julia", "Jonas", "Lena", "Felix", "Sophie", "Maximilian", "Laura", "Paul",
                 "Katrin", "Stefan", "Sabine", "Thomas", "Jürgen", "Petra", "Andreas", "Monika", "Tobias", "Jana"),
    trades=("Bau", "Logistik", "Elektrotechnik", "Metallbau", "Steuerberatung", "Immobilien", "Maschinenbau",
            "Druckerei", "Autohaus", "Architekten", "Reisen", "Zahntechnik", "Haustechnik", "Gartenbau",
            "Medien", "Spedition", "Feinkost", "Versicherungsmakler", "Sanitär", "Kanzlei"),
    places=("Rhein", "Alster", "Isar", "Elbe", "Taunus", "Nordsee", "Spree", "Main", "Schwarzwald", "Harz"),
    legal_forms=("GmbH", "GmbH", "GmbH", "AG", "GmbH & Co. KG", "KG", "e.K.", "OHG"),
    patterns=("{s} {t} {l}", "{s} & {s2} {l}", "{p} {t} {l}", "{t} {s} {l}", "{s} {l}"),
    streets=("Hauptstraße {n}", "Bahnhofstraße {n}", "Gartenstraße {n}", "Schulstraße {n}", "Lindenallee {n}",
             "Bergstraße {n}", "Am Markt {n}", "Industriestraße {n}", "Kirchweg {n}", "Friedrichstraße {n}"),
    cities=(("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
            ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"), ("Düsseldorf", "40213"),
            ("Leipzig", "04109"), ("Dortmund", "44135"), ("Bremen", "28195"), ("Hannover", "30159"),
            ("Nürnberg", "90402")),
)

_FR = CountryNames(
    surnames=("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
              "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
              "Vincent", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine"),
    first_names=("Camille", "Louis", "Chloé", "Hugo", "Léa", "Arthur", "Manon", "Jules", "Émilie", "Nicolas",
                 "Céline", "Julien", "Sophie", "Pierre", "Hélène", "François", "Claire", "Mathieu", "Élodie",
                 "Antoine"),
    trades=("Transports", "Bâtiment", "Conseil", "Immobilier", "Boulangerie", "Électricité", "Menuiserie",
            "Expertise Comptable", "Architecture", "Pharmacie", "Imprimerie", "Voyages", "Informatique",
            "Distribution", "Plomberie", "Assurances", "Optique", "Paysage"),
    places=("Atlantique", "Provence", "Loire", "Alpes", "Bretagne", "Rhône", "Garonne", "Normandie",
            "Côte d'Azur", "Vosges"),
    legal_forms=("SARL", "SARL", "SAS", "SAS", "SA", "EURL"),
    patterns=("{t} {s} {l}", "{s} et Fils {l}", "{s} & Associés {l}", "{t} {p} {l}", "{s} {s2} {l}"),
    streets=("{n} rue de la République", "{n} avenue Victor Hugo", "{n} boulevard Voltaire", "{n} rue Nationale",
             "{n} place de la Mairie", "{n} rue du Moulin", "{n} avenue Jean Jaurès", "{n} rue Pasteur",
             "{n} chemin des Vignes", "{n} quai de la Loire"),
    cities=(("Paris", "75008"), ("Lyon", "69002"), ("Marseille", "13001"), ("Toulouse", "31000"),
            ("Nice", "06000"), ("Nantes", "44000"), ("Strasbourg", "67000"), ("Bordeaux", "33000"),
            ("Lille", "59000"), ("Rennes", "35000"), ("Montpellier", "34000"), ("Grenoble", "38000")),
)

_GB = CountryNames(
    surnames=("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
              "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
              "Clarke", "Hughes", "Edwards", "Patel", "Khan", "Turner"),
    first_names=("Oliver", "Amelia", "George", "Isla", "Harry", "Emily", "Jack", "Olivia", "Charlie", "Sophie",
                 "James", "Grace", "William", "Ruby", "Thomas", "Ella", "Daniel", "Lucy", "Samuel", "Hannah"),
    trades=("Logistics", "Construction", "Consulting", "Dental Practice", "Accountants", "Engineering",
            "Estate Agents", "Solicitors", "Printing", "Removals", "Veterinary Surgery", "Design", "Catering",
            "Motors", "Software", "Joinery", "Surveyors", "Recruitment"),
    places=("Pennine", "Thames", "Mersey", "Cotswold", "Severn", "Tyne", "Chiltern", "Solent", "Mendip",
            "Fenland"),
    legal_forms=("Ltd", "Ltd", "Ltd", "LLP", "plc"),
    patterns=("{s} {t} {l}", "{s} & {s2} {l}", "{p} {t} {l}", "{s} & Sons {l}", "{p} {s} {l}"),
    streets=("{n} High Street", "{n} Station Road", "{n} Church Lane", "{n} Victoria Road", "{n} Mill Lane",
             "{n} Park Road", "{n} King Street", "{n} Queen's Road", "{n} The Green", "{n} London Road"),
    cities=(("London", "EC1A 1BB"), ("Manchester", "M1 1AE"), ("Leeds", "LS1 4AP"), ("Bristol", "BS1 4DJ"),
            ("Birmingham", "B1 1AA"), ("Glasgow", "G1 1XQ"), ("Edinburgh", "EH1 1YZ"), ("Cardiff", "CF10 1AA"),
            ("Reading", "RG1 1AA"), ("Cambridge", "CB2 1TN"), ("York", "YO1 7HH"), ("Norwich", "NR2 1NH")),
)

_US = CountryNames(
    surnames=("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez",
              "Wilson", "Martinez", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Lee", "Harris",
              "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Nguyen"),
    first_names=("Liam", "Emma", "Noah", "Olivia", "Ethan", "Ava", "Mason", "Sophia", "Logan", "Mia",
                 "Michael", "Emily", "David", "Madison", "Ryan", "Abigail", "Tyler", "Chloe", "Brandon", "Megan"),
    trades=("Logistics", "Construction", "Consulting", "Dental Group", "CPAs", "Engineering", "Realty",
            "Law Group", "Printing", "Moving", "Animal Hospital", "Design", "Catering", "Auto Sales",
            "Software", "Roofing", "Insurance", "Medical Billing"),
    places=("Lakeside", "Summit", "Pioneer", "Bayview", "Redwood", "Liberty", "Prairie", "Cascade",
            "Blue Ridge", "Harbor"),
    legal_forms=("Inc.", "Inc.", "LLC", "LLC", "Corp."),
    patterns=("{s} {t} {l}", "{s} & {s2} {l}", "{p} {t} {l}", "{p} {s} {l}", "{s} Brothers {l}"),
    streets=("{n} Main Street", "{n} Oak Avenue", "{n} Maple Drive", "{n} Elm Street", "{n} Washington Blvd",
             "{n} Park Avenue", "{n} Cedar Lane", "{n} Lincoln Way", "{n} Market Street", "{n} 5th Avenue"),
    cities=(("Austin, TX", "78701"), ("Seattle, WA", "98101"), ("Denver, CO", "80202"), ("Chicago, IL", "60601"),
            ("Boston, MA", "02108"), ("Portland, OR", "97201"), ("Atlanta, GA", "30303"),
            ("San Diego, CA", "92101"), ("Columbus, OH", "43215"), ("Raleigh, NC", "27601")),
)

_JP = CountryNames(
    surnames=("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
              "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi",
              "Shimizu", "Mori"),
    first_names=("Haruto", "Yui", "Sota", "Hina", "Yuto", "Aoi", "Riku", "Sakura", "Kenji", "Yuki", "Takeshi",
                 "Naoko", "Hiroshi", "Akiko", "Daisuke", "Emi", "Kazuki", "Mai", "Shota", "Ayumi"),
    trades=("Shoji", "Kensetsu", "Denki", "Unyu", "Seisakusho", "Fudosan", "Sangyo", "Insatsu", "Shokai",
            "Kogyo", "Butsuryu", "Sekkei"),
    places=("Sakura", "Fuji", "Nishiki", "Kansai", "Hokuto", "Asahi", "Minato", "Midori", "Aoba", "Tokai"),
    legal_forms=("K.K.", "K.K.", "Co., Ltd.", "G.K."),
    patterns=("{s} {t} {l}", "{p} {t} {l}", "{s} {l}", "{p} {s} {t} {l}"),
    streets=("{n}-2-3 Marunouchi", "{n}-4-1 Umeda", "{n}-1-8 Sakae", "{n}-3-5 Shibuya", "{n}-6-2 Tenjin",
             "{n}-2-10 Minatomirai", "{n}-5-1 Shinjuku", "{n}-7-3 Nishiki"),
    cities=(("Chiyoda-ku, Tokyo", "100-0005"), ("Kita-ku, Osaka", "530-0001"), ("Naka-ku, Nagoya", "460-0008"),
            ("Shibuya-ku, Tokyo", "150-0002"), ("Chuo-ku, Fukuoka", "810-0001"),
            ("Nishi-ku, Yokohama", "220-0012"), ("Shinjuku-ku, Tokyo", "160-0022"), ("Chuo-ku, Sapporo", "060-0001")),
)

NAMES: dict[str, CountryNames] = {"DE": _DE, "FR": _FR, "GB": _GB, "US": _US, "JP": _JP}


@dataclass(frozen=True)
class Person:
    name: str
    local_part: str  # for e-mail addresses: "anna.muller"


def _people(n: CountryNames, japanese: bool) -> tuple[Person, ...]:
    out = []
    for first in n.first_names:
        for last in n.surnames:
            # Japanese business usage writes the family name first.
            name = f"{last} {first}" if japanese else f"{first} {last}"
            out.append(Person(name, f"{ascii_slug(first)}.{ascii_slug(last)}"))
    return tuple(out)


# Every first/last combination per country, built once: choosing one is an index.
PEOPLE: dict[str, tuple[Person, ...]] = {c: _people(n, c == "JP") for c, n in NAMES.items()}


def company_name(rnd: random.Random, country: str) -> str:
    """A plausible company name in the country's style, such as ``Weber Logistik GmbH``."""
    n = NAMES[country]
    r = rnd.random
    pattern = n.patterns[int(r() * len(n.patterns))]
    s = n.surnames[int(r() * len(n.surnames))]
    s2 = n.surnames[int(r() * len(n.surnames))]
    if s2 == s:
        s2 = n.surnames[(n.surnames.index(s) + 1) % len(n.surnames)]
    return pattern.format(s=s, s2=s2, t=n.trades[int(r() * len(n.trades))],
                          p=n.places[int(r() * len(n.places))], l=n.legal_forms[int(r() * len(n.legal_forms))])


@lru_cache(maxsize=1 << 16)  # names repeat: each is turned into a domain once
def domain_for(name: str, country: str) -> str:
    """An example domain from a company name: ``weber-logistik.example.de``.

    Under ``example`` so that no demo address can reach a real mailbox.
    """
    words = ascii_slug(name, " ").split()
    core = "-".join(words[:2]) or "company"
    return f"{core}.example.{TLD[country]}"


def postal_address(rnd: random.Random, country: str) -> dict:
    """``{lines, city, postcode, country}``, the shape the bundle format uses."""
    n = NAMES[country]
    r = rnd.random
    city, postcode = n.cities[int(r() * len(n.cities))]
    street = n.streets[int(r() * len(n.streets))].format(n=1 + int(r() * 120))
    return {"lines": [street], "city": city, "postcode": postcode, "country": country}


def tax_id(rnd: random.Random, country: str) -> str:
    """A VAT or tax number in the country's usual shape (check digits are not computed)."""
    digits = f"{int(rnd.random() * 10**13):013d}"
    if country == "DE":
        return "DE" + digits[:9]
    if country == "FR":
        return "FR" + digits[:11]
    if country == "GB":
        return "GB" + digits[:9]
    if country == "US":
        return f"{digits[:2]}-{digits[2:9]}"
    return "T" + digits
