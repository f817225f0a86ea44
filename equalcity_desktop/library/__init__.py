"""The Qt-free core: content model, loader, Markdown, Whoosh index and queries.

Nothing in this package imports PySide6, directly or indirectly; a test checks
it. The command line uses it without starting Qt, and the window reaches it
only through :class:`equalcity_desktop.library.service.ContentService`.
"""

from .whoosh_shim import install as _install_whoosh_shim

_install_whoosh_shim()
