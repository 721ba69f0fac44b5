"""Invented bilingual texts for the demo ambassador network; no real person is named."""

INDEX_PAGE = {
    "slug": {"sl": "ambasadorji", "en": "ambassadors"},
    "title": {"sl": "Ambasadorji inovativnosti", "en": "Innovation ambassadors"},
    "intro": {
        "sl": (
            "<p>Ambasadorji inovativnosti so ljudje stičišča v javnih ustanovah. Sodelavcem "
            "pomagajo prijaviti izzive, jih povezujejo s facilitatorji in skrbijo, da se "
            "dobre prakse širijo med ustanovami. Vsak ambasador opravi program ambasadorjev.</p>"
        ),
        "en": (
            "<p>Innovation ambassadors are the hub's people inside public institutions. They "
            "help colleagues submit challenges, connect them with facilitators and spread good "
            "practice between institutions. Every ambassador follows the ambassador track.</p>"
        ),
    },
}

CORNER_PAGE = {
    "slug": {"sl": "koticek-ambasadorjev", "en": "ambassador-corner"},
    "title": {"sl": "Kotiček ambasadorjev", "en": "Ambassador corner"},
    "intro": {
        "sl": "Gradiva, novice in stiki samo za ambasadorje inovativnosti.",
        "en": "Materials, news and contacts for innovation ambassadors only.",
    },
    "body": {
        "sl": [
            (
                "paragraph",
                "<p>Tu najdete predloge za predstavitev stičišča v vaši ustanovi, zapise "
                "mesečnih srečanj ambasadorjev in koledar usposabljanj programa.</p>",
            )
        ],
        "en": [
            (
                "paragraph",
                "<p>Here you find templates for presenting the hub in your institution, notes "
                "from the monthly ambassador meetings and the calendar of track trainings.</p>",
            )
        ],
    },
}

HANDBOOK_PAGE = {
    "slug": {"sl": "prirocnik-za-ambasadorje", "en": "ambassador-handbook"},
    "title": {"sl": "Priročnik za ambasadorje", "en": "Ambassador handbook"},
    "summary": {
        "sl": "Kako predstaviti stičišče sodelavcem in kako pripraviti prijavo izziva.",
        "en": "How to present the hub to colleagues and how to prepare a challenge submission.",
    },
}

FOCUS_AREAS = [
    "digitalne storitve",
    "zdravje",
    "izobraževanje",
    "prostor in okolje",
    "socialne storitve",
    "odprti podatki",
    "uporabniška izkušnja",
    "zaposlovanje",
    "lokalna skupnost",
    "kadrovski razvoj",
]

STATEMENTS = [
    {
        "sl": "Sodelavcem pomagam, da izzive opišemo z vidika ljudi, ki jim služimo.",
        "en": "I help colleagues describe challenges from the view of the people we serve.",
    },
    {
        "sl": "Verjamem, da manjši preizkusi prinesejo več kot veliki načrti.",
        "en": "I believe small experiments achieve more than big plans.",
    },
    {
        "sl": "V naši ustanovi povezujem ljudi, ki želijo storitve izboljšati skupaj z uporabniki.",
        "en": "In our institution I connect people who want to improve services with their users.",
    },
    {
        "sl": "Skrbim, da dobre prakse iz drugih ustanov pridejo tudi k nam.",
        "en": "I make sure good practice from other institutions reaches us too.",
    },
]

EVENTS = [
    "Predstavitev stičišča na kolegiju",
    "Delavnica World Café za sodelavce",
    "Zajtrk z inovatorji",
    "Odprti dan za prijavo izzivov",
    "Srečanje ambasadorjev regije",
]
