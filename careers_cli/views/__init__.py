"""Views: what each command shows, as a document (table, Markdown), data (JSON) and rows (CSV).

A view holds a core result and knows how to present it; it never prints. The renderers in
``careers_cli.render`` turn it into text.
"""
