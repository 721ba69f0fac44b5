from django.db import migrations


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("hub.HomePage")

    slovenian, _ = Locale.objects.get_or_create(language_code="sl")
    Locale.objects.get_or_create(language_code="en")

    # Replace the placeholder page Wagtail's own migrations create at depth 2.
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    if HomePage.objects.exists():
        return

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="hub")
    home = HomePage.objects.create(
        title="Središče za soustvarjanje",
        draft_title="Središče za soustvarjanje",
        slug="domov",
        content_type=content_type,
        path="00010002",
        depth=2,
        numchild=0,
        url_path="/domov/",
        locale=slovenian,
        live=True,
        intro_title="Skupaj rešujemo izzive javnega sektorja",
        intro="Središče za soustvarjanje povezuje javne ustanove s facilitatorji in skupnostjo.",
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Središče za soustvarjanje"},
    )


def remove_home_page(apps, schema_editor):
    apps.get_model("hub.HomePage").objects.filter(slug="domov", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, remove_home_page)]
