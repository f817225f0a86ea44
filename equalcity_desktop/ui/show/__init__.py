"""Trainer mode: a module or document shown on a projector, with a presenter
console for the trainer (see show.py for how the parts fit)."""
