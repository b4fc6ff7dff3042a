//! mistake: Python's `startswith` instead of `starts_with`
//! offending: startswith
//! category: python-habit
use comprehensions::comp;

fn main() {
    let headers = vec!["X-Request-Id: 7", "Accept: */*", "X-Trace: on"];
    let custom = comp![h for h in headers if h.startswith("X-")];
    println!("{custom:?}");
}
