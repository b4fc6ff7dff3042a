//! mistake: using a String after a `move` closure took it (hand-written)
fn main() {
    let prefix = String::from("user-");
    let ids = vec![1, 2, 3];
    let keys = ids.into_iter().map(move |i| format!("{prefix}{i}"));
    println!("prefix {prefix}: {:?}", keys.collect::<Vec<_>>());
}
