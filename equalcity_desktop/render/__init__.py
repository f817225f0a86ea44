"""Drawing with QtGui, shared by the window and the command line: printouts and PDFs
(:mod:`.pdf`), a presentation's slides (:mod:`.slides`, also drawn by the slide view
and the handout PDF) and posters (:mod:`.posters`).

What goes on a page is decided in the core (``library/printable.py``,
``library/presentation.py``, ``library/poster.py``); this package only lays it out and
paints it. Nothing here imports QtWidgets: ``equalcity export-pdf`` draws with a
QGuiApplication, without a window.
"""
