from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from welcome.content.sitemap import SITEMAPS
from welcome.core import views as core_views

urlpatterns = [
    path("", core_views.root_redirect, name="root"),
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_views.readyz, name="readyz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_language"}),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
]

FEATURE_URLS = {
    "guides": "guides/",
    "pathfinder": "path/",
    "places": "places/",
    "events": "events/",
    "study": "study/programmes/",
}

urlpatterns += i18n_patterns(
    path("account/", include("welcome.accounts.urls")),
    path("search/", include("welcome.search.urls")),
    *[path(FEATURE_URLS[name], include(f"welcome.{name}.urls")) for name in settings.WELCOME_FEATURES],
    path("", include("welcome.content.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "welcome.core.views.bad_request"
handler403 = "welcome.core.views.permission_denied"
handler404 = "welcome.content.views.page_not_found"
handler500 = "welcome.core.views.server_error"
