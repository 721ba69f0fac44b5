from wagtail import hooks
from wagtail.permissions import register_permission_policy

from trainings.admin_views import EnrolmentPermissionPolicy, EnrolmentViewSet
from trainings.models import Enrolment

register_permission_policy(Enrolment, EnrolmentPermissionPolicy(Enrolment))


@hooks.register("register_admin_viewset")
def register_enrolment_viewset():
    return EnrolmentViewSet("enrolments")
