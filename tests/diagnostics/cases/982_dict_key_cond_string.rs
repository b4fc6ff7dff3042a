//! mistake: a conditional dict key whose branches differ: `String` from `to_lowercase()` vs the `&str` key
//! offending: else k
//! category: type
use comprehensions::comp;

fn main() {
    let case_insensitive = true;
    let headers = vec![("Content-Type", "text/plain"), ("X-Request-Id", "42")];
    let index = comp!({k.to_lowercase() if case_insensitive else k: v for (k, v) in headers});
    println!("{index:?}");
}
