"""Who gets what: every URL of the portal × every role → the expected answer, in one table.

Read by test_view_matrix.py. A URL pattern without a row here fails that test, so a new view
has to say who may see it. Library views under admin/, django-admin/ and documents/ are
represented by their entry points; admin views our own apps add (register_admin_urls, the
snippet listings) need rows like any other.

Columns (the roles, in this order):
  anon      nobody logged in, no private link
  new       a newcomer with their own private link (request A)
  other     another newcomer, with the private link to their own request B
  gA        guide A, who holds request A
  gB        guide B, who holds request B (someone else's request for guide A)
  paus      a guide a coordinator has paused
  coor      a coordinator
  edit      an editor (Editors group)
  city      a city editor (City editors: Dortmund)
  adm       an administrator (superuser in the Administrators group)

Answers: 200, 403, 404, 405; L = redirect to a login page; R = redirect elsewhere.

In the URLs: {token} is the private link the role holds (a made-up one for roles without
one), {confirm} its confirmation link; {request} is request A, {guide} guide A, {page} the
home page, {place}, {event}, {application}, {report}, {blocked}, {figure} one of each; {place_pk} is an
office in Essen, {own_place_pk} one in the city editor's own city (Dortmund); {description_pk} and
{own_description_pk} are their German descriptions.
"""

ROLES = ["anon", "new", "other", "gA", "gB", "paus", "coor", "edit", "city", "adm"]

# fmt: off
MATRIX = [
    # pattern                                             URL                                                     anon new other gA  gB paus coor edit city adm
    ("",                                                   "/",                                                    "R    R   R    R   R   R    R    R    R    R"),
    ("healthz",                                            "/healthz",                                             "200  200 200  200 200 200  200  200  200  200"),
    ("readyz",                                             "/readyz",                                              "200  200 200  200 200 200  200  200  200  200"),
    ("robots.txt",                                         "/robots.txt",                                          "200  200 200  200 200 200  200  200  200  200"),
    ("sitemap.xml",                                        "/sitemap.xml",                                         "200  200 200  200 200 200  200  200  200  200"),
    ("sitemap-<section>.xml",                              "/sitemap-{lang}.xml",                                  "200  200 200  200 200 200  200  200  200  200"),
    ("documents/^(\\d+)/(.*)$",                            "/documents/999/nothing.pdf",                           "404  404 404  404 404 404  404  404  404  404"),
    ("documents/authenticate_with_password/<int:restriction_id>/", "/documents/authenticate_with_password/999/",  "R    R   R    R   R   R    R    R    R    R"),
    # Content pages (Wagtail) and the missing-translation notice
    ("<lang>/^((?:[\\w\\-]+/)*)$",                         "/en/",                                                 "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/missing/<int:page_id>/",                      "/en/missing/{page}/",                                  "200  200 200  200 200 200  200  200  200  200"),
    # The accessibility statement's feedback form (BITV NRW § 5): open to everyone
    ("<lang>/accessibility-feedback/",                     "/{lang}/accessibility-feedback/",                      "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/accessibility-feedback/sent/",                "/{lang}/accessibility-feedback/sent/",                 "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/_util/login/",                                "/{lang}/_util/login/",                                 "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
                                                           "/{lang}/_util/authenticate_with_password/999/{page}/", "404  404 404  404 404 404  404  404  404  404"),
    # Search, path check, places, events
    ("<lang>/search/",                                     "/{lang}/search/?q=visa",                               "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/path/",                                       "/{lang}/path/",                                        "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/path/result/",                                "/{lang}/path/result/",                                 "R    R   R    R   R   R    R    R    R    R"),
    ("<lang>/places/",                                     "/{lang}/places/",                                      "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/places/<slug:slug>/",                         "/{lang}/places/{place}/",                              "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/events/",                                     "/{lang}/events/",                                      "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/events/archive/",                             "/{lang}/events/archive/",                              "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/events/feed.ics",                             "/{lang}/events/feed.ics",                              "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/events/<int:pk>/",                            "/{lang}/events/{event}/",                              "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/events/<int:pk>/event.ics",                   "/{lang}/events/{event}/event.ics",                     "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/study/programmes/",                           "/{lang}/study/programmes/",                            "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/study/programmes/<uuid:key>/",                "/{lang}/study/programmes/{programme}/",                "200  200 200  200 200 200  200  200  200  200"),
    # Welcome.Guides: public pages and the newcomer's private link
    ("<lang>/guides/",                                     "/{lang}/guides/",                                      "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/<int:pk>/",                            "/{lang}/guides/{guide}/",                              "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/<int:pk>/write/",                      "/{lang}/guides/{guide}/write/",                        "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/write/",                               "/{lang}/guides/write/",                                "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/match/",                               "/{lang}/guides/match/?languages=ar",                   "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/sent/",                                "/{lang}/guides/sent/",                                 "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/confirm/<str:token>/",                 "/{lang}/guides/confirm/{confirm}/",                    "404  200 200  404 404 404  404  404  404  404"),
    ("<lang>/guides/link/",                                "/{lang}/guides/link/",                                 "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/apply/",                               "/{lang}/guides/apply/",                                "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/c/<str:token>/",                       "/{lang}/guides/c/{token}/",                            "404  200 200  404 404 404  404  404  404  404"),
    ("<lang>/guides/c/<str:token>/export/",                "/{lang}/guides/c/{token}/export/",                     "404  200 200  404 404 404  404  404  404  404"),
    ("<lang>/guides/c/<str:token>/<slug:action>/",         "/{lang}/guides/c/{token}/message/",                    "404  404 404  404 404 404  404  404  404  404"),
    # Welcome.Guides: the guide's own area
    # Staff accounts: the second factor (everyone logged in here has one already) and logging out
    ("<lang>/account/second-factor/",                      "/{lang}/account/second-factor/",                       "L    L   L    R   R   R    R    R    R    R"),
    ("<lang>/account/second-factor/set-up/",               "/{lang}/account/second-factor/set-up/",                "L    L   L    R   R   R    R    R    R    R"),
    ("<lang>/account/logout/",                             "/{lang}/account/logout/",                              "405  405 405  405 405 405  405  405  405  405"),
    ("<lang>/guides/login/",                               "/{lang}/guides/login/",                                "200  200 200  R   R   R    R    R    R    R"),
    ("<lang>/guides/logout/",                              "/{lang}/guides/logout/",                               "L    L   L    L   L   L    L    L    L    L"),
    ("<lang>/guides/password/<uidb64>/<token>/",           "/{lang}/guides/password/MQ/not-a-token/",              "200  200 200  200 200 200  200  200  200  200"),
    ("<lang>/guides/dashboard/",                           "/{lang}/guides/dashboard/",                            "L    L   L    200 200 200  404  404  404  404"),
    ("<lang>/guides/dashboard/profile/",                   "/{lang}/guides/dashboard/profile/",                    "L    L   L    200 200 200  404  404  404  404"),
    ("<lang>/guides/dashboard/requests/<int:pk>/",         "/{lang}/guides/dashboard/requests/{request}/",         "L    L   L    200 404 404  404  404  404  404"),
    ("<lang>/guides/dashboard/requests/<int:pk>/<slug:action>/", "/{lang}/guides/dashboard/requests/{request}/accept/", "L L L  404 404 404  404  404  404  404"),
    ("<lang>/guides/dashboard/export/",                    "/{lang}/guides/dashboard/export/",                     "L    L   L    200 200 200  404  404  404  404"),
    ("<lang>/guides/dashboard/delete/",                    "/{lang}/guides/dashboard/delete/",                     "L    L   L    200 200 200  404  404  404  404"),
    # Welcome.Guides: the coordinators' area
    ("<lang>/guides/coordination/",                        "/{lang}/guides/coordination/",                         "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/requests/<int:pk>/",      "/{lang}/guides/coordination/requests/{request}/",      "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/guides/",                 "/{lang}/guides/coordination/guides/",                  "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/guides/<int:pk>/",        "/{lang}/guides/coordination/guides/{guide}/",          "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/applications/",           "/{lang}/guides/coordination/applications/",            "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/applications/<int:pk>/",  "/{lang}/guides/coordination/applications/{application}/", "L L L  404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/statistics/",             "/{lang}/guides/coordination/statistics/",              "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/reports/",                "/{lang}/guides/coordination/reports/",                 "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/reports/<int:pk>/",       "/{lang}/guides/coordination/reports/{report}/",        "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/blocked/",                "/{lang}/guides/coordination/blocked/",                 "L    L   L    404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/blocked/<int:pk>/unblock/", "/{lang}/guides/coordination/blocked/{blocked}/unblock/", "L L L  404 404 404  200  404  404  200"),
    ("<lang>/guides/coordination/audit/",                  "/{lang}/guides/coordination/audit/?q=guide",           "L    L   L    404 404 404  200  404  404  200"),
    # Admin entry points
    ("admin/",                                             "/admin/",                                              "L    L   L    L   L   L    L    200  200  200"),
    ("admin/login/",                                       "/admin/login/",                                        "200  200 200  200 200 200  200  R    R    R"),
    ("admin/pages/",                                       "/admin/pages/",                                        "L    L   L    L   L   L    L    200  R    200"),
    ("admin/pages/<int:parent_page_id>/",                  "/admin/pages/{page}/",                                 "L    L   L    L   L   L    L    200  R    200"),
    ("admin/pages/<int:page_id>/edit/",                    "/admin/pages/{page}/edit/",                            "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/",                                    "/admin/snippets/",                                     "L    L   L    L   L   L    L    R    R    R"),
    # Editors read what readers report about barriers.
    ("admin/snippets/content/accessibilityfeedback/",      "/admin/snippets/content/accessibilityfeedback/",       "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/places/place/",                       "/admin/snippets/places/place/",                        "L    L   L    L   L   L    L    200  200  200"),
    # A city editor edits the places of their own city only, and deletes none.
    ("admin/snippets/places/place/edit/<int:pk>/",         "/admin/snippets/places/place/edit/{place_pk}/",        "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/places/place/edit/<int:pk>/",         "/admin/snippets/places/place/edit/{own_place_pk}/",    "L    L   L    L   L   L    L    200  200  200"),
    ("admin/snippets/places/place/delete/<int:pk>/",       "/admin/snippets/places/place/delete/{own_place_pk}/",  "L    L   L    L   L   L    L    200  R    200"),
    # A city editor describes the places of their own city only, and deletes no description.
    ("admin/snippets/places/placedescription/",            "/admin/snippets/places/placedescription/",             "L    L   L    L   L   L    L    200  200  200"),
    ("admin/snippets/places/placedescription/edit/<int:pk>/", "/admin/snippets/places/placedescription/edit/{description_pk}/", "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/places/placedescription/edit/<int:pk>/", "/admin/snippets/places/placedescription/edit/{own_description_pk}/", "L    L   L    L   L   L    L    200  200  200"),
    ("admin/snippets/places/placedescription/delete/<int:pk>/", "/admin/snippets/places/placedescription/delete/{own_description_pk}/", "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/events/event/",                       "/admin/snippets/events/event/",                        "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/study/programme/",                    "/admin/snippets/study/programme/",                     "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/study/university/",                   "/admin/snippets/study/university/",                    "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/search/synonymgroup/",                "/admin/snippets/search/synonymgroup/",                 "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/pathfinder/checkliststep/",           "/admin/snippets/pathfinder/checkliststep/",            "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/pathfinder/steptext/",                "/admin/snippets/pathfinder/steptext/",                 "L    L   L    L   L   L    L    200  R    200"),
    # Editors keep the figures (amounts) that pages and the path check insert by reference.
    ("admin/snippets/content/figure/",                     "/admin/snippets/content/figure/",                      "L    L   L    L   L   L    L    200  R    200"),
    ("admin/snippets/content/figure/edit/<int:pk>/",       "/admin/snippets/content/figure/edit/{figure}/",        "L    L   L    L   L   L    L    200  R    200"),
    # Every page and path check step that names the figure.
    ("admin/snippets/content/figure/usage/<int:pk>/",      "/admin/snippets/content/figure/usage/{figure}/",       "L    L   L    L   L   L    L    200  R    200"),
    ("admin/reports/locked/",                              "/admin/reports/locked/",                               "L    L   L    L   L   L    L    200  R    200"),
    ("admin/reports/content-review/",                      "/admin/reports/content-review/",                       "L    L   L    L   L   L    L    200  200  200"),
    ("admin/users/",                                       "/admin/users/",                                        "L    L   L    L   L   L    L    R    R    200"),
    ("django-admin/",                                      "/django-admin/",                                       "L    L   L    L   L   L    L    L    L    200"),
    ("django-admin/login/",                                "/django-admin/login/",                                 "200  200 200  200 200 200  200  200  200  R"),
]
# fmt: on
