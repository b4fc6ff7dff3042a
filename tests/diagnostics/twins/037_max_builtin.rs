//! mistake: Python's `max(a, b)` as a free function (hand-written)
fn main() {
    let balances = vec![120, -30, 45];
    let mut floored = Vec::new();
    for b in balances {
        floored.push(max(b, 0));
    }
    println!("{floored:?}");
}
