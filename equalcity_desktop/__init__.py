"""Equalcity Desktop: the four Equalcity toolkits as an offline reference app."""

__version__ = "0.1.0"
APP_NAME = "Equalcity"
