"""Bilingual content for the demo trainings.

Each session is (days from today, local start hour, length in hours, capacity).
``demand`` is the number of enrolments per seat at scale 1, so a value above 1
fills the session and leaves a waitlist.
"""

INDEX = {
    "slug": {"sl": "usposabljanja", "en": "trainings"},
    "title": {"sl": "Usposabljanja", "en": "Trainings"},
    "intro": {
        "sl": (
            "<p>Usposabljanja stičišča so namenjena javnim uslužbencem, facilitatorjem in "
            "ambasadorjem inovativnosti. Prijava je brezplačna, ko so mesta zasedena, pa se "
            "lahko uvrstite na čakalni seznam.</p>"
        ),
        "en": (
            "<p>The hub's trainings are for public employees, facilitators and innovation "
            "ambassadors. Enrolment is free, and when the seats are taken you can join the "
            "waitlist.</p>"
        ),
    },
}

VENUES = {
    "osrednjeslovenska": "Stičišče, Trg republike 3, Ljubljana",
    "podravska": "Mestna knjižnica, Rotovški trg 2, Maribor",
    "savinjska": "Celjski dom, Krekov trg 3, Celje",
    "goriska": "Hiša znanja, Delpinova ulica 18, Nova Gorica",
}

TRAININGS = [
    {
        "slug": {"sl": "uvod-v-soustvarjanje", "en": "introduction-to-co-creation"},
        "title": {"sl": "Uvod v soustvarjanje", "en": "Introduction to co-creation"},
        "summary": {
            "sl": "Kako javna ustanova skupaj z uporabniki najde boljšo rešitev problema.",
            "en": "How a public institution finds a better solution together with its users.",
        },
        "topics": {
            "sl": ["soustvarjanje", "javne storitve"],
            "en": ["co-creation", "public services"],
        },
        "methods": ["World Café"],
        "format": "in_person",
        "region": "osrednjeslovenska",
        "level": "introductory",
        "ambassador_track": True,
        "gives_certificate": True,
        "sessions": [(-60, 9, 4, 20)],
        "demand": 1.0,
    },
    {
        "slug": {"sl": "world-cafe-v-praksi", "en": "world-cafe-in-practice"},
        "title": {"sl": "World Café v praksi", "en": "World Café in practice"},
        "summary": {
            "sl": "Pripravite in vodite pogovor v svetovni kavarni za 20 do 60 udeležencev.",
            "en": "Prepare and host a World Café conversation for 20 to 60 participants.",
        },
        "topics": {"sl": ["facilitacija"], "en": ["facilitation"]},
        "methods": ["World Café"],
        "format": "in_person",
        "region": "podravska",
        "level": "intermediate",
        "ambassador_track": False,
        "gives_certificate": True,
        "sessions": [(-35, 9, 5, 16)],
        "demand": 1.2,
    },
    {
        "slug": {"sl": "zemljevid-uporabniske-izkusnje", "en": "journey-mapping"},
        "title": {"sl": "Zemljevid uporabniške izkušnje", "en": "Journey mapping"},
        "summary": {
            "sl": "Narišite pot uporabnika skozi storitev in poiščite mesta, kjer se zatakne.",
            "en": "Map a user's path through a service and find where it gets stuck.",
        },
        "topics": {"sl": ["javne storitve", "raziskovanje"], "en": ["public services", "research"]},
        "methods": ["Journey mapping"],
        "format": "online",
        "region": "",
        "level": "introductory",
        "ambassador_track": True,
        "gives_certificate": False,
        "sessions": [(-12, 13, 3, 30)],
        "demand": 0.8,
    },
    {
        "slug": {"sl": "odprti-prostor", "en": "open-space-technology"},
        "title": {"sl": "Odprti prostor za velike skupine", "en": "Open Space for large groups"},
        "summary": {
            "sl": "Srečanje, kjer dnevni red sestavijo udeleženci sami.",
            "en": "A meeting where the participants set the agenda themselves.",
        },
        "topics": {"sl": ["facilitacija"], "en": ["facilitation"]},
        "methods": ["Open Space"],
        "format": "in_person",
        "region": "savinjska",
        "level": "intermediate",
        "ambassador_track": False,
        "gives_certificate": True,
        "sessions": [(6, 9, 6, 12)],
        "demand": 1.6,
    },
    {
        "slug": {"sl": "program-ambasadorjev-1", "en": "ambassador-track-1"},
        "title": {
            "sl": "Program ambasadorjev: prvi koraki",
            "en": "Ambassador track: first steps",
        },
        "summary": {
            "sl": "Tri srečanja za nove ambasadorje inovativnosti v ustanovah.",
            "en": "Three meetings for new innovation ambassadors in institutions.",
        },
        "topics": {"sl": ["ambasadorji", "soustvarjanje"], "en": ["ambassadors", "co-creation"]},
        "methods": ["Circle Practice", "World Café"],
        "format": "hybrid",
        "region": "osrednjeslovenska",
        "level": "introductory",
        "ambassador_track": True,
        "gives_certificate": True,
        "mode": "series",
        "sessions": [(10, 9, 4, 15), (24, 9, 4, 15), (38, 9, 4, 15)],
        "demand": 1.3,
    },
    {
        "slug": {"sl": "krog-kot-nacin-pogovora", "en": "circle-practice"},
        "title": {"sl": "Krog kot način pogovora", "en": "Circle Practice"},
        "summary": {
            "sl": "Pogovor v krogu, kjer ima vsak glas enako težo.",
            "en": "A conversation in a circle where every voice carries the same weight.",
        },
        "topics": {"sl": ["facilitacija", "vključevanje"], "en": ["facilitation", "inclusion"]},
        "methods": ["Circle Practice"],
        "format": "in_person",
        "region": "goriska",
        "level": "introductory",
        "ambassador_track": False,
        "gives_certificate": False,
        "sessions": [(13, 14, 3, 14)],
        "demand": 0.6,
    },
    {
        "slug": {"sl": "prototipiranje-storitev", "en": "prototyping-services"},
        "title": {"sl": "Prototipiranje javnih storitev", "en": "Prototyping public services"},
        "summary": {
            "sl": "Preizkusite zamisel v enem tednu, preden zanjo porabite proračun.",
            "en": "Test an idea in a week before spending a budget on it.",
        },
        "topics": {
            "sl": ["prototipiranje", "javne storitve"],
            "en": ["prototyping", "public services"],
        },
        "methods": ["Journey mapping"],
        "format": "in_person",
        "region": "osrednjeslovenska",
        "level": "advanced",
        "ambassador_track": False,
        "gives_certificate": True,
        "price": "45.00",
        "sessions": [(20, 9, 7, 10), (21, 9, 7, 10)],
        "demand": 1.5,
    },
    {
        "slug": {"sl": "delo-na-glas", "en": "working-out-loud"},
        "title": {"sl": "Delo na glas", "en": "Working out loud"},
        "summary": {
            "sl": "Kako javno beležiti potek izziva, da se iz njega učijo tudi drugi.",
            "en": "How to document a challenge openly so that others learn from it too.",
        },
        "topics": {"sl": ["komuniciranje"], "en": ["communication"]},
        "methods": [],
        "format": "online",
        "region": "",
        "level": "introductory",
        "ambassador_track": True,
        "gives_certificate": False,
        "sessions": [(27, 10, 2, 40)],
        "demand": 0.5,
    },
    {
        "slug": {"sl": "facilitacija-za-zacetnike", "en": "facilitation-for-beginners"},
        "title": {"sl": "Facilitacija za začetnike", "en": "Facilitation for beginners"},
        "summary": {
            "sl": "Osnovna orodja za vodenje delavnice, ki se konča z dogovorom.",
            "en": "Basic tools to run a workshop that ends with an agreement.",
        },
        "topics": {"sl": ["facilitacija"], "en": ["facilitation"]},
        "methods": ["World Café", "Open Space"],
        "format": "in_person",
        "region": "podravska",
        "level": "introductory",
        "ambassador_track": False,
        "gives_certificate": True,
        "sessions": [(34, 9, 6, 18), (48, 9, 6, 18)],
        "demand": 0.9,
    },
    {
        "slug": {"sl": "merjenje-ucinka", "en": "measuring-impact"},
        "title": {"sl": "Merjenje učinka inovacij", "en": "Measuring the impact of innovation"},
        "summary": {
            "sl": "Kako pokazati, kaj je nova rešitev spremenila za ljudi.",
            "en": "How to show what a new solution changed for people.",
        },
        "topics": {"sl": ["vrednotenje"], "en": ["evaluation"]},
        "methods": [],
        "format": "online",
        "region": "",
        "language": "en",
        "level": "advanced",
        "ambassador_track": False,
        "gives_certificate": False,
        "sessions": [(55, 13, 3, 25)],
        "demand": 0.4,
    },
    {
        "slug": {"sl": "vkljucujoce-delavnice", "en": "inclusive-workshops"},
        "title": {"sl": "Vključujoče delavnice", "en": "Inclusive workshops"},
        "summary": {
            "sl": "Kako na delavnico povabiti tudi tiste, ki jih običajno ne slišimo.",
            "en": "How to bring in the people a workshop usually does not hear.",
        },
        "topics": {"sl": ["vključevanje"], "en": ["inclusion"]},
        "methods": ["Circle Practice"],
        "format": "hybrid",
        "region": "savinjska",
        "level": "intermediate",
        "ambassador_track": True,
        "gives_certificate": True,
        "sessions": [(70, 9, 4, 16)],
        "demand": 0.3,
    },
    {
        "slug": {"sl": "izzivi-v-zdravstvu", "en": "challenges-in-healthcare"},
        "title": {"sl": "Soustvarjanje v zdravstvu", "en": "Co-creation in healthcare"},
        "summary": {
            "sl": "Primeri zdravstvenih domov, ki so storitve prenovili skupaj s pacienti.",
            "en": "Health centres that redesigned their services together with patients.",
        },
        "topics": {"sl": ["zdravje", "soustvarjanje"], "en": ["health", "co-creation"]},
        "methods": ["Journey mapping", "World Café"],
        "format": "in_person",
        "region": "osrednjeslovenska",
        "level": "intermediate",
        "ambassador_track": False,
        "gives_certificate": True,
        "sessions": [(85, 9, 5, 20)],
        "demand": 0.2,
    },
]

AUDIENCE = {
    "sl": "Javni uslužbenci, facilitatorji in ambasadorji inovativnosti.",
    "en": "Public employees, facilitators and innovation ambassadors.",
}

OUTCOMES = {
    "sl": (
        "Prepoznate, kdaj je metoda primerna.\n"
        "Pripravite potek srečanja.\n"
        "Povabite prave udeležence."
    ),
    "en": (
        "Recognise when the method fits.\n"
        "Plan the flow of a meeting.\n"
        "Invite the right participants."
    ),
}
