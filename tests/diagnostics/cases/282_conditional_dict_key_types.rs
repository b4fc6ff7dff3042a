//! mistake: a conditional dict key whose branches are `&str` and `String`, `{(h if h else "unknown"): n ...}` translated as `h.to_string() if .. else "unknown"`
//! offending: "unknown"
//! category: type
use comprehensions::comp;

fn main() {
    let rows = vec![("web1", 3), ("", 5)];
    // Python: hits = {(h if h else "unknown"): n for h, n in rows}
    let hits = comp!({h.to_string() if !h.is_empty() else "unknown": n for (h, n) in rows});
    println!("{hits:?}");
}
