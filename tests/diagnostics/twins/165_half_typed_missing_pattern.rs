//! mistake: half-typed loop, the loop variable after `for` not written yet (hand-written)
fn main() {
    let prices = vec![9.99, 20.0, 3.5];
    let mut with_tax = Vec::new();
    for in &prices {
        with_tax.push(p * 1.2);
    }
    println!("{with_tax:?}");
}
