"""Response headers that keep every page on our own host and out of frames.

It runs right after Django's SecurityMiddleware, outside WhiteNoise, so static files get the headers too.
"""

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
    ]
)


class SecurityHeadersMiddleware:
    """Adds a strict Content-Security-Policy to public pages.

    The Wagtail admin uses inline scripts and styles, so it keeps Django's defaults.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(("/admin/", "/django-admin/")):
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        # Other sites may not embed our pages, images or files (Spectre-style leaks, hotlinking of private files).
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
