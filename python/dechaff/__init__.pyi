from ._dechaff import Block as Block
from ._dechaff import Cleaned as Cleaned
from ._dechaff import Cleaner as Cleaner
from ._dechaff import Rule as Rule
from ._dechaff import __version__ as __version__
from ._dechaff import families as families
from ._dechaff import languages as languages

def clean(text: str, url: str | None = None, **settings: object) -> Cleaned:
    """Cleans one page; `settings` are `Cleaner`'s keyword arguments (none: the defaults)."""
