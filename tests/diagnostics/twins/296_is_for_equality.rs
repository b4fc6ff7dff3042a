//! mistake: Python's `kind is "error"` (identity test used as string equality) (hand-written)
fn main() {
    let events = vec![("error", "disk full"), ("info", "started"), ("error", "timeout")];
    let mut errors = Vec::new();
    for (kind, msg) in &events {
        if kind is "error" {
            errors.push(msg);
        }
    }
    println!("{errors:?}");
}
