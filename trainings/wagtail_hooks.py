from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from trainings.admin_views import (
    EnrolmentPermissionPolicy,
    EnrolmentViewSet,
    MoveEnrolmentView,
    StaffMessageView,
    training_buttons,
)
from trainings.models import Enrolment

register_permission_policy(Enrolment, EnrolmentPermissionPolicy(Enrolment))


@hooks.register("register_admin_viewset")
def register_enrolment_viewset():
    return EnrolmentViewSet("enrolments")


@hooks.register("register_admin_urls")
def register_staff_tool_urls():
    return [
        path(
            "trainings/<int:training_id>/message/",
            StaffMessageView.as_view(),
            name="trainings_staff_message",
        ),
        path(
            "trainings/enrolments/<int:enrolment_id>/move/",
            MoveEnrolmentView.as_view(),
            name="trainings_move_enrolment",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def training_listing_buttons(page, user, next_url=None):
    yield from training_buttons(page, user)


@hooks.register("register_page_header_buttons")
def training_header_buttons(page, user, view_name, next_url=None):
    yield from training_buttons(page, user)
