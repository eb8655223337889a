//! Golden files: output committed to the repository that a test compares
//! with what the code produces now. `KEYWRIGHT_REGENERATE=1` rewrites a
//! stale one, and the test still fails, so that a run with the variable set
//! never passes over a change: review the rewritten file, commit it, and
//! run the tests again without the variable.

use std::path::Path;

pub fn check(path: &Path, fresh: &[u8], how: &str) {
    let committed = std::fs::read(path).unwrap_or_default();
    if committed == fresh {
        return;
    }
    if std::env::var_os("KEYWRIGHT_REGENERATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, fresh).unwrap();
        panic!(
            "rewrote {}; review it, commit it and run the tests again without KEYWRIGHT_REGENERATE",
            path.display()
        );
    }
    panic!(
        "{} is stale; if the change is intended, run `KEYWRIGHT_REGENERATE=1 {how}`, review and commit the result\n--- now ---\n{}",
        path.display(),
        String::from_utf8_lossy(fresh)
    );
}
