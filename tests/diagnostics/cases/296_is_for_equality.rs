//! mistake: Python's `kind is "error"` (identity test used as string equality)
//! offending: is
//! category: python-habit
use comprehensions::comp;

fn main() {
    let events = vec![("error", "disk full"), ("info", "started"), ("error", "timeout")];
    // Python: [msg for kind, msg in events if kind is "error"]
    let errors = comp![msg for (kind, msg) in &events if kind is "error"];
    println!("{errors:?}");
}
