"""The long select writes the markup Django's own select writes, only faster."""

import re

from django import forms

from welcome.core.widgets import LongSelect

CHOICES = [("", "Choose"), ("SY", "Syria"), ("UA", "Ukraine"), ("Common", [("TR", "Türkiye & Co")])]


def _normalised(html, name):
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", html.replace(f"id_{name}", "id").replace(f'"{name}"', '"n"')))


def _both(field_class, widget, django_widget, data):
    class Form(forms.Form):
        mine = field_class(choices=CHOICES, widget=widget(attrs={"aria-describedby": "hint"}), required=False)
        django = field_class(choices=CHOICES, widget=django_widget(attrs={"aria-describedby": "hint"}), required=False)

    form = Form({"mine": data, "django": data})
    return _normalised(str(form["mine"]), "mine").strip(), _normalised(str(form["django"]), "django").strip()


def test_the_long_select_writes_what_djangos_select_writes():
    mine, django = _both(forms.ChoiceField, LongSelect, forms.Select, "UA")
    assert mine == django
    assert '<option value="UA" selected>Ukraine</option>' in mine and "Türkiye &amp; Co" in mine
