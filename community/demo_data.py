"""Invented organisations, tags and job titles for the demo member directory.

The names imitate Slovenian institutions, companies and associations; none of
them is meant to be a real organisation, and no real person is named.
"""

# (name, sector, region)
ORGANISATIONS = [
    ("Ministrstvo za javno upravo", "public", "osrednjeslovenska"),
    ("Ministrstvo za digitalno preobrazbo", "public", "osrednjeslovenska"),
    ("Ministrstvo za naravne vire in prostor", "public", "osrednjeslovenska"),
    ("Ministrstvo za zdravje", "public", "osrednjeslovenska"),
    ("Ministrstvo za vzgojo in izobraževanje", "public", "osrednjeslovenska"),
    ("Ministrstvo za solidarno prihodnost", "public", "osrednjeslovenska"),
    ("Upravna enota Ljubljana", "public", "osrednjeslovenska"),
    ("Upravna enota Maribor", "public", "podravska"),
    ("Upravna enota Celje", "public", "savinjska"),
    ("Upravna enota Kranj", "public", "gorenjska"),
    ("Upravna enota Koper", "public", "obalno-kraska"),
    ("Upravna enota Novo mesto", "public", "jugovzhodna"),
    ("Upravna enota Murska Sobota", "public", "pomurska"),
    ("Mestna občina Ljubljana", "public", "osrednjeslovenska"),
    ("Mestna občina Maribor", "public", "podravska"),
    ("Mestna občina Kranj", "public", "gorenjska"),
    ("Mestna občina Nova Gorica", "public", "goriska"),
    ("Mestna občina Velenje", "public", "savinjska"),
    ("Občina Idrija", "public", "goriska"),
    ("Občina Trbovlje", "public", "zasavska"),
    ("Občina Krško", "public", "posavska"),
    ("Občina Postojna", "public", "primorsko-notranjska"),
    ("Občina Slovenj Gradec", "public", "koroska"),
    ("Občina Ptuj", "public", "podravska"),
    ("Zdravstveni dom Ljubljana Center", "public", "osrednjeslovenska"),
    ("Zdravstveni dom Celje", "public", "savinjska"),
    ("Zdravstveni dom Murska Sobota", "public", "pomurska"),
    ("Zdravstveni dom Koper", "public", "obalno-kraska"),
    ("Osnovna šola Prežihov Voranc Ravne", "public", "koroska"),
    ("Osnovna šola Ivana Cankarja Vrhnika", "public", "osrednjeslovenska"),
    ("Gimnazija Novo mesto", "public", "jugovzhodna"),
    ("Srednja šola za oblikovanje Kranj", "public", "gorenjska"),
    ("Javni zavod za zaposlovanje Slovenije", "public", "osrednjeslovenska"),
    ("Zavod za pokojninsko in invalidsko zavarovanje", "public", "osrednjeslovenska"),
    ("Javni zavod Knjižnica Velenje", "public", "savinjska"),
    ("Razvojna agencija Savinja", "public", "savinjska"),
    ("Regionalna razvojna agencija Posavje", "public", "posavska"),
    ("Center za socialno delo Zasavje", "public", "zasavska"),
    ("Univerza v Ljubljani, Fakulteta za upravo", "academic", "osrednjeslovenska"),
    ("Univerza v Ljubljani, Fakulteta za računalništvo", "academic", "osrednjeslovenska"),
    ("Univerza v Mariboru, Ekonomsko-poslovna fakulteta", "academic", "podravska"),
    ("Univerza na Primorskem, Fakulteta za management", "academic", "obalno-kraska"),
    ("Univerza v Novi Gorici, Fakulteta za humanistiko", "academic", "goriska"),
    ("Inštitut za javne politike", "academic", "osrednjeslovenska"),
    ("Podatkovni laboratorij d.o.o.", "private", "osrednjeslovenska"),
    ("Storitveni dizajn Studio d.o.o.", "private", "osrednjeslovenska"),
    ("Oblak in koda d.o.o.", "private", "podravska"),
    ("Mostovi svetovanje d.o.o.", "private", "savinjska"),
    ("Zelena logistika d.d.", "private", "obalno-kraska"),
    ("Kreativni pospešek d.o.o.", "private", "gorenjska"),
    ("Digitalni most s.p.", "private", "pomurska"),
    ("Alpska inženiring d.o.o.", "private", "gorenjska"),
    ("Društvo za participacijo", "ngo", "osrednjeslovenska"),
    ("Zavod Odprta skupnost", "ngo", "osrednjeslovenska"),
    ("Društvo Mladi za regijo", "ngo", "podravska"),
    ("Zavod Krog sodelovanja", "ngo", "goriska"),
    ("Zveza društev upokojencev Zasavja", "ngo", "zasavska"),
    ("Društvo Zeleni prehod", "ngo", "jugovzhodna"),
    ("Mreža lokalnih pobud", "ngo", "primorsko-notranjska"),
    ("Evropska mreža za inovacije v upravi", "ngo", "abroad"),
]

TAGS = [
    "pametna mesta",
    "digitalizacija",
    "oblikovanje storitev",
    "participativni proračun",
    "odprti podatki",
    "uporabniška izkušnja",
    "agilno vodenje projektov",
    "sooblikovanje politik",
    "vključevanje deležnikov",
    "javna naročila za inovacije",
    "umetna inteligenca v upravi",
    "kibernetska varnost",
    "podatkovna analitika",
    "e-uprava",
    "trajnostni razvoj",
    "zeleni prehod",
    "krožno gospodarstvo",
    "mobilnost",
    "zdravstvena oskrba",
    "dolgotrajna oskrba",
    "socialne inovacije",
    "izobraževanje odraslih",
    "digitalne kompetence",
    "vodenje sprememb",
    "facilitacija delavnic",
    "oblikovalsko razmišljanje",
    "prototipiranje",
    "zemljevid uporabniške izkušnje",
    "svetovna kavarna",
    "odprti prostor",
    "vedenjski uvidi",
    "evalvacija politik",
    "strateško načrtovanje",
    "regionalni razvoj",
    "lokalne skupnosti",
    "komuniciranje z javnostmi",
    "preprost jezik",
    "dostopnost",
    "kadrovski razvoj",
    "evropski projekti",
    "mladinsko delo",
    "podnebne spremembe",
]

# Job titles by sector, as (masculine, feminine) pairs because Slovenian titles have gender.
ROLES = {
    "public": [
        ("višji svetovalec", "višja svetovalka"),
        ("sekretar", "sekretarka"),
        ("vodja sektorja", "vodja sektorja"),
        ("podsekretar", "podsekretarka"),
        ("strokovni sodelavec", "strokovna sodelavka"),
        ("vodja službe za informatiko", "vodja službe za informatiko"),
        ("direktor", "direktorica"),
        ("ravnatelj", "ravnateljica"),
        ("referent za upravne zadeve", "referentka za upravne zadeve"),
        ("koordinator projektov", "koordinatorka projektov"),
        ("svetovalec za razvoj", "svetovalka za razvoj"),
        ("vodja kadrovske službe", "vodja kadrovske službe"),
    ],
    "private": [
        ("oblikovalec storitev", "oblikovalka storitev"),
        ("razvijalec programske opreme", "razvijalka programske opreme"),
        ("produktni vodja", "produktna vodja"),
        ("podatkovni analitik", "podatkovna analitičarka"),
        ("svetovalec za digitalno preobrazbo", "svetovalka za digitalno preobrazbo"),
        ("direktor", "direktorica"),
        ("UX raziskovalec", "UX raziskovalka"),
    ],
    "academic": [
        ("docent", "docentka"),
        ("izredni profesor", "izredna profesorica"),
        ("raziskovalec", "raziskovalka"),
        ("asistent", "asistentka"),
        ("vodja raziskovalnega programa", "vodja raziskovalnega programa"),
    ],
    "ngo": [
        ("predsednik društva", "predsednica društva"),
        ("programski vodja", "programska vodja"),
        ("koordinator prostovoljcev", "koordinatorka prostovoljcev"),
        ("vodja projektov", "vodja projektov"),
        ("direktor zavoda", "direktorica zavoda"),
    ],
}

HEADLINE_TEMPLATES = [
    "{role} · {topic}",
    "{role}, {organisation}",
    "{topic} in {other_topic}",
    "{role} · {topic} in {other_topic}",
]

# Gender-neutral sentences, so they fit any member.
BIO_SENTENCES = [
    "V javni upravi delam že več kot deset let.",
    "Zanima me, kako storitve oblikovati skupaj z ljudmi, ki jih uporabljajo.",
    "Pri svojem delu vodim projekte digitalizacije postopkov.",
    "Facilitiram delavnice in pomagam ekipam najti skupni jezik.",
    "Sodelujem pri evropskih projektih na področju inovacij v upravi.",
    "Verjamem v odprte podatke in pregledno odločanje.",
    "V prostem času pomagam v lokalnem društvu.",
    "Iščem sogovornike, ki so že uvajali participativni proračun.",
    "Učim se novih metod soustvarjanja in jih preizkušam v praksi.",
    "Novim članom skupnosti pomagam pri prvih korakih.",
]

DIRECTORY_PAGE = {
    "slug": {"sl": "imenik", "en": "directory"},
    "title": {"sl": "Imenik članov", "en": "Member directory"},
    "intro": {
        "sl": (
            "<p>V imeniku najdete člane skupnosti stičišča: ljudi iz ustanov, podjetij, "
            "fakultet in nevladnih organizacij, ki so pripravljeni sodelovati. Vsak član "
            "sam izbere, kdo vidi njegov profil in kontaktne podatke.</p>"
        ),
        "en": (
            "<p>The directory lists the hub's community: people from public institutions, "
            "companies, faculties and NGOs who are open to working together. Each member "
            "chooses who sees their profile and contact details.</p>"
        ),
    },
}
