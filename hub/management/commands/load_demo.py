import importlib
import logging
import secrets

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.images import get_image_model

from hub.renditions import generate_renditions

ADMIN_EMAIL = "admin@sticisce.example"


class Command(BaseCommand):
    help = (
        "Build or refresh a realistic bilingual demo hub. Safe to run again: existing "
        "demo content is updated, not duplicated. Each installed app's demo module "
        "adds its share; --scale multiplies the volume of generated content."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply the number of generated members, challenges and trainings (1 to 100).",
        )
        parser.add_argument(
            "--reset-admin-password",
            action="store_true",
            help="Give the demo admin account a new password and print it.",
        )

    def handle(self, *args, scale, reset_admin_password, **options):
        if not 1 <= scale <= 100:
            raise CommandError(f"--scale must be between 1 and 100, not {scale}.")
        self.verbosity = options["verbosity"]

        if self.verbosity < 2:
            # Wagtail logs every page edit and publication; thousands of lines hide the progress.
            logging.getLogger("wagtail").setLevel(logging.WARNING)

        loaders = self._demo_modules()
        self.stdout.write(f"Loading demo content at scale {scale} from {len(loaders)} apps.")
        for label, module in loaders:
            self.current_app = label
            module.load(self, scale)

        self.current_app = "hub"
        self._generate_renditions()
        self._ensure_admin(reset_admin_password)

    def progress(self, message):
        """Report one finished step; demo modules call this as they go."""
        if self.verbosity:
            self.stdout.write(f"  [{self.current_app}] {message}")

    def _generate_renditions(self):
        """Create every rendition templates show, so no visitor of the demo waits for one."""
        images = get_image_model().objects.order_by("pk")
        total = images.count()
        for number, image in enumerate(images.iterator(), start=1):
            try:
                generate_renditions(image)
            except (OSError, ValueError) as error:
                raise CommandError(
                    f"Could not generate renditions of image {image.pk} ({image.file.name}): "
                    f"{error}. Upload the image again or delete it."
                ) from error
            if number % 50 == 0 or number == total:
                self.progress(f"renditions: {number} of {total} images")

    def _demo_modules(self):
        modules = []
        for config in apps.get_app_configs():
            if not config.path.startswith(str(settings.BASE_DIR)) or ".venv" in config.path:
                continue
            try:
                module = importlib.import_module(f"{config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.demo":
                    raise
                continue
            modules.append((config.label, module))
        return sorted(modules, key=lambda item: item[1].ORDER)

    def _ensure_admin(self, reset_password):
        User = get_user_model()
        admin = User.objects.filter(email=ADMIN_EMAIL).first()
        if admin is not None and not reset_password:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content is ready. Admin account: {ADMIN_EMAIL} (password unchanged; "
                    "run load_demo --reset-admin-password to set a new one)."
                )
            )
            return
        password = secrets.token_urlsafe(12)
        if admin is None:
            admin = User.objects.create_superuser(
                ADMIN_EMAIL, password, first_name="Demo", last_name="Admin", language="sl"
            )
        else:
            admin.set_password(password)
            admin.save(update_fields=["password"])
        # Sign-in requires a verified address; the demo address cannot receive mail.
        EmailAddress.objects.update_or_create(
            user=admin, email=ADMIN_EMAIL, defaults={"verified": True, "primary": True}
        )
        self.stdout.write(
            self.style.SUCCESS(
                "Demo content is ready. Sign in at /admin/ with\n"
                f"  email:    {ADMIN_EMAIL}\n"
                f"  password: {password}"
            )
        )
