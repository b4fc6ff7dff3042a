//! mistake: a `move` closure that formats with a `String` prefix, then the prefix is printed again after it
//! offending: prefix
//! category: ownership
fn main() {
    let prefix = String::from("id-");
    let ids = (0..3).map(move |n| format!("{prefix}{n}"));
    let v: Vec<String> = ids.collect();
    println!("{prefix}: {v:?}");
}
