"""Date and time formats where Django's own leave readers with ambiguous numbers.

Django has no date-time format for Arabic, so times in conversations fell back to "12/01/2026";
its English formats are American (month first). Other keys come from Django's locale formats.
"""
