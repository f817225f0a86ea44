"""The Qt side. Widgets reach the content only through ContentService and
SearchService, and never import whoosh."""
