// Python's `str(x)` in a set's element: rustc's E0423 on `str`, as by hand,
// and no "use `:` for type annotation" help placed in the macro's text.
use std::collections::HashSet;

use comprehensions::comp;

fn main() {
    let ids = [7u32, 7, 9];
    let keys: HashSet<String> = comp!({str(id) + "-eu" for id in ids});
    let _ = keys;
}
