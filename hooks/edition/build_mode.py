"""Which build this is: the online site, or the offline edition (Material's offline plugin on)."""

from __future__ import annotations

from collections.abc import Mapping


def is_offline_build(plugins: Mapping[str, object]) -> bool:
    """True when the plugin named "offline" (or "material/offline") is enabled: OFFLINE=true."""
    plugin = next((plugin for name, plugin in plugins.items() if name.split("/")[-1] == "offline"), None)
    return bool(plugin is not None and plugin.config.enabled)
