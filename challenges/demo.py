"""Demo challenges: about thirty from invented Slovenian public institutions, in both languages.

Every person and address here is invented. Running it again updates what it made.
"""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from community.choices import Region, Sector, Visibility
from community.models import MemberProfile, Organisation
from hub.demo import publish, upsert_child, upsert_translation
from hub.models import HomePage, MethodPage

from .choices import ChallengeStatus, CommitmentStatus, Mode, UpdateKind
from .matching import demo as matching_demo
from .models import ChallengeIndexPage, ChallengePage, ChallengeUpdate, Commitment, StatusChange
from .services import LIFECYCLE

ORDER = 20
REPRESENTATIVE_EMAIL = "rep-{number}@demo.sticisce.example"

INSTITUTIONS = [
    ("Ministrstvo za javno upravo", Region.OSREDNJESLOVENSKA),
    ("Ministrstvo za zdravje", Region.OSREDNJESLOVENSKA),
    ("Ministrstvo za okolje, podnebje in energijo", Region.OSREDNJESLOVENSKA),
    ("Upravna enota Kranj", Region.GORENJSKA),
    ("Upravna enota Novo mesto", Region.JUGOVZHODNA),
    ("Mestna občina Maribor", Region.PODRAVSKA),
    ("Občina Idrija", Region.GORISKA),
    ("Mestna občina Koper", Region.OBALNO_KRASKA),
    ("Občina Ravne na Koroškem", Region.KOROSKA),
    ("Zdravstveni dom Celje", Region.SAVINJSKA),
    ("Zdravstveni dom Murska Sobota", Region.POMURSKA),
    ("Osnovna šola Trbovlje", Region.ZASAVSKA),
    ("Gimnazija Brežice", Region.POSAVSKA),
    ("Zavod Republike Slovenije za zaposlovanje", Region.OSREDNJESLOVENSKA),
    ("Javni zavod Park Škocjanske jame", Region.PRIMORSKO_NOTRANJSKA),
]

REPRESENTATIVES = [
    ("Tina", "Zupan"),
    ("Marko", "Kovačič"),
    ("Petra", "Hribar"),
    ("Luka", "Vidmar"),
    ("Nina", "Kralj"),
]

# (Slovenian title, English title, Slovenian topics, English topics, skills, methods)
CHALLENGES = [
    (
        "Čakalne vrste za osebne izkaznice",
        "Queues for identity cards",
        ["upravne storitve"],
        ["administrative services"],
        ["oblikovanje storitev"],
        ["zemljevid uporabniške izkušnje"],
    ),
    (
        "Naročanje pri družinskem zdravniku",
        "Booking a family doctor",
        ["zdravje"],
        ["health"],
        ["oblikovanje storitev", "analiza podatkov"],
        ["svetovna kavarna"],
    ),
    (
        "Razumljive odločbe",
        "Decisions people understand",
        ["jasen jezik"],
        ["plain language"],
        ["pisanje"],
        ["krog"],
    ),
    (
        "Prevoz starejših na podeželju",
        "Transport for older people in rural areas",
        ["mobilnost", "staranje"],
        ["mobility", "ageing"],
        ["participativno načrtovanje"],
        ["odprti prostor"],
    ),
    (
        "Mladi in lokalne volitve",
        "Young people and local elections",
        ["demokracija"],
        ["democracy"],
        ["delo z mladimi"],
        ["svetovna kavarna"],
    ),
    (
        "Ločevanje odpadkov v blokih",
        "Waste sorting in apartment blocks",
        ["okolje"],
        ["environment"],
        ["vedenjski uvidi"],
        ["zemljevid uporabniške izkušnje"],
    ),
    (
        "Digitalna vloga za gradbeno dovoljenje",
        "A digital building permit application",
        ["digitalizacija"],
        ["digitalisation"],
        ["oblikovanje storitev", "razvoj programske opreme"],
        ["prototipiranje"],
    ),
    (
        "Zaposlovanje ljudi z oviranostmi",
        "Employing people with disabilities",
        ["zaposlovanje", "vključevanje"],
        ["employment", "inclusion"],
        ["socialno delo"],
        ["krog"],
    ),
    (
        "Prazni poslovni prostori v starem mestnem jedru",
        "Empty shops in the old town",
        ["urbani razvoj"],
        ["urban development"],
        ["participativno načrtovanje"],
        ["odprti prostor"],
    ),
    (
        "Obiskovalci v zavarovanem območju",
        "Visitors in a protected area",
        ["turizem", "okolje"],
        ["tourism", "environment"],
        ["analiza podatkov"],
        ["svetovna kavarna"],
    ),
    (
        "Duševno zdravje dijakov",
        "Mental health of secondary school pupils",
        ["izobraževanje", "zdravje"],
        ["education", "health"],
        ["psihologija"],
        ["krog"],
    ),
    (
        "Energetska revščina",
        "Energy poverty",
        ["energija", "socialna varnost"],
        ["energy", "social security"],
        ["analiza podatkov"],
        ["zemljevid uporabniške izkušnje"],
    ),
    (
        "Odprti podatki občine",
        "The municipality's open data",
        ["odprti podatki"],
        ["open data"],
        ["analiza podatkov", "razvoj programske opreme"],
        ["prototipiranje"],
    ),
    (
        "Sprejem tujih delavcev",
        "Welcoming foreign workers",
        ["migracije", "upravne storitve"],
        ["migration", "administrative services"],
        ["medkulturna komunikacija"],
        ["svetovna kavarna"],
    ),
    (
        "Šolska prehrana brez zavržkov",
        "School meals without waste",
        ["izobraževanje", "okolje"],
        ["education", "environment"],
        ["vedenjski uvidi"],
        ["odprti prostor"],
    ),
    (
        "Dežurstva v zdravstvenem domu",
        "Out-of-hours care at the health centre",
        ["zdravje"],
        ["health"],
        ["oblikovanje storitev"],
        ["zemljevid uporabniške izkušnje"],
    ),
    (
        "Sodelovanje občanov pri proračunu",
        "Citizens in the municipal budget",
        ["demokracija"],
        ["democracy"],
        ["facilitacija"],
        ["odprti prostor"],
    ),
    (
        "Poplavna varnost ob reki",
        "Flood safety along the river",
        ["okolje", "varnost"],
        ["environment", "safety"],
        ["participativno načrtovanje"],
        ["svetovna kavarna"],
    ),
    (
        "Uvajanje novih zaposlenih v upravi",
        "Onboarding new civil servants",
        ["javna uprava"],
        ["public administration"],
        ["kadrovanje"],
        ["krog"],
    ),
    (
        "Dostopnost spletnih strani",
        "Accessible websites",
        ["digitalizacija", "vključevanje"],
        ["digitalisation", "inclusion"],
        ["dostopnost", "razvoj programske opreme"],
        ["prototipiranje"],
    ),
    (
        "Kolesarjenje v šolo",
        "Cycling to school",
        ["mobilnost", "izobraževanje"],
        ["mobility", "education"],
        ["participativno načrtovanje"],
        ["odprti prostor"],
    ),
    (
        "Osamljenost starejših",
        "Loneliness of older people",
        ["staranje", "socialna varnost"],
        ["ageing", "social security"],
        ["socialno delo"],
        ["krog"],
    ),
    (
        "Enotna vstopna točka za podjetnike",
        "One entry point for entrepreneurs",
        ["gospodarstvo", "upravne storitve"],
        ["economy", "administrative services"],
        ["oblikovanje storitev"],
        ["zemljevid uporabniške izkušnje"],
    ),
    (
        "Pitna voda v manjših naseljih",
        "Drinking water in small villages",
        ["okolje", "infrastruktura"],
        ["environment", "infrastructure"],
        ["inženirstvo"],
        ["svetovna kavarna"],
    ),
    (
        "Vrtci in vpis otrok",
        "Kindergarten enrolment",
        ["izobraževanje", "upravne storitve"],
        ["education", "administrative services"],
        ["oblikovanje storitev"],
        ["prototipiranje"],
    ),
    (
        "Zmanjšanje papirnega poslovanja",
        "Less paper in the office",
        ["digitalizacija", "javna uprava"],
        ["digitalisation", "public administration"],
        ["upravljanje sprememb"],
        ["krog"],
    ),
    (
        "Skupnostni vrtovi",
        "Community gardens",
        ["okolje", "skupnost"],
        ["environment", "community"],
        ["facilitacija"],
        ["odprti prostor"],
    ),
    (
        "Pomoč na domu",
        "Home care",
        ["staranje", "zdravje"],
        ["ageing", "health"],
        ["oblikovanje storitev"],
        ["zemljevid uporabniške izkušnje"],
    ),
    (
        "Prostovoljci v knjižnici",
        "Volunteers at the library",
        ["kultura", "skupnost"],
        ["culture", "community"],
        ["delo s prostovoljci"],
        ["svetovna kavarna"],
    ),
    (
        "Poletno delo za dijake",
        "Summer jobs for pupils",
        ["zaposlovanje", "mladi"],
        ["employment", "youth"],
        ["delo z mladimi"],
        ["odprti prostor"],
    ),
]

STATUS_CYCLE = [
    ChallengeStatus.OPEN,
    ChallengeStatus.OPEN,
    ChallengeStatus.TEAM_FORMING,
    ChallengeStatus.CO_CREATION,
    ChallengeStatus.PROTOTYPING,
    ChallengeStatus.IMPLEMENTATION,
    ChallengeStatus.COMPLETED,
    ChallengeStatus.OPEN,
    ChallengeStatus.CO_CREATION,
    ChallengeStatus.WITHDRAWN,
    ChallengeStatus.TEAM_FORMING,
    ChallengeStatus.PROTOTYPING,
    ChallengeStatus.OPEN,
    ChallengeStatus.IMPLEMENTATION,
    ChallengeStatus.ARCHIVED,
]

UPDATE_TEXTS = {
    UpdateKind.QUESTION: (
        "Kdo med vami je že reševal podoben problem? Iščemo izkušnje drugih ustanov."
    ),
    UpdateKind.REFLECTION: (
        "Na prvi delavnici smo ugotovili, da problem ni tam, kjer smo ga iskali."
    ),
    UpdateKind.MILESTONE: "Pripravili smo prvi prototip in ga preizkusili z desetimi uporabniki.",
    UpdateKind.DECISION: "Odločili smo se, da rešitev najprej preizkusimo v eni izpostavi.",
}
COMMITMENTS = [
    "Objaviti povzetek delavnice",
    "Pripraviti podatke o obstoječem postopku",
    "Zagotoviti prostor za delavnico z uporabniki",
    "Predstaviti rezultate vodstvu",
]


def _text_fields(entry, language):
    sl_title, en_title = entry[0], entry[1]
    if language == "sl":
        title = sl_title
        return {
            "title": title,
            "summary": f"{title}: iščemo rešitev skupaj z ljudmi, ki jih problem zadeva.",
            "problem": (
                f"{title} je problem, s katerim se ustanova sooča že več let. "
                "Dosedanji ukrepi so prinesli le delne izboljšave.\n\n"
                "Želimo razumeti, kaj ljudje v resnici potrebujejo."
            ),
            "affected": "Prebivalci, zaposleni v ustanovi in partnerske organizacije.",
            "stakeholders": "Vodstvo ustanove, lokalna skupnost, nevladne organizacije.",
            "tried": "Anketa med uporabniki in sprememba delovnega časa.",
            "desired_outcome": "Preizkušena rešitev, ki jo lahko uvedemo v enem letu.",
            "constraints": "Omejen proračun, dve zaposleni osebi s polovičnim delovnim časom.",
            "timeline": "Delavnice jeseni, prototip pozimi, pilot spomladi.",
        }
    title = en_title
    return {
        "title": title,
        "summary": f"{title}: we are looking for a solution with the people it affects.",
        "problem": (
            f"{title} is a problem the institution has faced for several years. "
            "The measures so far brought only partial improvements.\n\n"
            "We want to understand what people actually need."
        ),
        "affected": "Residents, the institution's staff and partner organisations.",
        "stakeholders": "The institution's management, the local community, NGOs.",
        "tried": "A survey among users and a change of opening hours.",
        "desired_outcome": "A tested solution we can introduce within a year.",
        "constraints": "A limited budget and two staff members working half time.",
        "timeline": "Workshops in autumn, a prototype in winter, a pilot in spring.",
    }


def load_institutions():
    institutions = []
    for name, region in INSTITUTIONS:
        institution, _created = Organisation.objects.get_or_create(
            name=name, defaults={"sector": Sector.PUBLIC, "region": region, "verified": True}
        )
        institutions.append(institution)
    return institutions


def load_representatives(institutions):
    User = get_user_model()
    users = []
    for number, (first_name, last_name) in enumerate(REPRESENTATIVES, start=1):
        user, _created = User.objects.get_or_create(
            email=REPRESENTATIVE_EMAIL.format(number=number),
            defaults={"first_name": first_name, "last_name": last_name, "language": "sl"},
        )
        if _created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        MemberProfile.objects.get_or_create(
            user=user,
            defaults={
                "display_name": f"{first_name} {last_name}",
                "organisation": institutions[(number - 1) * 3],
                "is_representative": True,
                "visibility": Visibility.EVERYONE if number % 2 else Visibility.MEMBERS,
            },
        )
        users.append(user)
    return users


def load_indexes():
    home = HomePage.objects.get(locale__language_code="sl", depth=2)
    index = upsert_child(
        home,
        ChallengeIndexPage,
        "izzivi",
        {
            "title": "Izzivi",
            "intro": "<p>Javne ustanove tu predstavijo izzive, ki jih rešujemo skupaj.</p>",
            "show_in_menus": True,
        },
    )
    upsert_translation(
        index,
        "en",
        "challenges",
        {
            "title": "Challenges",
            "intro": "<p>Public institutions present the challenges we solve together.</p>",
            "show_in_menus": True,
        },
    )
    return index


def _set_tags(page, entry, language):
    topics = entry[2] if language == "sl" else entry[3]
    page.topics.set(topics)
    page.skills_needed.set(entry[4])
    page.methods_needed.set(entry[5])


def load_challenge(index, number, entry, institution, methods):
    slug = f"{ChallengePage._meta.model_name}-{number}" if number >= len(CHALLENGES) else None
    base_slug = slug or _slugify(entry[0])
    status = STATUS_CYCLE[number % len(STATUS_CYCLE)]
    today = timezone.localdate()
    shared = {
        "institution": institution,
        "region": institution.region,
        "mode": [Mode.HYBRID, Mode.IN_PERSON, Mode.ONLINE][number % 3],
        "languages": ["sl", "en"] if number % 2 else ["sl"],
        "apply_by": today + timedelta(days=5 + 7 * (number % 9)) if number % 4 else None,
        "contact_name": "Kontaktna oseba (izmišljena)",
        "contact_email": f"izziv-{number}@demo.sticisce.example",
        "contact_phone": "+386 1 000 00 00",
    }
    page = ChallengePage.objects.child_of(index).filter(slug=base_slug).first()
    fields = {**_text_fields(entry, "sl"), **shared}
    if page is None:
        page = ChallengePage(slug=base_slug, locale_id=index.locale_id, status=status, **fields)
        _set_tags(page, entry, "sl")
        if methods:
            page.related_methods = [methods[number % len(methods)]]
        index.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        _set_tags(page, entry, "sl")
    publish(page)
    english = upsert_translation(
        page, "en", _slugify(entry[1]) if slug is None else slug, _text_fields(entry, "en")
    )
    _set_tags(english, entry, "en")
    publish(english)
    return ChallengePage.objects.get(pk=page.pk), status


def _slugify(text):
    from django.utils.text import slugify

    return slugify(text)[:60]


def load_activity(page, status, author, rng):
    """Give a challenge its history, a few updates and commitments, once."""
    if StatusChange.objects.filter(challenge=page).exists():
        return
    now = timezone.now()
    steps = LIFECYCLE[: LIFECYCLE.index(status) + 1] if status in LIFECYCLE else [status]
    if status not in LIFECYCLE:
        steps = [ChallengeStatus.OPEN, status]
    started = now - timedelta(days=20 * len(steps) + rng.randint(1, 10))
    previous = ""
    for step_number, step in enumerate(steps):
        StatusChange.objects.create(
            challenge=page,
            from_status=previous,
            to_status=step,
            changed_by=author,
            note="" if step_number == 0 else "Dogovorjeno na srečanju ekipe.",
            created_at=started + timedelta(days=20 * step_number),
        )
        previous = step
    ChallengePage.objects.filter(translation_key=page.translation_key).update(status=status)
    for update_number, kind in enumerate(list(UpdateKind)[: len(steps) + 1]):
        ChallengeUpdate.objects.create(
            challenge=page,
            kind=kind,
            text=UPDATE_TEXTS[kind],
            author=author,
            created_at=started + timedelta(days=5 + 9 * update_number),
        )
    today = timezone.localdate()
    for commitment_number, what in enumerate(COMMITMENTS[: 1 + len(steps) // 2]):
        due = today + timedelta(days=rng.randint(-20, 40))
        state = CommitmentStatus.DONE if commitment_number == 0 and len(steps) > 3 else None
        Commitment.objects.create(
            challenge=page,
            what=what,
            responsible_organisation=page.institution,
            responsible_person=f"{author.first_name} {author.last_name}",
            due_date=due,
            status=state or CommitmentStatus.PLANNED,
            created_by=author,
        )


def load(command, scale):
    """Create the challenge index and about thirty challenges per ``scale``."""
    rng = random.Random(20)  # noqa: S311 (demo data, not security)
    with transaction.atomic():
        institutions = load_institutions()
        representatives = load_representatives(institutions)
        index = load_indexes()
    command.progress("institutions, representatives and the challenge index")
    methods = list(MethodPage.objects.live().filter(locale_id=index.locale_id).order_by("title"))
    total = len(CHALLENGES) * scale
    for number in range(total):
        entry = CHALLENGES[number % len(CHALLENGES)]
        institution = institutions[number % len(institutions)]
        with transaction.atomic():
            page, status = load_challenge(index, number, entry, institution, methods)
            author = representatives[(number % len(institutions)) // 3]
            load_activity(page, status, author, rng)
    command.progress(f"{total} challenges with updates and commitments")
    matching_demo.load(command, scale)
