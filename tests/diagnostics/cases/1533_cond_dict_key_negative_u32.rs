//! mistake: a conditional dict key falls back to `-1` for a `u32` id, Python's sentinel
//! offending: -1
//! category: type
use comprehensions::comp;

fn main() {
    let rows: Vec<(u32, &str)> = vec![(7, "a"), (0, "b")];
    let by_id = comp!({id if id > 0 else -1: name for (id, name) in rows});
    println!("{by_id:?}");
}
