//! mistake: gave the conditional a `&str` branch and an integer branch, as Python allows
//! offending: 503
//! category: type

fn main() {
    let checks = vec![true, false, true];
    let statuses: Vec<_> = checks.iter().copied().map(|up| if up { "ok" } else { 503 }).collect();
    println!("{statuses:?}");
}
