//! mistake: Python's `a | b` on two owned HashSets (Rust's `|` is implemented for `&HashSet`, or use `.union()` / `extend`)
//! offending: |
//! category: python-habit
use comprehensions::comp;

fn main() {
    let admins = vec!["ada", "grace"];
    let editors = vec!["grace", "linus"];
    // Python: allowed = {u for u in admins} | {u.lower() for u in editors}
    let allowed = comp!({u.to_string() for u in &admins}) | comp!({u.to_lowercase() for u in &editors});
    println!("{allowed:?}");
}
