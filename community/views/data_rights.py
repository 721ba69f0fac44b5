"""Pages where members download their data and delete their account."""

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from community import data_rights
from community.forms import AccountDeletionForm


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def export(request):
    # The download is a POST, so another site cannot make a signed-in member fetch it.
    if request.method == "GET":
        return render(request, "community/data_export.html")
    response = HttpResponse(
        data_rights.export_member_json(request.user),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{data_rights.export_filename()}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = AccountDeletionForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data_rights.erase_member(request.user)
        logout(request)
        return redirect("community:account_deleted")
    return render(
        request,
        "community/delete_account.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


def account_deleted(request):
    return render(request, "community/account_deleted.html")
