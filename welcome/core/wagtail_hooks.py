"""Tells wagtail-cache which requests and responses the page cache may keep."""

from wagtail import hooks

from .page_cache import is_request_cacheable, is_response_cacheable


@hooks.register("is_request_cacheable")
def only_anonymous_public_requests(request, is_cacheable):
    return is_cacheable and is_request_cacheable(request)


@hooks.register("is_response_cacheable")
def only_public_responses(response, is_cacheable):
    return is_cacheable and is_response_cacheable(response)
