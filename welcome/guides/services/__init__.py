"""The guides app's workflows. Views call these; nothing else changes a request's state.

- requests: a newcomer's request from submission to closing, and its private links
- guides: applications, availability, data export and account deletion
- newcomer_data: what a newcomer downloads about their request from their private link
- coordination: what coordinators do (every action written to the audit log)
- housekeeping: expiry, retention, retries and alerts, run by `guides_housekeeping`
- statistics: numbers and charts for coordinators
"""

from .protection import Rejected  # noqa: F401
