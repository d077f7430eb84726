from types import SimpleNamespace

from edition.build_mode import is_offline_build


def plugin(enabled: bool) -> SimpleNamespace:
    return SimpleNamespace(config=SimpleNamespace(enabled=enabled))


def test_offline_plugin_on_or_off():
    assert is_offline_build({"search": plugin(True), "material/offline": plugin(True)})
    assert is_offline_build({"offline": plugin(True)})
    assert not is_offline_build({"offline": plugin(False)})
    assert not is_offline_build({"search": plugin(True), "notoffline": plugin(True)})
