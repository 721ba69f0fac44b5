"""Bilingual content for the demo hub: home page, methods library and standard pages."""

HOME = {
    "title": {"sl": "Središče za soustvarjanje", "en": "Co-creation Hub"},
    "intro_title": {
        "sl": "Skupaj rešujemo izzive javnega sektorja",
        "en": "Solving public-sector challenges together",
    },
    "intro": {
        "sl": (
            "Stičišče povezuje javne ustanove, ki iščejo boljše rešitve, z usposobljenimi "
            "facilitatorji in z ljudmi, ki jih problem zadeva. Ustanova prijavi izziv, mi pa "
            "pomagamo sestaviti ekipo in voditi soustvarjanje do preizkušene rešitve. Ob tem "
            "izvajamo usposabljanja in povezujemo mrežo ambasadorjev inovativnosti."
        ),
        "en": (
            "The hub brings together public institutions looking for better solutions, trained "
            "facilitators and the people a problem affects. An institution submits a challenge, "
            "and we help form a team and guide co-creation through to a tested solution. Along "
            "the way we run trainings and support a network of innovation ambassadors."
        ),
    },
    "primary_link_label": {
        "sl": "Oglejte si knjižnico metod",
        "en": "Explore the methods library",
    },
    "body": {
        "sl": [
            (
                "steps",
                {
                    "title": "Kako deluje stičišče",
                    "steps": [
                        {
                            "title": "Prijava izziva",
                            "text": (
                                "Predstavnik ustanove opiše problem, koga zadeva in kaj so "
                                "doslej že poskusili."
                            ),
                        },
                        {
                            "title": "Pregled",
                            "text": (
                                "Ekipa stičišča prijavo pregleda, jo po potrebi skupaj z "
                                "ustanovo dopolni in izziv objavi."
                            ),
                        },
                        {
                            "title": "Oblikovanje ekipe",
                            "text": (
                                "Facilitatorji se javijo za sodelovanje ali jih predlagamo "
                                "sami. Ekipi se pridruži tudi učeči se član iz javnega sektorja."
                            ),
                        },
                        {
                            "title": "Soustvarjanje in prototipiranje",
                            "text": (
                                "Ekipa z uporabniki, zaposlenimi in partnerji razišče problem, "
                                "razvije zamisli in jih preizkusi v majhnem obsegu."
                            ),
                        },
                        {
                            "title": "Izvajanje",
                            "text": (
                                "Ustanova preizkušeno rešitev uvede in o napredku javno poroča "
                                "z zapisi in zavezami."
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Ves potek je javen: vsak izziv ima časovnico, zapise o napredku in zaveze "
                "ustanove. Izziv lahko spremljate in novice o njem prejemate po e-pošti.</p>",
            ),
        ],
        "en": [
            (
                "steps",
                {
                    "title": "How the hub works",
                    "steps": [
                        {
                            "title": "Submission",
                            "text": (
                                "A representative of the institution describes the problem, "
                                "who it affects and what has been tried so far."
                            ),
                        },
                        {
                            "title": "Review",
                            "text": (
                                "Hub staff review the submission, help the institution sharpen "
                                "it where needed and publish the challenge."
                            ),
                        },
                        {
                            "title": "Team forming",
                            "text": (
                                "Facilitators volunteer or are suggested by the hub. A learner "
                                "from the public sector joins the team to gain experience."
                            ),
                        },
                        {
                            "title": "Co-creation and prototyping",
                            "text": (
                                "With service users, staff and partners, the team explores the "
                                "problem, develops ideas and tests them on a small scale."
                            ),
                        },
                        {
                            "title": "Implementation",
                            "text": (
                                "The institution puts the tested solution into practice and "
                                "reports progress openly through updates and commitments."
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>The whole process is public: every challenge has a timeline, progress "
                "updates and the institution's commitments. You can follow any challenge and "
                "receive its news by email.</p>",
            ),
        ],
    },
}

METHODS_INDEX = {
    "slug": {"sl": "metode", "en": "methods"},
    "title": {"sl": "Knjižnica metod", "en": "Methods library"},
    "intro": {
        "sl": (
            "<p>Zbirka preizkušenih metod, ki jih uporabljamo pri soustvarjanju z ustanovami. "
            "Pri vsaki metodi najdete, kdaj je primerna, koliko časa vzame in kako jo izpeljete "
            "korak za korakom.</p>"
            "<p>Metode lahko povezujete med seboj. Delavnica se pogosto začne s krogom, "
            "nadaljuje s svetovno kavarno in konča s hitrim prototipiranjem.</p>"
        ),
        "en": (
            "<p>A collection of tried and tested methods we use when co-creating with "
            "institutions. For each one you will find when it fits, how long it takes and how "
            "to run it step by step.</p>"
            "<p>Methods combine well. A workshop often opens with a circle, moves on to a "
            "World Café and closes with rapid prototyping.</p>"
        ),
    },
}

METHODS = [
    {
        "slug": {"sl": "svetovna-kavarna", "en": "world-cafe"},
        "title": {"sl": "Svetovna kavarna", "en": "World Café"},
        "summary": {
            "sl": (
                "Udeleženci se v manjših skupinah pogovarjajo za kavarniškimi mizami in med krogi "
                "menjajo mize, tako da zamisli potujejo po vsej sobi. Metoda je primerna, ko "
                "želite o istem vprašanju slišati veliko glasov."
            ),
            "en": (
                "Conversations in small groups at café tables that reshuffle over several "
                "rounds, so ideas travel around the whole room. Good when you want to hear many "
                "voices on the same question."
            ),
        },
        "duration": {"sl": "2 do 4 ure", "en": "2 to 4 hours"},
        "group_size": "medium",
        "featured": True,
        "when_to_use": {
            "sl": (
                "<p>Svetovna kavarna je primerna, ko iščete skupno razumevanje in ne "
                "takojšnje odločitve:</p>"
                "<ul>"
                "<li>ko želite o izzivu ustanove hkrati slišati zaposlene, uporabnike in "
                "partnerje,</li>"
                "<li>ko je vprašanje odprto in nima ene pravilne rešitve,</li>"
                "<li>ko se udeleženci še ne poznajo in jih želite povezati.</li>"
                "</ul>"
                "<p>Ni primerna za pogajanja ali za podrobno načrtovanje.</p>"
            ),
            "en": (
                "<p>Use World Café when you are after shared understanding rather than an "
                "immediate decision:</p>"
                "<ul>"
                "<li>to hear staff, service users and partners on an institution's challenge "
                "at the same time</li>"
                "<li>when the question is open and has no single right answer</li>"
                "<li>when participants do not know each other yet and you want to connect "
                "them</li>"
                "</ul>"
                "<p>It does not suit negotiations or detailed planning.</p>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Sobo uredite kot kavarno: mize za štiri ali pet ljudi, papirnati prti "
                    "ali veliki listi in flomastri. Pri vsaki mizi je gostitelj, ki ostane na "
                    "mestu, drugi pa med krogi zamenjajo mizo. Pogovori se tako oplajajo med "
                    "seboj, ob koncu pa skupina vidi vzorce, ki jih nobena miza ne bi našla "
                    "sama.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Pripravite vprašanja",
                                "text": (
                                    "Oblikujte dve ali tri odprta vprašanja, ki se nadgrajujejo, "
                                    "na primer: Kaj uporabniki danes doživljajo? Kaj bi moralo "
                                    "biti drugače? Kje lahko začnemo?"
                                ),
                            },
                            {
                                "title": "Dobrodošlica in dogovori",
                                "text": (
                                    "Facilitator razloži namen srečanja in kavarniški bonton: "
                                    "govorimo iz lastnih izkušenj, pozorno poslušamo, pišemo "
                                    "in rišemo po prtu ter povezujemo zamisli."
                                ),
                            },
                            {
                                "title": "Prvi krog",
                                "text": (
                                    "Skupine se 20 do 30 minut pogovarjajo o prvem vprašanju. "
                                    "Gostitelj mize skrbi, da pridejo do besede vsi in da se "
                                    "ključne misli zapišejo."
                                ),
                            },
                            {
                                "title": "Menjava miz",
                                "text": (
                                    "Vsi razen gostiteljev se razpršijo k drugim mizam. "
                                    "Gostitelj novim gostom na kratko povzame prejšnji pogovor, "
                                    "nato nadaljujejo z naslednjim vprašanjem."
                                ),
                            },
                            {
                                "title": "Zadnji krog",
                                "text": (
                                    "Po potrebi menjavo ponovite. V zadnjem krogu se lahko "
                                    "udeleženci vrnejo k prvi mizi in povežejo, kar so slišali "
                                    "drugje."
                                ),
                            },
                            {
                                "title": "Skupno povzemanje",
                                "text": (
                                    "V plenumu vsaka miza deli eno ali dve spoznanji. "
                                    "Facilitator na steno zapisuje teme, ki se ponavljajo, in "
                                    "vprašanja, ki ostajajo odprta. Prte fotografirajte in jih "
                                    "dodajte zapisu o napredku."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Največ smo izvedeli od ljudi, ki jih sicer nikoli ne bi povabili "
                            "na sestanek."
                        ),
                        "attribution": "Vodja oddelka na upravni enoti",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Set the room up like a café: tables for four or five, paper tablecloths "
                    "or large sheets, and marker pens. Each table has a host who stays put while "
                    "everyone else moves to a new table between rounds. Conversations "
                    "cross-pollinate, and by the end the group can see patterns that no single "
                    "table would have found.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Prepare the questions",
                                "text": (
                                    "Write two or three open questions that build on each "
                                    "other, such as: What do service users experience today? "
                                    "What ought to be different? Where could we start?"
                                ),
                            },
                            {
                                "title": "Welcome and agreements",
                                "text": (
                                    "The facilitator explains the purpose and the café "
                                    "etiquette: speak from your own experience, listen "
                                    "carefully, write and doodle on the tablecloth, and link "
                                    "ideas together."
                                ),
                            },
                            {
                                "title": "First round",
                                "text": (
                                    "Each table talks about the first question for 20 to 30 "
                                    "minutes. The table host makes sure everyone gets a say and "
                                    "that key thoughts are written down."
                                ),
                            },
                            {
                                "title": "Change tables",
                                "text": (
                                    "Everyone except the hosts moves to a different table. The "
                                    "host briefly sums up the previous conversation for the "
                                    "newcomers, and the group carries on with the next "
                                    "question."
                                ),
                            },
                            {
                                "title": "Final round",
                                "text": (
                                    "Repeat the move if needed. In the last round people can "
                                    "return to their first table and connect what they heard "
                                    "elsewhere."
                                ),
                            },
                            {
                                "title": "Harvest together",
                                "text": (
                                    "In plenary, each table shares one or two insights. The "
                                    "facilitator notes recurring themes and open questions on "
                                    "the wall. Photograph the tablecloths and add them to a "
                                    "progress update."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We learnt most from people we would never have invited to a meeting."
                        ),
                        "attribution": "Head of department at an administrative unit",
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "odprti-prostor", "en": "open-space-technology"},
        "title": {"sl": "Odprti prostor", "en": "Open Space Technology"},
        "summary": {
            "sl": (
                "Udeleženci sami oblikujejo dnevni red: vsak lahko predlaga temo, ki mu je "
                "pomembna, in vodi pogovor o njej. Metoda sprosti energijo velike skupine ob "
                "zapletenem izzivu."
            ),
            "en": (
                "Participants set the agenda themselves: anyone can propose a topic they care "
                "about and host a conversation on it. It releases the energy of a large group "
                "around a complex challenge."
            ),
        },
        "duration": {"sl": "od pol dneva do dveh dni", "en": "half a day to two days"},
        "group_size": "large",
        "featured": True,
        "when_to_use": {
            "sl": (
                "<p>Odprti prostor deluje, ko je izziv zapleten, mnenja se razhajajo, "
                "odgovor je nujen, vseh odgovorov pa nima nihče:</p>"
                "<ul>"
                "<li>ko se ob izzivu zbere 20 ali več ljudi iz različnih ustanov in "
                "sektorjev,</li>"
                "<li>ko želite, da udeleženci prevzamejo odgovornost za nadaljnje delo,</li>"
                "<li>ko se teme šele oblikujejo in jih ne želite določiti vnaprej.</li>"
                "</ul>"
                "<p>Ne uporabljajte ga, če je izid že odločen ali če vodstvo ustanove ni "
                "pripravljeno upoštevati predlogov.</p>"
            ),
            "en": (
                "<p>Open Space works when a challenge is complex, views differ, an answer is "
                "urgent and nobody has all the answers:</p>"
                "<ul>"
                "<li>when 20 or more people from different institutions and sectors gather "
                "around a challenge</li>"
                "<li>when you want participants to take ownership of the follow-up work</li>"
                "<li>when the topics are still emerging and you do not want to fix them in "
                "advance</li>"
                "</ul>"
                "<p>Do not use it if the outcome has already been decided or if the "
                "institution's leadership is not prepared to act on the proposals.</p>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Odprti prostor sloni na nekaj preprostih načelih. Kdorkoli pride, je "
                    "prava oseba. Kar se zgodi, je edino, kar se je lahko zgodilo. Ko se začne, "
                    "je pravi čas, in ko je konec, je konec. <b>Zakon dveh nog</b> pa vsakemu "
                    "dovoli, da zapusti skupino, v kateri se ne uči in ne prispeva, ter se "
                    "pridruži drugi.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Odpiranje v krogu",
                                "text": (
                                    "Udeleženci sedijo v velikem krogu. Facilitator predstavi "
                                    "osrednjo temo, zapisano kot vprašanje, ter razloži načela "
                                    "in zakon dveh nog."
                                ),
                            },
                            {
                                "title": "Tržnica tem",
                                "text": (
                                    "Kdor želi, stopi v sredino, na list zapiše temo in svoje "
                                    "ime, jo na glas predstavi in pripne na steno z razporedom "
                                    "prostorov in terminov."
                                ),
                            },
                            {
                                "title": "Pogovori v skupinah",
                                "text": (
                                    "Udeleženci se vpišejo k temam, ki jih zanimajo, in se "
                                    "prosto gibljejo med skupinami. Kdor je temo predlagal, "
                                    "poskrbi, da nekdo zapisuje ugotovitve."
                                ),
                            },
                            {
                                "title": "Zapisi na steni novic",
                                "text": (
                                    "Vsaka skupina odda kratek zapis: o čem so se pogovarjali, "
                                    "kaj predlagajo in kdo bo nadaljeval. Zapise sproti obesite "
                                    "na skupno steno, da jih lahko berejo vsi."
                                ),
                            },
                            {
                                "title": "Izbira prednostnih tem",
                                "text": (
                                    "Na daljšem dogodku udeleženci preberejo vse zapise in z "
                                    "glasovanjem izberejo teme, ki jih bodo razvijali naprej."
                                ),
                            },
                            {
                                "title": "Zaključni krog",
                                "text": (
                                    "Kdor želi, pove, kaj odnaša in kaj bo naredil. Ustanova "
                                    "pove, kako bo zapise uporabila, zaveze pa zapišemo k "
                                    "izzivu."
                                ),
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Open Space rests on a few simple principles. Whoever comes are the right "
                    "people. Whatever happens is the only thing that could have happened. "
                    "Whenever it starts is the right time, and when it is over, it is over. The "
                    "<b>law of two feet</b> lets anyone leave a group where they are neither "
                    "learning nor contributing and join another.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Open in a circle",
                                "text": (
                                    "Participants sit in one large circle. The facilitator "
                                    "introduces the theme, framed as a question, and explains "
                                    "the principles and the law of two feet."
                                ),
                            },
                            {
                                "title": "Marketplace of topics",
                                "text": (
                                    "Anyone who wishes steps into the centre, writes a topic "
                                    "and their name on a sheet, announces it and posts it on a "
                                    "wall showing rooms and time slots."
                                ),
                            },
                            {
                                "title": "Group conversations",
                                "text": (
                                    "Participants sign up for the topics that interest them and "
                                    "move freely between groups. Whoever proposed a topic makes "
                                    "sure someone records what is said."
                                ),
                            },
                            {
                                "title": "News wall",
                                "text": (
                                    "Each group hands in a short report: what they discussed, "
                                    "what they propose and who will carry it forward. Pin the "
                                    "reports on a shared wall as they come in."
                                ),
                            },
                            {
                                "title": "Set priorities",
                                "text": (
                                    "At a longer event, participants read all the reports and "
                                    "vote on the topics they want to develop further."
                                ),
                            },
                            {
                                "title": "Closing circle",
                                "text": (
                                    "Anyone who wishes says what they are taking away and what "
                                    "they will do next. The institution explains how it will use "
                                    "the reports, and the commitments are recorded on the "
                                    "challenge."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "krog", "en": "circle-practice"},
        "title": {"sl": "Krog", "en": "Circle Practice"},
        "summary": {
            "sl": (
                "Pogovor v krogu, v katerem ljudje govorijo po vrsti in drug drugega poslušajo "
                "brez prekinjanja. Zgradi zaupanje in odpre prostor za razmislek, preden se "
                "skupina loti dela."
            ),
            "en": (
                "A conversation in a circle where people speak in turn and listen without "
                "interrupting. It builds trust and makes room for reflection before a group "
                "gets down to work."
            ),
        },
        "duration": {"sl": "30 minut do 2 uri", "en": "30 minutes to 2 hours"},
        "group_size": "small",
        "featured": False,
        "when_to_use": {
            "sl": (
                "<p>Krog je dober začetek in konec skoraj vsakega srečanja:</p>"
                "<ul>"
                "<li>ob oblikovanju ekipe, ko se člani šele spoznavajo,</li>"
                "<li>na začetku in koncu delavnice soustvarjanja,</li>"
                "<li>po zahtevni fazi, ko mora ekipa skupaj razmisliti, kaj se je naučila,</li>"
                "<li>ko je v skupini napetost in morajo biti slišani vsi.</li>"
                "</ul>"
                "<p>V velikih skupinah ga izvedite v več manjših krogih.</p>"
            ),
            "en": (
                "<p>A circle is a good way to open and close almost any gathering:</p>"
                "<ul>"
                "<li>during team forming, when members are still getting to know each "
                "other</li>"
                "<li>at the start and end of a co-creation workshop</li>"
                "<li>after a demanding phase, when the team needs to reflect on what it has "
                "learnt</li>"
                "<li>when there is tension in the group and everyone needs to be heard</li>"
                "</ul>"
                "<p>With a large group, run several smaller circles in parallel.</p>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Krog, kot ga uči skupnost Art of Hosting, izhaja iz starih oblik "
                    "skupnega pogovora. Opira se na gostitelja, ki drži prostor, na predmet za "
                    "besedo, ki kroži, in na dogovor o tem, kako bomo skupaj. Miz in hierarhije "
                    "ni, zato se slišijo tudi tihi glasovi. Udeleženci govorijo premišljeno, "
                    "poslušajo pozorno in skrbijo za dobro počutje skupine.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Pripravite prostor",
                                "text": (
                                    "Stole postavite v krog, brez miz. V sredino lahko položite "
                                    "predmet ali list z vprašanjem, ki skupino povezuje."
                                ),
                            },
                            {
                                "title": "Sklenite dogovor",
                                "text": (
                                    "Gostitelj predlaga nekaj dogovorov, na primer: govorimo iz "
                                    "sebe, poslušamo brez prekinjanja, kar je povedano osebno, "
                                    "ostane v krogu. Skupina jih potrdi ali dopolni."
                                ),
                            },
                            {
                                "title": "Uvodni krog",
                                "text": (
                                    "Vsak na kratko odgovori na vprašanje, kot je: S čim "
                                    "prihajaš danes? Kdor drži predmet za besedo, govori, drugi "
                                    "poslušajo. Kdor ne želi govoriti, ga preda naprej."
                                ),
                            },
                            {
                                "title": "Vsebinski krogi",
                                "text": (
                                    "Gostitelj zastavi eno ali dve vprašanji o temi srečanja. "
                                    "Predmet kroži, dokler ne pridejo do besede vsi. Med krogi "
                                    "je lahko trenutek tišine."
                                ),
                            },
                            {
                                "title": "Zaključni krog",
                                "text": (
                                    "Vsak pove misel ali besedo, ki jo odnaša. Gostitelj se "
                                    "zahvali in krog zaključi, zapisnik pa vsebuje le tisto, "
                                    "za kar se je skupina dogovorila."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Na prvem srečanju ekipe smo se pol ure samo poslušali. Potem smo v "
                            "eni uri naredili več kot prej v treh sestankih."
                        ),
                        "attribution": "Učeča se članica ekipe iz javnega zavoda",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Circle Practice, as taught in the Art of Hosting community, draws on "
                    "old forms of shared conversation. It relies on a host who holds the space, "
                    "a talking piece that is passed around, and an agreement on how the group "
                    "will be together. There are no tables and no hierarchy, so quieter voices "
                    "are heard too. People speak with intention, listen with attention and look "
                    "after the well-being of the group.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Prepare the space",
                                "text": (
                                    "Arrange chairs in a circle without tables. You can place "
                                    "an object or a sheet with the guiding question in the "
                                    "centre."
                                ),
                            },
                            {
                                "title": "Agree how to be together",
                                "text": (
                                    "The host suggests a few agreements, such as: speak for "
                                    "yourself, listen without interrupting, and what is shared "
                                    "personally stays in the circle. The group confirms or adds "
                                    "to them."
                                ),
                            },
                            {
                                "title": "Check-in round",
                                "text": (
                                    "Everyone briefly answers a question such as: What are you "
                                    "bringing with you today? Whoever holds the talking piece "
                                    "speaks and the others listen. Anyone may pass."
                                ),
                            },
                            {
                                "title": "Rounds on the topic",
                                "text": (
                                    "The host asks one or two questions about the purpose of "
                                    "the meeting. The talking piece goes round until everyone "
                                    "has spoken. A moment of silence between rounds helps."
                                ),
                            },
                            {
                                "title": "Check-out round",
                                "text": (
                                    "Everyone names one thought or word they are taking away. "
                                    "The host thanks the group and closes the circle, and the "
                                    "notes contain only what the group agreed to record."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "At our first team meeting we spent half an hour just listening. "
                            "In the next hour we got more done than in three earlier meetings."
                        ),
                        "attribution": "Learner on a challenge team at a public agency",
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "zemljevid-uporabniske-izkusnje", "en": "user-journey-mapping"},
        "title": {"sl": "Zemljevid uporabniške izkušnje", "en": "User journey mapping"},
        "summary": {
            "sl": (
                "Korak za korakom prikaže, kako uporabnik doživlja storitev ustanove, od prve "
                "potrebe do rešene zadeve. Pokaže, kje se zatika in kje ljudi izgubimo."
            ),
            "en": (
                "Shows step by step how a person experiences an institution's service, from the "
                "first need to a resolved matter. It reveals where things get stuck and where "
                "people give up."
            ),
        },
        "duration": {
            "sl": "pol dneva do en dan, z raziskavo vred nekaj tednov",
            "en": "half a day to a day, plus a few weeks of research",
        },
        "group_size": "small",
        "featured": True,
        "when_to_use": {
            "sl": (
                "<p>Zemljevid uporabniške izkušnje pride prav:</p>"
                "<ul>"
                "<li>ko se o storitvi kopičijo pritožbe ali jo ljudje opuščajo na pol poti,</li>"
                "<li>ko si odgovornost za postopek deli več oddelkov ali ustanov,</li>"
                "<li>preden prenovite obrazec, spletno stran ali postopek,</li>"
                "<li>ko želite vodstvu pokazati, kako storitev vidijo uporabniki.</li>"
                "</ul>"
            ),
            "en": (
                "<p>A user journey map helps:</p>"
                "<ul>"
                "<li>when complaints about a service pile up or people abandon it halfway</li>"
                "<li>when several departments or institutions share responsibility for a "
                "process</li>"
                "<li>before you redesign a form, a web page or a procedure</li>"
                "<li>when you want to show leadership how service users see the service</li>"
                "</ul>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Zemljevid mora temeljiti na resničnih izkušnjah, ne na tem, kako si "
                    "postopek predstavljamo v pisarni. Zato pred delavnico opravite nekaj "
                    "pogovorov z uporabniki ali jih povabite zraven. Rezultat je velik plakat, "
                    "ki ga razume vsak v ustanovi, od okenca do vodstva.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Izberite uporabnika in storitev",
                                "text": (
                                    "Določite, čigavo pot rišete, na primer starša, ki prvič "
                                    "vpisuje otroka v vrtec, ter kje se pot začne in kje konča."
                                ),
                            },
                            {
                                "title": "Zberite izkušnje",
                                "text": (
                                    "Opravite pet do osem pogovorov z uporabniki, spremljajte "
                                    "jih pri uporabi storitve in preberite pritožbe ter "
                                    "vprašanja, ki jih ustanova prejema."
                                ),
                            },
                            {
                                "title": "Narišite korake",
                                "text": (
                                    "Na steno v vrsto nalepite listke s koraki, ki jih naredi "
                                    "uporabnik, tudi tiste zunaj ustanove, kot sta iskanje "
                                    "informacij in čakanje."
                                ),
                            },
                            {
                                "title": "Dodajte plasti",
                                "text": (
                                    "Pod vsak korak zapišite, kaj uporabnik misli in čuti, "
                                    "katere poti do ustanove uporablja in kdo v ustanovi je "
                                    "takrat odgovoren. Razpoloženje lahko prikažete s krivuljo."
                                ),
                            },
                            {
                                "title": "Poiščite kritične točke",
                                "text": (
                                    "Označite mesta, kjer uporabnik čaka, obupa, ponovno vpisuje "
                                    "iste podatke ali ne ve, kaj sledi. To so priložnosti za "
                                    "izboljšave."
                                ),
                            },
                            {
                                "title": "Izberite, kje začeti",
                                "text": (
                                    "Skupaj izberite dve ali tri kritične točke, ki jih bo ekipa "
                                    "raziskovala naprej, in jih zapišite kot vprašanja, ki se "
                                    "začnejo s »Kako bi lahko …?«."
                                ),
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The map has to rest on real experience, not on how the procedure looks "
                    "from the office. So before the workshop, talk to a handful of service users "
                    "or invite them along. The result is a large poster that everyone in the "
                    "institution understands, from the front desk to the leadership.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Choose the user and the service",
                                "text": (
                                    "Decide whose journey you are mapping, for example a parent "
                                    "enrolling a child in nursery for the first time, and where "
                                    "the journey starts and ends."
                                ),
                            },
                            {
                                "title": "Gather experiences",
                                "text": (
                                    "Hold five to eight interviews with service users, observe "
                                    "them using the service, and read the complaints and "
                                    "questions the institution receives."
                                ),
                            },
                            {
                                "title": "Lay out the steps",
                                "text": (
                                    "Stick notes in a row on the wall for each step the user "
                                    "takes, including those outside the institution, such as "
                                    "searching for information and waiting."
                                ),
                            },
                            {
                                "title": "Add layers",
                                "text": (
                                    "Under each step, note what the user thinks and feels, "
                                    "which channels they use and who in the institution is "
                                    "responsible at that point. A curve can show their mood."
                                ),
                            },
                            {
                                "title": "Find the pain points",
                                "text": (
                                    "Mark the places where the user waits, gives up, re-enters "
                                    "the same details or does not know what comes next. These "
                                    "are your opportunities."
                                ),
                            },
                            {
                                "title": "Choose where to start",
                                "text": (
                                    "Together, pick two or three pain points for the team to "
                                    "explore further and write them as questions starting "
                                    'with "How might we …?".'
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "oblikovalsko-razmisljanje", "en": "design-thinking"},
        "title": {"sl": "Oblikovalsko razmišljanje", "en": "Design thinking"},
        "summary": {
            "sl": (
                "Pristop, ki izhaja iz potreb ljudi: problem najprej razumemo, ga na novo "
                "opredelimo, razvijemo zamisli in jih hitro preizkusimo. V svetu je znan kot "
                "design thinking."
            ),
            "en": (
                "An approach that starts from people's needs: understand the problem, reframe "
                "it, generate ideas and test them quickly."
            ),
        },
        "duration": {
            "sl": "od enodnevne delavnice do nekaj tednov",
            "en": "from a one-day workshop to several weeks",
        },
        "group_size": "medium",
        "featured": True,
        "when_to_use": {
            "sl": (
                "<p>Oblikovalsko razmišljanje izberite:</p>"
                "<ul>"
                "<li>ko ni jasno, kaj ljudje v resnici potrebujejo,</li>"
                "<li>ko dosedanje rešitve niso delovale, čeprav so bile dobro mišljene,</li>"
                "<li>ko lahko uporabnike vključite skozi ves postopek, ne le na koncu.</li>"
                "</ul>"
                "<p>V stičišču je ogrodje večine izzivov: druge metode iz knjižnice so orodja "
                "znotraj posameznih faz.</p>"
            ),
            "en": (
                "<p>Choose design thinking:</p>"
                "<ul>"
                "<li>when it is unclear what people actually need</li>"
                "<li>when earlier solutions have not worked, however well meant</li>"
                "<li>when you can involve service users throughout, not only at the end</li>"
                "</ul>"
                "<p>At the hub it is the backbone of most challenges, and the other methods "
                "in the library are tools within its phases.</p>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Postopek ima pet faz, ki si sledijo, vendar se ekipa med njimi pogosto "
                    "vrača. Preizkus lahko na primer pokaže, da je bil problem napačno "
                    "opredeljen. To ni neuspeh, temveč namen metode: napako odkrijemo zgodaj, "
                    "ko je popravek še poceni.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Pet faz",
                        "steps": [
                            {
                                "title": "Vživljanje",
                                "text": (
                                    "Spoznajte ljudi, ki jih problem zadeva: pogovarjajte se z "
                                    "njimi in jih opazujte pri delu ali ob uporabi storitve. "
                                    "Zapisujte, kar vidite in slišite, brez presojanja."
                                ),
                            },
                            {
                                "title": "Opredelitev",
                                "text": (
                                    "V zbranem gradivu poiščite vzorce in problem zapišite kot "
                                    "vprašanje »Kako bi lahko …?«. Dobro vprašanje ni preširoko "
                                    "in ne namiguje na rešitev."
                                ),
                            },
                            {
                                "title": "Iskanje zamisli",
                                "text": (
                                    "V kratkem času zberite čim več zamisli, tudi nenavadnih. "
                                    "Šele nato jih združite v skupine in izberite nekaj "
                                    "obetavnih."
                                ),
                            },
                            {
                                "title": "Prototip",
                                "text": (
                                    "Izbrane zamisli spremenite v nekaj otipljivega: skico "
                                    "obrazca, preprost plakat, odigran pogovor na okencu. "
                                    "Prototip naj bo poceni in narejen hitro."
                                ),
                            },
                            {
                                "title": "Preizkus",
                                "text": (
                                    "Prototip pokažite uporabnikom in opazujte, kaj se zgodi. "
                                    "Kar se naučite, vas vrne k opredelitvi problema ali k "
                                    "novim zamislim."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Prej smo najprej napisali pravilnik in šele potem ugotovili, da ga "
                            "nihče ne razume. Zdaj začnemo pri ljudeh."
                        ),
                        "attribution": "Svetovalka na ministrstvu",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The process has five phases that follow one another, but teams often "
                    "loop back. A test may show, for instance, that the problem was framed "
                    "wrongly. That is not failure but the point of the method: you find the "
                    "mistake early, while it is still cheap to fix.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Five phases",
                        "steps": [
                            {
                                "title": "Empathise",
                                "text": (
                                    "Get to know the people the problem affects: talk to them "
                                    "and watch them at work or using the service. Note what you "
                                    "see and hear without judging it."
                                ),
                            },
                            {
                                "title": "Define",
                                "text": (
                                    "Look for patterns in what you have gathered and frame the "
                                    'problem as a "How might we …?" question. A good question '
                                    "is neither too broad nor hinting at a solution."
                                ),
                            },
                            {
                                "title": "Ideate",
                                "text": (
                                    "Generate as many ideas as you can in a short time, "
                                    "including unusual ones. Only then cluster them and pick a "
                                    "few promising ones."
                                ),
                            },
                            {
                                "title": "Prototype",
                                "text": (
                                    "Turn the chosen ideas into something tangible: a sketch of "
                                    "a form, a simple poster, a role-played conversation at the "
                                    "counter. Keep it cheap and quick."
                                ),
                            },
                            {
                                "title": "Test",
                                "text": (
                                    "Show the prototype to service users and watch what "
                                    "happens. What you learn takes you back to the problem "
                                    "definition or on to new ideas."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We used to write the rulebook first and only then discover that "
                            "nobody understood it. Now we start with people."
                        ),
                        "attribution": "Adviser at a ministry",
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "zemljevid-deleznikov", "en": "stakeholder-mapping"},
        "title": {"sl": "Zemljevid deležnikov", "en": "Stakeholder mapping"},
        "summary": {
            "sl": (
                "Pokaže, kdo vse vpliva na izziv ali ga ta zadeva in kakšni so odnosi med njimi. "
                "Pomaga odločiti, koga povabiti k soustvarjanju in kako."
            ),
            "en": (
                "Shows everyone who influences a challenge or is affected by it, and how they "
                "relate to one another. It helps you decide whom to invite to co-creation, and "
                "how."
            ),
        },
        "duration": {"sl": "1 do 2 uri", "en": "1 to 2 hours"},
        "group_size": "small",
        "featured": False,
        "when_to_use": {
            "sl": (
                "<p>Zemljevid deležnikov narišite:</p>"
                "<ul>"
                "<li>na začetku dela na izzivu, preden povabite udeležence na delavnice,</li>"
                "<li>ko postopek sega čez več ustanov ali ravni odločanja,</li>"
                "<li>ko sumite, da pri mizi manjka pomemben glas.</li>"
                "</ul>"
            ),
            "en": (
                "<p>Draw a stakeholder map:</p>"
                "<ul>"
                "<li>at the start of work on a challenge, before you invite people to "
                "workshops</li>"
                "<li>when a process crosses several institutions or levels of government</li>"
                "<li>when you suspect an important voice is missing from the table</li>"
                "</ul>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Zemljevid naj nariše ekipa skupaj s predstavnikom ustanove, saj vsak "
                    "pozna drug del mreže. Uporabite velik plakat in samolepilne listke, da "
                    "lahko deležnike med pogovorom premikate.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Naštejte deležnike",
                                "text": (
                                    "Vsak na listke zapiše ljudi, skupine in organizacije, ki "
                                    "jih izziv zadeva ali nanj vplivajo: uporabnike, zaposlene, "
                                    "druge ustanove, nevladne organizacije, podjetja, medije. "
                                    "En deležnik na listek."
                                ),
                            },
                            {
                                "title": "Bodite natančni",
                                "text": (
                                    "Namesto »državljani« zapišite, kdo točno, na primer "
                                    "starejši na podeželju brez dostopa do interneta. Splošne "
                                    "skupine razdelite na manjše."
                                ),
                            },
                            {
                                "title": "Razvrstite jih na mrežo",
                                "text": (
                                    "Narišite mrežo z dvema osema: vpliv na izziv in zanimanje "
                                    "zanj. Listke postavite v ustrezna polja in se pogovorite o "
                                    "tistih, pri katerih se ne strinjate."
                                ),
                            },
                            {
                                "title": "Narišite odnose",
                                "text": (
                                    "S črtami povežite deležnike, ki sodelujejo, so v sporu ali "
                                    "so odvisni drug od drugega. Tako se pokažejo ključni "
                                    "posredniki."
                                ),
                            },
                            {
                                "title": "Poiščite manjkajoče",
                                "text": (
                                    "Vprašajte se, čigavega glasu ni na zemljevidu in kdo bi "
                                    "lahko rešitev zavrl. Prav te ljudi pogosto najbolj "
                                    "potrebujete."
                                ),
                            },
                            {
                                "title": "Odločite o vključevanju",
                                "text": (
                                    "Za vsako skupino določite, ali jo boste obveščali, prosili "
                                    "za mnenje ali povabili k soustvarjanju. Fotografijo "
                                    "zemljevida dodajte zapisu o napredku in ga sproti "
                                    "dopolnjujte."
                                ),
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Draw the map as a team together with the institution's representative, "
                    "because each of you knows a different part of the network. Use a large "
                    "poster and sticky notes so you can move stakeholders around as you "
                    "talk.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "List the stakeholders",
                                "text": (
                                    "Everyone writes on notes the people, groups and "
                                    "organisations that the challenge affects or that influence "
                                    "it: service users, staff, other institutions, NGOs, "
                                    "businesses, the media. One stakeholder per note."
                                ),
                            },
                            {
                                "title": "Be specific",
                                "text": (
                                    'Instead of "citizens", write exactly who, for example '
                                    "older people in rural areas without internet access. Break "
                                    "broad groups into smaller ones."
                                ),
                            },
                            {
                                "title": "Place them on a grid",
                                "text": (
                                    "Draw a grid with two axes, influence over the challenge "
                                    "and interest in it. Place the notes in the right squares "
                                    "and discuss the ones you disagree about."
                                ),
                            },
                            {
                                "title": "Draw the relationships",
                                "text": (
                                    "Connect stakeholders who work together, are in conflict or "
                                    "depend on each other. This shows who the key go-betweens "
                                    "are."
                                ),
                            },
                            {
                                "title": "Look for who is missing",
                                "text": (
                                    "Ask whose voice is absent from the map and who could block "
                                    "a solution. These are often the people you need most."
                                ),
                            },
                            {
                                "title": "Decide how to involve them",
                                "text": (
                                    "For each group, decide whether you will inform them, ask "
                                    "for their views or invite them to co-create. Add a photo "
                                    "of the map to a progress update and keep it up to date."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "hitro-prototipiranje", "en": "rapid-prototyping"},
        "title": {"sl": "Hitro prototipiranje", "en": "Rapid prototyping"},
        "summary": {
            "sl": (
                "Zamisel v nekaj urah spremenite v preprosto preizkusno različico in jo "
                "pokažete uporabnikom. Tako se hitro in poceni naučite, kaj deluje, preden "
                "vložite denar in čas."
            ),
            "en": (
                "Turn an idea into a simple test version within hours and put it in front of "
                "service users. You learn quickly and cheaply what works before investing money "
                "and time."
            ),
        },
        "duration": {"sl": "2 uri do 2 dni", "en": "2 hours to 2 days"},
        "group_size": "small",
        "featured": True,
        "when_to_use": {
            "sl": (
                "<p>Hitro prototipiranje uporabite:</p>"
                "<ul>"
                "<li>ko ima ekipa več zamisli in se ne more odločiti, katera je najboljša,</li>"
                "<li>preden naročite razvoj informacijske rešitve ali spremenite predpis,</li>"
                "<li>ko mora vodstvo videti nekaj konkretnega, da bi se lahko odločilo.</li>"
                "</ul>"
            ),
            "en": (
                "<p>Use rapid prototyping:</p>"
                "<ul>"
                "<li>when the team has several ideas and cannot agree which is best</li>"
                "<li>before you commission an IT system or change a regulation</li>"
                "<li>when leadership needs to see something concrete before it decides</li>"
                "</ul>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Prototip ni prva različica končne rešitve, temveč vprašanje v otipljivi "
                    "obliki. V javnem sektorju so to pogosto papirnati obrazci, skice zaslonov, "
                    "narisana pot skozi stavbo, osnutek dopisa ali igra vlog na okencu.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Določite, kaj preizkušate",
                                "text": (
                                    "Zapišite domnevo, ki jo želite preveriti, na primer: "
                                    "»Če vlogo skrajšamo na eno stran, jo bodo ljudje oddali "
                                    "brez pomoči.«"
                                ),
                            },
                            {
                                "title": "Izberite obliko",
                                "text": (
                                    "Izberite najpreprostejšo obliko, ki bo odgovorila na "
                                    "vprašanje: skico, papirnat model, navidezno spletno stran "
                                    "ali odigran prizor."
                                ),
                            },
                            {
                                "title": "Izdelajte ga v omejenem času",
                                "text": (
                                    "Postavite strogo časovno omejitev, na primer 90 minut. "
                                    "Popolnost ni cilj. Pomembno je, da lahko uporabnik z "
                                    "izdelkom nekaj naredi."
                                ),
                            },
                            {
                                "title": "Preizkusite ga z uporabniki",
                                "text": (
                                    "Prototip pokažite trem do petim ljudem, ki bodo rešitev "
                                    "res uporabljali. Prosite jih, naj razmišljajo na glas, vi "
                                    "pa zamisli ne pojasnjujte in ne branite."
                                ),
                            },
                            {
                                "title": "Zapišite, kaj ste se naučili",
                                "text": (
                                    "Takoj po preizkusu zapišite, kaj je delovalo, kaj ne in kaj "
                                    "vas je presenetilo. Nato se odločite, ali boste prototip "
                                    "izboljšali, spremenili ali opustili."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Papirnati obrazec nas je stal eno popoldne. Pokazal nam je napako, "
                            "ki bi nas v informacijskem sistemu stala pol leta."
                        ),
                        "attribution": "Vodja projekta v javnem zavodu",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>A prototype is not the first version of the final solution but a "
                    "question in tangible form. In the public sector it is often a paper form, "
                    "a sketch of a screen, a route drawn through a building, a draft letter or a "
                    "role-play at the counter.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Decide what you are testing",
                                "text": (
                                    "Write down the assumption you want to check, for example: "
                                    '"If we cut the application to one page, people will '
                                    'submit it without help."'
                                ),
                            },
                            {
                                "title": "Choose the form",
                                "text": (
                                    "Pick the simplest form that will answer the question: a "
                                    "sketch, a paper mock-up, a mock web page or an acted-out "
                                    "scene."
                                ),
                            },
                            {
                                "title": "Build it against the clock",
                                "text": (
                                    "Set a strict time limit, such as 90 minutes. Perfection is "
                                    "not the aim. What matters is that a user can do something "
                                    "with it."
                                ),
                            },
                            {
                                "title": "Test it with users",
                                "text": (
                                    "Show the prototype to three to five people who would "
                                    "really use the solution. Ask them to think aloud, and do "
                                    "not explain or defend the idea."
                                ),
                            },
                            {
                                "title": "Record what you learnt",
                                "text": (
                                    "Straight after the test, write down what worked, what did "
                                    "not and what surprised you. Then decide whether to improve "
                                    "the prototype, change it or drop it."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The paper form cost us one afternoon. It showed us a mistake that "
                            "would have cost us six months in the IT system."
                        ),
                        "attribution": "Project lead at a public agency",
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "akcijska-kavarna", "en": "pro-action-cafe"},
        "title": {"sl": "Akcijska kavarna (Pro Action Café)", "en": "Pro Action Café"},
        "summary": {
            "sl": (
                "Različica svetovne kavarne, v kateri udeleženci prinesejo svoje projekte ali "
                "vprašanja in v treh krogih dobijo pomoč drugih. Konča se s konkretnimi "
                "naslednjimi koraki."
            ),
            "en": (
                "A variation on World Café in which participants bring their own projects or "
                "questions and get help from others over three rounds. It ends with concrete "
                "next steps."
            ),
        },
        "duration": {"sl": "2,5 do 3 ure", "en": "2.5 to 3 hours"},
        "group_size": "medium",
        "featured": False,
        "when_to_use": {
            "sl": (
                "<p>Akcijska kavarna je primerna:</p>"
                "<ul>"
                "<li>po usposabljanju ali konferenci, ko imajo ljudje zamisli, ki jih želijo "
                "uresničiti,</li>"
                "<li>na srečanjih ambasadorjev inovativnosti, ki vodijo pobude v svojih "
                "ustanovah,</li>"
                "<li>ko ima ekipa več podprojektov in potrebuje pogled od zunaj.</li>"
                "</ul>"
            ),
            "en": (
                "<p>Pro Action Café suits:</p>"
                "<ul>"
                "<li>the end of a training or conference, when people have ideas they want to "
                "act on</li>"
                "<li>meetings of innovation ambassadors who lead initiatives in their own "
                "institutions</li>"
                "<li>a team with several sub-projects that needs an outside view</li>"
                "</ul>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Metoda združuje svetovno kavarno in odprti prostor. Za mizo za štiri "
                    "sedijo gostitelj s svojim vprašanjem in trije gostje, ki mu pomagajo. "
                    "Gostitelji ostanejo pri svojih mizah, gostje pa med krogi zamenjajo mizo, "
                    "tako da vsak gostitelj sliši različne poglede.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Zberite vprašanja",
                                "text": (
                                    "Udeleženci, ki želijo premakniti svoj projekt ali zamisel, "
                                    "jo predstavijo v eni povedi. Izberite toliko vprašanj, "
                                    "kolikor je miz, to je približno četrtino udeležencev."
                                ),
                            },
                            {
                                "title": "Prvi krog: kaj je v ozadju",
                                "text": (
                                    "Gostje gostitelju pomagajo raziskati, zakaj mu je "
                                    "vprašanje pomembno in kaj v resnici želi doseči. Krog "
                                    "traja približno 20 minut."
                                ),
                            },
                            {
                                "title": "Drugi krog: kaj manjka",
                                "text": (
                                    "Gostje se presedejo. Gostitelj povzame dosedanje "
                                    "ugotovitve, skupina pa išče, kaj še manjka, da bi projekt "
                                    "uspel: ljudje, znanje, sredstva ali podpora."
                                ),
                            },
                            {
                                "title": "Tretji krog: naslednji koraki",
                                "text": (
                                    "Z novimi gosti gostitelj razmisli, kaj se je naučil in "
                                    "katere korake bo naredil. Gostje ponudijo konkretno pomoč, "
                                    "stike ali vire."
                                ),
                            },
                            {
                                "title": "Razmislek gostiteljev",
                                "text": (
                                    "Gostitelji za nekaj minut ostanejo sami in zapišejo svoje "
                                    "naslednje korake. Gostje si medtem povedo, kaj so se "
                                    "naučili ob tujih vprašanjih."
                                ),
                            },
                            {
                                "title": "Zaključni krog",
                                "text": (
                                    "Vsak gostitelj pove, kam je prišel in kaj bo naredil v "
                                    "naslednjih dveh tednih. Facilitator zapiše ponujeno "
                                    "pomoč, da ne ostane le pri besedah."
                                ),
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The method blends World Café and Open Space. Each table of four seats "
                    "one host with their question and three guests who help them. Hosts stay at "
                    "their tables while guests move between rounds, so every host hears a range "
                    "of perspectives.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Collect the questions",
                                "text": (
                                    "Participants who want to move a project or idea forward "
                                    "present it in one sentence. Take as many questions as there "
                                    "are tables, roughly a quarter of the participants."
                                ),
                            },
                            {
                                "title": "Round one: what lies behind it",
                                "text": (
                                    "Guests help the host explore why the question matters to "
                                    "them and what they really want to achieve. The round lasts "
                                    "about 20 minutes."
                                ),
                            },
                            {
                                "title": "Round two: what is missing",
                                "text": (
                                    "Guests move on. The host sums up so far, and the group "
                                    "looks for what is still missing for the project to "
                                    "succeed: people, knowledge, resources or backing."
                                ),
                            },
                            {
                                "title": "Round three: next steps",
                                "text": (
                                    "With new guests, the host reflects on what they have "
                                    "learnt and which steps they will take. Guests offer "
                                    "concrete help, contacts or resources."
                                ),
                            },
                            {
                                "title": "Hosts reflect",
                                "text": (
                                    "Hosts spend a few minutes alone writing down their next "
                                    "steps. Meanwhile, guests share what they learnt from other "
                                    "people's questions."
                                ),
                            },
                            {
                                "title": "Closing circle",
                                "text": (
                                    "Each host says where they have got to and what they will do "
                                    "in the next fortnight. The facilitator records the help on "
                                    "offer so that offers turn into action."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "pozitivno-raziskovanje", "en": "appreciative-inquiry"},
        # NOTE: Slovenian has no settled term for appreciative inquiry, so the title keeps the
        # English name in brackets for readers who search for it.
        "title": {
            "sl": "Pozitivno raziskovanje (appreciative inquiry)",
            "en": "Appreciative inquiry",
        },
        "summary": {
            "sl": (
                "Namesto iskanja napak raziskuje, kaj v ustanovi že deluje dobro, in na teh "
                "močeh gradi prihodnost. Prinese energijo za spremembe tam, kjer so ljudje "
                "utrujeni od nenehnega reševanja problemov."
            ),
            "en": (
                "Rather than hunting for faults, it explores what already works well in an "
                "institution and builds the future on those strengths. It brings energy for "
                "change where people are worn out by constant problem-solving."
            ),
        },
        "duration": {"sl": "od pol dneva do dveh dni", "en": "half a day to two days"},
        "group_size": "any",
        "featured": False,
        "when_to_use": {
            "sl": (
                "<p>Pozitivno raziskovanje pride prav:</p>"
                "<ul>"
                "<li>ko je kolektiv po letih kritik izčrpan in nezaupljiv do sprememb,</li>"
                "<li>ko načrtujete prihodnost storitve ali spremembo kulture v ustanovi,</li>"
                "<li>kot protiutež metodam, ki se osredotočajo na probleme.</li>"
                "</ul>"
                "<p>Ne nadomešča odprtega pogovora o resnih težavah, ki jih je treba "
                "rešiti.</p>"
            ),
            "en": (
                "<p>Appreciative inquiry helps:</p>"
                "<ul>"
                "<li>when staff are drained by years of criticism and wary of change</li>"
                "<li>when you are planning the future of a service or a change of culture in "
                "an institution</li>"
                "<li>as a counterweight to methods that focus on problems</li>"
                "</ul>"
                "<p>It is no substitute for an honest conversation about serious problems "
                "that need fixing.</p>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Metoda izhaja iz preprostega opažanja: organizacija raste v smeri "
                    "vprašanj, ki si jih zastavlja. Kdor sprašuje le o napakah, najde predvsem "
                    "napake. Delo poteka v ciklu štirih faz, ki se v angleščini imenujejo "
                    "<i>discovery, dream, design</i> in <i>destiny</i>.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Izberite pozitivno temo",
                                "text": (
                                    "Izziv preoblikujte v temo, ki jo želite okrepiti. Namesto "
                                    "dolgih čakalnih vrst na primer raziskujte trenutke, ko je "
                                    "stranka hitro in prijazno dobila pomoč."
                                ),
                            },
                            {
                                "title": "Odkrivanje",
                                "text": (
                                    "Udeleženci se v parih intervjuvajo o najboljših izkušnjah s "
                                    "temo: kdaj je šlo zelo dobro, kaj so takrat naredili in kaj "
                                    "je to omogočilo. Skupina nato izlušči skupne moči."
                                ),
                            },
                            {
                                "title": "Sanjanje",
                                "text": (
                                    "Na teh močeh skupina zgradi sliko prihodnosti, v kateri so "
                                    "takšni trenutki pravilo. Prikaže jo lahko z risbo, "
                                    "časopisnim naslovom iz prihodnosti ali kratkim prizorom."
                                ),
                            },
                            {
                                "title": "Oblikovanje",
                                "text": (
                                    "Skupina zapiše konkretne izjave o tem, kako bo ustanova "
                                    "delovala, in določi spremembe v postopkih, vlogah ali "
                                    "prostorih, ki bodo to podprle."
                                ),
                            },
                            {
                                "title": "Uresničevanje",
                                "text": (
                                    "Udeleženci se prijavijo k pobudam, ki jih želijo izpeljati, "
                                    "in se dogovorijo o prvih korakih. Zaveze z roki zapišite k "
                                    "izzivu, da jih lahko spremljajo vsi."
                                ),
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The method starts from a simple observation: an organisation grows in "
                    "the direction of the questions it asks. If you only ask about faults, you "
                    "mostly find faults. The work follows a cycle of four phases, often called "
                    "the 4-D cycle.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Choose an affirmative topic",
                                "text": (
                                    "Reframe the challenge as something you want more of. "
                                    "Instead of long queues, for example, explore the moments "
                                    "when someone got help quickly and kindly."
                                ),
                            },
                            {
                                "title": "Discovery",
                                "text": (
                                    "Participants interview each other in pairs about their best "
                                    "experiences of the topic: when it went really well, what "
                                    "they did and what made it possible. The group then draws "
                                    "out shared strengths."
                                ),
                            },
                            {
                                "title": "Dream",
                                "text": (
                                    "Building on those strengths, the group pictures a future in "
                                    "which such moments are the norm. They can show it as a "
                                    "drawing, a newspaper headline from the future or a short "
                                    "sketch."
                                ),
                            },
                            {
                                "title": "Design",
                                "text": (
                                    "The group writes concrete statements about how the "
                                    "institution will work and names the changes to procedures, "
                                    "roles or premises that will support them."
                                ),
                            },
                            {
                                "title": "Destiny",
                                "text": (
                                    "Participants sign up for the initiatives they want to carry "
                                    "out and agree on first steps. Record the commitments with "
                                    "due dates on the challenge so everyone can follow them."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "1-2-4-vsi", "en": "1-2-4-all"},
        "title": {"sl": "1-2-4-vsi", "en": "1-2-4-All"},
        "summary": {
            "sl": (
                "Kratka struktura iz zbirke Liberating Structures: vsak najprej razmisli sam, "
                "nato v paru, v četverici in na koncu z vso skupino. V dvanajstih minutah "
                "vključi vse, ne le najglasnejše."
            ),
            "en": (
                "A short pattern from the Liberating Structures collection: everyone thinks "
                "alone first, then in pairs, then in fours and finally with the whole group. In "
                "twelve minutes it involves everyone, not just the loudest voices."
            ),
        },
        "duration": {"sl": "12 do 15 minut", "en": "12 to 15 minutes"},
        "group_size": "any",
        "featured": True,
        "when_to_use": {
            "sl": (
                "<p>1-2-4-vsi uporabite povsod, kjer bi sicer vprašali »Ima kdo kakšno "
                "vprašanje?«:</p>"
                "<ul>"
                "<li>na sestankih, ko potrebujete zamisli ali odzive,</li>"
                "<li>ko hierarhija ali navada utišata del skupine,</li>"
                "<li>sredi daljše delavnice, ko želite pogovor hitro odpreti vsem.</li>"
                "</ul>"
                "<p>Deluje s štirimi ljudmi in s stotinami.</p>"
            ),
            "en": (
                '<p>Use 1-2-4-All wherever you would otherwise ask "Any questions?":</p>'
                "<ul>"
                "<li>in meetings, when you need ideas or reactions</li>"
                "<li>when hierarchy or habit keeps part of the group quiet</li>"
                "<li>in the middle of a longer workshop, to open the conversation to "
                "everyone quickly</li>"
                "</ul>"
                "<p>It works with four people and with hundreds.</p>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Struktura je preprosta, vendar zahteva natančno merjenje časa. Prav "
                    "kratki in strogi intervali poskrbijo, da pogovor ne zaide in da nihče ne "
                    "prevlada. Uporabite jo lahko sredi katerekoli druge metode.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Zastavite vprašanje",
                                "text": (
                                    "Facilitator zastavi eno jasno vprašanje, na primer: "
                                    "»Katere zamisli ali ukrepe bi predlagali za ta izziv?« "
                                    "Vprašanje naj bo zapisano, da ga vidijo vsi."
                                ),
                            },
                            {
                                "title": "1: sam (1 minuta)",
                                "text": (
                                    "Vsak v tišini razmisli in si zapiše svoje zamisli. "
                                    "Pogovor še ni dovoljen."
                                ),
                            },
                            {
                                "title": "2: v paru (2 minuti)",
                                "text": (
                                    "Sosedje v parih predstavijo svoje zamisli in jih nadgrajujejo."
                                ),
                            },
                            {
                                "title": "4: v četverici (4 minute)",
                                "text": (
                                    "Dva para se združita. Skupina poišče podobnosti in razlike "
                                    "ter izbere zamisel, ki najbolj izstopa."
                                ),
                            },
                            {
                                "title": "Vsi (5 minut)",
                                "text": (
                                    "Facilitator vpraša: »Katero zamisel bi radi delili?« Vsaka "
                                    "četverica pove eno zamisel, ki je še ni slišala. Po potrebi "
                                    "cikel ponovite z novim vprašanjem."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Na kolegiju ne vprašamo več, kdo ima vprašanje, ampak damo minuto "
                            "za razmislek. Oglasijo se ljudje, ki jih prej nismo slišali."
                        ),
                        "attribution": "Ambasadorka inovativnosti v občinski upravi",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The pattern is simple but needs strict timekeeping. The short, firm "
                    "intervals are what keep the conversation on track and stop anyone from "
                    "dominating. You can use it in the middle of any other method.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Ask the question",
                                "text": (
                                    "The facilitator asks one clear question, for example: "
                                    '"What ideas or actions would you suggest for this '
                                    'challenge?" Write it up where everyone can see it.'
                                ),
                            },
                            {
                                "title": "1: alone (1 minute)",
                                "text": (
                                    "Everyone reflects in silence and jots down their ideas. "
                                    "No talking yet."
                                ),
                            },
                            {
                                "title": "2: in pairs (2 minutes)",
                                "text": (
                                    "Neighbours pair up, share their ideas and build on them."
                                ),
                            },
                            {
                                "title": "4: in fours (4 minutes)",
                                "text": (
                                    "Two pairs join up. The group notes similarities and "
                                    "differences and picks the idea that stands out most."
                                ),
                            },
                            {
                                "title": "All (5 minutes)",
                                "text": (
                                    'The facilitator asks: "Which idea would you like to '
                                    'share?" Each foursome offers one idea not yet heard. '
                                    "Repeat the cycle with a new question if needed."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "At management meetings we no longer ask who has a question. We "
                            "give everyone a minute to think, and we hear from people who used to "
                            "stay silent."
                        ),
                        "attribution": "Innovation ambassador at a municipal administration",
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "posvet-v-trojkah", "en": "troika-consulting"},
        "title": {"sl": "Posvet v trojkah (Troika Consulting)", "en": "Troika Consulting"},
        "summary": {
            "sl": (
                "Udeleženci si v skupinah po tri pomagajo z izzivi, s katerimi se spopadajo pri "
                "svojem delu. Vsak dobi hiter in iskren nasvet dveh kolegov, ne da bi se moral "
                "braniti."
            ),
            "en": (
                "Participants help each other in groups of three with challenges from their own "
                "work. Each person gets quick, candid advice from two peers without having to "
                "defend themselves."
            ),
        },
        "duration": {"sl": "30 do 40 minut", "en": "30 to 40 minutes"},
        "group_size": "any",
        "featured": False,
        "when_to_use": {
            "sl": (
                "<p>Posvet v trojkah je primeren:</p>"
                "<ul>"
                "<li>na srečanjih mreže ambasadorjev inovativnosti,</li>"
                "<li>ob koncu usposabljanja, ko udeleženci naučeno prenašajo v svojo "
                "ustanovo,</li>"
                "<li>ko se kdo zatakne pri konkretnem problemu in potrebuje svež pogled.</li>"
                "</ul>"
            ),
            "en": (
                "<p>Troika Consulting suits:</p>"
                "<ul>"
                "<li>meetings of the innovation ambassadors' network</li>"
                "<li>the end of a training, when participants apply what they learnt to their "
                "own institution</li>"
                "<li>anyone stuck on a concrete problem who needs a fresh view</li>"
                "</ul>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Metoda izhaja iz zbirke Liberating Structures. Njen ključni trenutek je, "
                    "ko se tisti, ki prosi za pomoč, obrne s hrbtom. Ker svetovalcev ne gleda v "
                    "oči in jim ne more ugovarjati, ti govorijo bolj odkrito, on pa lažje "
                    "posluša, namesto da bi se branil.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Oblikujte trojke",
                                "text": (
                                    "Udeležence razdelite v skupine po tri, po možnosti z "
                                    "ljudmi iz različnih ustanov. Vsak si pripravi vprašanje, "
                                    "pri katerem potrebuje pomoč."
                                ),
                            },
                            {
                                "title": "Predstavitev (2 minuti)",
                                "text": (
                                    "Prvi udeleženec v vlogi stranke predstavi svoj izziv in "
                                    "pove, kakšno pomoč si želi."
                                ),
                            },
                            {
                                "title": "Vprašanja za razjasnitev (3 minute)",
                                "text": (
                                    "Svetovalca postavita vprašanja, s katerimi bolje razumeta "
                                    "položaj. Nasvetov še ne dajeta."
                                ),
                            },
                            {
                                "title": "Posvet za hrbtom (5 minut)",
                                "text": (
                                    "Stranka se obrne stran in posluša, ne da bi posegala v "
                                    "pogovor. Svetovalca se pogovarjata, kot da je ni zraven: "
                                    "kaj opažata, kaj bi predlagala in kaj morda spregleduje."
                                ),
                            },
                            {
                                "title": "Odziv stranke (2 minuti)",
                                "text": (
                                    "Stranka se obrne nazaj in pove, kaj ji je bilo najbolj "
                                    "koristno in kaj bo poskusila."
                                ),
                            },
                            {
                                "title": "Menjava vlog",
                                "text": (
                                    "Postopek ponovite, dokler vsi trije niso bili v vlogi "
                                    "stranke. Na koncu lahko vsa skupina na kratko pove, kaj je "
                                    "delovalo."
                                ),
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The method comes from the Liberating Structures collection. Its key "
                    "moment is when the person asking for help turns their back. Because they "
                    "cannot catch the consultants' eyes or argue with them, the consultants "
                    "speak more frankly and the client listens instead of defending "
                    "themselves.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Form trios",
                                "text": (
                                    "Split participants into groups of three, ideally mixing "
                                    "people from different institutions. Each person prepares a "
                                    "question they need help with."
                                ),
                            },
                            {
                                "title": "Present (2 minutes)",
                                "text": (
                                    "The first person, the client, describes their challenge "
                                    "and says what kind of help they would like."
                                ),
                            },
                            {
                                "title": "Clarifying questions (3 minutes)",
                                "text": (
                                    "The two consultants ask questions to understand the "
                                    "situation better. No advice yet."
                                ),
                            },
                            {
                                "title": "Consult behind their back (5 minutes)",
                                "text": (
                                    "The client turns away and listens without joining in. The "
                                    "consultants talk as if the client were not there: what "
                                    "they notice, what they would suggest and what the client "
                                    "might be missing."
                                ),
                            },
                            {
                                "title": "Client responds (2 minutes)",
                                "text": (
                                    "The client turns back and says what was most useful and "
                                    "what they will try."
                                ),
                            },
                            {
                                "title": "Swap roles",
                                "text": (
                                    "Repeat until all three have been the client. At the end, "
                                    "the whole group can briefly share what worked."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "pogovori-z-uporabniki", "en": "user-interviews"},
        "title": {"sl": "Pogovori z uporabniki", "en": "User interviews"},
        "summary": {
            "sl": (
                "Polstrukturirani pogovori z ljudmi, ki storitev uporabljajo ali bi jo morali. "
                "So najhitrejša pot do razumevanja, zakaj ljudje ravnajo tako, kot ravnajo."
            ),
            "en": (
                "Semi-structured conversations with people who use a service, or ought to. They "
                "are the quickest route to understanding why people act as they do."
            ),
        },
        "duration": {"sl": "45 do 60 minut na pogovor", "en": "45 to 60 minutes per interview"},
        "group_size": "small",
        "featured": False,
        "when_to_use": {
            "sl": (
                "<p>Pogovore z uporabniki opravite:</p>"
                "<ul>"
                "<li>na začetku dela na vsakem izzivu, v fazi vživljanja,</li>"
                "<li>preden narišete zemljevid uporabniške izkušnje,</li>"
                "<li>ko podatki kažejo, kaj se dogaja, ne pa tudi, zakaj.</li>"
                "</ul>"
            ),
            "en": (
                "<p>Hold user interviews:</p>"
                "<ul>"
                "<li>at the start of work on every challenge, in the empathise phase</li>"
                "<li>before you draw a user journey map</li>"
                "<li>when the data shows what is happening but not why</li>"
                "</ul>"
            ),
        },
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Pogovor z uporabnikom ni anketa in ne predstavitev storitve. Zanimajo "
                    "nas konkretne pretekle izkušnje, ne mnenja o tem, kaj bi ljudje morda "
                    "naredili. Pri zapiskih upoštevajte pravila ustanove o varstvu osebnih "
                    "podatkov in jih hranite brez imen sogovornikov.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Potek",
                        "steps": [
                            {
                                "title": "Določite, kaj želite izvedeti",
                                "text": (
                                    "Zapišite tri do pet tem, ki jih želite razumeti, in iz njih "
                                    "pripravite vodič z odprtimi vprašanji. Vodič je opora, ne "
                                    "seznam, ki ga berete po vrsti."
                                ),
                            },
                            {
                                "title": "Povabite prave ljudi",
                                "text": (
                                    "Poiščite pet do osem sogovornikov z različnimi izkušnjami, "
                                    "tudi takšne, ki storitve ne uporabljajo ali jim ni uspelo. "
                                    "Povejte jim, zakaj se pogovarjate in kako boste uporabili "
                                    "zapiske, ter jih prosite za soglasje."
                                ),
                            },
                            {
                                "title": "Pogovarjajte se v paru",
                                "text": (
                                    "Eden vodi pogovor, drugi dobesedno zapisuje izjave in "
                                    "opažanja. Začnite s preprostimi vprašanji, nato prosite za "
                                    "zgodbe: »Povejte mi o zadnjem primeru, ko ste …«"
                                ),
                            },
                            {
                                "title": "Sprašujte naprej",
                                "text": (
                                    "Ko sogovornik omeni nekaj zanimivega, vprašajte »Zakaj?«, "
                                    "»Kako je bilo to za vas?« ali »Kaj ste naredili potem?«. "
                                    "Ne ponujajte odgovorov in ne branite ustanove."
                                ),
                            },
                            {
                                "title": "Povzemite takoj",
                                "text": (
                                    "Po vsakem pogovoru si vzemite 15 minut za skupni povzetek: "
                                    "kaj nas je presenetilo, kaj smo slišali že večkrat in kaj "
                                    "moramo še izvedeti."
                                ),
                            },
                            {
                                "title": "Poiščite vzorce",
                                "text": (
                                    "Ko so pogovori končani, izjave prepišite na listke in jih "
                                    "razvrstite v skupine. Iz skupin oblikujte spoznanja, ki "
                                    "bodo podlaga za nadaljnje delo."
                                ),
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>A user interview is neither a survey nor a sales pitch for the service. "
                    "You are after concrete past experiences, not opinions about what people "
                    "might do. Follow your institution's data protection rules for the notes "
                    "and keep them without interviewees' names.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to run it",
                        "steps": [
                            {
                                "title": "Decide what you want to learn",
                                "text": (
                                    "Write down three to five themes you want to understand and "
                                    "turn them into a guide of open questions. The guide is a "
                                    "prompt, not a script to read out in order."
                                ),
                            },
                            {
                                "title": "Invite the right people",
                                "text": (
                                    "Find five to eight interviewees with different "
                                    "experiences, including people who do not use the service "
                                    "or who gave up on it. Tell them why you are talking to "
                                    "them and how you will use the notes, and ask for their "
                                    "consent."
                                ),
                            },
                            {
                                "title": "Interview in pairs",
                                "text": (
                                    "One person leads the conversation and the other notes "
                                    "quotes and observations word for word. Start with easy "
                                    'questions, then ask for stories: "Tell me about the last '
                                    'time you …"'
                                ),
                            },
                            {
                                "title": "Dig deeper",
                                "text": (
                                    "When the interviewee mentions something interesting, ask "
                                    '"Why?", "What was that like for you?" or "What did '
                                    'you do next?". Do not suggest answers or defend the '
                                    "institution."
                                ),
                            },
                            {
                                "title": "Debrief straight away",
                                "text": (
                                    "After each interview, take 15 minutes to sum up together: "
                                    "what surprised us, what we have heard before and what we "
                                    "still need to find out."
                                ),
                            },
                            {
                                "title": "Look for patterns",
                                "text": (
                                    "Once the interviews are done, copy the quotes onto notes "
                                    "and cluster them. Turn the clusters into insights that "
                                    "will guide the next stage of work."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
]

PAGES = [
    {
        "slug": {"sl": "o-sticiscu", "en": "about"},
        "title": {"sl": "O stičišču", "en": "About the hub"},
        "summary": {
            "sl": (
                "Središče za soustvarjanje pomaga javnim ustanovam, da izzive rešujejo skupaj z "
                "ljudmi, ki jih ti izzivi zadevajo."
            ),
            "en": (
                "The Co-creation Hub helps public institutions tackle challenges together with "
                "the people those challenges affect."
            ),
        },
        "show_in_menus": True,
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Stičišče je prostor, kjer se srečajo ustanove javnega sektorja, "
                    "facilitatorji in vsi, ki želijo izboljšati javne storitve. Ustanovam "
                    "pomagamo zapleten problem oblikovati v jasen izziv, jih povežemo z "
                    "usposobljenimi facilitatorji in vodimo soustvarjanje do rešitve, ki jo je "
                    "mogoče preizkusiti in uvesti. Poleg tega izvajamo usposabljanja, vodimo "
                    "program ambasadorjev inovativnosti in skrbimo za imenik članov "
                    "skupnosti.</p>",
                ),
                ("heading", {"text": "Za koga smo", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Ustanove</b>: ministrstva, upravne enote, občine, javni zavodi in "
                    "agencije, ki prinesejo izziv.</li>"
                    "<li><b>Javni uslužbenci</b>, ki se želijo soustvarjanja naučiti na "
                    "usposabljanjih ali kot učeči se člani ekip.</li>"
                    "<li><b>Facilitatorji</b> iz javnega, zasebnega, akademskega in nevladnega "
                    "sektorja, ki vodijo delavnice in ekipe.</li>"
                    "<li><b>Ambasadorji inovativnosti</b>, ki so vstopna točka stičišča v svoji "
                    "ustanovi.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    {
                        "title": "Pot izziva",
                        "steps": [
                            {
                                "title": "Prijava izziva",
                                "text": (
                                    "Predstavnik ustanove opiše problem, koga zadeva, kaj so "
                                    "že poskusili in kdo bo v ustanovi odgovoren za nadaljnje "
                                    "delo."
                                ),
                            },
                            {
                                "title": "Pregled",
                                "text": (
                                    "Ekipa stičišča preveri, ali je izziv primeren za "
                                    "soustvarjanje. Prijavo objavi ali jo vrne z napotki za "
                                    "dopolnitev. Objavljen izziv je odprt."
                                ),
                            },
                            {
                                "title": "Oblikovanje ekipe",
                                "text": (
                                    "Facilitatorji se javijo za sodelovanje, stičišče pa "
                                    "predlaga dodatna ujemanja glede na znanje, metode, jezike "
                                    "in regijo. Potrdimo ekipo z vodilnim facilitatorjem, "
                                    "sofacilitatorjem in učečim se članom."
                                ),
                            },
                            {
                                "title": "Soustvarjanje",
                                "text": (
                                    "Ekipa z ustanovo in uporabniki na več delavnicah razišče "
                                    "problem in razvije zamisli. Metode izbere iz knjižnice "
                                    "metod."
                                ),
                            },
                            {
                                "title": "Prototipiranje",
                                "text": (
                                    "Najobetavnejše zamisli ekipa preizkusi v majhnem obsegu in "
                                    "jih izboljšuje glede na odzive uporabnikov."
                                ),
                            },
                            {
                                "title": "Izvajanje",
                                "text": (
                                    "Ustanova rešitev uvede v redno delo. Zaveze zapiše z "
                                    "odgovorno osebo in rokom, stičišče pa spremlja napredek, "
                                    "dokler izziv ni zaključen."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Delamo na glas. Ekipa in ustanova objavljata zapise o napredku "
                    "(vprašanja, razmisleke, mejnike in odločitve), časovnica izziva pa je javna. "
                    "Tako se lahko iz vsakega izziva učijo tudi druge ustanove.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The hub is where public-sector institutions, facilitators and anyone who "
                    "wants better public services meet. We help institutions turn a tangled "
                    "problem into a clear challenge, connect them with trained facilitators and "
                    "guide co-creation through to a solution that can be tested and put into "
                    "practice. We also run trainings, lead the innovation ambassadors programme "
                    "and look after the member directory.</p>",
                ),
                ("heading", {"text": "Who we are for", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Institutions</b>: ministries, administrative units, municipalities, "
                    "public agencies and bodies that bring a challenge.</li>"
                    "<li><b>Public servants</b> who want to learn co-creation in trainings or as "
                    "learners on a team.</li>"
                    "<li><b>Facilitators</b> from the public, private, academic and NGO sectors "
                    "who lead workshops and teams.</li>"
                    "<li><b>Innovation ambassadors</b>, the hub's point of contact inside their "
                    "own institution.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    {
                        "title": "How a challenge moves",
                        "steps": [
                            {
                                "title": "Submission",
                                "text": (
                                    "A representative of the institution describes the problem, "
                                    "who it affects, what has been tried and who in the "
                                    "institution will be responsible for follow-up."
                                ),
                            },
                            {
                                "title": "Review",
                                "text": (
                                    "Hub staff check that the challenge suits co-creation. They "
                                    "publish it or send it back with suggestions. A published "
                                    "challenge is open."
                                ),
                            },
                            {
                                "title": "Team forming",
                                "text": (
                                    "Facilitators volunteer, and the hub suggests further "
                                    "matches based on skills, methods, languages and region. We "
                                    "confirm a team with a lead facilitator, a co-facilitator "
                                    "and a learner."
                                ),
                            },
                            {
                                "title": "Co-creation",
                                "text": (
                                    "Over several workshops, the team works with the "
                                    "institution and service users to explore the problem and "
                                    "develop ideas, drawing on the methods library."
                                ),
                            },
                            {
                                "title": "Prototyping",
                                "text": (
                                    "The team tests the most promising ideas on a small scale "
                                    "and improves them based on users' feedback."
                                ),
                            },
                            {
                                "title": "Implementation",
                                "text": (
                                    "The institution builds the solution into its everyday "
                                    "work. It records commitments with a responsible person and "
                                    "a due date, and the hub follows progress until the "
                                    "challenge is completed."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>We work out loud: the team and the institution post progress updates "
                    "(questions, reflections, milestones and decisions), and each challenge's "
                    "timeline is public. That way other institutions can learn from every "
                    "challenge too.</p>",
                ),
            ],
        },
    },
    {
        "slug": {"sl": "kako-sodelovati", "en": "how-to-take-part"},
        "title": {"sl": "Kako sodelovati", "en": "How to take part"},
        "summary": {
            "sl": (
                "Sodelujete lahko kot ustanova z izzivom, kot facilitator ali kot član "
                "skupnosti. Tukaj je pregled možnosti."
            ),
            "en": (
                "You can take part as an institution with a challenge, as a facilitator or as a "
                "community member. Here is an overview."
            ),
        },
        "show_in_menus": True,
        "body": {
            "sl": [
                ("heading", {"text": "Za ustanove", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Izziv prijavi predstavnik ustanove, to je član skupnosti, ki ga je "
                    "ustanova pooblastila, da govori v njenem imenu. Pred prijavo se lahko "
                    "posvetujete z ambasadorjem inovativnosti v svoji ustanovi ali pišete nam. "
                    "Ustanova v soustvarjanje vloži čas svojih zaposlenih in se zaveže, da bo "
                    "rezultate resno preučila.</p>",
                ),
                ("heading", {"text": "Za facilitatorje", "level": "h2"}),
                (
                    "paragraph",
                    "<p>V profilu opišite, katere metode obvladate, v katerih jezikih in "
                    "regijah delate in koliko ur na mesec lahko namenite stičišču. Pri odprtih "
                    "izzivih se lahko javite za sodelovanje, stičišče pa vas lahko predlaga tudi "
                    "samo. Javni uslužbenci brez izkušenj se ekipi pridružijo kot učeči se "
                    "člani.</p>",
                ),
                ("heading", {"text": "Za člane skupnosti", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Po registraciji uredite profil in izberete, kdo ga vidi. Prijavite se "
                    "lahko na usposabljanja, spremljate izzive in drugim članom pišete prek "
                    "stičišča.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Pogosta vprašanja",
                        "items": [
                            {
                                "question": "Koliko stane sodelovanje?",
                                "answer": (
                                    "<p>Za javne ustanove je sodelovanje s stičiščem brezplačno. "
                                    "Ustanova prispeva čas svojih zaposlenih in prostor za "
                                    "delavnice.</p>"
                                ),
                            },
                            {
                                "question": "Koliko časa traja delo na izzivu?",
                                "answer": (
                                    "<p>Od oblikovanja ekipe do prvih preizkušenih prototipov "
                                    "običajno mine od tri do šest mesecev. Izvajanje je odvisno "
                                    "od rešitve in ga vodi ustanova sama.</p>"
                                ),
                            },
                            {
                                "question": "Ali moram biti izkušen facilitator?",
                                "answer": (
                                    "<p>Ne. V vsaki ekipi je prostor za učečega se člana iz "
                                    "javnega sektorja. Osnovne metode se lahko naučite na "
                                    "usposabljanjih stičišča, kjer dobite tudi potrdilo o "
                                    "udeležbi.</p>"
                                ),
                            },
                            {
                                "question": "Kdo vidi moj profil?",
                                "answer": (
                                    "<p>To izberete sami: vsi, samo člani ali nihče. Vašega "
                                    "e-poštnega naslova drugi ne vidijo. Člani vam lahko pišejo "
                                    "le prek obrazca »Piši članu«.</p>"
                                ),
                            },
                            {
                                "question": "Kaj če so na usposabljanju vsa mesta zasedena?",
                                "answer": (
                                    "<p>Uvrstimo vas na čakalni seznam. Ko se kdo odjavi, dobi "
                                    "mesto prvi na seznamu, o tem pa ga obvestimo po "
                                    "e-pošti.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
            "en": [
                ("heading", {"text": "For institutions", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A challenge is submitted by the institution's representative, a "
                    "community member whom the institution has authorised to speak for it. "
                    "Before you submit, you can talk to the innovation ambassador in your "
                    "institution or write to us. The institution invests its staff's time in "
                    "co-creation and commits to giving the results serious "
                    "consideration.</p>",
                ),
                ("heading", {"text": "For facilitators", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In your profile, describe the methods you know, the languages and "
                    "regions you work in and how many hours a month you can give the hub. You "
                    "can volunteer for open challenges, and the hub may also suggest you. "
                    "Public servants without experience can join a team as learners.</p>",
                ),
                ("heading", {"text": "For community members", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Once you have signed up, fill in your profile and choose who can see "
                    "it. You can enrol in trainings, follow challenges and write to other "
                    "members through the hub.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "question": "What does it cost?",
                                "answer": (
                                    "<p>Working with the hub is free of charge for public "
                                    "institutions. The institution contributes its staff's time "
                                    "and a room for the workshops.</p>"
                                ),
                            },
                            {
                                "question": "How long does work on a challenge take?",
                                "answer": (
                                    "<p>It usually takes three to six months from team forming "
                                    "to the first tested prototypes. Implementation depends on "
                                    "the solution and is led by the institution itself.</p>"
                                ),
                            },
                            {
                                "question": "Do I need to be an experienced facilitator?",
                                "answer": (
                                    "<p>No. Every team has a place for a learner from the "
                                    "public sector. You can learn the basic methods at the "
                                    "hub's trainings, which also give you a certificate of "
                                    "attendance.</p>"
                                ),
                            },
                            {
                                "question": "Who can see my profile?",
                                "answer": (
                                    "<p>You decide: everyone, members only or nobody. Others "
                                    "never see your email address. Members can write to you "
                                    'only through the "Contact member" form.</p>'
                                ),
                            },
                            {
                                "question": "What if a training is fully booked?",
                                "answer": (
                                    "<p>We put you on the waitlist. When someone cancels, the "
                                    "first person on the waitlist gets the place and we let "
                                    "them know by email.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": {"sl": "izjava-o-dostopnosti", "en": "accessibility"},
        "title": {"sl": "Izjava o dostopnosti", "en": "Accessibility statement"},
        "summary": {
            "sl": (
                "Želimo, da lahko spletišče uporablja vsak. Tukaj opisujemo, kako daleč smo in "
                "kako nam sporočite težavo."
            ),
            "en": (
                "We want everyone to be able to use this website. Here we explain how far we "
                "have got and how to report a problem."
            ),
        },
        "show_in_menus": False,
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Središče za soustvarjanje želi, da je to spletišče dostopno vsem, tudi "
                    "ljudem, ki uporabljajo bralnik zaslona, povečavo, samo tipkovnico ali "
                    "glasovno upravljanje. Spletišče usklajujemo s smernicami WCAG 2.2 na ravni "
                    "AA in z Zakonom o dostopnosti spletišč in mobilnih aplikacij.</p>",
                ),
                ("heading", {"text": "Stanje skladnosti", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Spletišče je <b>delno skladno</b> s smernicami. Nove dele sproti "
                    "pregledujemo in odpravljamo ugotovljene pomanjkljivosti. Trenutno vemo za "
                    "naslednje:</p>"
                    "<ul>"
                    "<li>nekateri starejši dokumenti PDF nimajo strukture, ki bi jo bralniki "
                    "zaslona pravilno prebrali,</li>"
                    "<li>fotografije, ki jih člani naložijo v svoje profile, nimajo vedno "
                    "nadomestnega besedila,</li>"
                    "<li>posnetki preteklih usposabljanj še nimajo podnapisov v obeh "
                    "jezikih.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Kako preverjamo dostopnost", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Dostopnost preverjamo s samodejnimi orodji in ročno, s tipkovnico in "
                    "bralnikom zaslona, v slovenščini in angleščini. Izjavo posodobimo ob vsaki "
                    "večji spremembi spletišča in vsaj enkrat na leto.</p>",
                ),
                ("heading", {"text": "Sporočite nam težavo", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Če katere vsebine ne morete uporabiti ali opazite napako, nam pišite na "
                    '<a href="mailto:info@sticisce.example">info@sticisce.example</a> ali '
                    "pokličite +386 1 000 00 00. Povejte, na kateri strani ste bili, kaj ste "
                    "želeli narediti in katero napravo ali pripomoček uporabljate. Odgovorili "
                    "vam bomo v osmih dneh. Nedostopno vsebino vam na zahtevo pošljemo v "
                    "dostopni obliki.</p>"
                    "<p>Če z odgovorom niste zadovoljni ali ga ne prejmete, se lahko obrnete na "
                    "inšpekcijski organ, pristojen za nadzor nad dostopnostjo spletišč javnega "
                    "sektorja.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The Co-creation Hub wants this website to be usable by everyone, "
                    "including people who use a screen reader, magnification, only a keyboard "
                    "or voice control. We are working towards the WCAG 2.2 guidelines at level "
                    "AA and the requirements of Slovenia's Act on the Accessibility of Websites "
                    "and Mobile Applications.</p>",
                ),
                ("heading", {"text": "Compliance status", "level": "h2"}),
                (
                    "paragraph",
                    "<p>This website is <b>partially compliant</b> with the guidelines. We "
                    "review new sections as they are built and fix problems as we find them. "
                    "At present we know of the following:</p>"
                    "<ul>"
                    "<li>some older PDF documents lack the structure screen readers need to "
                    "read them correctly</li>"
                    "<li>photos that members upload to their profiles do not always have "
                    "alternative text</li>"
                    "<li>recordings of past trainings do not yet have subtitles in both "
                    "languages</li>"
                    "</ul>",
                ),
                ("heading", {"text": "How we check accessibility", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We check accessibility with automated tools and by hand, using a "
                    "keyboard and a screen reader, in both Slovenian and English. We update "
                    "this statement after every major change to the website and at least once "
                    "a year.</p>",
                ),
                ("heading", {"text": "Report a problem", "level": "h2"}),
                (
                    "paragraph",
                    "<p>If you cannot use some content or you spot a problem, email "
                    '<a href="mailto:info@sticisce.example">info@sticisce.example</a> or call '
                    "+386 1 000 00 00. Tell us which page you were on, what you were trying to "
                    "do and which device or assistive technology you use. We will reply within "
                    "eight days. On request, we will send you inaccessible content in an "
                    "accessible format.</p>"
                    "<p>If you are not satisfied with our reply, or do not receive one, you can "
                    "contact the inspection authority responsible for the accessibility of "
                    "public-sector websites.</p>",
                ),
            ],
        },
    },
    {
        "slug": {"sl": "varstvo-osebnih-podatkov", "en": "privacy"},
        "title": {"sl": "Varstvo osebnih podatkov", "en": "Privacy notice"},
        "summary": {
            "sl": (
                "Katere podatke o članih hranimo, kdo jih vidi ter kako jih lahko izvozite ali "
                "izbrišete."
            ),
            "en": (
                "Which member data we keep, who can see it, and how you can export or delete it."
            ),
        },
        "show_in_menus": False,
        "body": {
            "sl": [
                (
                    "paragraph",
                    "<p>Osebne podatke obdelujemo v skladu s Splošno uredbo o varstvu podatkov "
                    "in slovensko zakonodajo o varstvu osebnih podatkov. Upravljavec je "
                    "Središče za soustvarjanje. Hranimo le podatke, ki jih potrebujemo za "
                    "delovanje stičišča, in jih ne prodajamo.</p>",
                ),
                ("heading", {"text": "Katere podatke hranimo", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Račun:</b> e-poštni naslov, s katerim se prijavljate, geslo v "
                    "zgoščeni obliki in izbrani jezik.</li>"
                    "<li><b>Profil:</b> prikazno ime, kratek opis, predstavitev, fotografija, "
                    "organizacija in vloga, regija, jeziki, področja znanja in interesi ter "
                    "to, za kaj ste na voljo.</li>"
                    "<li><b>Sodelovanje:</b> prijave na usposabljanja in udeležba, izzivi, ki "
                    "jih spremljate, ponudbe za sodelovanje, vloge v ekipah in zapisi o "
                    "napredku, ki ste jih objavili.</li>"
                    "<li><b>Soglasja:</b> kdaj ste privolili v posamezno obdelavo, na primer v "
                    "prejemanje novic.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Kdo vidi vaš profil", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vidnost profila izberete sami: <b>vsi</b> (tudi obiskovalci, ki niso "
                    "prijavljeni), <b>samo člani</b> ali <b>nihče</b>. Enako lahko nastavite za "
                    "posamezne kontaktne podatke. Izbira velja povsod, kjer se profil pojavi, "
                    "tudi v imeniku članov in v iskanju.</p>"
                    "<p>Vašega e-poštnega naslova na spletišču ne prikažemo nikomur. Člani vam "
                    "lahko pišejo prek obrazca »Piši članu«. Sporočilo vam posredujemo, ne da "
                    "bi pošiljatelj izvedel vaš naslov. Če odgovorite neposredno po e-pošti, ga "
                    "bo prejemnik videl.</p>",
                ),
                ("heading", {"text": "Izvoz in izbris podatkov", "level": "h2"}),
                (
                    "paragraph",
                    "<p>V nastavitvah profila lahko kadarkoli prenesete vse podatke, ki jih "
                    "hranimo o vas, v strojno berljivi obliki. Tam lahko tudi izbrišete svoj "
                    "račun, s čimer odstranimo vaš profil in podatke računa. Če moramo kakšen "
                    "podatek zaradi zakonske obveznosti hraniti dlje, vam to povemo pred "
                    "izbrisom.</p>",
                ),
                ("heading", {"text": "Vaše pravice", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Imate pravico do dostopa do svojih podatkov, do njihovega popravka, do "
                    "omejitve obdelave in do ugovora. Privolitev lahko kadarkoli prekličete. "
                    "Za vprašanja nam pišite na "
                    '<a href="mailto:info@sticisce.example">info@sticisce.example</a>. '
                    "Pritožbo lahko vložite tudi pri Informacijskem pooblaščencu.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>We process personal data in line with the General Data Protection "
                    "Regulation and Slovenian data protection law. The controller is the "
                    "Co-creation Hub. We keep only the data we need to run the hub, and we do "
                    "not sell it.</p>",
                ),
                ("heading", {"text": "What we keep", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Account:</b> the email address you sign in with, your password in "
                    "hashed form and your chosen language.</li>"
                    "<li><b>Profile:</b> display name, headline, bio, photo, organisation and "
                    "role, region, languages, expertise and interests, and what you are open "
                    "to.</li>"
                    "<li><b>Participation:</b> training enrolments and attendance, challenges "
                    "you follow, offers to help, roles on teams and progress updates you have "
                    "posted.</li>"
                    "<li><b>Consents:</b> when you agreed to a particular use of your data, "
                    "such as receiving news.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Who can see your profile", "level": "h2"}),
                (
                    "paragraph",
                    "<p>You choose your profile's visibility: <b>everyone</b> (including "
                    "visitors who are not signed in), <b>members only</b> or <b>nobody</b>. You "
                    "can set the same for each contact detail. Your choice applies wherever "
                    "your profile appears, including the member directory and search.</p>"
                    "<p>We never show your email address to anyone on the website. Members can "
                    'write to you through the "Contact member" form. We forward the message '
                    "without revealing your address to the sender. If you reply directly by "
                    "email, the recipient will see it.</p>",
                ),
                ("heading", {"text": "Exporting and deleting your data", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In your profile settings you can download all the data we hold about "
                    "you in a machine-readable format at any time. You can also delete your "
                    "account there, which removes your profile and account details. If the law "
                    "requires us to keep any item for longer, we tell you before the "
                    "deletion.</p>",
                ),
                ("heading", {"text": "Your rights", "level": "h2"}),
                (
                    "paragraph",
                    "<p>You have the right to access your data, to have it corrected, to "
                    "restrict its processing and to object. You can withdraw your consent at "
                    "any time. For questions, email "
                    '<a href="mailto:info@sticisce.example">info@sticisce.example</a>. You '
                    "can also complain to the Information Commissioner of the Republic of "
                    "Slovenia.</p>",
                ),
            ],
        },
    },
]

# Linked from the footer through the site settings.
PRIVACY_PAGE_SLUG = "varstvo-osebnih-podatkov"
ACCESSIBILITY_PAGE_SLUG = "izjava-o-dostopnosti"

FOOTER_TEXT = {
    "sl": (
        "<p><b>Središče za soustvarjanje</b> povezuje javne ustanove, facilitatorje in skupnost, "
        "ki skupaj rešujejo izzive javnega sektorja. Pišite nam na "
        '<a href="mailto:info@sticisce.example">info@sticisce.example</a>.</p>'
    ),
    "en": (
        "<p>The <b>Co-creation Hub</b> brings together public institutions, facilitators and a "
        "community that tackle public-sector challenges together. Write to us at "
        '<a href="mailto:info@sticisce.example">info@sticisce.example</a>.</p>'
    ),
}

HUB_SETTINGS = {
    "contact_email": "info@sticisce.example",
    "contact_phone": "+386 1 000 00 00",
    "address": "Trg soustvarjanja 1\n1000 Ljubljana",
    "linkedin_url": "https://www.linkedin.com/company/example",
    "mastodon_url": "https://mastodon.example/@sticisce",
}
