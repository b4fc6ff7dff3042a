//! mistake: gave the conditional a `&str` branch and an integer branch, as Python allows
//! offending: 503
//! category: type
use comprehensions::comp;

fn main() {
    let checks = vec![true, false, true];
    let statuses = comp!["ok" if up else 503 for up in checks.iter().copied()];
    println!("{statuses:?}");
}
