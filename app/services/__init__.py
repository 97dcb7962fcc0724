"""Every change to a workspace goes through these services; each returns the `Changes` it made.

Services take plain arguments and return detached objects or small dataclasses; nothing
outside `app` holds a Session.
"""
