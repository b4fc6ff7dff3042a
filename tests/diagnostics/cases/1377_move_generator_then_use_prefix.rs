//! mistake: `move` on a generator that formats with a `String` prefix, then the prefix is printed again after it
//! offending: prefix
//! category: ownership
use comprehensions::comp;

fn main() {
    let prefix = String::from("id-");
    let ids = comp!(move (format!("{prefix}{n}") for n in 0..3));
    let v: Vec<String> = ids.collect();
    println!("{prefix}: {v:?}");
}
